"""SQLite engine for one project file: durability pragmas and explicit BEGIN IMMEDIATE transactions."""

import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from digifelt.storage.file_check import APPLICATION_ID  # noqa: F401 (re-exported)

_PRAGMAS = (
    "journal_mode=WAL",
    "synchronous=FULL",
    "foreign_keys=ON",
    "busy_timeout=5000",
    "secure_delete=ON",
    "cell_size_check=ON",
)


# trusted_schema stays ON: with it OFF, SQLite refuses the FTS5 triggers that keep the
# search index in step ("unsafe use of virtual table"). The protection it would give
# against a crafted file is provided instead by storage.database.inspect_file, which
# refuses any file whose triggers and views are not exactly the ones digifelt creates.


def _on_connect(dbapi_con, _record) -> None:
    # pysqlite's legacy transaction handling autocommits DDL and silently breaks
    # SAVEPOINTs; switching it off lets the 'begin' hook below own every transaction.
    dbapi_con.isolation_level = None
    cur = dbapi_con.cursor()
    for pragma in _PRAGMAS:
        cur.execute(f"PRAGMA {pragma}")
    if sys.platform == "darwin":
        cur.execute("PRAGMA fullfsync=ON")
    cur.close()


def _on_begin(conn) -> None:
    # Writers take the write lock up front so two of them never deadlock on a lock
    # upgrade; readers (Database.read) use a deferred BEGIN: a consistent WAL snapshot
    # that never blocks, or waits for, a writer.
    if conn.get_execution_options().get("digifelt_read"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    """Engine for an existing or new project file with the project's connection recipe."""
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        # Pooled connections keep SQLite's page cache warm between service calls;
        # Database.close() disposes the pool so the file is released deterministically.
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
