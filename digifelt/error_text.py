"""One line for the failures the operating system reports (no permission, read-only folder, disk
full, out of memory), shared by the CLI and the GUI.

Only OSError with an errno (the OS said why) and MemoryError are described; anything else is a
programming error and stays "unexpected", so this can never hide a bug behind a tidy line. The
texts are templates with %1 (the file) and %2 (the OS's own words), so the GUI can translate them
(ui/errors.py holds the same texts for translation).
"""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass

PERMISSION = "%1: permission denied"
READ_ONLY = "%1: the folder or disk is read-only"
NOT_FOUND = "%1: no such file or folder"
IS_FOLDER = "%1: is a folder, not a file"
NOT_FOLDER = "%1: part of this path is a file, not a folder"
EXISTS = "%1: already exists"
DISK_FULL = "%1: the disk is full"
NAME_TOO_LONG = "%1: the name is too long"
OTHER_FILE = "%1: %2"
OTHER = "the system reported an error: %2"
MEMORY = "not enough memory to finish (the input may be too large)"

_BY_ERRNO = {
    errno.EACCES: PERMISSION,
    errno.EPERM: PERMISSION,
    errno.EROFS: READ_ONLY,
    errno.ENOENT: NOT_FOUND,
    errno.EISDIR: IS_FOLDER,
    errno.ENOTDIR: NOT_FOLDER,
    errno.EEXIST: EXISTS,
    errno.ENOSPC: DISK_FULL,
    errno.ENAMETOOLONG: NAME_TOO_LONG,
}
if hasattr(errno, "EDQUOT"):
    _BY_ERRNO[errno.EDQUOT] = DISK_FULL

# A file name is shown, never obeyed: no terminal escapes, no line breaks, no direction tricks.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class ErrorText:
    template: str
    file: str = ""
    detail: str = ""

    def format(self, template: str | None = None) -> str:
        """The line, from this template or a translation of it."""
        text = (template or self.template).replace("%1", self.file)
        return text.replace("%2", self.detail)


def describe(exc: BaseException) -> ErrorText | None:
    """The one line for an expected OS-level failure, or None for a programming error."""
    if isinstance(exc, MemoryError):
        return ErrorText(MEMORY)
    if not isinstance(exc, OSError) or not isinstance(exc.errno, int):
        return None
    detail = _clean(exc.strerror or os.strerror(exc.errno))
    template = _BY_ERRNO.get(exc.errno)
    # A rename names our temporary file first and the user's target second: show the target.
    name = exc.filename2 if exc.filename2 is not None else exc.filename
    if name is None:
        return ErrorText(OTHER, detail=detail)
    return ErrorText(template or OTHER_FILE, file=_show(name), detail=detail)


def one_line(text: str) -> str:
    """A message as one printable line: line breaks and terminal controls out."""
    return _clean(" ".join(text.split()))


def _show(name) -> str:
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    text = _clean(str(name).encode("utf-8", "backslashreplace").decode("utf-8"))
    return text if len(text) <= 300 else "…" + text[-299:]


def _clean(text: str) -> str:
    return _UNPRINTABLE.sub("?", text)
