"""Notes inside an activity. Editing text re-anchors the excerpts that point into it."""

from sqlalchemy import func
from sqlmodel import select, update

from digifelt.core.anchoring import Span, edited_region, reanchor
from digifelt.core.ids import utcnow
from digifelt.core.models import Activity, Entry, Excerpt, GuideQuestion
from digifelt.core.services.common import check_number, check_text, get_or_raise
from digifelt.storage.database import Database


def add_entry(db: Database, *, activity_id: str, text: str = "", question_id: str | None = None,
              offset_s: float | None = None, author_id: str | None = None,
              order: int | None = None) -> Entry:
    check_text(text, "text")
    check_number(offset_s, "offset_s")
    check_number(order, "order")
    with db.transaction() as s:
        get_or_raise(s, Activity, activity_id, "activity")
        if question_id:
            get_or_raise(s, GuideQuestion, question_id, "question")
        if order is None:
            order = s.exec(select(func.coalesce(func.max(Entry.order) + 1, 0))
                           .where(Entry.activity_id == activity_id)).one()
        entry = Entry(activity_id=activity_id, text=text, question_id=question_id,
                      offset_s=offset_s, author_id=author_id, order=order)
        s.add(entry)
    return entry


def update_entry_text(db: Database, entry_id: str, text: str) -> Entry:
    """Save edited text; every excerpt on it is moved with its words or flagged detached.

    Only excerpts overlapping the edited region are examined one by one; those after it
    shift by the length difference in one UPDATE, so saving a long note with hundreds
    of excerpts stays a few milliseconds.
    """
    check_text(text, "text")
    with db.transaction() as s:
        entry = get_or_raise(s, Entry, entry_id, "entry")
        old = entry.text
        if old == text:
            return entry
        now = utcnow()
        entry.text = text
        entry.updated_at = now
        region = edited_region(old, text)
        prefix, old_end, new_end = region
        live = (Excerpt.entry_id == entry_id) & (Excerpt.detached == False)  # noqa: E712
        touched = s.exec(select(Excerpt).where(
            live, Excerpt.start < old_end, Excerpt.end > prefix)).all()
        touched_ids = [x.id for x in touched]
        if new_end != old_end:
            s.exec(update(Excerpt)
                   .where(live, Excerpt.start >= old_end, Excerpt.id.not_in(touched_ids))
                   .values(start=Excerpt.start + (new_end - old_end),
                           end=Excerpt.end + (new_end - old_end), updated_at=now)
                   .execution_options(synchronize_session=False))
        for excerpt in touched:
            moved = reanchor(old, text, Span(excerpt.start, excerpt.end), excerpt.text, region)
            if moved is None:
                excerpt.detached = True
            else:
                excerpt.start, excerpt.end = moved.start, moved.end
            excerpt.updated_at = now
    return entry


def update_entry(db: Database, entry_id: str, *, question_id: str | None = None,
                 offset_s: float | None = None) -> Entry:
    check_number(offset_s, "offset_s")
    with db.transaction() as s:
        entry = get_or_raise(s, Entry, entry_id, "entry")
        if question_id is not None:
            entry.question_id = question_id or None
        if offset_s is not None:
            entry.offset_s = offset_s
        entry.updated_at = utcnow()
    return entry


def delete_entry(db: Database, entry_id: str) -> None:
    with db.transaction() as s:
        s.delete(get_or_raise(s, Entry, entry_id, "entry"))


def get_entry(db: Database, entry_id: str) -> Entry:
    with db.read() as s:
        return get_or_raise(s, Entry, entry_id, "entry")


def list_entries(db: Database, activity_id: str) -> list[Entry]:
    with db.read() as s:
        return list(s.exec(select(Entry).where(Entry.activity_id == activity_id)
                           .order_by(Entry.order, Entry.created_at)).all())
