"""Reading members of an untrusted zip (a Word template) with every size bounded.

The central directory's sizes are a claim, not a fact: members are read in chunks and the
bytes actually inflated are counted, so a member that lies about its size or inflates a
thousandfold is stopped as soon as it passes its cap, before memory is spent on it.
"""

import io
import lzma
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

CHUNK = 64 * 1024


class ZipLimitError(ValueError):
    """The archive is not a zip, or passes one of its bounds: the message says which."""


@dataclass(frozen=True)
class ZipLimits:
    file_bytes: int = 20 * 1024 * 1024  # the archive itself
    members: int = 1000
    declared_bytes: int = 200 * 1024 * 1024  # sum of every member's declared size
    member_bytes: int = 16 * 1024 * 1024  # one member, inflated
    total_bytes: int = 64 * 1024 * 1024  # everything read from the archive, inflated
    ratio: int = 200  # inflated / compressed, for members above ratio_floor
    ratio_floor: int = 1024 * 1024


class BoundedZip:
    """An opened archive whose members are read with `read(name)`, within `limits`."""

    def __init__(self, path: Path, limits: ZipLimits = ZipLimits()):
        self.limits = limits
        try:
            with open(path, "rb") as fh:
                blob = fh.read(limits.file_bytes + 1)
        except OSError as exc:
            raise ZipLimitError(f"cannot read the file ({exc.strerror or exc})") from exc
        if len(blob) > limits.file_bytes:
            raise ZipLimitError(f"the file is larger than {_mb(limits.file_bytes)}")
        if _declared_entries(blob) > limits.members:
            raise ZipLimitError(f"more than {limits.members} parts")
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(blob))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
            raise ZipLimitError("not a zip package") from exc
        infos = self._zip.infolist()
        if len(infos) > limits.members:
            raise ZipLimitError(f"more than {limits.members} parts")
        if sum(i.file_size for i in infos) > limits.declared_bytes:
            raise ZipLimitError(f"its parts would inflate to more than "
                                f"{_mb(limits.declared_bytes)}")
        # Later duplicates are ignored: the first entry of a name is the one read.
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            self._infos.setdefault(info.filename, info)
        self._read_total = 0

    def names(self) -> list[str]:
        return list(self._infos)

    def __contains__(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str, cap: int | None = None) -> bytes:
        """The member's bytes; ZipLimitError when it passes its cap, the total, or the ratio."""
        info = self._infos[name]
        cap = min(cap or self.limits.member_bytes, self.limits.member_bytes)
        ratio_cap = max(self.limits.ratio_floor, info.compress_size * self.limits.ratio)
        if info.file_size > cap:
            raise ZipLimitError(f"{name} is larger than {_mb(cap)}")
        out = bytearray()
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(CHUNK):
                    out += chunk
                    self._read_total += len(chunk)
                    if len(out) > cap:
                        raise ZipLimitError(f"{name} is larger than {_mb(cap)}")
                    if len(out) > ratio_cap:
                        raise ZipLimitError(f"{name} inflates more than {self.limits.ratio} "
                                            "times (a decompression bomb?)")
                    if self._read_total > self.limits.total_bytes:
                        raise ZipLimitError(f"its parts inflate to more than "
                                            f"{_mb(self.limits.total_bytes)}")
        except ZipLimitError:
            raise
        except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, NotImplementedError,
                RuntimeError, ValueError, EOFError, OSError) as exc:
            raise ZipLimitError(f"{name} cannot be unpacked (damaged or encrypted)") from exc
        return bytes(out)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _declared_entries(blob: bytes) -> int:
    """The entry count the end-of-directory record states, read before zipfile builds an
    object per entry (half a million tiny entries fit in 20 MB). 0 when there is no record:
    zipfile then refuses the file itself."""
    end = blob.rfind(b"PK\x05\x06", max(0, len(blob) - 65536 - 22))
    if end < 0 or end + 12 > len(blob):
        return 0
    count = int.from_bytes(blob[end + 10:end + 12], "little")
    return count if count != 0xFFFF else 1 << 32  # a zip64 count: never a Word template


def _mb(n: int) -> str:
    return f"{n // (1024 * 1024)} MB"
