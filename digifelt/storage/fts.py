"""SQLite FTS5 full-text index over notes, excerpts, findings and document metadata.

SQLite-only by nature, so it lives here behind a few functions. Triggers keep the index
in step with the source tables whatever writes them (services, bundle import, repair).
`search_doc` maps each indexed object to a stable integer rowid: implicit rowids of
tables with text keys can change on VACUUM, so FTS external content cannot use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the file check reads the trigger texts without the database stack
    from sqlalchemy import Connection

from digifelt.storage.trigger_sets import accepted_triggers

# remove_diacritics 0: 'å' and Sámi 'č', 'ŋ' match as typed (not as 'a', 'c', 'n');
# unicode61 still folds case for every script.
TOKENIZER = "unicode61 remove_diacritics 0"

# (kind, source table, SQL expression of the indexed text over NEW/OLD, activity expression,
#  the columns whose change requires re-indexing)
_SOURCES = (
    ("entry", "entry", "{r}.text", "{r}.activity_id", "text, activity_id"),
    ("excerpt", "excerpt", "{r}.text || ' ' || coalesce({r}.memo, '')", "{r}.activity_id",
     "text, memo, activity_id"),
    (
        "finding",
        "finding",
        "coalesce({r}.strengths, '') || ' ' || coalesce({r}.improvements, '') || ' ' "
        "|| coalesce({r}.actions, '')",
        "NULL",
        "strengths, improvements, actions",
    ),
    (
        "activity",
        "activity",
        "{r}.title || ' ' || coalesce({r}.place, '') || ' ' || coalesce({r}.doc_title, '') "
        "|| ' ' || coalesce({r}.doc_type, '') || ' ' || coalesce({r}.doc_owner, '') || ' ' "
        "|| coalesce({r}.doc_reference, '')",
        "{r}.id",
        "title, place, doc_title, doc_type, doc_owner, doc_reference",
    ),
)

# Version 1 (schema 0001) re-indexed on every UPDATE; version 2 (schema 0003) only when an
# indexed column changes, so shifting hundreds of excerpt offsets does not re-index them.
TRIGGER_VERSIONS = (1, 2)
CURRENT_TRIGGERS = TRIGGER_VERSIONS[-1]


def _triggers(version: int) -> list[str]:
    stmts = []
    for kind, table, body, activity, watched in _SOURCES:
        new_body, new_act = body.format(r="NEW"), activity.format(r="NEW")
        on_update = f"UPDATE ON {table}" if version == 1 else f"UPDATE OF {watched} ON {table}"
        stmts += [
            f"CREATE TRIGGER fts_{table}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_doc(ref_id, kind, activity_id) "
            f"VALUES (NEW.id, '{kind}', {new_act}); "
            f"INSERT INTO search_fts(rowid, body) VALUES "
            f"((SELECT docid FROM search_doc WHERE ref_id = NEW.id), {new_body}); END",
            f"CREATE TRIGGER fts_{table}_au AFTER {on_update} BEGIN "
            f"UPDATE search_doc SET activity_id = {new_act} WHERE ref_id = OLD.id; "
            f"UPDATE search_fts SET body = {new_body} "
            f"WHERE rowid = (SELECT docid FROM search_doc WHERE ref_id = OLD.id); END",
            f"CREATE TRIGGER fts_{table}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_fts WHERE rowid = "
            f"(SELECT docid FROM search_doc WHERE ref_id = OLD.id); "
            f"DELETE FROM search_doc WHERE ref_id = OLD.id; END",
        ]
    return stmts


def replace_triggers(conn: Connection, version: int = CURRENT_TRIGGERS) -> None:
    for stmt in _drop_triggers():
        conn.exec_driver_sql(stmt)
    for stmt in _triggers(version):
        conn.exec_driver_sql(stmt)


def _ddl(version: int = CURRENT_TRIGGERS) -> list[str]:
    return [
        "CREATE TABLE search_doc (docid INTEGER PRIMARY KEY, ref_id TEXT NOT NULL UNIQUE, "
        "kind TEXT NOT NULL, activity_id TEXT)",
        f"CREATE VIRTUAL TABLE search_fts USING fts5(body, tokenize='{TOKENIZER}')",
        *_triggers(version),
    ]


def expected_schema_objects() -> dict[str, set[str]]:
    """Triggers (name → accepted CREATE texts, one per version); anything else is refused."""
    return accepted_triggers(_triggers, TRIGGER_VERSIONS)


def _drop_triggers() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS fts_{source[1]}_{op}" for source in _SOURCES
            for op in ("ai", "au", "ad")]


def _drop_ddl() -> list[str]:
    return _drop_triggers() + ["DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_doc"]


def create_index(conn: Connection, version: int = CURRENT_TRIGGERS) -> None:
    for stmt in _ddl(version):
        conn.exec_driver_sql(stmt)


def drop_index(conn: Connection) -> None:
    for stmt in _drop_ddl():
        conn.exec_driver_sql(stmt)


def rebuild_index(conn: Connection) -> None:
    """Recreate the index from the source tables (repair, or after a schema migration)."""
    drop_index(conn)
    create_index(conn)
    for kind, table, body, activity, _watched in _SOURCES:
        conn.exec_driver_sql(
            f"INSERT INTO search_doc(ref_id, kind, activity_id) "
            f"SELECT t.id, '{kind}', {activity.format(r='t')} FROM {table} t"
        )
        conn.exec_driver_sql(
            f"INSERT INTO search_fts(rowid, body) SELECT d.docid, {body.format(r='t')} "
            f"FROM {table} t JOIN search_doc d ON d.ref_id = t.id"
        )


def index_problems(conn: Connection) -> list[str]:
    """Describe how the index is out of step with the source tables; empty when it is sound."""
    problems = []
    for kind, table, _body, _act, _watched in _SOURCES:
        missing = conn.exec_driver_sql(
            f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
            f"(SELECT 1 FROM search_doc d WHERE d.ref_id = t.id)"
        ).scalar_one()
        if missing:
            problems.append(f"{missing} {kind} row(s) missing from the search index")
        stale = conn.exec_driver_sql(
            f"SELECT count(*) FROM search_doc d WHERE d.kind = '{kind}' AND NOT EXISTS "
            f"(SELECT 1 FROM {table} t WHERE t.id = d.ref_id)"
        ).scalar_one()
        if stale:
            problems.append(f"{stale} stale {kind} row(s) in the search index")
    orphans = conn.exec_driver_sql(
        "SELECT (SELECT count(*) FROM search_fts) - (SELECT count(*) FROM search_doc)"
    ).scalar_one()
    if orphans:
        problems.append("search index and its document map differ in size")
    try:
        conn.exec_driver_sql(
            "INSERT INTO search_fts(search_fts, rank) VALUES('integrity-check', 1)")
    except Exception as exc:  # sqlite reports index corruption as a generic database error
        # FTS5 runs its check as a write: on a read-only file only the counts above apply.
        if not str(getattr(getattr(exc, "orig", exc), "sqlite_errorname", "")).startswith(
                "SQLITE_READONLY"):
            problems.append(f"search index is corrupt: {exc.__class__.__name__}")
    return problems


@dataclass(frozen=True)
class RawHit:
    kind: str
    ref_id: str
    activity_id: str | None
    snippet: str
    rank: float


def query(conn: Connection, match: str, limit: int = 50) -> list[RawHit]:
    from sqlalchemy import text

    rows = conn.execute(
        text(
            "SELECT d.kind, d.ref_id, d.activity_id, "
            "snippet(search_fts, 0, char(2), char(3), '…', 12), search_fts.rank "
            "FROM search_fts JOIN search_doc d ON d.docid = search_fts.rowid "
            "WHERE search_fts MATCH :m ORDER BY search_fts.rank LIMIT :n"
        ),
        {"m": match, "n": limit},
    )
    return [RawHit(*row) for row in rows]
