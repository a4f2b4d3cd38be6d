"""Every copy digifelt makes of a project, found by the project's id rather than its path.

Backups live in the data folder and are recognised by the id stored inside them, so backups
taken under an earlier name, path or hard-link name are found too. Copies made beside the
project (the `.damaged-*` file a restore keeps, a restore's staging file) are registered in
`copies.json` in the data folder as they are made: a damaged file may no longer say whose it
is, and the project may since have moved.
"""

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from digifelt.errors import DigifeltError
from digifelt.storage.file_check import connect_read_only
from digifelt.storage.paths import backups_dir, data_dir, private_folder, write_private_text

REGISTRY = "copies.json"
_COMPANIONS = ("-wal", "-shm", "-journal")
_DATABASES = (".digifelt", ".partial")


@dataclass(frozen=True)
class Copy:
    path: Path
    kind: str  # "backup", "damaged" or "staging"


def project_id_of(path: Path) -> str | None:
    """The id in the file's project table, read-only; None when the file cannot tell."""
    try:
        con = connect_read_only(path)
    except (sqlite3.Error, OSError, DigifeltError):
        return None
    try:
        row = con.execute("SELECT id FROM project LIMIT 1").fetchone()
        return str(row[0]) if row and row[0] is not None else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


# The registry of copies made outside the backup folder


@contextlib.contextmanager
def _registry_locked(folder: Path | None = None):
    """Read-modify-write of the registry by one process at a time."""
    folder = private_folder(folder or data_dir())
    fd = os.open(folder / "copies.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
        path = folder / REGISTRY
        try:
            entries = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(entries, list):
                entries = []
        except (OSError, ValueError):
            entries = []
        before = list(entries)
        yield entries
        if entries != before:
            write_private_text(path, json.dumps(entries, ensure_ascii=False, indent=1))
    finally:
        os.close(fd)  # closing releases the lock


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)


def register(project_id: str | None, path: Path, kind: str) -> None:
    """Note a copy of project `project_id` before (or as) it is made."""
    entry = {"project": project_id, "path": str(Path(path).absolute()), "kind": kind,
             "made": datetime.now(UTC).isoformat(timespec="seconds")}
    with _registry_locked() as entries:
        # Copies the user has since deleted need no remembering (one registered a moment
        # ago may not be written yet).
        entries[:] = [e for e in entries if isinstance(e, dict)
                      and (_exists(e.get("path")) or _recent(e.get("made")))]
        if not any(e.get("path") == entry["path"] and e.get("project") == project_id
                   for e in entries):
            entries.append(entry)


def _recent(made) -> bool:
    try:
        return datetime.now(UTC) - datetime.fromisoformat(made) < timedelta(hours=1)
    except (TypeError, ValueError):
        return False


def _exists(path) -> bool:
    return isinstance(path, str) and any(Path(p).exists() for p in _file_set(Path(path)))


def forget(paths) -> None:
    gone = {str(Path(p).absolute()) for p in paths}
    with _registry_locked() as entries:
        entries[:] = [e for e in entries if e.get("path") not in gone]


def move_records(old_data_dir: Path, new_data_dir: Path) -> None:
    """When the data folder changes: the registry and any erasure still to finish go along,
    or the copies they name would be forgotten."""
    from digifelt.storage.erasure import FOLDER

    old_folder, new_folder = Path(old_data_dir), Path(new_data_dir)
    if not old_folder.is_dir() or old_folder.resolve() == new_folder.resolve():
        return
    if (old_folder / REGISTRY).is_file():
        with _registry_locked(old_folder) as old_entries, \
                _registry_locked(new_folder) as entries:
            entries += [e for e in old_entries if e not in entries]
            old_entries.clear()
    for marker in sorted((old_folder / FOLDER).glob("*.json")):
        target = private_folder(new_folder / FOLDER) / marker.name
        if not target.exists():
            write_private_text(target, marker.read_text(encoding="utf-8"))
        marker.unlink()


def registered(project_id: str) -> list[Copy]:
    path = data_dir() / REGISTRY
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Copy(Path(e["path"]), str(e.get("kind", "copy"))) for e in entries
            if isinstance(e, dict) and e.get("project") == project_id and "path" in e]


# Finding the copies


def find_copies(project_id: str, project: Path | None = None,
                also_beside: tuple[Path, ...] = ()) -> list[Copy]:
    """Every file that may hold a copy of project `project_id` (not the project itself).

    `project`: where the project is now; `also_beside`: where it was. Copies beside those
    paths are included even when they were made before copies were registered.
    """
    found: dict[Path, Copy] = {}
    project = Path(project).absolute() if project is not None else None
    current = _current_backup_folder(project)
    root = backups_dir()
    if root.is_dir():
        for folder in sorted(p for p in root.iterdir() if p.is_dir()):
            for item in _backups_in(folder, project_id, mine=folder == current):
                found.setdefault(item, Copy(item, "backup"))
    for place in ((project,) if project is not None else ()) + tuple(also_beside):
        for item in _beside(Path(place), project_id):
            found.setdefault(item.path, item)
    for item in registered(project_id):
        for part in _file_set(item.path):
            found.setdefault(part, Copy(part, item.kind))
    own = _identity(project) if project is not None else None
    return [c for c in found.values()
            if c.path.exists() and (own is None or _identity(c.path) != own)]


def _current_backup_folder(project: Path | None) -> Path | None:
    if project is None:
        return None
    from digifelt.storage.backup import project_backup_dir

    return project_backup_dir(project)


def _backups_in(folder: Path, project_id: str, *, mine: bool) -> list[Path]:
    """Backups (finished or partial) of `project_id` in one backup folder, with companions.

    A file that cannot say whose it is goes with its folder: with the project's other
    backups, or in the folder of the project's current path.
    """
    files = [f for f in folder.iterdir() if f.is_file()]
    ids = {f: project_id_of(f) for f in files if f.suffix in _DATABASES}
    mine = mine or project_id in ids.values()
    chosen = [f for f, fid in ids.items() if fid == project_id or (mine and fid is None)]
    for f in files:
        base = _companion_of(f)
        if base is not None and (base in chosen or (mine and base not in ids)):
            chosen.append(f)
    return chosen


def _beside(project: Path, project_id: str) -> list[Copy]:
    """Damaged and staging copies in the project's folder.

    Named after this project (`NAME.damaged-*`, `.NAME.restoring*`, `.NAME.importing*`):
    included unless they say they belong to another project. Named after another file
    (an earlier name): included when the id inside is this project's.
    """
    name = project.name
    try:
        siblings = list(project.parent.iterdir())
    except OSError:
        return []
    out = []
    for item in siblings:
        kind = _kind_by_name(item.name)
        if kind is None or not item.is_file():
            continue
        base = _companion_of(item) or item
        owner = project_id_of(base) if base.exists() else None
        named_here = base.name.startswith((f"{name}.damaged-", f".{name}.restoring",
                                           f".{name}.importing"))
        if owner == project_id or (named_here and owner is None):
            out.append(Copy(item, kind))
    return out


def _kind_by_name(name: str) -> str | None:
    if ".digifelt.damaged-" in name:
        return "damaged"
    if name.startswith(".") and (".digifelt.restoring" in name or ".digifelt.importing" in name):
        return "staging"
    return None


def _companion_of(path: Path) -> Path | None:
    for suffix in _COMPANIONS:
        if path.name.endswith(suffix):
            return path.with_name(path.name[: -len(suffix)])
    return None


def is_main_file(path: Path) -> bool:
    """Not a -wal, -shm or -journal companion (counted with its file)."""
    return _companion_of(Path(path)) is None


def _file_set(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("", *_COMPANIONS)]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


# Removing them


def destroy(path: Path) -> bool:
    """Empty the file, then delete it: emptying reaches every hard-link name it has."""
    path = Path(path)
    try:
        if path.is_symlink() or not path.is_file():
            path.unlink(missing_ok=True)
            return False
        with open(path, "r+b") as fh:
            fh.truncate(0)
            os.fsync(fh.fileno())
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def remove_copies(copies: list[Copy]) -> list[Copy]:
    """Destroy each copy and drop it from the registry; returns those that were removed."""
    removed = [c for c in copies if destroy(c.path)]
    forget([c.path for c in copies])
    return removed


def stale_staging(project: Path) -> list[Path]:
    """Staging files of a restore into `project` (digifelt's own naming)."""
    project = Path(project)
    prefix = f".{project.name}.restoring"
    try:
        return sorted(p for p in project.parent.iterdir() if p.name.startswith(prefix))
    except OSError:
        return []


def remove_stale_staging(project: Path) -> list[Path]:
    """Delete restore staging files that no live restore is using (restores hold the
    project's lock, so a free lock, or our own, means they are leftovers of a crash)."""
    from digifelt.storage.lock import ProjectLockedError
    from digifelt.storage.writer_lock import writer_lock

    leftovers = stale_staging(project)
    if not leftovers:
        return []
    try:
        with writer_lock(project):
            leftovers = stale_staging(project)
            gone = [p for p in leftovers if destroy(p)]
            forget(leftovers)
    except (ProjectLockedError, OSError):
        return []
    return gone
