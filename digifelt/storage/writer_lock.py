"""The one-writer lock for a short job, or the knowledge that this process holds it already.

An OS file lock conflicts with a second lock on the same file even inside one process, so a
job that may run under an editing session's lock (a migration, a clean-up) asks the lock
file who holds it before refusing.
"""

import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from digifelt.storage.lock import ProjectLock, ProjectLockedError, lock_path


def held_by_this_process(project: Path) -> bool:
    try:
        info = json.loads(lock_path(project).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return False
    return info.get("pid") == os.getpid() and info.get("host") == socket.gethostname()


@contextmanager
def writer_lock(project: Path) -> Iterator[None]:
    """Hold the project's lock for the block; ProjectLockedError if another process has it."""
    lock = ProjectLock(Path(project))
    try:
        lock.acquire()
    except ProjectLockedError:
        if not held_by_this_process(project):
            raise
        yield
        return
    try:
        yield
    finally:
        lock.release()
