"""An erasure of raw notes reaches every copy, even when the process dies half-way through.

A marker naming the project's id is written before the erasure commits and marked
"committed" right after; the copies are deleted next and the marker is cleared last. A marker
still present means the process died in between: the next open of that project, or the next
`digifelt privacy`/`backup` command, finishes deleting the copies and says so.
"""

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from digifelt.errors import DigifeltError
from digifelt.storage.copies import Copy, find_copies, project_id_of, remove_copies
from digifelt.storage.file_check import connect_read_only
from digifelt.storage.paths import data_dir, write_private_text

FOLDER = "erasure-pending"


@dataclass(frozen=True)
class Pending:
    project_id: str
    path: Path
    committed: bool
    marker: Path


@dataclass
class Finished:
    """What finishing an interrupted erasure did."""

    project_id: str
    path: Path
    erased: bool  # False: it never took effect (killed before the commit); nothing was erased
    removed: list[Copy] = field(default_factory=list)


def _marker(project_id: str) -> Path:
    # The id comes from a file that may be hostile: never part of a path.
    return data_dir() / FOLDER / f"{hashlib.sha256(project_id.encode()).hexdigest()[:32]}.json"


def _write(project_id: str, path: Path, committed: bool) -> None:
    write_private_text(_marker(project_id), json.dumps({
        "project": project_id, "path": str(Path(path).absolute()), "committed": committed,
        "since": datetime.now(UTC).isoformat(timespec="seconds")}, ensure_ascii=False))


def begin(project_id: str, path: Path) -> None:
    """Before the erasure commits."""
    _write(project_id, path, committed=False)


def committed(project_id: str, path: Path) -> None:
    """Right after the commit: from now on the copies must go whatever happens."""
    _write(project_id, path, committed=True)


def clear(project_id: str) -> None:
    _marker(project_id).unlink(missing_ok=True)


def pending() -> list[Pending]:
    folder = data_dir() / FOLDER
    if not folder.is_dir():
        return []
    out = []
    for marker in sorted(folder.glob("*.json")):
        try:
            info = json.loads(marker.read_text(encoding="utf-8"))
            out.append(Pending(str(info["project"]), Path(info["path"]),
                               bool(info.get("committed")), marker))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return out


def erase_copies(project_id: str, project: Path, was: Path | None = None) -> list[Copy]:
    """Delete every copy of the project; the marker is cleared once they are all gone.

    `was`: where the project was when the erasure began, if it has moved since.
    """
    beside = (was,) if was is not None and was != project else ()
    removed = remove_copies(find_copies(project_id, project, also_beside=beside))
    clear(project_id)
    return removed


def _notes_left(path: Path) -> int | None:
    """Notes and participant records in the file (read-only); None if it cannot be read."""
    try:
        con = connect_read_only(path)
    except (sqlite3.Error, OSError, DigifeltError):
        return None
    try:
        return sum(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                   for table in ("entry", "participant"))
    except sqlite3.Error:
        return None
    finally:
        con.close()


def compact(path: Path) -> bool:
    """Overwrite what an erasure freed in the file itself (old pages still in the main file
    while the WAL held the new ones, free pages): checkpoint and VACUUM, under the lock.
    False when another digifelt has the file open (it is compacted when finished there)."""
    from digifelt.storage.lock import ProjectLockedError
    from digifelt.storage.writer_lock import writer_lock

    try:
        with writer_lock(path):
            con = sqlite3.connect(Path(path), isolation_level=None)
            try:
                con.execute("PRAGMA trusted_schema=OFF")
                con.execute("PRAGMA secure_delete=ON")
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                con.execute("VACUUM")
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                con.close()
    except (ProjectLockedError, sqlite3.Error, OSError):
        return False
    return True


def finish_pending(project: Path | None = None, *, compact_file: bool = True) -> list[Finished]:
    """Finish erasures a dead process left half-done.

    project=None: every marker whose outcome is known (at start-up); otherwise the markers of
    the project at `project` (when it is opened, wherever it has moved to). compact_file=False
    when the caller has the file open and compacts it through its own connection.
    """
    if not pending():
        return []  # the usual case: no file is opened to find out
    wanted = project_id_of(project) if project is not None else None
    if project is not None and wanted is None:
        return []
    done = []
    for item in pending():
        if wanted is not None and item.project_id != wanted:
            continue
        where = Path(project) if project is not None else item.path
        if not item.committed:
            # Killed around the commit: the file itself says whether the notes went.
            if project_id_of(where) != item.project_id:
                continue  # moved or gone: decided when it is next opened
            left = _notes_left(where)
            if left is None:
                continue
            if left:
                clear(item.project_id)
                done.append(Finished(item.project_id, where, erased=False))
                continue
        if compact_file and project_id_of(where) == item.project_id:
            compact(where)
        done.append(Finished(item.project_id, where, erased=True,
                             removed=erase_copies(item.project_id, where, item.path)))
    return done


def describe(result: Finished) -> str:
    """One line for the CLI (the app words it in the user's language)."""
    name = result.path.name
    if not result.erased:
        return (f"the erasure of raw notes in {name} was interrupted before it took effect; "
                "nothing was erased — run it again")
    return (f"finished an interrupted erasure of raw notes in {name}: deleted "
            f"{len(result.removed)} copies it had left behind")


def describe_copy(copy: Copy) -> str:
    kinds = {"backup": "backup", "damaged": "damaged copy", "staging": "unfinished copy"}
    return f"deleted {kinds.get(copy.kind, 'copy')} {copy.path}"
