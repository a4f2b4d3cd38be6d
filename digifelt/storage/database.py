"""Open, create and close project files; every write happens in one explicit transaction."""

import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from digifelt.errors import ProjectFileError, ProjectTooNewError
from digifelt.storage.engine import make_engine
from digifelt.storage.file_check import (  # noqa: F401 (re-exported: callers check files here)
    SQLITE_HEADER,
    FileState,
    ProjectDamagedError,
    ProjectReadOnlyError,
    inspect_file,
    inspection_for,
    read_only_reason,
)
from digifelt.storage.schema_version import SCHEMA_HEAD, SCHEMA_REVISIONS


class Database:
    """An open project file. Services get sessions from here; nothing else touches SQL."""

    def __init__(self, path: Path, engine: Engine, *, read_only: str | None = None):
        self.path = Path(path)
        self.engine = engine
        self.lock = None  # a storage.lock.ProjectLock while opened for editing
        # Why the file cannot be written where it lies (None: it can); read jobs still work.
        self.read_only = read_only
        self.journal = None  # the operation journal (core.operations) once one runs
        # This session's name in the version vectors of what it edits (core.services.versions):
        # new at every open, so two copies of one file never count edits under one name.
        self.replica = secrets.token_hex(6)
        self._reader = engine.execution_options(digifelt_read=True)
        # The transaction this thread is inside, if any: services called within an
        # operation (or a snapshot read) join it instead of committing on their own.
        self._ambient = threading.local()

    def current_session(self) -> Session | None:
        """The session of the transaction this thread is inside, or None."""
        return getattr(self._ambient, "session", None)

    @contextmanager
    def _as_ambient(self, session: Session, kind: str) -> Iterator[Session]:
        self._ambient.session, self._ambient.kind = session, kind
        try:
            yield session
        finally:
            self._ambient.session = self._ambient.kind = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One BEGIN IMMEDIATE … COMMIT; any exception rolls everything back.

        Inside another transaction of this thread it joins that one, in a savepoint: the
        outer one commits everything at once, and a step that fails takes back only its
        own changes. Inside a read snapshot it is refused: a write there would be a bug.
        """
        outer = self.current_session()
        if outer is not None:
            if self._ambient.kind == "read":
                raise RuntimeError("a write was attempted inside a read snapshot")
            with outer.begin_nested():
                yield outer
            return
        if self.read_only:
            # Reads inside a transaction still work; the first write is refused in one line.
            refusal = ProjectReadOnlyError(f"{self.path.name}: {self.read_only}")

            def refuse_changes(session, _context, _instances) -> None:
                if session.new or session.dirty or session.deleted:
                    raise refusal

            try:
                with Session(self.engine, expire_on_commit=False) as session:
                    event.listen(session, "before_flush", refuse_changes)
                    with session.begin(), self._as_ambient(session, "write"):
                        yield session
            except OperationalError as exc:
                if _is_write_refused(exc):
                    raise refusal from exc
                raise
            return
        with (Session(self.engine, expire_on_commit=False) as session, session.begin(),
              self._as_ambient(session, "write")):
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot: every query inside sees the same committed state.

        Nested reads (and reads inside a transaction of this thread) join the outer one, so
        an export that calls many services still reads one consistent state.
        """
        outer = self.current_session()
        if outer is not None:
            yield outer
            return
        # Ending it with COMMIT (not ROLLBACK, which would expire the returned objects)
        # is free: a read transaction has nothing to write.
        with (Session(self._reader, expire_on_commit=False) as session, session.begin(),
              self._as_ambient(session, "read")):
            yield session

    def checkpoint(self) -> None:
        if self.read_only:
            return
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
    """Open an existing project, migrating it (after a backup) if it is older than this app.

    A project that cannot be written where it lies opens read-only: reading works, and
    any transaction is refused with one line saying why.
    """
    path = Path(path)
    state = inspection_for(path)
    if state.revision not in SCHEMA_REVISIONS:
        raise ProjectTooNewError(
            f"{path.name}: written by a newer digifelt (schema {state.revision!r}); "
            "update digifelt to open it. The file was not changed."
        )
    reason = read_only_reason(path)
    if reason is not None:
        if state.revision != SCHEMA_HEAD:
            raise ProjectReadOnlyError(
                f"{path.name}: {reason.split(';')[0]}, and the file needs upgrading to this "
                "digifelt's format; copy it somewhere you can write")
        return Database(path, make_engine(path, read_only=True), read_only=reason)
    engine = make_engine(path)
    if state.revision != SCHEMA_HEAD:
        from digifelt.storage.migrate import upgrade_file

        try:
            upgrade_file(path, engine, backup=backup)  # under the lock, after a backup
        except ProjectFileError:
            engine.dispose()  # open elsewhere: refused, the file untouched
            raise
        except Exception as exc:
            engine.dispose()
            raise ProjectFileError(
                f"{path.name}: upgrading the file failed and was rolled back ({exc})"
            ) from exc
    return Database(path, engine)


def create_database(path: Path) -> Database:
    """A new, empty project file at the current schema. Refuses to overwrite, even a file
    that appears while it is being made: the name is taken with O_EXCL, owner-only."""
    from digifelt.storage.migrate import upgrade_to_head

    path = Path(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600))
    except FileExistsError:
        raise ProjectFileError(f"{path.name}: already exists; choose another name") from None
    except OSError as exc:
        raise ProjectFileError(f"{path.name}: cannot create the file ({exc.strerror})") from exc
    engine = make_engine(path)  # SQLite treats the empty file as a new database
    try:
        upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        remove_file_set(path)
        raise
    return Database(path, engine)


def publish_new(staging: Path, path: Path) -> None:
    """Give the closed file `staging` the name `path` only if nothing has that name yet.

    A hard link cannot replace an existing name, so the check and the rename are one step
    (atomic on POSIX and NTFS). Where the file system has no hard links (FAT, some shares),
    the name is first claimed with O_EXCL and then replaced by the finished file.
    """
    staging, path = Path(staging), Path(path)
    taken = ProjectFileError(
        f"{path.name}: a file of that name appeared meanwhile; it was left as it was")
    try:
        os.link(staging, path)
    except FileExistsError:
        raise taken from None
    except OSError:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise taken from None
        os.replace(staging, path)
        return
    staging.unlink()


def _is_write_refused(exc: OperationalError) -> bool:
    """A write on a read-only connection: refused as read-only, or earlier, since
    trusted_schema is off there, as an "unsafe use" of the search index by a trigger."""
    return (str(getattr(exc.orig, "sqlite_errorname", "")).startswith("SQLITE_READONLY")
            or "unsafe use of virtual table" in str(exc.orig))


def remove_file_set(path: Path) -> None:
    """Delete a project file with its WAL and shared-memory companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
