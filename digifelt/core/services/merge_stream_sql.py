"""The queries of the streamed merge (core.services.merge_stream): what the planner keeps in
dictionaries, kept in the database. SQLite only, like the scratch project it reads.

Three temporary tables live as long as the merge's transaction: `merge_gone` (objects the
merge deletes: still in their tables until the end, so that no ON DELETE action runs ahead
of the merge's rules), `merge_touched` (entries and excerpts the merge settled: the ones
whose anchors are checked) and `merge_new_conflict` (conflict rows the merge made).
"""

import json
import sqlite3
from collections.abc import Iterator

from digifelt.core.services import versions as vvs
from digifelt.core.services.merge_adopt import _iso_from_db
from digifelt.core.services.merge_report import MergeError, label
from digifelt.core.services.merge_versions import Version
from digifelt.core.services.merge_write import _INDEXED, BULK_INDEX_ROWS
from digifelt.core.services.snapshot import (
    BY_NAME,
    KINDS,
    Kind,
    Row,
    insert_links,
    insert_rows,
    replace_links,
    update_row,
)
from digifelt.core.services.snapshot_stream import iter_rows
from digifelt.storage import fts, tally

BATCH = 500
_GONE = "SELECT 1 FROM temp.merge_gone AS g WHERE g.kind = '{kind}' AND g.id = {col}"


def marks(values) -> str:
    return ", ".join("?" for _ in values)


def start(raw: sqlite3.Connection) -> None:
    raw.execute("CREATE TEMP TABLE merge_gone (kind TEXT NOT NULL, id TEXT NOT NULL, "
                "PRIMARY KEY (kind, id)) WITHOUT ROWID")
    raw.execute("CREATE TEMP TABLE merge_touched (kind TEXT NOT NULL, id TEXT NOT NULL, "
                "changed INTEGER NOT NULL, PRIMARY KEY (kind, id)) WITHOUT ROWID")
    raw.execute("CREATE TEMP TABLE merge_new_conflict (id TEXT PRIMARY KEY) WITHOUT ROWID")
    raw.execute("CREATE TEMP TABLE merge_todo (id TEXT NOT NULL)")


def finish(raw: sqlite3.Connection) -> None:
    for name in ("merge_gone", "merge_touched", "merge_new_conflict", "merge_todo"):
        raw.execute(f"DROP TABLE temp.{name}")


def required(kind: Kind, col: str) -> bool:
    """A reference the row cannot live without (ON DELETE CASCADE)."""
    fk = next(iter(kind.table.c[col].foreign_keys))
    return fk.ondelete == "CASCADE"


def count_rows(src: sqlite3.Connection) -> int:
    return sum(src.execute(f'SELECT COUNT(*) FROM "{k.name}"').fetchone()[0] for k in KINDS)


# -- the bundle's side (the scratch project) -------------------------------------------------

def incoming_ids(src: sqlite3.Connection, kind: Kind) -> Iterator[list[str]]:
    """The ids the bundle says something of (row, deletion or open conflict), sorted, a
    batch at a time."""
    cursor = src.execute(
        f'SELECT id FROM "{kind.name}" UNION SELECT object_id FROM revision WHERE kind = ? '
        "AND deleted_at IS NOT NULL UNION SELECT object_id FROM conflict WHERE object_kind = ? "
        "AND NOT resolved ORDER BY 1", (kind.name, kind.name))
    while found := cursor.fetchmany(BATCH):
        yield [r[0] for r in found]


def _in_batches(src: sqlite3.Connection, sql: str, params: tuple, ids: list[str] | None):
    if ids is None:
        yield from src.execute(sql, params)
        return
    for start_at in range(0, len(ids), BATCH):
        part = ids[start_at:start_at + BATCH]
        yield from src.execute(f"{sql} AND object_id IN ({marks(part)})", (*params, *part))


def incoming_vv(src: sqlite3.Connection, kind_name: str, ids: list[str]
                ) -> dict[str, tuple[dict, str | None]]:
    return {obj_id: (vvs.parse(vv), by) for obj_id, vv, by in _in_batches(
        src, 'SELECT object_id, vv, "by" FROM revision WHERE kind = ? AND deleted_at IS NULL',
        (kind_name,), ids)}


def extra_versions(src: sqlite3.Connection, kind_name: str, ids: list[str] | None,
                   source: str) -> dict[str, list[Version]]:
    """The bundle's deletions and open conflicts, by object id."""
    out: dict[str, list[Version]] = {}
    for obj_id, vv, deleted_at, by in _in_batches(
            src, 'SELECT object_id, vv, deleted_at, "by" FROM revision WHERE kind = ? AND '
            "deleted_at IS NOT NULL", (kind_name,), ids):
        out.setdefault(obj_id, []).append(Version(vv=vvs.parse(vv),
                                                  deleted_at=_iso_from_db(deleted_at), by=by,
                                                  source=source))
    for obj_id, vv, version, updated_at, deleted, by, origin in _in_batches(
            src, 'SELECT object_id, vv, version, version_updated_at, deleted, "by", source '
            "FROM conflict WHERE object_kind = ? AND NOT resolved", (kind_name,), ids):
        row = None if deleted else {**json.loads(version), "id": obj_id}
        out.setdefault(obj_id, []).append(Version(
            vv=vvs.parse(vv), row=row, deleted_at=_iso_from_db(updated_at) if deleted else None,
            by=by, source=origin or source))
    return out


def unsent(src: sqlite3.Connection, kind_name: str, ids: list[str] | None
           ) -> dict[str, list[str]]:
    """Columns the bundle did not send, per object (an older digifelt's bundle)."""
    return {obj_id: json.loads(cols) for obj_id, cols in _in_batches(
        src, "SELECT id AS object_id, columns FROM merge_unsent WHERE kind = ?",
        (kind_name,), ids)}


def has_blob(raw: sqlite3.Connection, src: sqlite3.Connection, sha: str) -> bool:
    return any(db.execute("SELECT 1 FROM blob WHERE sha256 = ?", (sha,)).fetchone()
               for db in (raw, src))


def copy_blobs(raw: sqlite3.Connection, src: sqlite3.Connection) -> None:
    """File contents the merged attachments need, one at a time from the scratch file."""
    needed = [r[0] for r in raw.execute(
        "SELECT DISTINCT a.sha256 FROM attachment AS a WHERE NOT EXISTS "
        "(SELECT 1 FROM blob AS b WHERE b.sha256 = a.sha256)")]
    for sha in needed:
        found = src.execute("SELECT size, data FROM blob WHERE sha256 = ?", (sha,)).fetchone()
        if found is not None:
            raw.execute("INSERT INTO blob (sha256, size, data) VALUES (?, ?, ?)", (sha, *found))


# -- this file's side ----------------------------------------------------------------------

def known_here(raw: sqlite3.Connection, kind_name: str, obj_id: str) -> bool:
    """This file has a history or a conflict of the object (deleted here, or contested)."""
    return raw.execute(
        "SELECT 1 FROM revision WHERE kind = ? AND object_id = ? UNION ALL SELECT 1 FROM "
        "conflict WHERE object_kind = ? AND object_id = ? LIMIT 1",
        (kind_name, obj_id, kind_name, obj_id)).fetchone() is not None


def is_alive(raw: sqlite3.Connection, kind_name: str, obj_id: str) -> bool:
    return raw.execute(
        f'SELECT 1 FROM "{kind_name}" AS t WHERE t.id = ? AND NOT EXISTS '
        f"({_GONE.format(kind=kind_name, col='t.id')})", (obj_id,)).fetchone() is not None


def alive_among(raw: sqlite3.Connection, kind_name: str, ids: list[str]) -> set[str]:
    out: set[str] = set()
    unique = sorted(set(ids))
    for start_at in range(0, len(unique), BATCH):
        part = unique[start_at:start_at + BATCH]
        out |= {r[0] for r in raw.execute(
            f'SELECT t.id FROM "{kind_name}" AS t WHERE t.id IN ({marks(part)}) AND NOT '
            f"EXISTS ({_GONE.format(kind=kind_name, col='t.id')})", part)}
    return out


def alive_ids(raw: sqlite3.Connection, kind_name: str) -> set[str]:
    return {r[0] for r in raw.execute(
        f'SELECT t.id FROM "{kind_name}" AS t WHERE NOT EXISTS '
        f"({_GONE.format(kind=kind_name, col='t.id')})")}


def alive_values(raw: sqlite3.Connection, kind_name: str, col: str) -> list:
    return [r[0] for r in raw.execute(
        f'SELECT t."{col}" FROM "{kind_name}" AS t WHERE NOT EXISTS '
        f"({_GONE.format(kind=kind_name, col='t.id')})")]


def local_only(raw: sqlite3.Connection, src: sqlite3.Connection, kind_name: str
               ) -> list[Row]:
    """Rubric objects of this file the bundle does not have (after the merge)."""
    theirs = {r[0] for r in src.execute(f'SELECT id FROM "{kind_name}"')}
    return [row for batch in iter_rows(raw, kind_name, order=()) for row in batch
            if row["id"] not in theirs]


def _todo(raw: sqlite3.Connection, select_ids: str, params: tuple = ()) -> Iterator[list[str]]:
    """The ids a query finds, set aside first: the batches then change the tables the
    query reads."""
    raw.execute("DELETE FROM temp.merge_todo")
    raw.execute(f"INSERT INTO temp.merge_todo (id) {select_ids}", params)
    last = 0
    while found := raw.execute("SELECT rowid, id FROM temp.merge_todo WHERE rowid > ? "
                               "ORDER BY rowid LIMIT ?", (last, BATCH)).fetchall():
        last = found[-1][0]
        yield [r[1] for r in found]


def _gone_or_missing(target: str, col: str) -> str:
    """The object `col` names is deleted by the merge, or not there at all."""
    return (f"(EXISTS ({_GONE.format(kind=target, col=col)}) OR NOT EXISTS "
            f'(SELECT 1 FROM "{target}" AS p WHERE p.id = {col}))')


def _anything_gone(raw: sqlite3.Connection, kinds: set[str]) -> bool:
    return bool(kinds) and raw.execute(
        f"SELECT 1 FROM temp.merge_gone WHERE kind IN ({marks(kinds)}) LIMIT 1",
        tuple(kinds)).fetchone() is not None


def orphans(raw: sqlite3.Connection, kind: Kind) -> Iterator[list[str]]:
    """Rows of `kind` whose required parent the merge deleted, sorted by id. (A file whose
    references all hold has no other: without a deletion the query is not run.)"""
    cols = [(col, target) for col, target in kind.refs if required(kind, col)]
    if not _anything_gone(raw, {target for _col, target in cols}):
        return
    test = " OR ".join(f't."{col}" IS NOT NULL AND {_gone_or_missing(target, "t." + col)}'
                       for col, target in cols)
    yield from _todo(raw, f'SELECT t.id FROM "{kind.name}" AS t WHERE NOT EXISTS '
                          f"({_GONE.format(kind=kind.name, col='t.id')}) AND ({test}) "
                          "ORDER BY t.id")


# -- writing ------------------------------------------------------------------------------

def _placeholder(col: str) -> str:
    """A value no real row has, unique per row: frees a unique value for another row."""
    return (f'"{col}" = CASE typeof("{col}") WHEN \'integer\' THEN -(1 << 40) - rowid '
            f"ELSE char(0) || 'merge:' || id END")


def mark_gone(raw: sqlite3.Connection, kind: Kind, ids: list[str]) -> None:
    if not ids:
        return
    raw.executemany("INSERT INTO temp.merge_gone (kind, id) VALUES (?, ?)",
                    [(kind.name, i) for i in ids])
    if kind.unique:
        sets = ", ".join(_placeholder(c) for c in kind.unique)
        for start_at in range(0, len(ids), BATCH):
            part = ids[start_at:start_at + BATCH]
            raw.execute(f'UPDATE "{kind.name}" SET {sets} WHERE id IN ({marks(part)})', part)


def write_rows(conn, kind: Kind, inserts: list[Row], updates: list[tuple[Row, Row]]) -> None:
    """New rows and changed ones, with their links (merge_write.apply_plan for a batch)."""
    raw = conn.connection.dbapi_connection
    names = [c.name for c in kind.table.columns]
    try:
        refs = dict(kind.refs)
        for row, before in updates:
            moving = [c for c in kind.unique if c not in refs and before.get(c) != row.get(c)]
            if moving:
                raw.execute(f'UPDATE "{kind.name}" SET '
                            f"{', '.join(_placeholder(c) for c in moving)} WHERE id = ?",
                            (row["id"],))
        insert_rows(conn, kind, inserts)
        for link in kind.links:
            insert_links(conn, link, inserts)
        for row, before in updates:
            if any(before.get(n) != row.get(n) for n in names):
                update_row(conn, kind, row)
            if any(before.get(ln.field) != row.get(ln.field) or (
                    ln.order_field and before.get(ln.order_field) != row.get(ln.order_field))
                   for ln in kind.links):
                replace_links(conn, kind, row)
    except Exception as exc:
        text = str(getattr(exc, "orig", exc))
        if "UNIQUE" not in text:
            raise
        column = text.rsplit(".", 1)[-1].split(",")[0].strip()
        raise MergeError(f"two {label(kind.name)}s would both have the same {column}; "
                         "change one of them and export again") from None


def touch(raw: sqlite3.Connection, touched: list[tuple[str, str, bool]]) -> None:
    raw.executemany("INSERT INTO temp.merge_touched (kind, id, changed) VALUES (?, ?, ?) "
                    "ON CONFLICT (kind, id) DO UPDATE SET changed = changed OR excluded.changed",
                    touched)


def entries_losing_references(raw: sqlite3.Connection) -> None:
    """Entries the merge settled whose question or author it deleted change when those
    references are cleared: their excerpts are re-anchored too (as the planner does)."""
    kind = BY_NAME["entry"]
    tests = " OR ".join(f'EXISTS ({_GONE.format(kind=target, col="e." + col)})'
                        for col, target in kind.refs if not required(kind, col))
    raw.execute("UPDATE temp.merge_touched SET changed = 1 WHERE kind = 'entry' AND id IN "
                f"(SELECT e.id FROM entry AS e WHERE {tests})")

def note_new_conflicts(raw: sqlite3.Connection, ids: list[str]) -> None:
    raw.executemany("INSERT OR IGNORE INTO temp.merge_new_conflict (id) VALUES (?)",
                    [(i,) for i in ids])


def new_conflicts_open(raw: sqlite3.Connection) -> int:
    return raw.execute("SELECT COUNT(*) FROM conflict AS c JOIN temp.merge_new_conflict AS n "
                       "ON n.id = c.id WHERE NOT c.resolved").fetchone()[0]


def rekey(conn, raw: sqlite3.Connection, kind: Kind, old: str, new: str) -> None:
    """The object `old` lives on as `new`, and everything that points at it follows
    (merge_plan.Planner._rekey)."""
    if kind.name == "respondent_group":
        # Pointed at by participants, guides and activities: moved in place (references
        # are checked at COMMIT).
        raw.execute('UPDATE respondent_group SET id = ? WHERE id = ?', (new, old))
    else:
        # Nothing outside the row points at a finding or a summary; a fresh row keeps the
        # search index (keyed by id) right.
        row = next(r for batch in iter_rows(raw, kind.name, order=(), where="t.id = ?",
                                            params=(old,)) for r in batch)
        raw.execute(f'DELETE FROM "{kind.name}" WHERE id = ?', (old,))
        moved = {**row, "id": new}
        insert_rows(conn, kind, [moved])
        for link in kind.links:
            insert_links(conn, link, [moved])
    raw.execute("UPDATE revision SET object_id = ? WHERE kind = ? AND object_id = ?",
                (new, kind.name, old))
    for other in KINDS:
        for col, target in other.refs:
            if target == kind.name:
                raw.execute(f'UPDATE "{other.name}" SET "{col}" = ? WHERE "{col}" = ?',
                            (new, old))
        for ln in other.links:
            if ln.target == kind.name:
                raw.execute(f'UPDATE OR IGNORE "{ln.table}" SET "{ln.target_col}" = ? '
                            f'WHERE "{ln.target_col}" = ?', (new, old))
                raw.execute(f'DELETE FROM "{ln.table}" WHERE "{ln.target_col}" = ?', (old,))


# -- at the end ------------------------------------------------------------------------------

def delete_gone(raw: sqlite3.Connection) -> None:
    """Children first: what remains to delete with them has been settled already."""
    for kind in reversed(KINDS):
        raw.execute(f'DELETE FROM "{kind.name}" WHERE id IN (SELECT id FROM temp.merge_gone '
                    "WHERE kind = ?)", (kind.name,))


def reanchor(raw: sqlite3.Connection) -> None:
    """Span excerpts the merge settled, or whose entry's text it changed, point into their
    entry's final text (merge_final.reanchor)."""
    from digifelt.core.anchoring import nearest_occurrence

    found = raw.execute(
        'SELECT x.id, x.text, x.start, x."end", x.detached, e.text FROM excerpt AS x '
        "JOIN entry AS e ON e.id = x.entry_id WHERE x.start IS NOT NULL AND (x.detached OR "
        'x."end" > length(e.text) OR x.start > x."end" OR '
        'substr(e.text, x.start + 1, x."end" - x.start) IS NOT x.text) AND ('
        "EXISTS (SELECT 1 FROM temp.merge_touched AS t WHERE t.kind = 'excerpt' AND "
        "t.id = x.id) OR EXISTS (SELECT 1 FROM temp.merge_touched AS t WHERE "
        "t.kind = 'entry' AND t.changed AND t.id = e.id))").fetchall()
    for ex_id, words, start_at, _end, detached, text in found:
        if not detached and text[start_at:_end] == words:
            continue
        span = nearest_occurrence(text, words, start_at)
        if span is None:
            if not detached:
                raw.execute("UPDATE excerpt SET detached = 1 WHERE id = ?", (ex_id,))
        else:
            raw.execute('UPDATE excerpt SET start = ?, "end" = ?, detached = 0 WHERE id = ?',
                        (span.start, span.end, ex_id))


def bulk_index_start(conn, raw: sqlite3.Connection, src: sqlite3.Connection) -> bool:
    """Many new rows: the search index and the evidence tally are rebuilt once at the end
    instead of row by row (merge_write.BULK_INDEX_ROWS)."""
    theirs = sum(src.execute(f'SELECT COUNT(*) FROM "{k}"').fetchone()[0] for k in _INDEXED)
    ours = sum(raw.execute(f'SELECT COUNT(*) FROM "{k}"').fetchone()[0] for k in _INDEXED)
    if theirs <= max(BULK_INDEX_ROWS, ours):
        return False
    fts.drop_index(conn)
    tally.drop_triggers(conn)
    return True


def bulk_index_end(conn) -> None:
    fts.rebuild_index(conn)
    tally.repair(conn)

