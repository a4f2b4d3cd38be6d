"""After an undo or redo: span excerpts that came back find their words again.

Typing is undone by the editor, not by the operation history, so notes may have changed
since a tag was removed. A restored excerpt whose offsets no longer cover its words is
moved to the nearest place they occur, or marked detached, exactly as typing would have.
"""

from sqlmodel import Session, select

from digifelt.core.anchoring import nearest_occurrence
from digifelt.core.models import Entry, Excerpt
from digifelt.storage.undo_log import LoggedRow


def reanchor_restored(session: Session, rows: list[LoggedRow]) -> None:
    ids = {r.owner for r in rows if r.table == "excerpt" and r.owner}
    if not ids:
        return
    for excerpt in session.exec(select(Excerpt).where(
            Excerpt.id.in_(sorted(ids)), Excerpt.entry_id.is_not(None),
            Excerpt.detached == False)).all():  # noqa: E712
        entry = session.get(Entry, excerpt.entry_id)
        if entry is None or entry.text[excerpt.start:excerpt.end] == excerpt.text:
            continue
        span = nearest_occurrence(entry.text, excerpt.text, excerpt.start or 0)
        if span is None:
            excerpt.detached = True
        else:
            excerpt.start, excerpt.end = span.start, span.end
