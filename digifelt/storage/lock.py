"""One writer per project: an OS file lock on `<project>.lock`, released by the OS on any exit.

The OS lock (flock / msvcrt) dies with its process, so a lock left by a crash is
recognised as stale without guessing from PIDs; the file's JSON only tells the user
who holds a live lock.
"""

import json
import os
import socket
import sys
from pathlib import Path

from digifelt.errors import ProjectFileError


class ProjectLockedError(ProjectFileError):
    """The project is open in another digifelt process."""


def lock_path(project: Path) -> Path:
    return Path(f"{project}.lock")


class ProjectLock:
    def __init__(self, project: Path):
        self.path = lock_path(project)
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise ProjectLockedError(
                f"{self.path.name.removesuffix('.lock')}: already open in digifelt{holder}; "
                "close it there first"
            )
        info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "app": "digifelt"})
        os.ftruncate(fd, 0)
        os.pwrite(fd, info.encode(), 0) if hasattr(os, "pwrite") else os.write(fd, info.encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        finally:
            _unlock(fd)
            os.close(fd)
            # Another process may have it open already; removing is only tidiness.
            try:
                self.path.unlink()
            except OSError:
                pass

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> "ProjectLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        raw = os.pread(fd, 4096, 0) if hasattr(os, "pread") else b""
        info = json.loads(raw.decode() or "{}")
    except (OSError, ValueError):
        return ""
    if not info:
        return ""
    return f" (process {info.get('pid')} on {info.get('host')})"


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
