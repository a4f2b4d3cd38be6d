"""A teammate's bundle merged into an existing project a batch of objects at a time: memory
does not grow with either project.

The bundle is first written, as it streams in, into a private scratch project
(merge_adopt.Adoption), where it is checked and has the form of a project. `StreamMerge`
then merges that scratch project into this one kind by kind, parents first, up to 500
objects at a time: for each object it reads what both files hold — the row, its history,
its open conflicts — settles them by the planner's rules (merge_versions.settle/choose and
merge_plan's bookkeeping) and writes the outcome at once. What the planner holds in memory
is kept in the database here (merge_stream_sql):

- an object the merge deletes is marked in a temporary table and removed at the end,
  children first, so that "is its parent alive?" is a query and the database's ON DELETE
  actions never run ahead of the rules (a row a deleted parent takes with it is kept as a
  conflict, as the planner keeps it);
- the kinds matched by natural key, the rubric and the other kinds bounded by the rubric
  (project, assessors, findings, area summaries, provisional levels) are few: each is
  merged as one batch, as the planner does, including the unification of a group, finding
  or area summary two files made separately;
- the cascade to rows of deleted parents and the re-anchoring of excerpts are queries over
  what the merge changed; references and links to deleted objects are cleared by the
  schema's own ON DELETE rules (SET NULL, CASCADE) when those objects are removed, which is
  what the planner's _normalise imitates.

tests/unit/test_bundle_stream_merge.py holds this to the planner: the same rows, histories,
conflicts and report for every bundle and every project of random team histories.
"""

import sqlite3

from digifelt.core.progress import Meter
from digifelt.core.services import merge_stream_sql as sql
from digifelt.core.services.merge_adopt import AdoptInput, NeedsPlanner
from digifelt.core.services.merge_plan import ConflictRec, Planner
from digifelt.core.services.merge_report import (
    KindCounts,
    MergeError,
    MergeReport,
    describe,
)
from digifelt.core.services.merge_rows import RowChecks, prepare_row
from digifelt.core.services.merge_stream_settle import Batch, Settler
from digifelt.core.services.merge_versions import Version, conflict_id
from digifelt.core.services.snapshot import BY_NAME, KINDS, Kind, Row
from digifelt.core.services.snapshot_stream import iter_rows, raw_connection
from digifelt.storage.database import Database

# Merged whole, in memory: few by nature (bounded by the rubric or by hand-made names), and
# either matched by natural key, with unique columns, or with refusals worded per object.
WHOLE_KINDS = frozenset({"project", "assessor", "scale_level", "area", "indicator",
                         "respondent_group", "finding", "area_summary", "provisional_level"})


class StreamMerge(Settler):
    """Merges the scratch project `src` into the project of `conn`, inside its
    transaction."""

    def __init__(self, conn, src: sqlite3.Connection, data: AdoptInput, meter: Meter):
        self.conn = conn
        self.raw = raw_connection(conn)
        self.src = src
        self.data = data
        self.meter = meter
        self.report = MergeReport(creates_project=False)
        self.redirect: dict[str, dict[str, str]] = {k.name: {} for k in KINDS}
        self._dropped: dict[str, int] = {}
        self._rubric: dict[str, set[str]] = {}
        self._scale: set[int] = set()
        self._names: dict[str, str] | None = None
        self._alive_known: dict[str, dict[str, bool]] = {}
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        sql.start(self.raw)

    # -- the whole merge -------------------------------------------------------------------
    def run(self) -> MergeReport:
        self._check_project()
        self.meter.add_total(sql.count_rows(self.src))
        bulk = sql.bulk_index_start(self.conn, self.raw, self.src)
        for kind in KINDS:
            counts = self.report.counts[kind.name] = KindCounts()
            if kind.name in WHOLE_KINDS:
                self._merge_whole(kind, counts)
            else:
                for ids in sql.incoming_ids(self.src, kind):
                    self._merge_batch(kind, ids, counts)
            for ids in sql.orphans(self.raw, kind):
                self._settle_batch(kind, ids, {}, None, counts)
            if kind.rubric:
                self._rubric[kind.name] = sql.alive_ids(self.raw, kind.name)
            if kind.name == "scale_level":
                self._scale = {int(v) for v in sql.alive_values(self.raw, "scale_level",
                                                                 "value")}
        for what, n in sorted(self._dropped.items()):
            self.report.skipped.append(f"{n} {what}")
        # The database's ON DELETE rules clear optional references (SET NULL) and links
        # (CASCADE) to what the merge deleted: the planner's _normalise, done the same way.
        sql.entries_losing_references(self.raw)
        sql.delete_gone(self.raw)
        self._report_local_only_rubric()
        sql.copy_blobs(self.raw, self.src)
        sql.reanchor(self.raw)
        if bulk:
            sql.bulk_index_end(self.conn)
        self.report.conflicts_added = sql.new_conflicts_open(self.raw)
        sql.finish(self.raw)
        return self.report

    def _check_project(self) -> None:
        incoming = self.src.execute("SELECT id, title FROM project").fetchall()
        if len(incoming) != 1:
            raise MergeError("the bundle must describe exactly one project")
        local = self.raw.execute("SELECT id FROM project").fetchall()
        if len(local) > 1:
            raise MergeError("this file has more than one project record; run digifelt check")
        if not local:
            raise NeedsPlanner("an empty file takes the bundle whole")
        if local[0][0] != incoming[0][0]:
            raise MergeError(
                f"the bundle belongs to another assessment (“{incoming[0][1]}”); "
                "bundles merge only into copies of the same project")

    # -- one kind at once (few objects) ----------------------------------------------------
    def _merge_whole(self, kind: Kind, counts: KindCounts) -> None:
        local = {r["id"]: r for batch in iter_rows(self.raw, kind.name, order=())
                 for r in batch}
        natural = ({r[kind.natural_key]: i for i, r in local.items()}
                   if kind.natural_key else {})
        rows: dict[str, Row] = {}
        sent_as: dict[str, str] = {}
        unsent = sql.unsent(self.src, kind.name, None)
        # The bundle's order (the scratch file's row order): refusals are listed in it.
        for batch in iter_rows(self.src, kind.name, order=()):
            for raw in batch:
                self.meter.advance()
                row = self._prepare(kind, raw)
                if row is None:
                    counts.skipped += 1
                    continue
                obj_id = row["id"]
                if obj_id not in local and not sql.known_here(self.raw, kind.name, obj_id):
                    if kind.rubric:
                        counts.skipped += 1
                        self.report.rubric_mismatches.append(
                            f"{describe(kind, row)} is not in this project's rubric "
                            "(not added)")
                        continue
                    found = natural.get(row[kind.natural_key]) if kind.natural_key else None
                    if found is not None and found != obj_id:
                        obj_id = self._unify(kind, found, obj_id, local, natural)
                        row = {**row, "id": obj_id}
                rows[obj_id] = row
                sent_as[obj_id] = raw["id"]
        extra = sql.extra_versions(self.src, kind.name, None, self.data.source)
        ids = set(rows) | {self.redirect[kind.name].get(i, i) for i in extra}
        incoming: dict[str, list[Version]] = {}
        sent_vv = sql.incoming_vv(self.src, kind.name, list(sent_as.values()))
        for obj_id in ids:
            versions = []
            if obj_id in rows:
                row = _as_sent(kind, rows[obj_id], unsent.get(sent_as[obj_id]),
                               local.get(obj_id))
                vv, by = sent_vv.get(sent_as[obj_id], ({}, None))
                versions.append(Version(vv=vv, row=row, by=by, source=self.data.source))
            for orig_id, more in extra.items():
                if self.redirect[kind.name].get(orig_id, orig_id) == obj_id:
                    versions += [v if v.row is None else
                                 Version(v.vv, {**v.row, "id": obj_id}, v.deleted_at, v.by,
                                         v.source) for v in more]
            incoming[obj_id] = versions
        self._settle_batch(kind, sorted(ids), incoming, local, counts)

    def _unify(self, kind: Kind, local_id: str, incoming_id: str, local: dict,
               natural: dict) -> str:
        """The same finding, summary or group made separately in two files: the smaller id
        survives, everywhere (merge_plan's _unify and _rekey)."""
        survivor = min(local_id, incoming_id)
        self.redirect[kind.name][max(local_id, incoming_id)] = survivor
        if survivor != local_id:
            row = {**local.pop(local_id), "id": survivor}
            local[survivor] = row
            natural[row[kind.natural_key]] = survivor
            sql.rekey(self.conn, self.raw, kind, local_id, survivor)
            self._rekey_conflicts(kind, local_id, survivor)
        return survivor

    def _rekey_conflicts(self, kind: Kind, old: str, new: str) -> None:
        batch = Batch(self.data)
        for rec in self._conflicts(kind.name, [old]).get(old, []):
            if not rec.alive:
                continue
            rec.alive, rec.dirty = False, True
            batch.conflicts[rec.id] = rec
            v = rec.version
            row = None if v.row is None else {**v.row, "id": new}
            cid = conflict_id(kind, new, row)
            version = Version(v.vv, row, v.deleted_at, v.by, v.source)
            target = batch.conflicts.get(cid) or next(
                (r for r in self._conflicts(kind.name, [new]).get(new, []) if r.id == cid),
                None)
            if target is None:
                target = ConflictRec(cid, kind.name, new, version, rec.resolved, in_db=False,
                                     dirty=True)
            elif not target.alive:
                target.version, target.resolved = version, rec.resolved
                target.alive = target.dirty = True
            else:
                continue
            batch.conflicts[cid] = target
        self._write_conflicts(batch)

    # -- a batch of objects of a large kind ----------------------------------------------
    def _merge_batch(self, kind: Kind, ids: list[str], counts: KindCounts) -> None:
        incoming_rows = {r["id"]: r for batch in iter_rows(
            self.src, kind.name, order=("id",), where=f"t.id IN ({sql.marks(ids)})",
            params=ids) for r in batch}
        local = {r["id"]: r for batch in iter_rows(
            self.raw, kind.name, order=("id",), where=f"t.id IN ({sql.marks(ids)})",
            params=ids) for r in batch}
        unsent = sql.unsent(self.src, kind.name, ids)
        sent_vv = sql.incoming_vv(self.src, kind.name, list(incoming_rows))
        extra = sql.extra_versions(self.src, kind.name, ids, self.data.source)
        incoming: dict[str, list[Version]] = {}
        for obj_id in ids:
            versions = []
            raw = incoming_rows.get(obj_id)
            if raw is not None:
                self.meter.advance()
                row = self._prepare(kind, raw)
                if row is None:
                    counts.skipped += 1
                else:
                    row = _as_sent(kind, row, unsent.get(obj_id), local.get(obj_id))
                    vv, by = sent_vv.get(obj_id, ({}, None))
                    versions.append(Version(vv=vv, row=row, by=by, source=self.data.source))
            versions += extra.get(obj_id, [])
            if versions:
                incoming[obj_id] = versions
        self._settle_batch(kind, sorted(incoming), incoming, local, counts)

    def _prepare(self, kind: Kind, raw: Row) -> Row | None:
        """merge_plan.prepare_row against this file's rubric, scale and file contents."""
        return prepare_row(kind, raw, RowChecks(
            self.redirect, lambda target, value: value in self._rubric.get(target, ()),
            lambda level: level is None or level in self._scale,
            lambda sha: sql.has_blob(self.raw, self.src, sha), self.report, self._dropped))

    def _report_local_only_rubric(self) -> None:
        for name in ("scale_level", "area", "indicator"):
            for row in sql.local_only(self.raw, self.src, name):
                self.report.rubric_mismatches.append(
                    f"{describe(BY_NAME[name], row)} is only in this project")


def _as_sent(kind: Kind, row: Row, unsent: list[str] | None, local: Row | None) -> Row:
    """The row as the bundle sent it: columns it did not send (an older digifelt's) are
    left out, and then ours stand (merge_plan.Planner._with_unsent)."""
    if not unsent:
        return row
    row = {k: v for k, v in row.items() if k not in unsent}
    return Planner._with_unsent(kind, row, local)


def merge_scratch(db: Database, scratch: Database, data: AdoptInput, *,
                  meter: Meter | None = None) -> MergeReport:
    """Merge the scratch project made from a bundle into `db`, in one transaction (all or
    nothing)."""
    from digifelt.core.services.merge import log_import, previous_imports

    meter = meter or Meter()
    with scratch.read() as r, db.transaction() as s:
        conn = s.connection()
        report = StreamMerge(conn, raw_connection(r.connection()), data, meter).run()
        report.previous_imports = previous_imports(conn, data.bundle_id)
        log_import(conn, data.bundle_id, data.exported_at, data.exported_by, data.source,
                   data.content_sha256, report)
        meter.check()
    return report
