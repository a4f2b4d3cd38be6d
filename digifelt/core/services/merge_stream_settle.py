"""Settling the objects of one batch of a streamed merge (core.services.merge_stream): the
planner's per-object rules (merge_plan.Planner._settle, _set_revision, _set_conflicts) over
rows, histories and conflicts read by id, and the batch's writes."""

from dataclasses import dataclass, field

from sqlalchemy import select

from digifelt.core.ids import iso_z
from digifelt.core.models import Conflict
from digifelt.core.models import Revision as RevisionRow
from digifelt.core.services import merge_stream_sql as sql
from digifelt.core.services import versions as vvs
from digifelt.core.services.merge_adopt import AdoptInput
from digifelt.core.services.merge_final import check_unique_rows
from digifelt.core.services.merge_plan import (
    ConflictRec,
    Revision,
    _conflict_note,
    _same_row,
    load_conflict,
    revision_of,
)
from digifelt.core.services.merge_report import THIS_FILE, KindCounts, MergeReport
from digifelt.core.services.merge_versions import Version, choose, conflict_id, settle
from digifelt.core.services.merge_write import _write_conflicts, _write_revisions
from digifelt.core.services.snapshot import Kind, Row
from digifelt.core.services.snapshot_stream import iter_rows

BATCH = 500


@dataclass
class Batch:
    """What one batch writes at its end (merge_write's writers take this shape)."""

    data: AdoptInput
    conflicts: dict[str, ConflictRec] = field(default_factory=dict)
    revisions: dict[tuple[str, str], Revision] = field(default_factory=dict)
    revisions_changed: set[tuple[str, str]] = field(default_factory=set)
    inserts: list[Row] = field(default_factory=list)
    updates: list[tuple[Row, Row]] = field(default_factory=list)  # (row, before)
    gone: list[str] = field(default_factory=list)
    touched: list[tuple[str, str, bool]] = field(default_factory=list)  # (kind, id, changed)


class Settler:
    """The per-object half of StreamMerge (which sets these attributes): settling a batch
    of objects, and writing what it decided."""

    conn: object
    raw: object
    data: AdoptInput
    report: MergeReport
    _names: dict[str, str] | None = None
    _alive_known: dict[str, dict[str, bool]]

    def _settle_batch(self, kind: Kind, ids: list[str], incoming: dict[str, list[Version]],
                      local: dict[str, Row] | None, counts: KindCounts) -> None:
        if not ids:
            return
        self._alive_known = {}
        if local is None:
            local = {r["id"]: r for batch in iter_rows(
                self.raw, kind.name, order=("id",), where=f"t.id IN ({sql.marks(ids)})",
                params=ids) for r in batch}
        batch = Batch(self.data)
        batch.revisions = self._revisions(kind.name, ids)
        recs = self._conflicts(kind.name, ids)
        self._prefetch_parents(kind, [*local.values(), *(
            v.row for vs in incoming.values() for v in vs if v.row is not None), *(
            r.version.row for rs in recs.values() for r in rs if r.version.row is not None)])
        for obj_id in ids:
            self._settle(kind, obj_id, local.get(obj_id), incoming.get(obj_id, []),
                         recs.get(obj_id, []), batch, counts)
        self._write(kind, batch)

    def _settle(self, kind: Kind, obj_id: str, before: Row | None, incoming: list[Version],
                recs: list[ConflictRec], batch: Batch, counts: KindCounts) -> None:
        """merge_plan.Planner._settle, writing into `batch`."""
        key = (kind.name, obj_id)
        rev = batch.revisions.get(key)
        local = []
        if before is not None:
            local.append(Version(vv=rev.vv if rev else {}, row=before,
                                 by=rev.by if rev else None, source=THIS_FILE))
        elif rev is not None and rev.deleted_at is not None:
            local.append(Version(vv=rev.vv, deleted_at=rev.deleted_at, by=rev.by,
                                 source=THIS_FILE))
        local += [rec.version for rec in recs if rec.alive and not rec.resolved]
        current, others = choose(kind, settle(kind, local + incoming),
                                 lambda row: self._viable(kind, row))
        kept_ours = False
        if current is not None and current.alive:
            row = {**current.row, "id": obj_id}
            if before is None:
                counts.new += 1
                batch.inserts.append(row)
            elif _same_row(kind, before, row):
                counts.unchanged += 1
                kept_ours = True
            else:
                counts.updated += 1
                batch.updates.append((row, before))
            if kind.name in ("entry", "excerpt"):
                batch.touched.append((kind.name, obj_id, not kept_ours))
        elif before is not None:
            counts.deleted += 1
            batch.gone.append(obj_id)
        elif incoming:
            counts.unchanged += 1
        self._set_revision(batch, key, current)
        if self._set_conflicts(kind, obj_id, others, current, recs, batch, counts) and \
                kept_ours:
            counts.unchanged -= 1  # ours stays current; the incoming one is a conflict now
            counts.kept += 1

    @staticmethod
    def _set_revision(batch: Batch, key: tuple[str, str], current: Version | None) -> None:
        new = revision_of(current)
        if batch.revisions.get(key) != new:
            if new is None:
                batch.revisions.pop(key, None)
            else:
                batch.revisions[key] = new
            batch.revisions_changed.add(key)

    def _set_conflicts(self, kind: Kind, obj_id: str, others: list[Version],
                       current: Version | None, recs: list[ConflictRec], batch: Batch,
                       counts: KindCounts) -> bool:
        """merge_plan.Planner._set_conflicts for one object's conflict rows."""
        wanted: dict[str, Version] = {}
        for v in others:
            row = None if v.row is None else {**v.row, "id": obj_id}
            if (current is not None and current.alive and row is not None
                    and current.content_key(kind) == v.content_key(kind)):
                continue
            wanted[conflict_id(kind, obj_id, row)] = Version(v.vv, row, v.deleted_at, v.by,
                                                             v.source)
        for rec in recs:
            if rec.alive and not rec.resolved and rec.id not in wanted:
                rec.resolved, rec.dirty = True, True
                batch.conflicts[rec.id] = rec
        by_id = {rec.id: rec for rec in recs}
        added = False
        for cid, version in wanted.items():
            rec = by_id.get(cid)
            if rec is None:
                rec = ConflictRec(cid, kind.name, obj_id, version, False, in_db=False,
                                  dirty=True)
                added = True
            elif rec.resolved or rec.version != version or not rec.alive:
                added = added or rec.resolved
                rec.version, rec.resolved, rec.alive, rec.dirty = version, False, True, True
            batch.conflicts[cid] = rec
        if added:
            counts.conflicting += 1
            self.report.notes.append(
                _conflict_note(kind, obj_id, current, wanted.values(), self._assessors()))
        return added

    def _prefetch_parents(self, kind: Kind, rows: list[Row]) -> None:
        """Which of the parents the batch's versions need are alive, one query a kind."""
        for col, target in kind.refs:
            if not sql.required(kind, col):
                continue
            wanted = {row.get(col) for row in rows} - {None}
            alive = sql.alive_among(self.raw, target, list(wanted))
            known = self._alive_known.setdefault(target, {})
            known.update({value: value in alive for value in wanted})

    def _viable(self, kind: Kind, row: Row) -> bool:
        for col, target in kind.refs:
            value = row.get(col)
            if value is None or not sql.required(kind, col):
                continue
            known = self._alive_known.setdefault(target, {})
            if value not in known:
                known[value] = sql.is_alive(self.raw, target, value)
            if not known[value]:
                return False
        return True

    # -- writing ----------------------------------------------------------------------
    def _write(self, kind: Kind, batch: Batch) -> None:
        if kind.unique:
            self._check_unique(kind, batch)
        sql.mark_gone(self.raw, kind, batch.gone)
        sql.write_rows(self.conn, kind, batch.inserts, batch.updates)
        sql.touch(self.raw, batch.touched)
        _write_revisions(self.conn, batch)
        self._write_conflicts(batch)

    def _write_conflicts(self, batch: Batch) -> None:
        sql.note_new_conflicts(self.raw, [rec.id for rec in batch.conflicts.values()
                                          if rec.alive and not rec.in_db])
        _write_conflicts(self.conn, _Ordered(batch))

    def _check_unique(self, kind: Kind, batch: Batch) -> None:
        """merge_final.check_unique, in the planner's words (kinds with unique columns are
        merged whole, so the batch holds the kind's final rows)."""
        alive = sql.alive_ids(self.raw, kind.name)
        final = {r["id"]: r for rows in iter_rows(self.raw, kind.name, order=())
                 for r in rows if r["id"] in alive}
        for obj_id in batch.gone:
            final.pop(obj_id, None)
        final.update({row["id"]: row for row, _before in batch.updates})
        final.update({row["id"]: row for row in batch.inserts})
        check_unique_rows(kind, final.values())


    def _revisions(self, kind_name: str, ids: list[str]) -> dict[tuple[str, str], Revision]:
        table = RevisionRow.__table__
        out = {}
        for start in range(0, len(ids), BATCH):
            part = ids[start:start + BATCH]
            for r in self.conn.execute(select(table).where(
                    table.c.kind == kind_name, table.c.object_id.in_(part))):
                out[(r.kind, r.object_id)] = Revision(vvs.parse(r.vv), iso_z(r.deleted_at),
                                                      r.by)
        return out

    def _conflicts(self, kind_name: str, ids: list[str]) -> dict[str, list[ConflictRec]]:
        table = Conflict.__table__
        out: dict[str, list[ConflictRec]] = {}
        for start in range(0, len(ids), BATCH):
            part = ids[start:start + BATCH]
            for row in self.conn.execute(select(table).where(
                    table.c.object_kind == kind_name,
                    table.c.object_id.in_(part)).order_by(table.c.id)).mappings():
                rec = load_conflict(row)
                out.setdefault(rec.object_id, []).append(rec)
        return out

    def _assessors(self) -> dict[str, str]:
        if self._names is None:
            self._names = {r[0]: r[1] or r[2] or "" for r in self.raw.execute(
                "SELECT id, initials, name FROM assessor")}
        return self._names


class _Ordered:
    """A batch as merge_write's conflict writer reads a planner."""

    def __init__(self, batch: Batch):
        self.conflicts = batch.conflicts
        self.data = batch.data
