"""One writer per project, whatever name the project is reached by.

Two OS locks (flock / msvcrt), both released by the OS on any exit, so a lock left by a
crash is recognised as stale without guessing from PIDs:

1. `<real path>.lock` beside the project, named after the fully resolved path: a symlink
   to the project, or to its folder, leads every writer to the same lock file. It also
   works between machines on a shared folder, and its JSON tells the user who holds it.
2. `<default data dir>/locks/<st_dev>-<st_ino>.lock`, keyed by the identity of the project file
   itself: two hard links (or bind mounts) of one file share this lock on one machine,
   although their names differ. It lives in the user's own data folder, so a hard link
   used by another user account, or from another machine, meets only lock 1.

The database file itself is not flocked: SQLite takes POSIX fcntl locks on it, Linux NFS
clients emulate flock with those (closing our descriptor would drop SQLite's own locks),
and on Windows msvcrt locks are mandatory and would block SQLite's reads.

A lock file is a weapon if it is not ours: opening `FILE.lock` would follow a planted
symlink, and emptying it would destroy the target. So it is opened without following a
link and without truncating, then judged through its descriptor (a regular file with one
name, owned by us); anything else is refused and left untouched. Only then is it emptied.
"""

import contextlib
import errno
import json
import os
import socket
import stat
import sys
from pathlib import Path

from digifelt.errors import ProjectFileError


class ProjectLockedError(ProjectFileError):
    """The project is open in another digifelt process.

    `holder` is (process id, host) as the holder's lock file says, when it says: the lock
    that refused may be the per-machine one, not the file beside the name given.
    """

    def __init__(self, message: str, holder: tuple[str, str] | None = None):
        super().__init__(message)
        self.holder = holder


class LockFileRefusedError(ProjectFileError):
    """What lies at the lock file's place is not a lock file digifelt may use."""


def lock_path(project: Path) -> Path:
    """The lock file beside the project, named after the real file (symlinks resolved)."""
    return Path(f"{Path(project).resolve()}.lock")


def identity_lock_path(project: Path) -> Path | None:
    """The per-machine lock shared by every name of the file; None while it does not exist."""
    try:
        st = os.stat(project)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return _machine_lock_dir() / f"{st.st_dev:x}-{st.st_ino:x}.lock"


def _machine_lock_dir() -> Path:
    # Not the data folder chosen in the settings: the CLI never reads them, and every
    # digifelt process of this user has to meet in one folder.
    from digifelt.storage.paths import APP_NAME

    override = os.environ.get("DIGIFELT_DATA_DIR")
    if override:
        return Path(override) / "locks"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "locks"


class ProjectLock:
    def __init__(self, project: Path):
        self.project = Path(project)
        self.path = lock_path(self.project)
        self._fds: list[tuple[Path, int]] = []

    def acquire(self) -> None:
        name = self.project.name
        try:
            identity = identity_lock_path(self.project)
            if identity is not None:
                _private_folder(identity.parent, name)
                self._fds.append((identity, _take(identity, name)))
            self._fds.append((self.path, _take(self.path, name)))
        except BaseException:
            self.release()
            raise
        info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "app": "digifelt"})
        for _path, fd in self._fds:
            os.ftruncate(fd, 0)
            _write_at_start(fd, info.encode())

    def release(self) -> None:
        fds, self._fds = self._fds, []
        for path, fd in reversed(fds):
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            # Removing is only tidiness; a writer that opened the old file before it went
            # notices the change (see _take) and tries again on the new one.
            try:
                if _same_file(path, fd):
                    path.unlink()
            except OSError:
                pass
            _unlock(fd)
            os.close(fd)

    @property
    def held(self) -> bool:
        return bool(self._fds)

    def __enter__(self) -> "ProjectLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _take(path: Path, name: str) -> int:
    """An OS lock on the lock file at `path`, or one clear refusal."""
    for _attempt in range(20):
        fd = _open_lock_file(path, name)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            shown = f" (process {holder[0]} on {holder[1]})" if holder else ""
            raise ProjectLockedError(
                f"{name}: already open in digifelt{shown}; close it there first", holder)
        if _same_file(path, fd):
            return fd
        # The holder removed the file between our open and our lock: lock the new one.
        _unlock(fd)
        os.close(fd)
    raise ProjectLockedError(f"{name}: its lock file keeps changing; close digifelt elsewhere "
                             "and try again")


_OPEN_FLAGS = (os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
               | getattr(os, "O_BINARY", 0))


def _open_lock_file(path: Path, name: str) -> int:
    if not hasattr(os, "O_NOFOLLOW") and path.is_symlink():  # pragma: no cover - Windows
        raise _not_ours(path, name, "a link")
    try:
        fd = os.open(path, _OPEN_FLAGS, 0o600)
    except OSError as exc:
        raise _open_failure(path, name, exc) from exc
    try:
        st = os.fstat(fd)
        problem = None
        if not stat.S_ISREG(st.st_mode):
            problem = "not a regular file"
        elif st.st_nlink != 1:
            problem = "a file with other names (a hard link)"
        elif hasattr(os, "getuid") and st.st_uid != os.getuid():
            problem = "a file of another user"
        if problem:
            raise _not_ours(path, name, problem)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _not_ours(path: Path, name: str, what: str) -> LockFileRefusedError:
    return LockFileRefusedError(
        f"{name}: {path.name} is {what}, not a lock file digifelt made; nothing was "
        "changed. Remove it, then try again")


def _open_failure(path: Path, name: str, exc: OSError) -> ProjectFileError:
    if exc.errno in (errno.ELOOP, errno.EMLINK):  # EMLINK: O_NOFOLLOW on FreeBSD
        return _not_ours(path, name, "a link")
    if exc.errno == errno.EISDIR:
        return _not_ours(path, name, "a folder")
    if exc.errno == errno.EROFS or not os.access(path.parent, os.W_OK):
        return ProjectFileError(
            f"{name}: the folder is read-only; copy the project somewhere you can write")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ProjectLockedError(
            f"{name}: {path.name} belongs to another user, who may have the project open; "
            "close it there first")
    return ProjectFileError(f"{name}: cannot open its lock file ({exc.strerror})")


def _private_folder(folder: Path, name: str) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectFileError(
            f"{name}: cannot make digifelt's lock folder {folder} ({exc.strerror})") from exc


def _same_file(path: Path, fd: int) -> bool:
    try:
        here = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    mine = os.fstat(fd)
    return (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino)


def _write_at_start(fd: int, data: bytes) -> None:
    if hasattr(os, "pwrite"):
        os.pwrite(fd, data, 0)
    else:  # pragma: no cover - Windows
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)


def _read_holder(fd: int) -> tuple[str, str] | None:
    try:
        if hasattr(os, "pread"):
            raw = os.pread(fd, 4096, 0)
        else:  # pragma: no cover - Windows
            os.lseek(fd, 0, os.SEEK_SET)
            raw = os.read(fd, 4096)
        info = json.loads(raw.decode() or "{}")
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or not info:
        return None
    return _one_line(info.get("pid")), _one_line(info.get("host"))


def _one_line(value) -> str:
    """A value from a lock file someone else wrote, fit for one line of a message."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(value))
    return text[:64]


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
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
