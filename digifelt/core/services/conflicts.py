"""Conflict copies left by team merges: list them, and resolve each by keeping one version."""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import insert, select, update

from digifelt.core.anchoring import Span, nearest_occurrence, reanchor
from digifelt.core.errors import NotFoundError, ValidationError
from digifelt.core.ids import iso_z, parse_iso_z, utcnow
from digifelt.core.models import Conflict
from digifelt.core.services import versions as vvs
from digifelt.core.services.merge_report import THIS_FILE, label
from digifelt.core.services.merge_versions import conflict_id
from digifelt.core.services.snapshot import (
    BY_NAME,
    TIMESTAMPS,
    Kind,
    Row,
    canonical_json,
    content_hash,
    read_object,
    replace_links,
    to_db,
)
from digifelt.storage.database import Database


@dataclass(frozen=True)
class ConflictView:
    """A conflict copy next to the object's current version (both in row form)."""

    id: str
    object_kind: str  # "excerpt", "finding", "entry", … (table names)
    object_label: str  # "excerpt", "finding", "group", … for display
    object_id: str
    other: Row  # the concurrent version ({} when it is a deletion)
    other_updated_at: datetime  # when it was made (deleted)
    current: Row | None  # None when the object has been deleted
    source: str  # "this file" or the bundle the other version came from
    resolved: bool
    created_at: datetime
    other_deleted: bool = False  # the concurrent version deleted the object
    by: str | None = None  # the assessor named by the session that deleted it

    @property
    def changed_fields(self) -> list[str]:
        """Fields whose values differ between the two versions (timestamps left out)."""
        current = self.current or {}
        keys = (set(self.other) | set(current)) - set(TIMESTAMPS) - {"id"}
        return sorted(k for k in keys if self.other.get(k) != current.get(k))


def _view(s, record) -> ConflictView:
    kind = BY_NAME[record.object_kind]
    return ConflictView(
        id=record.id, object_kind=record.object_kind, object_label=label(record.object_kind),
        object_id=record.object_id, other=json.loads(record.version),
        other_updated_at=record.version_updated_at,
        current=read_object(s, kind, record.object_id), source=record.source,
        resolved=record.resolved, created_at=record.created_at,
        other_deleted=bool(record.deleted), by=record.by)


def list_conflicts(db: Database, *, include_resolved: bool = False,
                   object_id: str | None = None) -> list[ConflictView]:
    """Open conflicts (all of them with include_resolved), oldest first."""
    with db.read() as s:
        query = select(Conflict).order_by(Conflict.created_at, Conflict.object_kind,
                                          Conflict.id)
        if not include_resolved:
            query = query.where(Conflict.resolved == False)  # noqa: E712 (SQL expression)
        if object_id:
            query = query.where(Conflict.object_id == object_id)
        return [_view(s, c) for c in s.execute(query).scalars().all()]


def conflict_summaries(db: Database) -> list[dict]:
    """The open conflicts in plain terms: kind, object id, and both versions' authors — the
    assessor whose session made each version (edited or deleted it), else the version's own
    author field."""
    from digifelt.core.models import Assessor, Revision

    views = list_conflicts(db)
    with db.read() as s:
        names = {a.id: a.initials or a.name for a in s.execute(select(Assessor)).scalars()}
        made_by = {}
        for view in views:
            rev = s.get(Revision, (view.object_kind, view.object_id))
            made_by[(view.object_kind, view.object_id)] = rev.by if rev is not None else None
    out = []
    for view in views:
        def author(row: Row | None, by: str | None) -> str | None:
            who = by or (row or {}).get("author_id")
            return names.get(who, who)
        current_by = made_by.get((view.object_kind, view.object_id))
        out.append({"id": view.id, "kind": view.object_kind, "object_id": view.object_id,
                    "current_author": author(view.current, current_by),
                    "other_author": author(view.other, view.by),
                    "other_deleted": view.other_deleted, "current_deleted": view.current is None,
                    "source": view.source})
    return out


def resolve_conflict(db: Database, conflict_id_: str,
                     keep: Literal["current", "other"] = "current") -> ConflictView:
    """Close a conflict. keep="other" makes the concurrent version current (or deletes the
    object, when that version is a deletion); the version it replaces is kept as a resolved
    conflict copy, so even then nothing is lost. Either way the decision is a new version
    that descends from both, so it travels to teammates and closes the conflict there too."""
    if keep not in ("current", "other"):
        raise ValidationError(f"keep must be 'current' or 'other', not {keep!r}")
    with db.transaction() as s:
        record = s.get(Conflict, conflict_id_)
        if record is None:
            raise NotFoundError(f"conflict {conflict_id_!r} does not exist in this project")
        kind = BY_NAME[record.object_kind]
        if keep == "other" and record.deleted:
            _delete_object(s, kind, record.object_id)
        elif keep == "other":
            _restore(s, kind, record.object_id, json.loads(record.version))
        raw = s.connection().connection.driver_connection
        if read_object(s, kind, record.object_id) is None:
            # Kept deleted (or its parent is gone): the tombstone descends from the other.
            vvs.record(raw, [(kind.name, record.object_id, True)], db.replica,
                       getattr(db.journal, "author_id", None))
        vvs.absorb(raw, kind.name, record.object_id, [vvs.parse(record.vv)], db.replica,
                   getattr(db.journal, "author_id", None))
        record.resolved = True
        record.updated_at = utcnow()
        s.add(record)
        s.flush()
        return _view(s, record)


def _delete_object(s, kind: Kind, obj_id: str) -> None:
    from sqlalchemy import delete

    s.connection().execute(delete(kind.table).where(kind.table.c.id == obj_id))


def _restore(s, kind: Kind, obj_id: str, other: Row) -> None:
    conn = s.connection()
    current = read_object(s, kind, obj_id)
    now = utcnow()
    row = {**other, "id": obj_id, "updated_at": iso_z(now)}
    if current is not None:
        row["created_at"] = current["created_at"]
    _check_references(s, kind, row)
    _check_unique(s, kind, row)
    if kind.name == "excerpt":
        row = _anchor_excerpt(s, row)
    table = kind.table
    if current is None:
        conn.execute(insert(table).values(**to_db(kind, row)))
    else:
        conn.execute(update(table).where(table.c.id == obj_id).values(**to_db(kind, row)))
    replace_links(conn, kind, row)
    if kind.name == "entry" and current is not None and current["text"] != row["text"]:
        _reanchor_entry(s, obj_id, current["text"], row["text"])
    if current is not None and content_hash(kind, current) != content_hash(kind, row):
        _keep_displaced(conn, kind, obj_id, current, now)


def _check_references(s, kind: Kind, row: Row) -> None:
    for col, target in kind.refs:
        if row.get(col) and read_object(s, BY_NAME[target], row[col]) is None:
            raise ValidationError(
                f"this version of the {label(kind.name)} cannot be restored: its "
                f"{label(target)} no longer exists")
    for link in kind.links:
        target_kind = BY_NAME[link.target]
        keep = [n for n, t in enumerate(row.get(link.field) or [])
                if read_object(s, target_kind, t) is not None]
        row[link.field] = [row[link.field][n] for n in keep]
        if link.order_field:
            row[link.order_field] = [row[link.order_field][n] for n in keep]


def _check_unique(s, kind: Kind, row: Row) -> None:
    table = kind.table
    for col in kind.unique:
        clash = s.connection().execute(
            select(table.c.id).where(table.c[col] == row.get(col), table.c.id != row["id"])
        ).first()
        if clash is not None:
            raise ValidationError(f"this version cannot be restored: another "
                                  f"{label(kind.name)} already has {col} {row.get(col)!r}")


def _anchor_excerpt(s, row: Row) -> Row:
    if row.get("detached") or row.get("entry_id") is None or row.get("start") is None:
        return row
    entry = read_object(s, BY_NAME["entry"], row["entry_id"])
    text = entry["text"]
    if text[row["start"]:row["end"]] == row["text"]:
        return row
    span = nearest_occurrence(text, row["text"], row["start"])
    if span is None:
        return {**row, "detached": True}
    return {**row, "start": span.start, "end": span.end}


def _reanchor_entry(s, entry_id: str, old: str, new: str) -> None:
    """As when the entry is edited: its excerpts move with their words or are detached."""
    from digifelt.core.models import Excerpt

    for excerpt in s.execute(select(Excerpt).where(Excerpt.entry_id == entry_id)).scalars():
        if excerpt.start is None or excerpt.end is None or excerpt.detached:
            continue
        moved = reanchor(old, new, Span(excerpt.start, excerpt.end), excerpt.text)
        if moved is None:
            excerpt.detached = True
        elif (moved.start, moved.end) != (excerpt.start, excerpt.end):
            excerpt.start, excerpt.end = moved.start, moved.end
        else:
            continue
        excerpt.updated_at = utcnow()
        s.add(excerpt)


def _keep_displaced(conn, kind: Kind, obj_id: str, current: Row, now: datetime) -> None:
    cid = conflict_id(kind, obj_id, current)
    table = Conflict.__table__
    values = dict(object_id=obj_id, version=canonical_json(current),
                  version_updated_at=parse_iso_z(current["updated_at"]), resolved=True,
                  updated_at=now)
    if conn.execute(select(table.c.id).where(table.c.id == cid)).first() is None:
        conn.execute(insert(table).values(id=cid, created_at=now, object_kind=kind.name,
                                          source=THIS_FILE, **values))
    else:
        conn.execute(update(table).where(table.c.id == cid).values(**values))


def discard_conflicts(db: Database, kinds: tuple[str, ...]) -> int:
    """Delete every conflict copy (open or resolved) of these kinds, e.g. when raw notes are
    erased for privacy: the copies hold the same personal data. Returns how many."""
    from sqlalchemy import delete

    unknown = set(kinds) - set(BY_NAME)
    if unknown:
        raise ValidationError(f"unknown kind(s): {', '.join(sorted(unknown))}")
    with db.transaction() as s:
        return s.execute(delete(Conflict).where(Conflict.object_kind.in_(kinds))).rowcount
