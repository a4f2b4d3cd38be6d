"""Open, create and close project files; every write happens in one explicit transaction."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from digifelt.errors import ProjectFileError, ProjectTooNewError
from digifelt.storage.engine import make_engine
from digifelt.storage.file_check import (  # noqa: F401 (re-exported: callers check files here)
    SQLITE_HEADER,
    FileState,
    ProjectDamagedError,
    inspect_file,
    inspection_for,
)
from digifelt.storage.schema_version import SCHEMA_HEAD, SCHEMA_REVISIONS


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
    state = inspection_for(path)
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
