"""Open, create and close project files; every write happens in one explicit transaction."""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from digifelt.errors import (
    NotAProjectError,
    ProjectFileError,
    ProjectTooNewError,
)
from digifelt.storage.engine import APPLICATION_ID, make_engine
from digifelt.storage.schema_version import SCHEMA_HEAD, SCHEMA_REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"


class ProjectDamagedError(ProjectFileError):
    """SQLite reports the file as corrupt."""


@dataclass(frozen=True)
class FileState:
    revision: str | None
    quick_check: str


def inspect_file(path: Path) -> FileState:
    """Look at a file read-only, changing nothing, and say whether we may open it."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise ProjectFileError(f"{name}: no such file")
    if path.is_dir():
        raise ProjectFileError(f"{name}: is a folder, not a project file")
    with open(path, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if len(header) == 0:
        raise NotAProjectError(f"{name}: the file is empty, not a digifelt project")
    if header != SQLITE_HEADER:
        raise NotAProjectError(f"{name}: not a digifelt project file")
    try:
        con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotAProjectError(f"{name}: an SQLite file, but not a digifelt project")
            check = con.execute("PRAGMA quick_check").fetchone()[0]
            _refuse_foreign_code(con, name)
            row = None
            has_version = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if has_version:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise ProjectDamagedError(f"{name}: the file is damaged ({exc})") from exc
    if check != "ok":
        raise ProjectDamagedError(f"{name}: the file is damaged ({check})")
    return FileState(revision=row[0] if row else None, quick_check=check)


def _refuse_foreign_code(con: sqlite3.Connection, name: str) -> None:
    """Triggers and views run with the app's rights; only our own may be in the file."""
    from digifelt.storage import fts, tally

    expected = {**fts.expected_schema_objects(), **tally.expected_schema_objects()}
    for kind, obj_name, sql in con.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"
    ):
        if kind != "trigger" or sql not in expected.get(obj_name, ()):
            raise NotAProjectError(
                f"{name}: contains a {kind} ({obj_name}) that digifelt did not create; "
                "refusing to open it"
            )


class Database:
    """An open project file. Services get sessions from here; nothing else touches SQL."""

    def __init__(self, path: Path, engine: Engine):
        self.path = Path(path)
        self.engine = engine
        self.lock = None  # a storage.lock.ProjectLock while opened for editing
        self._reader = engine.execution_options(digifelt_read=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One BEGIN IMMEDIATE … COMMIT; any exception rolls everything back."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot: every query inside sees the same committed state."""
        # Ending it with COMMIT (not ROLLBACK, which would expire the returned objects)
        # is free: a read transaction has nothing to write.
        with Session(self._reader, expire_on_commit=False) as session, session.begin():
            yield session

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        try:
            self.checkpoint()
        finally:
            self.engine.dispose()
            if self.lock is not None:
                self.lock.release()
                self.lock = None


def open_database(path: Path, *, backup: bool = True) -> Database:
    """Open an existing project, migrating it (after a backup) if it is older than this app."""
    path = Path(path)
    state = inspect_file(path)
    if state.revision not in SCHEMA_REVISIONS:
        raise ProjectTooNewError(
            f"{path.name}: written by a newer digifelt (schema {state.revision!r}); "
            "update digifelt to open it. The file was not changed."
        )
    if not os.access(path, os.W_OK):
        raise ProjectFileError(f"{path.name}: the file is read-only; copy it or change its permissions")
    engine = make_engine(path)
    if state.revision != SCHEMA_HEAD:
        from digifelt.storage.backup import take_backup
        from digifelt.storage.migrate import upgrade_to_head

        if backup:
            take_backup(path, "before-migration")
        try:
            upgrade_to_head(engine)
        except Exception as exc:
            engine.dispose()
            raise ProjectFileError(
                f"{path.name}: upgrading the file failed and was rolled back ({exc})"
            ) from exc
    return Database(path, engine)


def create_database(path: Path) -> Database:
    """A new, empty project file at the current schema. Refuses to overwrite."""
    from digifelt.storage.migrate import upgrade_to_head

    path = Path(path)
    if path.exists():
        raise ProjectFileError(f"{path.name}: already exists; choose another name")
    engine = make_engine(path)
    try:
        upgrade_to_head(engine)
    except Exception:
        engine.dispose()
        remove_file_set(path)
        raise
    os.chmod(path, 0o600)
    return Database(path, engine)


def remove_file_set(path: Path) -> None:
    """Delete a project file with its WAL and shared-memory companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
