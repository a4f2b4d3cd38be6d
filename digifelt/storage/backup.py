"""Rolling backups of project files in the user data folder, taken with SQLite's backup API."""

import contextlib
import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from digifelt.errors import DigifeltError, NotAProjectError, ProjectFileError
from digifelt.storage import backup_policy, copies
from digifelt.storage.file_check import APPLICATION_ID, SQLITE_HEADER
from digifelt.storage.paths import backups_dir, create_private_file, private_folder

SUFFIX = ".digifelt"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


class NoUsableBackupError(ProjectFileError):
    """Restoring was asked for without naming a backup, and none is sound and openable."""


@dataclass(frozen=True)
class RestoreResult:
    project: Path
    source: Path  # the backup now in the project's place
    kept: Path | None  # the file as it was: a before-restore backup, or its damaged copy


def project_backup_dir(project: Path) -> Path:
    # The hash of the absolute path keeps two 'rapport.digifelt' in different folders apart.
    digest = hashlib.sha1(str(Path(project).resolve()).encode()).hexdigest()[:10]
    return backups_dir() / f"{Path(project).stem}-{digest}"


def take_backup(project: Path, reason: str) -> Path:
    """Copy a consistent snapshot of `project` (it may be open elsewhere) and prune old ones."""
    folder = _private_backup_folder(project)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{reason}{SUFFIX}"
    partial = target.with_suffix(".partial")
    src = sqlite3.connect(f"file:{Path(project).resolve().as_posix()}?mode=ro", uri=True)
    try:
        # Owner-only from the first byte; SQLite gives its journal the same mode.
        create_private_file(partial)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(partial, 0o600)
    with open(partial, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, target)
    prune(project)
    return target


def _private_backup_folder(project: Path) -> Path:
    root = private_folder(backups_dir())
    # Folders made by earlier versions followed the umask; the names inside are private too.
    if root.stat().st_mode & 0o077:
        os.chmod(root, 0o700)
    return private_folder(project_backup_dir(project))


def list_backups(project: Path) -> list[BackupInfo]:
    """Newest first."""
    folder = project_backup_dir(project)
    if not folder.is_dir():
        return []
    found = []
    for item in folder.glob(f"*{SUFFIX}"):
        stamp, _, reason = item.stem.partition("-")
        try:
            taken = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ")
        except ValueError:
            continue
        found.append(BackupInfo(item, taken, reason, item.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def prune(project: Path, keep: int | None = None) -> None:
    for old in list_backups(project)[keep or backup_policy.keep_per_project:]:
        old.path.unlink(missing_ok=True)


def _sound(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{Path(path).resolve().as_posix()}?mode=ro", uri=True)
        try:
            return con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def newest_good_backup(project: Path) -> BackupInfo | None:
    """The newest backup that passes quick_check (a damaged backup is never offered)."""
    return next((info for info in list_backups(project) if _sound(info.path)), None)


def restorable_backup(project: Path) -> BackupInfo | None:
    """The newest backup that is sound and that this digifelt can open, or None."""
    from digifelt.storage.file_check import inspect_file
    from digifelt.storage.schema_version import SCHEMA_REVISIONS

    if newest_good_backup(project) is None:
        return None
    for info in list_backups(project):
        try:
            if inspect_file(info.path).revision in SCHEMA_REVISIONS:
                return info
        except DigifeltError:
            continue
    return None


def restore_project(project: Path, backup: Path | None = None) -> RestoreResult:
    """Put a backup in place of the closed project `project`: the whole restore, for the
    command line and the app alike.

    Without `backup`, the newest one that is sound and openable. The backup is checked
    before anything is touched; a target that is not a project is refused untouched; the
    current file is kept (backed up, or renamed aside when damaged) under the project's
    lock; and the restored file is checked again before this returns.
    """
    from digifelt.storage.file_check import ProjectDamagedError, inspect_file
    from digifelt.storage.lock import ProjectLock

    project = Path(project)
    if backup is None:
        chosen = restorable_backup(project)
        if chosen is None:
            raise NoUsableBackupError(f"{project.name}: no usable backup found")
        backup = chosen.path
    backup = Path(backup)
    inspect_file(backup)  # never put a damaged or foreign file in place
    refuse_foreign_target(project)  # said before waiting for the lock
    with ProjectLock(project):
        # restore_backup stages its own owner-only, registered copy of the backup before it
        # backs up the current file, so pruning cannot take the backup away meanwhile.
        kept = restore_backup(project, backup)
    try:
        inspect_file(project)
    except ProjectFileError as exc:
        where = f"; the previous file is kept as {kept}" if kept else ""
        raise ProjectDamagedError(f"{project.name}: the restored file failed its check "
                                  f"({exc}){where}") from exc
    return RestoreResult(project, backup, kept)


def refuse_foreign_target(project: Path) -> None:
    """Restore only over a digifelt project (sound or damaged) or where no file is.

    A file of another application, or one that never was a project here, would otherwise be
    renamed aside and replaced by the project.
    """
    project = Path(project)
    if not project.exists():
        return
    if project.is_dir():
        raise ProjectFileError(f"{project.name}: is a folder, not a project file; nothing was "
                               "restored")
    with open(project, "rb") as fh:
        header = fh.read(100)
    if not header:
        return  # an emptied project: nothing in it to keep
    if header.startswith(SQLITE_HEADER) and len(header) >= 72:
        if int.from_bytes(header[68:72], "big") == APPLICATION_ID:
            return
        raise NotAProjectError(f"{project.name}: an SQLite file of another application, not "
                               "a digifelt project; it was not replaced")
    if list_backups(project):
        return  # unreadable now, but digifelt backed up a project at this very path
    raise NotAProjectError(f"{project.name}: not a digifelt project file; it was not replaced")


def restore_backup(project: Path, backup: Path) -> Path | None:
    """Put `backup` in place of `project` (which must not be open).

    The current file is kept: backed up if it is sound, otherwise renamed to
    `<name>.damaged-<time>` — a damaged file is never overwritten. Returns that
    kept copy's path, if any. A file that is not a digifelt project is refused untouched.
    """
    project, backup = Path(project), Path(backup)
    refuse_foreign_target(project)
    project_id = copies.project_id_of(backup)
    # Copy the backup aside first: backing up the current file below prunes old backups,
    # and the one being restored may be the oldest.
    staging = project.with_name(f".{project.name}.restoring")
    for leftover in copies.stale_staging(project):  # of a restore that died; we hold the lock
        copies.destroy(leftover)
    copies.register(project_id, staging, "staging")
    src = sqlite3.connect(f"file:{backup.resolve().as_posix()}?mode=ro", uri=True)
    try:
        # Owner-only from the first byte (its -wal and -shm get the same mode from SQLite).
        create_private_file(staging)
        dst = sqlite3.connect(staging)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
        finally:
            dst.close()
    finally:
        src.close()
    kept = None
    if project.exists():
        if _sound(project):
            kept = take_backup(project, "before-restore")
        else:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            kept = project.with_name(f"{project.name}.damaged-{stamp}")
            copies.register(copies.project_id_of(project) or project_id, kept, "damaged")
            os.replace(project, kept)
            with contextlib.suppress(OSError):
                os.chmod(kept, 0o600)
    os.chmod(staging, 0o600)
    # A WAL left beside the old file would be replayed into the restored one.
    for suffix in ("-wal", "-shm"):
        Path(f"{project}{suffix}").unlink(missing_ok=True)
    os.replace(staging, project)
    for suffix in ("-wal", "-shm"):
        Path(f"{staging}{suffix}").unlink(missing_ok=True)
    copies.forget([staging])
    return kept


def move_backups(old_data_dir: Path, new_data_dir: Path) -> int:
    """Move every project's backups when the data folder changes; returns how many moved.

    A backup already present at the destination is kept there and the old copy left where
    it was: nothing is ever overwritten or deleted by a move.
    """
    copies.move_records(old_data_dir, new_data_dir)
    old_root, new_root = Path(old_data_dir) / "backups", Path(new_data_dir) / "backups"
    if not old_root.is_dir() or old_root.resolve() == new_root.resolve():
        return 0
    moved = 0
    for folder in sorted(p for p in old_root.iterdir() if p.is_dir()):
        target_folder = private_folder(new_root / folder.name)
        for item in sorted(folder.glob(f"*{SUFFIX}")):
            target = target_folder / item.name
            if target.exists():
                continue
            shutil.move(item, target)  # a copy and delete when the folders are on two disks
            moved += 1
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if it is empty now
    return moved
