"""Write an output file all at once: a temp file beside the target, renamed over it at the end.

A failure or a cancel leaves the previous file (if any) as it was and no partial file.
"""

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from digifelt.errors import DigifeltError


class OutputPathError(DigifeltError):
    """The output path names something that is not a file we may replace."""


def check_output_path(target: Path) -> None:
    """Refuse to replace a folder, a device, a pipe or a socket: renaming over /dev/null (with
    the rights to) would replace the device itself, and a folder would fail half-way."""
    try:
        mode = os.stat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    if stat.S_ISDIR(mode):
        raise OutputPathError(f"{target}: is a folder; give a file name to write to")
    if not stat.S_ISREG(mode):
        raise OutputPathError(f"{target}: is not a regular file (a device, pipe or socket); "
                              "give a file name to write to")


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    target = Path(target)
    check_output_path(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
