"""The zip's directory, checked before any member is read: its size and entry count on the
bytes (ZipFile() would first make an object of every entry), every member's name, kind,
compression and declared size, the single top folder, duplicates after case folding and NFC,
compression ratios (each and in total) and overlapping members."""

import re
import stat
import struct
import unicodedata
import zipfile
from dataclasses import dataclass

from digifelt.exports.bundle.errors import BundleError

MiB, GiB = 2 ** 20, 2 ** 30
_DRIVE = re.compile(r"^[A-Za-z]:")
_LOCAL_HEADER = b"PK\x03\x04"


@dataclass(frozen=True)
class Limits:
    """Bounds on what a bundle may make us read or store (zip bombs, hostile files)."""

    max_file: int = 8 * GiB  # the zip itself
    max_total: int = 8 * GiB  # sum of the members' declared sizes
    max_member: int = 512 * MiB  # one member: an attachment is at most 512 MB (MAX_ATTACHMENT)
    max_entries: int = 100_000
    max_ratio: int = 100  # declared size / compressed size
    ratio_min_size: int = 1 * MiB  # smaller members may compress better than that
    # bagit.txt, bag-info.txt and the manifests together; a manifest line per member at most
    # (100,000 lines of a checksum and a name: under 32 MB unless the names are very long)
    max_tag_file: int = 32 * MiB
    # data/project.json. The parse holds the decoded text and every text in it, each at up
    # to 4 bytes a character (one emoji is enough), and every key or value becomes an object
    # of 30-150 bytes; these two caps keep checking any bundle under 400 MB. The large demo
    # (200 activities, 6,730 notes, 25,801 excerpts: 20 MB, 1.1 million keys and values)
    # stays well inside, 1.8 times over on both.
    max_json: int = 36 * MiB
    max_items: int = 2_000_000
    # A new project is made from project.json as it is read, a batch of objects at a time
    # (exports.bundle.stream_doc), so its size does not decide the memory: from this size
    # on it goes to the private temp folder instead of memory, and may be up to
    # max_streamed_json. Merging into an existing project parses it whole (max_json).
    stream_from: int = 4 * MiB
    max_streamed_json: int = 2 * GiB
    # Objects held whole while streaming (the rubric, groups, findings, …: all but
    # activities, excerpts and histories) and the most one object may hold, in keys and
    # values.
    max_held_items: int = 2_000_000
    max_name: int = 1024  # bytes in a member name
    memory_budget: int = 16 * MiB  # attachments kept in memory; the rest go to a temp folder


DEFAULT_LIMITS = Limits()


_CENTRAL_HEADER = b"PK\x01\x02"
_SMALLEST_ENTRY = 46  # a central directory entry without name, extra field or comment


def check_directory(raw, limits: Limits, name: str) -> None:
    """ZipFile() turns every central directory entry into an object of several hundred
    bytes before anything can be counted: a 50 MB zip of empty members would take
    gigabytes. So the directory's size and its entries are counted on the bytes first."""
    try:
        end = zipfile._EndRecData(raw)  # the record ZipFile() is about to trust
    except (OSError, struct.error, ValueError):
        end = None
    if not end:
        return  # ZipFile() says what is wrong with it
    size = end[zipfile._ECD_SIZE]
    # Where ZipFile() will read it: just before the end record (data may precede the zip).
    start = end[zipfile._ECD_LOCATION] - size
    if end[zipfile._ECD_SIGNATURE] == zipfile.stringEndArchive64:
        start -= zipfile.sizeEndCentDir64 + zipfile.sizeEndCentDir64Locator
    cap = limits.max_entries * (_SMALLEST_ENTRY + 256) + MiB
    if size > cap:
        raise BundleError(f"{name}: refused: a zip directory of {size:,} bytes is larger "
                          f"than {limits.max_entries:,} members need")
    raw.seek(max(start, 0))
    entries = raw.read(size).count(_CENTRAL_HEADER)
    raw.seek(0)
    if entries > limits.max_entries:
        raise BundleError(f"{name}: {entries} members; a bundle may have at most "
                          f"{limits.max_entries}")

def check_member_name(raw: str, limits: Limits = DEFAULT_LIMITS) -> str | None:
    """Why a member name is refused, or None when it is acceptable."""
    if not raw:
        return "an empty member name"
    if len(raw.encode("utf-8", "surrogatepass")) > limits.max_name:
        return "a member name that is too long"
    if "\x00" in raw:
        return "a member name with a NUL character"
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in raw):
        return f"a member name with control characters ({raw!r})"
    if "\\" in raw:
        return f"a member name with a backslash ({raw!r})"
    if raw.startswith("//"):
        return f"a UNC path ({raw!r})"
    if raw.startswith("/"):
        return f"an absolute path ({raw!r})"
    if _DRIVE.match(raw):
        return f"a path with a drive letter ({raw!r})"
    parts = raw.rstrip("/").split("/") if raw.endswith("/") else raw.split("/")
    if ".." in parts:
        return f"a path that climbs out of the bundle ({raw!r})"
    if any(p in ("", ".") for p in parts):
        return f"a malformed path ({raw!r})"
    return None


def prescan(zf: zipfile.ZipFile, limits: Limits, name: str) -> tuple[str, list]:
    infos = zf.infolist()
    if not infos:
        raise BundleError(f"{name}: the zip is empty")
    if len(infos) > limits.max_entries:
        raise BundleError(f"{name}: {len(infos)} members; a bundle may have at most "
                          f"{limits.max_entries}")
    top, seen, files, total = None, {}, [], 0
    for info in infos:
        raw = info.orig_filename
        problem = check_member_name(raw, limits)
        if problem:
            raise BundleError(f"{name}: refused: {problem}")
        if info.flag_bits & 0x1:
            raise BundleError(f"{name}: refused: an encrypted member ({raw!r})")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise BundleError(f"{name}: refused: a symbolic link ({raw!r})")
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise BundleError(f"{name}: refused: a special file ({raw!r})")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleError(f"{name}: refused: unsupported compression in {raw!r}")
        is_dir = raw.endswith("/")
        parts = raw.rstrip("/").split("/")
        if top is None:
            top = parts[0]
        if parts[0] != top or (len(parts) == 1 and not is_dir):
            raise BundleError(f"{name}: refused: {raw!r} is outside the bundle's single "
                              "top folder")
        key = unicodedata.normalize("NFC", raw.rstrip("/")).casefold()
        if key in seen:
            raise BundleError(f"{name}: refused: duplicate member names ({seen[key]!r} and "
                              f"{raw!r}, equal when case and accents are normalised)")
        seen[key] = raw
        if is_dir:
            if info.file_size:
                raise BundleError(f"{name}: refused: a folder entry with content ({raw!r})")
            continue
        if info.file_size > limits.max_member:
            raise BundleError(f"{name}: refused: {raw!r} declares {info.file_size:,} bytes "
                              f"(limit {limits.max_member:,})")
        total += info.file_size
        if info.file_size > limits.ratio_min_size and (
                info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            raise BundleError(f"{name}: refused: {raw!r} would expand more than "
                              f"{limits.max_ratio} times (a zip bomb?)")
        files.append(info)
    if total > limits.max_total:
        raise BundleError(f"{name}: refused: the members declare {total:,} bytes in total "
                          f"(limit {limits.max_total:,})")
    # Small members are exempt from the ratio one by one; thousands of them are not.
    packed = sum(info.compress_size for info in files)
    if total > limits.ratio_min_size and total > limits.max_ratio * max(packed, 1):
        raise BundleError(f"{name}: refused: the members would expand more than "
                          f"{limits.max_ratio} times in total (a zip bomb?)")
    return top, files


def check_layout(raw, zf: zipfile.ZipFile, name: str) -> None:
    """Members must not overlap (quoted-overlap zip bombs, CVE-2024-0450)."""
    end_of_data = getattr(zf, "start_dir", None)
    spans = []
    for info in zf.infolist():
        raw.seek(info.header_offset)
        header = raw.read(30)
        if len(header) < 30 or header[:4] != _LOCAL_HEADER:
            raise BundleError(f"{name}: damaged zip (no local header for "
                              f"{info.orig_filename!r})")
        name_len, extra_len = struct.unpack("<HH", header[26:30])
        start = info.header_offset + 30 + name_len + extra_len
        spans.append((info.header_offset, start + info.compress_size, info.orig_filename))
    spans.sort()
    for (_s1, end1, n1), (s2, _e2, n2) in zip(spans, spans[1:], strict=False):
        if end1 > s2:
            raise BundleError(f"{name}: refused: members {n1!r} and {n2!r} overlap "
                              "(a zip bomb?)")
    if end_of_data is not None and spans and spans[-1][1] > end_of_data:
        raise BundleError(f"{name}: refused: member data runs into the zip's directory")
