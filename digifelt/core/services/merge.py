"""Merge a teammate's work (plain rows, e.g. read from a bundle) into this project.

Rules (README, "Evidence bundles and team merge"):

- objects are matched by UUID; an object this project lacks is inserted;
- when both have it and the content differs, the version with the newer `updated_at`
  wins (ties: the larger content hash, then the larger full hash — never the order of
  imports) and the other version is kept as a conflict copy (`conflict` table). A conflict
  copy's id is derived from the object and the losing content, so re-importing, or merging
  teammates' bundles in another order, yields the same rows;
- link rows (an excerpt's indicators, an activity's groups, …) follow their owner's winner;
- findings and area summaries are also matched by their indicator/area, groups by name
  (two files may have made them separately); the survivor keeps the smaller id;
- the rubric (scale, areas, indicators) is matched by id only: a bundle's rubric objects
  this project lacks are not added but reported, with the tags and findings that need them;
- span excerpts are re-anchored in the final text of their entry.

Everything happens in one transaction: the merge is applied completely or not at all.
"""

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import insert, select

from digifelt.core.anchoring import nearest_occurrence
from digifelt.core.ids import iso_z, new_id, parse_iso_z, utcnow
from digifelt.core.models import Conflict, ImportLog
from digifelt.core.progress import Meter
from digifelt.core.services.merge_write import apply_plan
from digifelt.core.services.snapshot import (
    BY_NAME,
    KINDS,
    TIMESTAMPS,
    Kind,
    Row,
    Snapshot,
    canonical_json,
    content_hash,
    full_hash,
    read_rows,
)
from digifelt.errors import DigifeltError
from digifelt.storage.database import Database

CONFLICT_NAMESPACE = uuid.UUID("0b7f3c52-9d1e-5a54-8f0e-6d2c1f4a9e31")
THIS_FILE = "this file"

LABELS = {
    "respondent_group": "group", "guide_question": "question", "scale_level": "scale level",
    "area_summary": "area summary",
}


def label(kind_name: str) -> str:
    return LABELS.get(kind_name, kind_name.replace("_", " "))


class MergeError(DigifeltError):
    """The data cannot be merged into this project (another project, clashing codes, …)."""


@dataclass
class KindCounts:
    new: int = 0  # absent here: added
    updated: int = 0  # the incoming version replaced ours
    kept: int = 0  # ours is newer and stays; the incoming version became a conflict copy
    unchanged: int = 0
    conflicting: int = 0  # both versions differ in content: a conflict copy was kept
    skipped: int = 0  # not merged (rubric mismatch)

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class MergeInput:
    """Validated incoming data: rows per kind in row form, and file contents by SHA-256."""

    rows: dict[str, list[Row]]
    blobs: Mapping[str, bytes]
    bundle_id: str
    exported_at: str
    exported_by: str | None = None
    source: str = "bundle"  # a file name, shown with conflict copies and in the log
    content_sha256: str | None = None  # of the bundle's project.json: logged, so the same
    # content imported again can be recognised before it is read


@dataclass
class MergeReport:
    creates_project: bool
    counts: dict[str, KindCounts] = field(default_factory=dict)
    rubric_mismatches: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    conflicts_added: int = 0
    previous_imports: list[str] = field(default_factory=list)  # times this bundle came before
    log_id: str | None = None

    @property
    def changed(self) -> bool:
        return bool(self.conflicts_added) or any(
            c.new or c.updated for c in self.counts.values())


@dataclass
class _ConflictRec:
    id: str
    object_kind: str
    object_id: str
    version: Row
    version_updated_at: str
    source: str
    resolved: bool
    in_db: bool = True  # the row exists in the file now
    alive: bool = True  # the row should exist after the merge
    dirty: bool = False  # its values changed

    def key(self) -> tuple[str, str]:
        return self.version_updated_at, full_hash(BY_NAME[self.object_kind], self.version)


def conflict_id(kind: Kind, object_id: str, version: Row) -> str:
    name = f"{kind.name}/{object_id}/{content_hash(kind, version)}"
    return str(uuid.uuid5(CONFLICT_NAMESPACE, name))


def _version_key(kind: Kind, row: Row) -> tuple[str, str, str]:
    return row["updated_at"], content_hash(kind, row), full_hash(kind, row)


def _describe(kind: Kind, row: Row) -> str:
    if kind.name in ("area", "indicator"):
        return f"{label(kind.name)} {row.get('code')} “{row.get('title')}”"
    if kind.name == "scale_level":
        return f"scale level {row.get('value')} “{row.get('label')}”"
    return f"{label(kind.name)} {row.get('id')}"


class _Planner:
    """Computes the merged state in memory; nothing touches the database here."""

    def __init__(self, original: Snapshot, conflicts: dict[str, _ConflictRec],
                 data: MergeInput, meter: Meter):
        self.original = original
        self.final: dict[str, dict[str, Row]] = {
            k.name: dict(original.rows.get(k.name, {})) for k in KINDS}
        self.conflicts = conflicts
        self.data = data
        self.meter = meter
        self.adopt = not original.rows.get("project")
        self.report = MergeReport(creates_project=self.adopt)
        self.redirect: dict[str, dict[str, str]] = {k.name: {} for k in KINDS}
        self.rekeys: list[tuple[Kind, str, str]] = []
        self.touched: dict[str, set[str]] = {k.name: set() for k in KINDS}
        self._dropped: dict[str, int] = {}
        self._natural: dict[str, dict] = {}

    # -- whole plan ----------------------------------------------------------------
    def run(self) -> None:
        self._check_project()
        for kind in KINDS:
            self.report.counts[kind.name] = KindCounts()
            self._merge_kind(kind)
        if not self.adopt:
            self._report_local_only_rubric()
        for what, n in sorted(self._dropped.items()):
            self.report.skipped.append(f"{n} {what}")
        self._reanchor()
        self._check_unique()
        self._prune_conflicts()
        self.report.conflicts_added = sum(
            1 for c in self.conflicts.values() if c.alive and not c.in_db)

    def _check_project(self) -> None:
        incoming = self.data.rows.get("project", [])
        if len(incoming) != 1:
            raise MergeError("the bundle must describe exactly one project")
        local = list(self.original.rows.get("project", {}).values())
        if len(local) > 1:
            raise MergeError("this file has more than one project record; run digifelt check")
        if local and local[0]["id"] != incoming[0]["id"]:
            raise MergeError(
                f"the bundle belongs to another assessment (“{incoming[0].get('title')}”); "
                "bundles merge only into copies of the same project")

    # -- one kind ------------------------------------------------------------------
    def _merge_kind(self, kind: Kind) -> None:
        counts = self.report.counts[kind.name]
        final = self.final[kind.name]
        matched, unmatched = [], []
        for raw in self.data.rows.get(kind.name, []):
            self.meter.advance()
            row = self._prepare(kind, raw)
            if row is None:
                counts.skipped += 1
            elif row["id"] in final:
                matched.append(row)
            else:
                unmatched.append(row)
        for row in matched:
            self._merge_pair(kind, final[row["id"]], row)
        for row in unmatched:
            if kind.rubric and not self.adopt:
                counts.skipped += 1
                self.report.rubric_mismatches.append(
                    f"{_describe(kind, row)} is not in this project's rubric (not added)")
                continue
            local = self._natural_match(kind, row)
            if local is None:
                final[row["id"]] = row
                self._index(kind, row)
                self.touched[kind.name].add(row["id"])
                counts.new += 1
            else:
                self._merge_pair(kind, local, row)

    def _prepare(self, kind: Kind, raw: Row) -> Row | None:
        """Point references at this project's objects; None when the row cannot be merged."""
        row = dict(raw)
        for col, target in kind.refs:
            value = row.get(col)
            if value is None:
                continue
            value = self.redirect[target].get(value, value)
            row[col] = value
            if value in self.final[target]:
                continue
            if BY_NAME[target].rubric and not self.adopt:
                why = ("its area is not in this project's rubric" if kind.rubric else
                       f"its {label(target)} is not in this project's rubric")
                self.report.rubric_mismatches.append(f"{_describe(kind, row)}: {why} (not merged)")
                return None
            raise MergeError(f"{label(kind.name)} {row['id']} refers to a missing "
                             f"{label(target)} {value}")
        for link in kind.links:
            ids, orders = row.get(link.field) or [], row.get(link.order_field) or []
            if link.order_field and len(orders) != len(ids):
                orders = list(range(len(ids)))
            kept_ids, kept_orders = [], []
            for n, target_id in enumerate(ids):
                target_id = self.redirect[link.target].get(target_id, target_id)
                if target_id not in self.final[link.target]:
                    what = f"{label(link.target)} link(s) of {label(kind.name)}s not merged " \
                           f"(the {label(link.target)} is not in this project's rubric)"
                    if not BY_NAME[link.target].rubric or self.adopt:
                        raise MergeError(f"{label(kind.name)} {row['id']} refers to a missing "
                                         f"{label(link.target)} {target_id}")
                    self._dropped[what] = self._dropped.get(what, 0) + 1
                    continue
                if target_id in kept_ids:
                    continue
                kept_ids.append(target_id)
                if link.order_field:
                    kept_orders.append(orders[n])
            if link.order_field:
                pairs = sorted(zip(kept_orders, kept_ids, strict=True))
                row[link.field] = [t for _, t in pairs]
                row[link.order_field] = [o for o, _ in pairs]
            else:
                row[link.field] = sorted(kept_ids)
        if kind.name == "finding" and not self._on_scale(row.get("level")):
            # The services accept only levels on the scale; this project's scale lacks it.
            self.report.rubric_mismatches.append(
                f"finding {row['id']}: level {row['level']} is not on this project's scale "
                "(not merged)")
            return None
        if kind.name == "attachment":
            sha = row.get("sha256")
            if sha not in self.original.blob_sizes and sha not in self.data.blobs:
                raise MergeError(f"attachment {row['id']}: its file content is missing")
        return row

    def _on_scale(self, level) -> bool:
        return level is None or level in {r["value"] for r in self.final["scale_level"].values()}

    def _index(self, kind: Kind, row: Row) -> None:
        if kind.natural_key and kind.name in self._natural:
            self._natural[kind.name][row[kind.natural_key]] = row["id"]

    def _natural_match(self, kind: Kind, row: Row) -> Row | None:
        if not kind.natural_key:
            return None
        if kind.name not in self._natural:
            self._natural[kind.name] = {r[kind.natural_key]: i
                                        for i, r in self.final[kind.name].items()}
        found = self._natural[kind.name].get(row[kind.natural_key])
        return self.final[kind.name].get(found) if found else None

    def _merge_pair(self, kind: Kind, local: Row, incoming: Row) -> None:
        counts = self.report.counts[kind.name]
        # A row from an older digifelt lacks the columns added since: it says nothing
        # about them, so ours stand (a missing column never erases a value).
        unsent = {c.name: local.get(c.name) for c in kind.table.columns
                  if c.name not in incoming and c.name not in ("id", *TIMESTAMPS)}
        if unsent:
            incoming = {**unsent, **incoming}
        survivor = min(local["id"], incoming["id"])
        if local["id"] != incoming["id"]:
            # Same finding/summary/group made separately in two files: one row survives.
            self.redirect[kind.name][max(local["id"], incoming["id"])] = survivor
            if survivor != local["id"]:
                self._rekey(kind, local["id"], survivor)
                local = self.final[kind.name][survivor]
        self.touched[kind.name].add(survivor)
        if local == {**incoming, "id": survivor}:
            counts.unchanged += 1
            return
        same_content = content_hash(kind, local) == content_hash(kind, incoming)
        if same_content and incoming["updated_at"] == local["updated_at"]:
            # Same edit, different derived values (anchors recomputed here or there): ours
            # stays; the anchors are settled against the final text below either way.
            counts.unchanged += 1
            return
        incoming_wins = _version_key(kind, incoming) > _version_key(kind, local)
        if not same_content:
            counts.conflicting += 1
            loser, source = (local, THIS_FILE) if incoming_wins else (incoming, self.data.source)
            self._keep_conflict(kind, survivor, loser, source)
        if incoming_wins:
            winner = {**incoming, "id": survivor}
            self.final[kind.name][survivor] = winner
            self._index(kind, winner)
            counts.updated += 1
        elif same_content:
            counts.unchanged += 1
        else:
            counts.kept += 1

    def _keep_conflict(self, kind: Kind, object_id: str, loser: Row, source: str) -> None:
        if kind.natural_key:
            # The same finding/summary/group may have had another id in the other file;
            # its copy is filed under the id the object has here.
            loser = {**loser, "id": object_id}
        cid = conflict_id(kind, object_id, loser)
        rec = self.conflicts.get(cid)
        if rec is None:
            self.conflicts[cid] = _ConflictRec(cid, kind.name, object_id, loser,
                                               loser["updated_at"], source, False,
                                               in_db=False, dirty=True)
            return
        if rec.resolved:
            return  # decided before: importing the same version again does not reopen it
        if not rec.alive or (loser["updated_at"], full_hash(kind, loser)) > rec.key():
            rec.version, rec.version_updated_at = loser, loser["updated_at"]
            rec.alive = rec.dirty = True

    def _rekey(self, kind: Kind, old: str, new: str) -> None:
        final = self.final[kind.name]
        row = {**final.pop(old), "id": new}
        final[new] = row
        self._index(kind, row)
        self.rekeys.append((kind, old, new))
        self.touched[kind.name].discard(old)
        for other in KINDS:
            cols = [c for c, target in other.refs if target == kind.name]
            links = [ln for ln in other.links if ln.target == kind.name]
            if not cols and not links:
                continue
            rows = self.final[other.name]
            for oid, orow in list(rows.items()):
                changed = {c: new for c in cols if orow.get(c) == old}
                for ln in links:
                    if old in orow.get(ln.field, []):
                        ids = [new if t == old else t for t in orow[ln.field]]
                        changed[ln.field] = ids if ln.order_field else sorted(set(ids))
                if changed:
                    rows[oid] = {**orow, **changed}
        for rec in list(self.conflicts.values()):
            if rec.object_kind != kind.name or rec.object_id != old or not rec.alive:
                continue
            rec.alive = False
            version = {**rec.version, "id": new}
            moved = conflict_id(kind, new, version)
            target = self.conflicts.get(moved)
            if target is None:
                self.conflicts[moved] = _ConflictRec(
                    moved, kind.name, new, version, rec.version_updated_at, rec.source,
                    rec.resolved, in_db=False, dirty=True)
            elif not target.alive:
                target.version, target.version_updated_at = version, rec.version_updated_at
                target.resolved, target.alive, target.dirty = rec.resolved, True, True

    # -- after all kinds -------------------------------------------------------------
    def _reanchor(self) -> None:
        """Span excerpts point into the final text of their entry (or are flagged detached)."""
        entries, excerpts = self.final["entry"], self.final["excerpt"]
        changed_entries = {i for i in self.touched["entry"]
                           if entries.get(i) != self.original.rows["entry"].get(i)}
        for ex_id, ex in list(excerpts.items()):
            if ex_id not in self.touched["excerpt"] and ex.get("entry_id") not in changed_entries:
                continue
            if ex.get("entry_id") is None or ex.get("start") is None:
                continue
            text = entries[ex["entry_id"]]["text"]
            if not ex.get("detached") and text[ex["start"]:ex["end"]] == ex["text"]:
                continue
            # A function of the final text, the quote and its last position only, so every
            # order of merging ends with the same anchors (a detached excerpt whose words are
            # back in the final text is attached again).
            span = nearest_occurrence(text, ex["text"], ex["start"])
            if span is None:
                if not ex.get("detached"):
                    excerpts[ex_id] = {**ex, "detached": True}
            else:
                excerpts[ex_id] = {**ex, "start": span.start, "end": span.end,
                                   "detached": False}

    def _check_unique(self) -> None:
        for kind in KINDS:
            for col in kind.unique:
                seen: dict = {}
                for row in self.final[kind.name].values():
                    value = row.get(col)
                    if value in seen:
                        raise MergeError(
                            f"two {label(kind.name)}s would both have {col} {value!r} "
                            f"({seen[value]} and {row['id']}); change one of them and export "
                            "again")
                    seen[value] = row["id"]

    def _prune_conflicts(self) -> None:
        """A conflict copy equal to the object's current content is no conflict any more."""
        open_for: dict[tuple[str, str], list[_ConflictRec]] = {}
        for rec in self.conflicts.values():
            if rec.alive and not rec.resolved:
                open_for.setdefault((rec.object_kind, rec.object_id), []).append(rec)
        for (kind_name, obj_id), recs in open_for.items():
            kind = BY_NAME[kind_name]
            row = self.final[kind_name].get(obj_id)
            if row is None or obj_id not in self.touched[kind_name]:
                continue
            current = conflict_id(kind, obj_id, row)
            for rec in recs:
                if rec.id == current:
                    rec.alive = False

    def _report_local_only_rubric(self) -> None:
        incoming_ids = {k: {r["id"] for r in self.data.rows.get(k, [])}
                        for k in ("scale_level", "area", "indicator")}
        for name, ids in incoming_ids.items():
            for obj_id, row in self.final[name].items():
                if obj_id not in ids:
                    self.report.rubric_mismatches.append(
                        f"{_describe(BY_NAME[name], row)} is only in this project")


def _load_conflicts(s) -> dict[str, _ConflictRec]:
    table = Conflict.__table__
    out = {}
    for row in s.connection().execute(select(table)).mappings():
        out[row["id"]] = _ConflictRec(
            row["id"], row["object_kind"], row["object_id"], json.loads(row["version"]),
            iso_z(row["version_updated_at"]), row["source"], bool(row["resolved"]))
    return out


def _plan(s, data: MergeInput, meter: Meter) -> _Planner:
    original = read_rows(s)
    planner = _Planner(original, _load_conflicts(s), data, meter)
    meter.add_total(sum(len(v) for v in data.rows.values()))
    planner.run()
    log = ImportLog.__table__
    planner.report.previous_imports = [
        iso_z(t) for t in s.connection().execute(
            select(log.c.imported_at).where(log.c.bundle_id == data.bundle_id)
            .order_by(log.c.imported_at)).scalars()]
    return planner


def preview_merge(db: Database | None, data: MergeInput, *,
                  meter: Meter | None = None) -> MergeReport:
    """What `merge` would do, changing nothing (db None: into a new, empty project)."""
    meter = meter or Meter()
    if db is None:
        empty = Snapshot(rows={k.name: {} for k in KINDS})
        planner = _Planner(empty, {}, data, meter)
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
        now = utcnow()
        log_id = new_id()
        s.connection().execute(insert(ImportLog.__table__).values(
            id=log_id, created_at=now, updated_at=now, bundle_id=data.bundle_id,
            exported_at=parse_iso_z(data.exported_at), exported_by=data.exported_by,
            imported_at=now, source=data.source, content_sha256=data.content_sha256,
            counts=canonical_json({k: c.as_dict() for k, c in planner.report.counts.items()})))
        planner.report.log_id = log_id
        meter.check()
    return planner.report
