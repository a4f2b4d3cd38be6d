"""Is this file a digifelt project we may open? Read-only checks, with plain sqlite3 only.

Kept free of SQLAlchemy so that the check can start on a worker thread while the UI thread is
still importing the database stack: `PRAGMA quick_check` reads the whole file in C with the
GIL released, so on a large project most of it overlaps those imports instead of following
them. The result is used only if the file has not changed since the check began.
"""

import os
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
