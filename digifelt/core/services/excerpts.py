"""Evidence excerpts: spans of notes or page references, tagged to indicators."""

from dataclasses import dataclass, field

from sqlmodel import Session, delete, select

from digifelt.core.errors import NotFoundError, ValidationError
from digifelt.core.ids import utcnow
from digifelt.core.models import (
    EXCERPT_KINDS,
    VALENCES,
    Activity,
    Attachment,
    Entry,
    Excerpt,
    ExcerptIndicator,
    Indicator,
)
from digifelt.core.services.common import apply_changes, check_text, get_or_raise, require_choice
from digifelt.storage.database import Database

EXCERPT_FIELDS = ("kind", "valence", "starred", "memo", "page", "text")


@dataclass
class ExcerptView:
    excerpt: Excerpt
    indicator_ids: list[str] = field(default_factory=list)


def _check_flags(kind: str, valence: str) -> None:
    require_choice(kind, EXCERPT_KINDS, "kind")
    require_choice(valence, VALENCES, "valence")


def _set_indicators(s: Session, excerpt_id: str, indicator_ids: list[str], *,
                    new: bool = False) -> None:
    """Tag to these indicators, in one lookup and one insert (tagging keeps up with speech)."""
    wanted = list(dict.fromkeys(indicator_ids))
    found = set(s.exec(select(Indicator.id).where(Indicator.id.in_(wanted)))) if wanted else ()
    for ind_id in wanted:
        if ind_id not in found:
            raise NotFoundError(f"indicator {ind_id!r} does not exist in this project")
    if not new:
        s.exec(delete(ExcerptIndicator).where(ExcerptIndicator.excerpt_id == excerpt_id))
    s.add_all([ExcerptIndicator(excerpt_id=excerpt_id, indicator_id=i) for i in wanted])


def tag_excerpt(db: Database, *, entry_id: str, start: int, end: int, indicator_ids: list[str],
                kind: str = "quote", valence: str = "neutral", starred: bool = False,
                memo: str | None = None, author_id: str | None = None) -> ExcerptView:
    """Tag text[start:end] of an entry (code-point offsets, end exclusive) to indicators."""
    _check_flags(kind, valence)
    check_text(memo, "memo")
    with db.transaction() as s:
        entry = get_or_raise(s, Entry, entry_id, "entry")
        if not (0 <= start < end <= len(entry.text)):
            raise ValidationError(
                f"span {start}–{end} is outside the note (length {len(entry.text)})")
        excerpt = Excerpt(entry_id=entry_id, activity_id=entry.activity_id, start=start, end=end,
                          text=entry.text[start:end], kind=kind, valence=valence,
                          starred=starred, memo=memo, author_id=author_id)
        s.add(excerpt)
        s.flush()
        _set_indicators(s, excerpt.id, indicator_ids, new=True)
    return ExcerptView(excerpt, list(dict.fromkeys(indicator_ids)))


def add_document_excerpt(db: Database, *, activity_id: str, text: str, indicator_ids: list[str],
                         page: int | None = None, attachment_id: str | None = None,
                         kind: str = "quote", valence: str = "neutral", starred: bool = False,
                         memo: str | None = None, author_id: str | None = None) -> ExcerptView:
    """An excerpt from a reviewed document, cited by page rather than by a span of notes."""
    _check_flags(kind, valence)
    check_text(text, "text")
    check_text(memo, "memo")
    if not text.strip():
        raise ValidationError("the excerpt text must not be empty")
    if page is not None and page < 1:
        raise ValidationError("page numbers start at 1")
    with db.transaction() as s:
        get_or_raise(s, Activity, activity_id, "activity")
        if attachment_id:
            get_or_raise(s, Attachment, attachment_id, "attachment")
        excerpt = Excerpt(activity_id=activity_id, attachment_id=attachment_id, page=page,
                          text=text, kind=kind, valence=valence, starred=starred, memo=memo,
                          author_id=author_id)
        s.add(excerpt)
        s.flush()
        _set_indicators(s, excerpt.id, indicator_ids, new=True)
    return ExcerptView(excerpt, list(dict.fromkeys(indicator_ids)))


def update_excerpt(db: Database, excerpt_id: str, *, indicator_ids: list[str] | None = None,
                   **changes) -> ExcerptView:
    """Change flags, memo or tags. The quoted text of a span excerpt follows its entry."""
    with db.transaction() as s:
        excerpt = get_or_raise(s, Excerpt, excerpt_id, "excerpt")
        if excerpt.entry_id and "text" in changes:
            raise ValidationError("the text of a span excerpt comes from its note")
        _check_flags(changes.get("kind", excerpt.kind), changes.get("valence", excerpt.valence))
        apply_changes(excerpt, changes, EXCERPT_FIELDS)
        if indicator_ids is not None:
            _set_indicators(s, excerpt_id, indicator_ids)
            excerpt.updated_at = utcnow()
        ids = list(s.exec(select(ExcerptIndicator.indicator_id)
                          .where(ExcerptIndicator.excerpt_id == excerpt_id)).all())
    return ExcerptView(excerpt, ids)


def delete_excerpt(db: Database, excerpt_id: str) -> None:
    with db.transaction() as s:
        s.delete(get_or_raise(s, Excerpt, excerpt_id, "excerpt"))


def count_excerpts(db: Database) -> tuple[int, int]:
    """(all excerpts, starred ones), counted in SQL: cheap even on the largest project."""
    from sqlalchemy import func

    with db.read() as s:
        # Counted, not summed: a sum over a boolean column comes back as a boolean, so any
        # number of starred excerpts read as 1.
        total, starred = s.exec(select(func.count(),
                                       func.count().filter(Excerpt.starred))).one()
    return int(total), int(starred)


# SQLite limits the number of bound variables; IN lists are sent in slices of this size.
BATCH = 500


def _views(s: Session, excerpts) -> list[ExcerptView]:
    views = {e.id: ExcerptView(e) for e in excerpts}
    ids = list(views)
    for i in range(0, len(ids), BATCH):
        links = s.exec(select(ExcerptIndicator)
                       .where(ExcerptIndicator.excerpt_id.in_(ids[i:i + BATCH]))).all()
        for link in links:
            views[link.excerpt_id].indicator_ids.append(link.indicator_id)
    return list(views.values())


def list_excerpts(db: Database, *, activity_id: str | None = None, entry_id: str | None = None,
                  indicator_id: str | None = None,
                  ids: list[str] | None = None) -> list[ExcerptView]:
    """Excerpts matching every filter given; `ids` keeps the order of the list given."""
    with db.read() as s:
        query = select(Excerpt).order_by(Excerpt.created_at)
        if activity_id:
            query = query.where(Excerpt.activity_id == activity_id)
        if entry_id:
            query = query.where(Excerpt.entry_id == entry_id)
        if indicator_id:
            query = query.join(ExcerptIndicator).where(
                ExcerptIndicator.indicator_id == indicator_id)
        if ids is None:
            return _views(s, s.exec(query).all())
        found = []
        for i in range(0, len(ids), BATCH):
            found += s.exec(query.where(Excerpt.id.in_(ids[i:i + BATCH]))).all()
        rank = {excerpt_id: n for n, excerpt_id in enumerate(ids)}
        return _views(s, sorted(found, key=lambda e: rank[e.id]))
