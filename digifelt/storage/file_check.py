"""Is this file a digifelt project we may open? Read-only checks, with plain sqlite3 only.

Kept free of SQLAlchemy so that the check can start on a worker thread while the UI thread is
still importing the database stack: `PRAGMA quick_check` reads the whole file in C with the
GIL released, so on a large project most of it overlaps those imports instead of following
them. The result is used only if the file has not changed since the check began.
"""

import contextlib
import os
import re
import sqlite3
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from digifelt.errors import NotAProjectError, ProjectFileError

SQLITE_HEADER = b"SQLite format 3\x00"
# 'dgft' — lets `file(1)` and our own opener recognise project files.
APPLICATION_ID = 0x64676674


class ProjectDamagedError(ProjectFileError):
    """SQLite reports the file as corrupt."""


class ProjectReadOnlyError(ProjectFileError):
    """The project can be read where it lies, but not written."""


@dataclass(frozen=True)
class FileState:
    revision: str | None
    quick_check: str


def inspect_file(path: Path) -> FileState:
    """Look at a file read-only, changing nothing, and say whether we may open it.

    Nothing is created beside a file that is refused: the check reads with SQLite's
    `immutable` flag unless a WAL holds changes, and removes any -wal/-shm it made.
    """
    path = Path(path)
    name = path.name
    if not path.exists():
        raise ProjectFileError(f"{name}: no such file")
    if path.is_dir():
        raise ProjectFileError(f"{name}: is a folder, not a project file")
    if not path.is_file():  # a FIFO would block the open below forever, a device never end
        raise NotAProjectError(f"{name}: not a regular file (a device, pipe or socket)")
    with open(path, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if len(header) == 0:
        raise NotAProjectError(f"{name}: the file is empty, not a digifelt project")
    if header != SQLITE_HEADER:
        raise NotAProjectError(f"{name}: not a digifelt project file")
    there_before = _companions(path)
    try:
        con = connect_read_only(path)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotAProjectError(f"{name}: an SQLite file, but not a digifelt project")
            # Before quick_check: it evaluates CHECK constraints and index expressions.
            _refuse_foreign_schema(con, name)
            check = con.execute("PRAGMA quick_check").fetchone()[0]
            row = None
            has_version = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if has_version:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
        if check != "ok":
            raise ProjectDamagedError(f"{name}: the file is damaged ({_shown(check)})")
        if row is None or row[0] is None:
            raise NotAProjectError(f"{name}: not a digifelt project (no schema version)")
    except sqlite3.DatabaseError as exc:
        _remove_new_companions(path, there_before)
        raise ProjectDamagedError(f"{name}: the file is damaged ({_shown(str(exc))})") from exc
    except ProjectFileError:
        _remove_new_companions(path, there_before)
        raise
    return FileState(revision=row[0], quick_check=check)


def read_only_reason(path: Path) -> str | None:
    """Why digifelt cannot write this project where it lies; None when it can."""
    real = Path(path).resolve()
    # SQLite writes its -wal and -shm beside the real file, so the folder must be writable.
    if not os.access(real.parent, os.W_OK):
        return "the folder is read-only; copy the project somewhere you can write"
    if not os.access(real, os.W_OK):
        return "the file is read-only; copy it or change its permissions"
    return None


def connect_read_only(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that cannot write and, where it can help it, creates no file.

    `mode=ro` on a WAL-mode file still creates -shm (and fails where the folder is
    read-only); `immutable=1` creates nothing but ignores the WAL. So: immutable when no
    WAL holds changes and no -shm shows another connection, plain read-only otherwise.
    """
    real = Path(path).resolve()
    pending = _size(f"{real}-wal") > 0
    uri = f"{real.as_uri()}?mode=ro"

    def connect(query: str) -> sqlite3.Connection:
        con = sqlite3.connect(query, uri=True, check_same_thread=check_same_thread)
        try:
            con.execute("PRAGMA trusted_schema=OFF")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            con.close()
            raise
        return con

    if not pending and not os.path.exists(f"{real}-shm"):
        return connect(f"{uri}&immutable=1")
    try:
        return connect(uri)
    except sqlite3.OperationalError:
        if not pending:
            return connect(f"{uri}&immutable=1")
        reason = read_only_reason(real)
        if reason is None:
            raise
        raise ProjectReadOnlyError(
            f"{Path(path).name}: {reason.split(';')[0]}, and {real.name}-wal holds changes "
            "not yet written into the file; copy both files somewhere you can write"
        ) from None


def normalise_sql(sql: str | None) -> str | None:
    """CREATE text compared as SQLite stores it, with runs of white space made one space."""
    return None if sql is None else re.sub(r"\s+", " ", sql).strip()


# Tables SQLite itself makes (ANALYZE): statistics that guide query plans and run no code.
_SQLITE_OWN = {
    "sqlite_stat1": ("table", ("CREATE TABLE sqlite_stat1(tbl,idx,stat)",)),
    "sqlite_stat4": ("table", ("CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",)),
}


def _refuse_foreign_schema(con: sqlite3.Connection, name: str) -> None:
    """Every table, index, trigger and view must be one digifelt's migrations create: the
    expressions in any of them run with the app's rights when rows are read or written."""
    from digifelt.storage import fts, tally
    from digifelt.storage.known_schema import TABLES_AND_INDEXES

    triggers = {**fts.expected_schema_objects(), **tally.expected_schema_objects()}
    for kind, obj_name, sql in con.execute("SELECT type, name, sql FROM sqlite_master"):
        if kind == "trigger":
            ours = sql in triggers.get(obj_name, ())
        else:
            known_kind, texts = TABLES_AND_INDEXES.get(obj_name) or _SQLITE_OWN.get(
                obj_name, (None, ()))
            ours = kind == known_kind and normalise_sql(sql) in texts
        if not ours:
            raise NotAProjectError(
                f"{name}: contains a {_shown(str(kind))} ({_shown(str(obj_name))}) that "
                "digifelt did not create; refusing to open it"
            )


def _shown(text: str, limit: int = 80) -> str:
    """Text from the file, made safe for one line of a message."""
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _companions(path: Path) -> set[str]:
    real = Path(path).resolve()
    return {s for s in ("-wal", "-shm") if os.path.lexists(f"{real}{s}")}


def _remove_new_companions(path: Path, there_before: set[str]) -> None:
    real = Path(path).resolve()
    for suffix in {"-wal", "-shm"} - there_before:
        with contextlib.suppress(OSError):
            os.unlink(f"{real}{suffix}")


# One check started ahead of opening: (resolved path, file fingerprint, result).
_ahead: tuple[Path, tuple, Future] | None = None
_ahead_lock = threading.Lock()


def _fingerprint(path: Path) -> tuple:
    """Size and modification time of the file and its WAL: any write changes one of them."""
    marks = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(f"{path}{suffix}")
        except OSError:
            marks.append(None)
            continue
        # An empty WAL holds nothing: the check's own read-only connection may create one.
        marks.append((st.st_size, st.st_mtime_ns, st.st_ino) if st.st_size else None)
    return tuple(marks)


def start_inspection(path: Path) -> None:
    """Begin checking `path` on a worker thread; `inspection_for` picks the result up."""
    global _ahead
    path = Path(path).resolve()
    future: Future = Future()
    mark = _fingerprint(path)

    def work() -> None:
        try:
            future.set_result(inspect_file(path))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever opens the file
            future.set_exception(exc)

    with _ahead_lock:
        _ahead = (path, mark, future)
    threading.Thread(target=work, name="digifelt-file-check", daemon=True).start()


def inspection_for(path: Path) -> FileState:
    """The check started ahead for this very file, unchanged since; else a check made now."""
    global _ahead
    resolved = Path(path).resolve()
    with _ahead_lock:
        ahead, _ahead = _ahead, None
    if ahead is not None and ahead[0] == resolved:
        result = ahead[2]
        try:
            state = result.result()
        except (ProjectFileError, OSError):
            state = None  # checked again below, so the error names the file as given
        if state is not None and _fingerprint(resolved) == ahead[1]:
            return state
    return inspect_file(path)
