"""Merge a teammate's work (plain rows with their histories, e.g. read from a bundle) into
this project.

Rules (README, "Evidence bundles and team merge"; docs/ARCHITECTURE.md, "Team merge"):

- objects are matched by UUID; each carries a version vector, and a version that descends
  from the other replaces it without a conflict (edits passed along A → B → C → A);
- versions where neither descends from the other are concurrent: the later (alive before
  deleted, then by content hash — never the order of imports) becomes current and the others
  stay as open conflicts, which travel in bundles until someone resolves them;
- deletions leave tombstones, which travel too and win over older versions; an edit made
  concurrently with a deletion stays, with the deletion as its conflict; a row whose parent
  was deleted goes with it, its concurrent edit kept as a conflict;
- link rows (an excerpt's indicators, an activity's groups, …) follow their owner's version;
- findings and area summaries are also matched by their indicator/area, groups by name
  (two files may have made them separately); the survivor keeps the smaller id;
- the rubric (scale, areas, indicators) is matched by id only: a bundle's rubric objects
  this project lacks are not added but reported, with the tags and findings that need them;
- span excerpts are re-anchored in the final text of their entry.

Everything happens in one transaction: the merge is applied completely or not at all.
"""

from sqlalchemy import insert, select

from digifelt.core.ids import iso_z, new_id, parse_iso_z, utcnow
from digifelt.core.models import Conflict, ImportLog, Revision
from digifelt.core.progress import Meter
from digifelt.core.services import versions as vvs
from digifelt.core.services.merge_plan import ConflictRec, Planner
from digifelt.core.services.merge_plan import Revision as PlannedRevision
from digifelt.core.services.merge_plan import load_conflict as _load_conflict
from digifelt.core.services.merge_report import (  # noqa: F401 (the merge's public names)
    THIS_FILE,
    KindCounts,
    MergeError,
    MergeInput,
    MergeReport,
    label,
)
from digifelt.core.services.merge_versions import conflict_id  # noqa: F401
from digifelt.core.services.merge_write import apply_plan
from digifelt.core.services.snapshot import KINDS, Snapshot, canonical_json, read_rows
from digifelt.storage.database import Database


def _load_conflicts(s) -> dict[str, ConflictRec]:
    table = Conflict.__table__
    return {row["id"]: _load_conflict(row)
            for row in s.connection().execute(select(table)).mappings()}


def _load_revisions(s) -> dict[tuple[str, str], PlannedRevision]:
    table = Revision.__table__
    return {(r.kind, r.object_id): PlannedRevision(vvs.parse(r.vv), iso_z(r.deleted_at),
                                                   r.by)
            for r in s.connection().execute(select(table))}


def log_import(conn, bundle_id: str, exported_at: str, exported_by: str | None, source: str,
               content_sha256: str | None, report: MergeReport) -> None:
    """The import log's row of a merge (its id goes into the report)."""
    now = utcnow()
    log_id = new_id()
    conn.execute(insert(ImportLog.__table__).values(
        id=log_id, created_at=now, updated_at=now, bundle_id=bundle_id,
        exported_at=parse_iso_z(exported_at), exported_by=exported_by, imported_at=now,
        source=source, content_sha256=content_sha256,
        counts=canonical_json({k: c.as_dict() for k, c in report.counts.items()})))
    report.log_id = log_id


def previous_imports(conn, bundle_id: str) -> list[str]:
    log = ImportLog.__table__
    return [iso_z(t) for t in conn.execute(
        select(log.c.imported_at).where(log.c.bundle_id == bundle_id)
        .order_by(log.c.imported_at)).scalars()]


def _plan(s, data: MergeInput, meter: Meter) -> Planner:
    original = read_rows(s)
    planner = Planner(original, _load_conflicts(s), _load_revisions(s), data, meter)
    meter.add_total(sum(len(v) for v in data.rows.values()))
    planner.run()
    planner.report.previous_imports = previous_imports(s.connection(), data.bundle_id)
    return planner


def preview_merge(db: Database | None, data: MergeInput, *,
                  meter: Meter | None = None) -> MergeReport:
    """What `merge` would do, changing nothing (db None: into a new, empty project)."""
    meter = meter or Meter()
    if db is None:
        empty = Snapshot(rows={k.name: {} for k in KINDS})
        planner = Planner(empty, {}, {}, data, meter)
        meter.add_total(sum(len(v) for v in data.rows.values()))
        planner.run()
        return planner.report
    with db.read() as s:
        planner = _plan(s, data, meter)
    return planner.report


def merge(db: Database, data: MergeInput, *, meter: Meter | None = None) -> MergeReport:
    """Merge `data` into the project in one transaction (all or nothing)."""
    meter = meter or Meter()
    with db.transaction() as s:
        planner = _plan(s, data, meter)
        apply_plan(s, planner, meter)
        log_import(s.connection(), data.bundle_id, data.exported_at, data.exported_by,
                   data.source, data.content_sha256, planner.report)
        meter.check()
    return planner.report
