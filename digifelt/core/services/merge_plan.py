"""The merged state, computed in memory from this file's rows and a teammate's (no writes).

For every object the bundle mentions (and every object whose parent it deletes) the planner
takes the versions both sides hold — the current row or tombstone and the open conflicts —
settles them (core.services.merge_versions) and records the outcome: the row to write or
delete, the history of the current version, and the conflicts that stay open.
"""

import json
from dataclasses import dataclass, field

from digifelt.core.ids import iso_z
from digifelt.core.progress import Meter
from digifelt.core.services import versions as vvs
from digifelt.core.services.merge_final import (
    check_unique,
    reanchor,
    report_local_only_rubric,
)
from digifelt.core.services.merge_report import (
    THIS_FILE,
    KindCounts,
    MergeError,
    MergeInput,
    MergeReport,
    describe,
    label,
)
from digifelt.core.services.merge_rows import RowChecks, prepare_row
from digifelt.core.services.merge_versions import Version, choose, conflict_id, settle
from digifelt.core.services.snapshot import KINDS, Kind, Row, Snapshot


@dataclass
class ConflictRec:
    """A conflict row as the planner holds it: loaded from the file or made by this merge."""

    id: str
    object_kind: str
    object_id: str
    version: Version
    resolved: bool
    in_db: bool = True  # the row exists in the file now
    alive: bool = True  # the row should exist after the merge
    dirty: bool = False  # its values changed


@dataclass
class Revision:
    vv: dict
    deleted_at: str | None = None
    by: str | None = None


@dataclass
class Incoming:
    """What the bundle says of one object: its current version and its open conflicts."""

    versions: list[Version] = field(default_factory=list)


def revision_of(current: Version | None) -> Revision | None:
    """The history an object's current version leaves (None: no history yet, as for an
    object no operation has touched)."""
    if current is None or (current.alive and not current.vv and current.by is None):
        return None
    if current.alive:
        return Revision(dict(current.vv), None, current.by)
    return Revision(dict(current.vv), current.deleted_at, current.by)


def _fk_rules(kind: Kind) -> tuple[tuple[str, str, bool], ...]:
    """(column, target kind, required) per reference: a required parent's deletion takes the
    row with it (ON DELETE CASCADE); an optional one is cleared (SET NULL)."""
    out = []
    for col, target in kind.refs:
        fk = next(iter(kind.table.c[col].foreign_keys))
        out.append((col, target, fk.ondelete == "CASCADE"))
    return tuple(out)


class Planner:
    def __init__(self, original: Snapshot, conflicts: dict[str, ConflictRec],
                 revisions: dict[tuple[str, str], Revision], data: MergeInput, meter: Meter):
        self.original = original
        self.final: dict[str, dict[str, Row]] = {
            k.name: dict(original.rows.get(k.name, {})) for k in KINDS}
        self.conflicts = conflicts
        self.by_object: dict[tuple[str, str], list[ConflictRec]] = {}
        for rec in conflicts.values():
            self.by_object.setdefault((rec.object_kind, rec.object_id), []).append(rec)
        self.revisions = revisions
        self.revisions_changed: set[tuple[str, str]] = set()
        self.data = data
        self.meter = meter
        self.adopt = not original.rows.get("project")
        self.report = MergeReport(creates_project=self.adopt)
        self.redirect: dict[str, dict[str, str]] = {k.name: {} for k in KINDS}
        self.rekeys: list[tuple[Kind, str, str]] = []
        self.touched: dict[str, set[str]] = {k.name: set() for k in KINDS}
        self._dropped: dict[str, int] = {}
        self._natural: dict[str, dict] = {}
        self._incoming_vv = data.versions

    # -- whole plan ----------------------------------------------------------------
    def run(self) -> None:
        self._check_project()
        incoming = self._incoming_by_kind()
        for kind in KINDS:
            self.report.counts[kind.name] = KindCounts()
            self._merge_kind(kind, incoming.get(kind.name, {}))
        if not self.adopt:
            report_local_only_rubric(self)
        for what, n in sorted(self._dropped.items()):
            self.report.skipped.append(f"{n} {what}")
        reanchor(self)
        check_unique(self)
        self.report.conflicts_added = sum(
            1 for c in self.conflicts.values() if c.alive and not c.in_db and not c.resolved)

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

    def _incoming_by_kind(self) -> dict[str, dict[str, Incoming]]:
        """Tombstones and open conflicts of the bundle, by kind and object id (its current
        rows are prepared kind by kind, once their parents are merged)."""
        out: dict[str, dict[str, Incoming]] = {}
        source = self.data.source
        for t in self.data.tombstones:
            out.setdefault(t["kind"], {}).setdefault(t["id"], Incoming()).versions.append(
                Version(vv=t["vv"], deleted_at=t["deleted_at"], by=t.get("by"),
                        source=source))
        for c in self.data.siblings:
            out.setdefault(c["kind"], {}).setdefault(c["object_id"], Incoming()).versions.append(
                Version(vv=c["vv"], row=c.get("version"), deleted_at=c.get("deleted_at"),
                        by=c.get("by"), source=c.get("source") or source))
        return out

    # -- one kind ------------------------------------------------------------------
    def _merge_kind(self, kind: Kind, extra: dict[str, Incoming]) -> None:
        counts = self.report.counts[kind.name]
        final = self.final[kind.name]
        rows: dict[str, Row] = {}
        sent_as: dict[str, str] = {}  # id here → id in the bundle
        for raw in self.data.rows.get(kind.name, []):
            self.meter.advance()
            row = self._prepare(kind, raw)
            if row is None:
                counts.skipped += 1
                continue
            obj_id = row["id"]
            if obj_id not in final and not self._known_here(kind, obj_id):
                if kind.rubric and not self.adopt:
                    counts.skipped += 1
                    self.report.rubric_mismatches.append(
                        f"{describe(kind, row)} is not in this project's rubric (not added)")
                    continue
                local = self._natural_match(kind, row)
                if local is not None and local["id"] != obj_id:
                    obj_id = self._unify(kind, local["id"], obj_id)
                    row = {**row, "id": obj_id}
            rows[obj_id] = row
            sent_as[obj_id] = raw["id"]
        vv_of = self._incoming_vv.get(kind.name, {})
        ids = set(rows) | {self.redirect[kind.name].get(i, i) for i in extra}
        for obj_id in sorted(ids):
            versions = []
            if obj_id in rows:
                row = self._with_unsent(kind, rows[obj_id], final.get(obj_id))
                sent = vv_of.get(sent_as[obj_id], {})
                versions.append(Version(vv=sent.get("vv", {}), row=row, by=sent.get("by"),
                                        source=self.data.source))
            for orig_id, inc in extra.items():
                if self.redirect[kind.name].get(orig_id, orig_id) == obj_id:
                    versions += [v if v.row is None else
                                 Version(v.vv, {**v.row, "id": obj_id}, v.deleted_at,
                                         v.by, v.source)
                                 for v in inc.versions]
            self._settle(kind, obj_id, versions, counts)
        # Rows the bundle did not mention whose parent it deleted go too, kept as conflicts.
        for obj_id in sorted(set(final) - ids):
            if not self._viable(kind, final[obj_id]):
                self._settle(kind, obj_id, [], counts)
        self._normalise(kind)

    @staticmethod
    def _with_unsent(kind: Kind, row: Row, local: Row | None) -> Row:
        """A row from an older digifelt lacks the columns added since: it says nothing
        about them, so ours stand (a missing column never erases a value)."""
        if local is None:
            return row
        unsent = {c.name: local.get(c.name) for c in kind.table.columns
                  if c.name not in row and c.name not in ("id", "created_at", "updated_at")}
        return {**unsent, **row} if unsent else row

    def _known_here(self, kind: Kind, obj_id: str) -> bool:
        return (kind.name, obj_id) in self.revisions or (kind.name, obj_id) in self.by_object

    def _prepare(self, kind: Kind, raw: Row) -> Row | None:
        """Point references at this project's objects; None when the row cannot be merged."""
        return prepare_row(kind, raw, RowChecks(
            self.redirect, lambda target, value: self.adopt or value in self.final[target],
            self._on_scale,
            lambda sha: sha in self.original.blob_sizes or sha in self.data.blobs,
            self.report, self._dropped))

    def _on_scale(self, level) -> bool:
        return level is None or level in {r["value"] for r in self.final["scale_level"].values()}

    def _viable(self, kind: Kind, row: Row) -> bool:
        """Every parent the row cannot live without is alive."""
        for col, target, required in _fk_rules(kind):
            value = row.get(col)
            if required and value is not None and value not in self.final[target]:
                return False
        return True

    # -- one object ----------------------------------------------------------------
    def _local_versions(self, kind: Kind, obj_id: str) -> list[Version]:
        out = []
        rev = self.revisions.get((kind.name, obj_id))
        row = self.final[kind.name].get(obj_id)
        if row is not None:
            out.append(Version(vv=rev.vv if rev else {}, row=row, by=rev.by if rev else None,
                               source=THIS_FILE))
        elif rev is not None and rev.deleted_at is not None:
            out.append(Version(vv=rev.vv, deleted_at=rev.deleted_at, by=rev.by,
                               source=THIS_FILE))
        for rec in self.by_object.get((kind.name, obj_id), []):
            if rec.alive and not rec.resolved:
                out.append(rec.version)
        return out

    def _settle(self, kind: Kind, obj_id: str, incoming: list[Version],
                counts: KindCounts) -> None:
        local = self._local_versions(kind, obj_id)
        before = self.final[kind.name].get(obj_id)
        settled = settle(kind, local + incoming)
        current, others = choose(kind, settled, lambda row: self._viable(kind, row))
        final = self.final[kind.name]
        # The current row, or its absence.
        if current is not None and current.alive:
            row = {**current.row, "id": obj_id}
            if before is None:
                counts.new += 1
            elif _same_row(kind, before, row):
                counts.unchanged += 1
                row = before
            else:
                counts.updated += 1
            final[obj_id] = row
            self._index(kind, row)
            self.touched[kind.name].add(obj_id)
        elif before is not None:
            del final[obj_id]
            counts.deleted += 1
            self.touched[kind.name].discard(obj_id)
        elif incoming:
            counts.unchanged += 1
        self._set_revision(kind, obj_id, current)
        if self._set_conflicts(kind, obj_id, others, current, counts) and \
                before is not None and final.get(obj_id) is before:
            counts.unchanged -= 1  # ours stays current; the incoming one is a conflict now
            counts.kept += 1

    def _set_revision(self, kind: Kind, obj_id: str, current: Version | None) -> None:
        key = (kind.name, obj_id)
        new = revision_of(current)
        if self.revisions.get(key) != new:
            if new is None:
                self.revisions.pop(key, None)
            else:
                self.revisions[key] = new
            self.revisions_changed.add(key)

    def _set_conflicts(self, kind: Kind, obj_id: str, others: list[Version],
                       current: Version | None, counts: KindCounts) -> bool:
        """Make the object's open conflicts exactly `others`; True if one is new."""
        recs = self.by_object.setdefault((kind.name, obj_id), [])
        wanted: dict[str, Version] = {}
        for v in others:
            row = None if v.row is None else {**v.row, "id": obj_id}
            if (current is not None and current.alive and row is not None
                    and current.content_key(kind) == v.content_key(kind)):
                continue  # the same content under another history: nothing to decide
            wanted[conflict_id(kind, obj_id, row)] = Version(
                v.vv, row, v.deleted_at, v.by, v.source)
        for rec in recs:
            if rec.alive and not rec.resolved and rec.id not in wanted:
                # Superseded: a later version (a resolution made in either file) descends
                # from it.
                rec.resolved, rec.dirty = True, True
        added = False
        for cid, version in wanted.items():
            rec = self.conflicts.get(cid)
            if rec is None:
                rec = ConflictRec(cid, kind.name, obj_id, version, False, in_db=False,
                                  dirty=True)
                self.conflicts[cid] = rec
                recs.append(rec)
                added = True
            elif rec.resolved or rec.version != version or not rec.alive:
                added = added or rec.resolved
                rec.version, rec.resolved, rec.alive, rec.dirty = version, False, True, True
        if added:
            counts.conflicting += 1
            names = {a["id"]: a.get("initials") or a.get("name") or ""
                     for a in self.final["assessor"].values()}
            self.report.notes.append(
                _conflict_note(kind, obj_id, current, wanted.values(), names))
        return added

    def _normalise(self, kind: Kind) -> None:
        """Optional references and links to objects that are gone are cleared, as the
        database's ON DELETE rules would; done the same way in every file."""
        optional = [(col, target) for col, target, required in _fk_rules(kind) if not required]
        final = self.final[kind.name]
        for obj_id, row in list(final.items()):
            changed = {col: None for col, target in optional
                       if row.get(col) is not None and row[col] not in self.final[target]}
            for link in kind.links:
                ids = row.get(link.field) or []
                alive = self.final[link.target]
                if all(t in alive for t in ids):
                    continue
                keep = [n for n, t in enumerate(ids) if t in alive]
                changed[link.field] = [ids[n] for n in keep]
                if link.order_field:
                    changed[link.order_field] = [row[link.order_field][n] for n in keep]
            if changed:
                final[obj_id] = {**row, **changed}

    # -- natural keys (a finding per indicator, a group per name) -----------------------
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

    def _unify(self, kind: Kind, local_id: str, incoming_id: str) -> str:
        """The same finding/summary/group made separately in two files: one id survives
        (the smaller), everywhere."""
        survivor = min(local_id, incoming_id)
        self.redirect[kind.name][max(local_id, incoming_id)] = survivor
        if survivor != local_id:
            self._rekey(kind, local_id, survivor)
        return survivor

    def _rekey(self, kind: Kind, old: str, new: str) -> None:
        final = self.final[kind.name]
        row = {**final.pop(old), "id": new}
        final[new] = row
        self._index(kind, row)
        self.rekeys.append((kind, old, new))
        self.touched[kind.name].discard(old)
        rev = self.revisions.pop((kind.name, old), None)
        if rev is not None:
            self.revisions[(kind.name, new)] = rev
            self.revisions_changed |= {(kind.name, old), (kind.name, new)}
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
        moved = self.by_object.pop((kind.name, old), [])
        kept = self.by_object.setdefault((kind.name, new), [])
        for rec in moved:
            if not rec.alive:
                continue
            rec.alive, rec.dirty = False, True
            v = rec.version
            row = None if v.row is None else {**v.row, "id": new}
            cid = conflict_id(kind, new, row)
            target = self.conflicts.get(cid)
            version = Version(v.vv, row, v.deleted_at, v.by, v.source)
            if target is None:
                target = ConflictRec(cid, kind.name, new, version, rec.resolved, in_db=False,
                                     dirty=True)
                self.conflicts[cid] = target
                kept.append(target)
            elif not target.alive:
                target.version, target.resolved = version, rec.resolved
                target.alive = target.dirty = True

def _same_row(kind: Kind, a: Row, b: Row) -> bool:
    if a == b:
        return True
    # Derived values (anchors) are settled against the final text afterwards either way.
    skip = set(kind.derived)
    return all(a.get(k) == b.get(k) for k in set(a) | set(b) if k not in skip)


def _conflict_note(kind: Kind, obj_id: str, current: Version | None, others,
                   names: dict[str, str]) -> str:
    """“excerpt «Vi har en plan…»: edited by PL (this file); deleted by KN (kari.zip)”."""
    row = (current.row if current is not None and current.row is not None else
           next((v.row for v in others if v.row is not None), None)) or {}
    words = row.get("title") or row.get("text") or row.get("name") or row.get("code") or ""
    words = " ".join(str(words).split())
    what = f"{label(kind.name)} «{words[:40]}{'…' if len(words) > 40 else ''}»" if words \
        else f"{label(kind.name)} {obj_id[:8]}"
    sides = []
    for v in [current, *others]:
        if v is None:
            continue
        who = names.get(v.by, "") if v.by else ""
        verb = "deleted" if v.row is None else "edited"
        sides.append(f"{verb}{f' by {who}' if who else ''} ({v.source or THIS_FILE})")
    return f"{what}: " + "; ".join(sides)


def load_conflict(record) -> ConflictRec:
    deleted = bool(record["deleted"])
    version = None if deleted else json.loads(record["version"])
    v = Version(vv=vvs.parse(record["vv"]), row=version,
                deleted_at=iso_z(record["version_updated_at"]) if deleted else None,
                by=record["by"], source=record["source"])
    return ConflictRec(record["id"], record["object_kind"], record["object_id"], v,
                       bool(record["resolved"]))

