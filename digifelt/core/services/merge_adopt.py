"""A new project made from a teammate's bundle as its rows stream in: memory does not grow
with the project.

Into an empty file the planner (merge_plan) would hold every row of the bundle at once. Here
each batch is prepared the way the planner prepares a row (links without repeats and in
order, a finding's level on the scale) and written at once; what the planner would decide
about an object with only one version is then already decided. Only the bundle's open
conflicts need weighing: they are few, and are settled at the end by the planner's own rules
(merge_versions.settle/choose) against the rows already written. An outcome a plain write
cannot express (a conflict that would delete a written row, and with it its children) raises
NeedsPlanner: the caller then merges with the planner, which handles every case.

References, uniqueness and the other rules across objects are checked by the database and by
`check_references` once everything is written (the reader checks each object's own rules).
"""

import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import insert

from digifelt.core.anchoring import nearest_occurrence
from digifelt.core.ids import new_id, parse_iso_z, utcnow
from digifelt.core.models import Blob, Conflict, ImportLog
from digifelt.core.progress import Meter
from digifelt.core.services import versions as vvs
from digifelt.core.services.merge_plan import _conflict_note
from digifelt.core.services.merge_report import KindCounts, MergeError, MergeReport, label
from digifelt.core.services.merge_rows import link_lists
from digifelt.core.services.merge_versions import Version, choose, conflict_id, settle
from digifelt.core.services.snapshot import (
    BY_NAME,
    KINDS,
    Row,
    canonical_json,
    insert_links,
    insert_rows,
    replace_links,
    update_row,
)
from digifelt.core.services.snapshot_stream import iter_rows, raw_connection
from digifelt.core.services.versions import _db_time as db_time
from digifelt.storage import fts, tally


class NeedsPlanner(Exception):
    """The bundle's conflicts settle into something only the full planner writes."""


@dataclass
class AdoptInput:
    bundle_id: str
    exported_at: str
    exported_by: str | None
    source: str
    content_sha256: str | None


@dataclass
class _Pending:
    """What the end of the import still needs: excerpts whose activity comes from their
    entry (format 1 leaves it out), the bundle's open conflicts."""

    activity_from_entry: list[str] = field(default_factory=list)
    siblings: list[dict] = field(default_factory=list)


def prepare(kind_name: str, raw: Row, scale: set[int]) -> Row | None:
    """The row as the planner's _prepare leaves it in a new project; None when not merged
    (a finding's level off the scale)."""
    kind = BY_NAME[kind_name]
    row = dict(raw)
    for link in kind.links:
        row.update(link_lists(link, row))
    if kind_name == "finding" and row.get("level") is not None and row["level"] not in scale:
        return None
    return row


class Adoption:
    """Writes a bundle into an empty project inside the caller's transaction."""

    def __init__(self, conn, data: AdoptInput, meter: Meter, *, scratch: bool = False):
        """scratch: the file is only read by a streamed merge (merge_stream) and then
        removed: it records the columns each row was sent without, and builds no search
        index or tally."""
        self.conn = conn
        self.scratch = scratch
        self.raw: sqlite3.Connection = raw_connection(conn)
        self.data = data
        self.meter = meter
        self.report = MergeReport(creates_project=True)
        self.report.counts = {k.name: KindCounts() for k in KINDS}
        self.scale: set[int] = set()
        self.pending = _Pending()
        # Checked at COMMIT: a bundle may list children before their parents.
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        # The search index and the evidence tally are built once at the end.
        fts.drop_index(conn)
        tally.drop_triggers(conn)
        if scratch:
            conn.exec_driver_sql("CREATE TABLE merge_unsent (kind TEXT NOT NULL, id TEXT NOT "
                                 "NULL, columns TEXT NOT NULL, PRIMARY KEY (kind, id))")

    # -- while the bundle streams in ----------------------------------------------------
    def rows(self, kind_name: str, rows: list[Row]) -> None:
        kind = BY_NAME[kind_name]
        counts = self.report.counts[kind_name]
        if kind_name == "scale_level":
            self.scale |= {r["value"] for r in rows}
        kept = []
        for raw in rows:
            row = prepare(kind_name, raw, self.scale)
            if row is None:
                counts.skipped += 1
                self.report.rubric_mismatches.append(
                    f"finding {raw['id']}: level {raw['level']} is not on this project's "
                    "scale (not merged)")
                continue
            if kind_name == "excerpt" and row.get("activity_id") is None and \
                    row.pop("_activity_unsent", False):
                self.pending.activity_from_entry.append(row["id"])
            row.pop("_activity_unsent", None)
            kept.append(row)
        try:
            insert_rows(self.conn, kind, kept)
            for link in kind.links:
                insert_links(self.conn, link, kept)
        except Exception as exc:
            raise _constraint_error(exc, kind_name) from None
        if self.scratch:
            self._record_unsent(kind, kept)
        counts.new += len(kept)
        self.meter.advance(len(rows))

    def _record_unsent(self, kind, rows: list[Row]) -> None:
        columns = [c.name for c in kind.table.columns
                   if c.name not in ("id", "created_at", "updated_at")]
        records = []
        for row in rows:
            missing = [c for c in columns if c not in row]
            if missing:
                records.append((kind.name, row["id"], canonical_json(missing)))
        self.raw.executemany("INSERT INTO merge_unsent (kind, id, columns) VALUES (?, ?, ?)",
                             records)

    def blob(self, sha: str, data: bytes) -> None:
        self.conn.execute(insert(Blob.__table__).values(sha256=sha, size=len(data), data=data))

    def versions(self, versions: list[dict]) -> None:
        """History of current versions: {kind, id, vv, by}. A version without history
        (format 1, or an object no operation touched) leaves none, as in the planner."""
        # Written all the same, so that the database finds an object named twice; those
        # without history go at the end.
        records = [(v["kind"], v["id"], vvs.dump(v["vv"]), v.get("by")) for v in versions]
        self._revisions(records, deleted=False)

    def tombstones(self, tombstones: list[dict]) -> None:
        records = [(t["kind"], t["id"], vvs.dump(t["vv"]), _db_time(t["deleted_at"]),
                    t.get("by")) for t in tombstones]
        self._revisions(records, deleted=True)
        for t in tombstones:
            self.report.counts[t["kind"]].unchanged += 1

    def _revisions(self, records: list[tuple], *, deleted: bool) -> None:
        sql = ('INSERT INTO revision (kind, object_id, vv, deleted_at, "by") VALUES '
               + ("(?, ?, ?, ?, ?)" if deleted else "(?, ?, ?, NULL, ?)"))
        try:
            self.raw.executemany(sql, records)
        except sqlite3.IntegrityError:
            raise MergeError("project.json: history: two objects have the same object (named "
                             "twice, as current or deleted)") from None

    def siblings(self, siblings: list[dict]) -> None:
        self.pending.siblings.extend(siblings)

    # -- at the end ---------------------------------------------------------------------
    def finish(self) -> MergeReport:
        raw = self.raw
        check_references(raw)
        if self.pending.activity_from_entry:
            ids = self.pending.activity_from_entry
            for start in range(0, len(ids), 500):
                part = ids[start:start + 500]
                raw.execute(
                    "UPDATE excerpt SET activity_id = COALESCE((SELECT en.activity_id FROM "
                    "entry AS en WHERE en.id = excerpt.entry_id), (SELECT a.activity_id FROM "
                    "attachment AS a WHERE a.id = excerpt.attachment_id)) "
                    f"WHERE id IN ({_marks(part)})", part)
        raw.execute('DELETE FROM revision WHERE deleted_at IS NULL AND vv = ? AND "by" IS '
                    "NULL", (vvs.dump({}),))
        # A version of an object that is not in the bundle describes nothing here.
        for kind in KINDS:
            raw.execute(f'DELETE FROM revision WHERE kind = ? AND deleted_at IS NULL AND NOT '
                        f'EXISTS (SELECT 1 FROM "{kind.name}" AS t WHERE t.id = '
                        "revision.object_id)", (kind.name,))
        reanchor = self._settle_conflicts()
        self._reanchor(reanchor)
        if not self.scratch:
            fts.rebuild_index(self.conn)
            tally.repair(self.conn)
        now = utcnow()
        log_id = new_id()
        self.conn.execute(insert(ImportLog.__table__).values(
            id=log_id, created_at=now, updated_at=now, bundle_id=self.data.bundle_id,
            exported_at=parse_iso_z(self.data.exported_at), exported_by=self.data.exported_by,
            imported_at=now, source=self.data.source, content_sha256=self.data.content_sha256,
            counts=canonical_json({k: c.as_dict() for k, c in self.report.counts.items()})))
        self.report.log_id = log_id
        return self.report

    def _current(self, kind_name: str, obj_id: str) -> Row | None:
        for batch in iter_rows(self.raw, kind_name, order=("id",), where="t.id = ?",
                               params=(obj_id,)):
            for row in batch:
                return row
        return None

    def _revision(self, kind_name: str, obj_id: str) -> tuple[dict, str | None, str | None]:
        found = self.raw.execute('SELECT vv, deleted_at, "by" FROM revision WHERE kind = ? '
                                 "AND object_id = ?", (kind_name, obj_id)).fetchone()
        if found is None:
            return {}, None, None
        return vvs.parse(found[0]), found[1], found[2]

    def _exists(self, kind_name: str, obj_id: str) -> bool:
        return self.raw.execute(f'SELECT 1 FROM "{kind_name}" WHERE id = ?',
                                (obj_id,)).fetchone() is not None

    def _viable(self, kind_name: str, row: Row) -> bool:
        for col, target in BY_NAME[kind_name].refs:
            fk = next(iter(BY_NAME[kind_name].table.c[col].foreign_keys))
            value = row.get(col)
            if fk.ondelete == "CASCADE" and value is not None and \
                    not self._exists(target, value):
                return False
        return True

    def _settle_conflicts(self) -> set[str]:
        """The bundle's open conflicts, weighed as the planner weighs them; returns the ids
        of excerpts and entries whose text or span changed (to re-anchor)."""
        by_object: dict[tuple[str, str], list[Version]] = {}
        source = self.data.source
        for c in self.pending.siblings:
            by_object.setdefault((c["kind"], c["object_id"]), []).append(
                Version(vv=c["vv"], row=c.get("version"), deleted_at=c.get("deleted_at"),
                        by=c.get("by"), source=c.get("source") or source))
        changed: set[str] = set()
        names = None
        order = {k.name: n for n, k in enumerate(KINDS)}
        for (kind_name, obj_id), others in sorted(by_object.items(),
                                                   key=lambda item: (order[item[0][0]],
                                                                     item[0][1])):
            kind = BY_NAME[kind_name]
            counts = self.report.counts[kind_name]
            current_row = self._current(kind_name, obj_id)
            vv, deleted_at, by = self._revision(kind_name, obj_id)
            versions = [Version(vv=v.vv, row=None if v.row is None else {**v.row, "id": obj_id},
                                deleted_at=v.deleted_at, by=v.by, source=v.source)
                        for v in others]
            if current_row is not None:
                versions.insert(0, Version(vv=vv, row=current_row, by=by, source=source))
            elif deleted_at is not None:
                versions.insert(0, Version(vv=vv, deleted_at=_iso_from_db(deleted_at), by=by,
                                           source=source))
            settled = settle(kind, versions)
            current, rest = choose(kind, settled, lambda row, k=kind_name: self._viable(k, row))
            if current is None or not current.alive:
                if current_row is not None:
                    raise NeedsPlanner(f"{label(kind_name)} {obj_id}")
            else:
                row = self._normalised(kind_name, {**current.row, "id": obj_id})
                if current_row is None:
                    insert_rows(self.conn, kind, [row])
                    for link in kind.links:
                        insert_links(self.conn, link, [row])
                    counts.new += 1
                    if deleted_at is not None:
                        counts.unchanged -= 1
                    changed.add(obj_id)
                elif row != current_row:
                    update_row(self.conn, kind, row)
                    replace_links(self.conn, kind, row)
                    changed.add(obj_id)
            self._set_revision(kind_name, obj_id, current)
            wanted: dict[str, Version] = {}
            for v in rest:
                row = None if v.row is None else {**v.row, "id": obj_id}
                if current is not None and current.alive and row is not None and \
                        current.content_key(kind) == v.content_key(kind):
                    continue
                wanted[conflict_id(kind, obj_id, row)] = Version(v.vv, row, v.deleted_at,
                                                                 v.by, v.source)
            if wanted:
                self._write_conflicts(kind_name, obj_id, wanted)
                counts.conflicting += 1
                if names is None:
                    names = {r[0]: r[1] or r[2] or "" for r in self.raw.execute(
                        "SELECT id, initials, name FROM assessor")}
                self.report.notes.append(_conflict_note(kind, obj_id, current,
                                                        wanted.values(), names))
                self.report.conflicts_added += len(wanted)
        return changed

    def _normalised(self, kind_name: str, row: Row) -> Row:
        """Optional references and links to objects that are not here are cleared (the
        planner's _normalise)."""
        kind = BY_NAME[kind_name]
        out = dict(row)
        for col, target in kind.refs:
            fk = next(iter(kind.table.c[col].foreign_keys))
            if fk.ondelete != "CASCADE" and out.get(col) is not None and \
                    not self._exists(target, out[col]):
                out[col] = None
        for link in kind.links:
            ids = out.get(link.field) or []
            keep = [n for n, t in enumerate(ids) if self._exists(link.target, t)]
            if len(keep) != len(ids):
                out[link.field] = [ids[n] for n in keep]
                if link.order_field:
                    out[link.order_field] = [out[link.order_field][n] for n in keep]
        return out

    def _set_revision(self, kind_name: str, obj_id: str, current: Version | None) -> None:
        self.raw.execute("DELETE FROM revision WHERE kind = ? AND object_id = ?",
                         (kind_name, obj_id))
        if current is None or (current.alive and not current.vv and current.by is None):
            return
        self.raw.execute('INSERT INTO revision (kind, object_id, vv, deleted_at, "by") '
                         "VALUES (?, ?, ?, ?, ?)",
                         (kind_name, obj_id, vvs.dump(current.vv),
                          None if current.alive else _db_time(current.deleted_at), current.by))

    def _write_conflicts(self, kind_name: str, obj_id: str, wanted: dict[str, Version]) -> None:
        now = utcnow()
        for cid, v in wanted.items():
            self.conn.execute(insert(Conflict.__table__).values(
                id=cid, created_at=now, updated_at=now, object_kind=kind_name,
                object_id=obj_id, source=v.source or self.data.source,
                version=canonical_json(v.row if v.row is not None else {}),
                version_updated_at=parse_iso_z(
                    v.row["updated_at"] if v.row is not None else v.deleted_at),
                resolved=False, vv=vvs.dump(v.vv), deleted=v.row is None, by=v.by))

    def _reanchor(self, changed: set[str]) -> None:
        """Span excerpts point into their entry's text (merge_final.reanchor): the detached
        ones, and those whose entry or excerpt a conflict changed."""
        marks = _marks(changed) if changed else "NULL"
        found = self.raw.execute(
            "SELECT x.id, x.text, x.start, x.\"end\", x.detached, e.text FROM excerpt AS x "
            "JOIN entry AS e ON e.id = x.entry_id WHERE x.start IS NOT NULL AND "
            f"(x.detached OR x.id IN ({marks}) OR e.id IN ({marks}))",
            [*changed, *changed]).fetchall()
        for ex_id, words, start, end, detached, text in found:
            if not detached and text[start:end] == words:
                continue
            span = nearest_occurrence(text, words, start)
            if span is None:
                if not detached:
                    self.raw.execute("UPDATE excerpt SET detached = 1 WHERE id = ?", (ex_id,))
            else:
                self.raw.execute('UPDATE excerpt SET start = ?, "end" = ?, detached = 0 '
                                 "WHERE id = ?", (span.start, span.end, ex_id))


def _marks(values) -> str:
    return ", ".join("?" for _ in values)


def _db_time(iso: str | None) -> str | None:
    return None if iso is None else db_time(iso)


def _iso_from_db(value) -> str:
    from digifelt.core.ids import iso_z

    if isinstance(value, str):
        from datetime import UTC, datetime

        value = datetime.fromisoformat(value).replace(tzinfo=UTC)
    return iso_z(value)


def _constraint_error(exc: Exception, kind_name: str) -> Exception:
    """A unique value twice, as one line (the database found it)."""
    from sqlalchemy.exc import IntegrityError

    text = str(getattr(exc, "orig", exc))
    if isinstance(exc, IntegrityError | sqlite3.IntegrityError) and "UNIQUE" in text:
        column = text.rsplit(".", 1)[-1].split(",")[0].strip()
        if column == "id":
            return MergeError(f"project.json: duplicate id (two {label(kind_name)}s)")
        return MergeError(f"project.json: two {label(kind_name)}s have the same {column}")
    return exc


# -- the rules across objects (verify.check_references and model.check_values) -------------

# (what is wrong, query giving the id of an offending row) in the order verify checks them.
_RULES = (
    ("duplicate id {id} (used by two objects)", " UNION ALL ".join(
        f'SELECT id FROM "{k.name}"' for k in KINDS).join(
        ("SELECT id FROM (", ") GROUP BY id HAVING COUNT(*) > 1"))),
    ("activity {id}: document.attachment_id refers to a missing attachment",
     "SELECT a.id FROM activity AS a WHERE a.doc_attachment_id IS NOT NULL AND NOT EXISTS "
     "(SELECT 1 FROM attachment AS f WHERE f.id = a.doc_attachment_id)"),
    ("attachment {id}: activity_id is not its entry's activity",
     "SELECT f.id FROM attachment AS f JOIN entry AS e ON e.id = f.entry_id "
     "WHERE f.activity_id IS NOT NULL AND f.activity_id != e.activity_id"),
    ("activity {id}: document.attachment_id is a file of another activity",
     "SELECT a.id FROM activity AS a JOIN attachment AS f ON f.id = a.doc_attachment_id "
     "WHERE COALESCE(f.activity_id, (SELECT e.activity_id FROM entry AS e "
     "WHERE e.id = f.entry_id), a.id) != a.id"),
    ("excerpt {id}: start and end go together",
     'SELECT id FROM excerpt WHERE (start IS NULL) != ("end" IS NULL)'),
    ("excerpt {id}: activity_id is not its entry's activity",
     "SELECT x.id FROM excerpt AS x JOIN entry AS e ON e.id = x.entry_id "
     "WHERE x.activity_id IS NOT NULL AND x.activity_id != e.activity_id"),
    ("excerpt {id}: text does not match its entry",
     'SELECT x.id FROM excerpt AS x JOIN entry AS e ON e.id = x.entry_id '
     'WHERE x.start IS NOT NULL AND NOT x.detached AND (x."end" > length(e.text) '
     'OR x.start > x."end" OR substr(e.text, x.start + 1, x."end" - x.start) != x.text)'),
    ("excerpt {id}: attachment_id is a file of another activity",
     "SELECT x.id FROM excerpt AS x JOIN attachment AS f ON f.id = x.attachment_id "
     "WHERE COALESCE(f.activity_id, (SELECT e.activity_id FROM entry AS e "
     "WHERE e.id = f.entry_id)) != COALESCE(x.activity_id, (SELECT e.activity_id FROM "
     "entry AS e WHERE e.id = x.entry_id))"),
    ("survey question {id}: its activity is not a survey",
     "SELECT q.id FROM survey_question AS q JOIN activity AS a ON a.id = q.activity_id "
     "WHERE a.kind != 'survey'"),
    ("survey question {id}: an answer is a note of another activity",
     "SELECT q.id FROM survey_question AS q JOIN survey_answer AS s ON s.question_id = q.id "
     "JOIN entry AS e ON e.id = s.entry_id WHERE e.activity_id != q.activity_id"),
)


def check_references(raw: sqlite3.Connection) -> None:
    """Every reference points at an object of its kind, and the rules across objects hold;
    raises MergeError with the first problem, in project.json's words."""
    for table, rowid, parent, _fk in raw.execute("PRAGMA foreign_key_check"):
        columns = {c[1] for c in raw.execute(f'PRAGMA table_info("{table}")')}
        key = "id" if "id" in columns else next(
            (ln.owner_col for k in KINDS for ln in k.links if ln.table == table), None)
        found = raw.execute(f'SELECT "{key}" FROM "{table}" WHERE rowid = ?',
                            (rowid,)).fetchone() if key else None
        owner = label(table) if table in BY_NAME else f"a link of {table}"
        raise MergeError(f"project.json: {owner} {found[0] if found else ''}: refers to a "
                         f"missing {label(parent)}")
    for message, sql in _RULES:
        found = raw.execute(sql + " LIMIT 1").fetchone()
        if found is not None:
            raise MergeError("project.json: " + message.format(id=found[0]))
