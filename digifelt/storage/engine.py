"""SQLite engine for one project file: durability pragmas and explicit BEGIN IMMEDIATE."""

import sqlite3
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from digifelt.storage.file_check import APPLICATION_ID  # noqa: F401 (re-exported)

_PRAGMAS = (
    "journal_mode=WAL",
    "synchronous=FULL",
    "foreign_keys=ON",
    "busy_timeout=5000",
    "secure_delete=ON",
    "cell_size_check=ON",
)


# Writers keep trusted_schema ON: with it OFF, SQLite (3.40 at least) refuses the FTS5
# triggers that keep the search index in step ("unsafe use of virtual table"). It would not
# stop a crafted file anyway: built-in functions such as randomblob() count as innocuous.
# The protection is storage.file_check.inspect_file, which refuses any file whose tables,
# indexes, triggers or views are not exactly the ones digifelt's migrations create.
# Read-only connections, which never fire a trigger, have it OFF.
_READ_ONLY_PRAGMAS = (
    "query_only=ON",
    "foreign_keys=ON",
    "busy_timeout=5000",
    "cell_size_check=ON",
)


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


def _on_connect_read_only(dbapi_con, _record) -> None:
    dbapi_con.isolation_level = None
    cur = dbapi_con.cursor()
    for pragma in _READ_ONLY_PRAGMAS:
        cur.execute(f"PRAGMA {pragma}")
    cur.close()


def _on_begin(conn) -> None:
    # Writers take the write lock up front so two of them never deadlock on a lock
    # upgrade; readers (Database.read) use a deferred BEGIN: a consistent WAL snapshot
    # that never blocks, or waits for, a writer.
    if conn.get_execution_options().get("digifelt_read"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """Engine for an existing or new project file with the project's connection recipe.

    read_only: for a project digifelt may read but not write where it lies (a read-only
    folder or medium): connections that cannot write and create no file beside it.
    """
    path = Path(path)
    if read_only:
        from digifelt.storage.file_check import connect_read_only

        engine = create_engine(
            "sqlite://",
            creator=lambda: connect_read_only(path, check_same_thread=False),
            poolclass=QueuePool,
        )
        event.listen(engine, "connect", _on_connect_read_only)
        # BEGIN IMMEDIATE asks for the write lock, which a read-only file cannot give.
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    engine = create_engine(
        # The file is named to sqlite3 directly: in a URL, '?' and '%' in a file name
        # would be read as URL syntax and open (or create) a different file.
        "sqlite://",
        creator=lambda: sqlite3.connect(str(path), check_same_thread=False),
        # Pooled connections keep SQLite's page cache warm between service calls;
        # Database.close() disposes the pool so the file is released deterministically.
        poolclass=QueuePool,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
