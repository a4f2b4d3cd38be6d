"""Read a bundle zip defensively (README, "Security and privacy") and check it as a BagIt bag.

CPython's zipfile quietly rewrites `../` and absolute member names on extraction instead of
refusing them, so nothing here extracts by member name. Instead:

1. the file's size is capped before it is opened, and the central directory's size and
   entries are counted on its bytes before zipfile turns each entry into an object;
2. the central directory is pre-scanned: absolute paths, drive letters, UNC paths, `..`,
   backslashes, NUL and control characters, names outside the single top folder, duplicate
   names (also after case folding and NFC normalisation), symlinks and other special files,
   encrypted members, unknown compression, too many members, too large declared sizes
   (each and in total), compression ratios above 100 (each and in total), overlapping
   members;
3. every member is streamed through a counting hasher that enforces its declared size, and
   compared with manifest-sha256.txt before anything is used; tag files with the tag
   manifest (together capped, and no more lines than members); bag-info's format version;
   the payload is checked for completeness both ways and against Payload-Oxum;
4. project.json is read first and its keys and values are counted on its bytes (jsonshape)
   before anything parses it;
5. contents go only to memory (attachments up to a budget) or a private temp folder, under
   names made up here.

Any problem raises BundleError with one line; the temp folder is removed.
"""

import hashlib
import io
import re
import shutil
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from digifelt.core.progress import Meter, OperationCancelled
from digifelt.exports.bundle.errors import BundleError
from digifelt.exports.bundle.jsonshape import check_shape
from digifelt.exports.bundle.model import FORMAT, READABLE, VERSION

# Limits and the member-name check are part of this module's interface too.
from digifelt.exports.bundle.zipdir import (  # noqa: F401
    DEFAULT_LIMITS,
    GiB,
    Limits,
    MiB,
    check_directory,
    check_layout,
    check_member_name,
    prescan,
)

TAG_FILES = {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt",
             "tagmanifest-sha256.txt", "tagmanifest-sha512.txt"}
_HEX = {"sha256": re.compile(r"[0-9a-fA-F]{64}"), "sha512": re.compile(r"[0-9a-fA-F]{128}")}
_SHA_DIR = re.compile(r"[0-9a-f]{64}")




@dataclass
class AttachmentFile:
    bag_path: str
    size: int
    data: bytes | None = None  # kept in memory …
    spool: Path | None = None  # … or in the private temp folder

    def read(self) -> bytes:
        return self.data if self.data is not None else self.spool.read_bytes()


class AttachmentContents(Mapping):
    """sha256 → bytes, read lazily from memory or the private temp folder."""

    def __init__(self, files: dict[str, AttachmentFile]):
        self._files = files

    def __getitem__(self, sha: str) -> bytes:
        return self._files[sha].read()

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)

    def __contains__(self, sha) -> bool:
        return sha in self._files


@dataclass
class OpenedBag:
    path: Path
    top: str
    bagit_version: str
    bag_info: dict[str, list[str]]
    project_json: bytes
    attachments: dict[str, AttachmentFile]
    payload_files: int
    payload_bytes: int
    manifest_sha256: dict[str, str]
    tempdir: Path | None = None
    # project.json in the private temp folder instead of `project_json` (limits.stream_from)
    project_json_file: Path | None = None
    project_json_size: int = 0
    _closed: bool = field(default=False, repr=False)

    def blobs(self) -> AttachmentContents:
        return AttachmentContents(self.attachments)

    def close(self) -> None:
        if not self._closed and self.tempdir is not None:
            shutil.rmtree(self.tempdir, ignore_errors=True)
        self._closed = True

    def __enter__(self) -> "OpenedBag":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_bag(path: Path, *, limits: Limits = DEFAULT_LIMITS,
             meter: Meter | None = None) -> OpenedBag:
    """Check the zip and the bag completely and return what it holds (close it after use)."""
    path = Path(path)
    meter = meter or Meter()
    name = path.name
    if not path.is_file():
        raise BundleError(f"{name}: no such file")
    size = path.stat().st_size
    if size > limits.max_file:
        raise BundleError(f"{name}: {size / GiB:.1f} GB is larger than a bundle may be "
                          f"({limits.max_file / GiB:.0f} GB)")
    tempdir = Path(tempfile.mkdtemp(prefix="digifelt-bundle-"))
    try:
        with open(path, "rb") as raw:
            check_directory(raw, limits, name)
            try:
                zf = zipfile.ZipFile(raw)
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, struct.error,
                    UnicodeDecodeError, NotImplementedError, OverflowError) as exc:
                raise BundleError(f"{name}: not a zip file, or a damaged one ({exc})") from None
            with zf:
                top, members = prescan(zf, limits, name)
                check_layout(raw, zf, name)
                raw.seek(0)
                return _read_bag(path, zf, top, members, limits, meter, tempdir)
    except (BundleError, OperationCancelled):
        shutil.rmtree(tempdir, ignore_errors=True)
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, struct.error, OSError,
            UnicodeDecodeError, NotImplementedError, RuntimeError, OverflowError) as exc:
        shutil.rmtree(tempdir, ignore_errors=True)
        raise BundleError(f"{name}: damaged zip ({exc.__class__.__name__}: {exc})") from None
    except BaseException:
        shutil.rmtree(tempdir, ignore_errors=True)
        raise


# -- 3. streaming and checking -------------------------------------------------------------

def _stream(zf: zipfile.ZipFile, info, sink, algorithms, meter: Meter, name: str) -> dict:
    hashers = {alg: hashlib.new(alg) for alg in algorithms}
    count = 0
    with zf.open(info) as src:
        while True:
            chunk = src.read(MiB)
            if not chunk:
                break
            count += len(chunk)
            if count > info.file_size:
                raise BundleError(f"{name}: refused: {info.orig_filename!r} is larger than "
                                  "it declares")
            for h in hashers.values():
                h.update(chunk)
            if sink is not None:
                sink(chunk)
            meter.advance(len(chunk) >> 10)  # KiB: comparable with the merge's rows
    if count != info.file_size:
        raise BundleError(f"{name}: {info.orig_filename!r} is shorter than it declares")
    return {alg: h.hexdigest() for alg, h in hashers.items()}


def _read_small(zf, info, limits: Limits, meter: Meter, name: str, what: str,
                cap: int) -> tuple[bytes, dict]:
    if info.file_size > cap:
        raise BundleError(f"{name}: {what} is too large ({info.file_size:,} bytes)")
    buf = io.BytesIO()
    digests = _stream(zf, info, buf.write, ("sha256", "sha512"), meter, name)
    return buf.getvalue(), digests


# What str.splitlines() splits at, as UTF-8 (CRLF is one break).
_NOT_LINE_BREAK = bytes(c for c in range(256) if c not in b"\n\r\x0b\x0c\x1c\x1d\x1e")


def _line_breaks(data: bytes) -> int:
    return (len(data.translate(None, _NOT_LINE_BREAK)) - data.count(b"\r\n")
            + data.count("\x85".encode()) + data.count("\u2028".encode())
            + data.count("\u2029".encode()))


def _decode_tag(data: bytes, name: str, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError(f"{name}: {what} is not UTF-8 text") from None


def parse_manifest(text: str, alg: str, name: str, what: str) -> dict[str, str]:
    """path → checksum; paths are decoded as RFC 8493 says (%0A, %0D, %25)."""
    entries: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split(None, 1)
        if len(parts) != 2 or not _HEX[alg].fullmatch(parts[0]):
            raise BundleError(f"{name}: {what} line {n} is malformed")
        path = parts[1].replace("%0A", "\n").replace("%0a", "\n").replace(
            "%0D", "\r").replace("%0d", "\r").replace("%25", "%")
        key = unicodedata.normalize("NFC", path)
        if key in entries:
            raise BundleError(f"{name}: {what} lists {path!r} twice")
        entries[key] = parts[0].lower()
    return entries


def _parse_tags(text: str) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    last = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and last:
            tags[last][-1] += " " + line.strip()
            continue
        key, sep, value = line.partition(":")
        if not sep:
            continue
        last = key.strip()
        tags.setdefault(last, []).append(value.strip())
    return tags


def _check_declared_format(bag_info: dict[str, list[str]], name: str) -> None:
    """bag-info.txt names the format; a version this digifelt does not know is refused
    before anything is read (project.json says the same, but only once parsed)."""
    declared = bag_info.get("Digifelt-Format")
    if declared is None:
        return
    label, _, version = declared[0].partition(" ")
    if label != FORMAT or len(declared) != 1:
        raise BundleError(f"{name}: not a digifelt bundle (bag-info.txt declares "
                          f"{declared[0][:40]!r})")
    if version not in {str(v) for v in READABLE}:
        raise BundleError(f"{name}: bundle format version {version[:20]!r} is not supported "
                          f"(this digifelt reads versions 1 and {VERSION}); update digifelt")


def _read_bag(path: Path, zf, top: str, members: list, limits: Limits, meter: Meter,
              tempdir: Path) -> OpenedBag:
    name = path.name
    rel = {unicodedata.normalize("NFC", m.orig_filename[len(top) + 1:]): m for m in members}
    meter.add_total(sum(m.file_size >> 10 for m in members))
    for other in [r for r in rel if "/" not in r and r not in TAG_FILES]:
        if other == "fetch.txt":
            raise BundleError(f"{name}: refused: fetch.txt (remote payload) is not supported")
        raise BundleError(f"{name}: unexpected file {other!r} in the bag")
    for r in rel:
        if "/" in r and not r.startswith("data/"):
            raise BundleError(f"{name}: unexpected file {r!r} outside the bag's data folder")
    if "bagit.txt" not in rel:
        raise BundleError(f"{name}: not a BagIt bag (bagit.txt is missing)")
    if "manifest-sha256.txt" not in rel:
        raise BundleError(f"{name}: manifest-sha256.txt is missing")
    tag_data, tag_digests = {}, {}
    room = limits.max_tag_file
    for tag in sorted(TAG_FILES & set(rel)):
        tag_data[tag], tag_digests[tag] = _read_small(zf, rel[tag], limits, meter, name, tag,
                                                      room)
        room -= len(tag_data[tag])
        # Each line becomes a string when the file is split: no more lines than members.
        if _line_breaks(tag_data[tag]) > limits.max_entries + 100:
            raise BundleError(f"{name}: {tag} has more lines than the bag has members")
    declaration = _parse_tags(_decode_tag(tag_data["bagit.txt"], name, "bagit.txt"))
    version = (declaration.get("BagIt-Version") or [""])[0]
    encoding = (declaration.get("Tag-File-Character-Encoding") or [""])[0]
    if version not in ("1.0", "0.97") or encoding.upper() != "UTF-8":
        raise BundleError(f"{name}: unsupported BagIt declaration (version {version!r}, "
                          f"encoding {encoding!r})")
    bag_info = _parse_tags(_decode_tag(tag_data.get("bag-info.txt", b""), name,
                                       "bag-info.txt"))
    _check_declared_format(bag_info, name)
    for tm in ("tagmanifest-sha256.txt", "tagmanifest-sha512.txt"):
        if tm not in tag_data:
            continue
        alg = tm[len("tagmanifest-"):-4]
        for tag, expected in parse_manifest(_decode_tag(tag_data[tm], name, tm), alg, name,
                                            tm).items():
            if tag not in tag_data or tag.startswith("tagmanifest-"):
                raise BundleError(f"{name}: {tm} lists {tag!r}, which is not a tag file of "
                                  "the bag")
            if tag_digests[tag][alg] != expected:
                raise BundleError(f"{name}: checksum mismatch for {tag} (the bag was altered "
                                  "or damaged)")
    manifests = {}
    for mf in ("manifest-sha256.txt", "manifest-sha512.txt"):
        if mf in tag_data:
            manifests[mf[len("manifest-"):-4]] = parse_manifest(
                _decode_tag(tag_data[mf], name, mf), mf[len("manifest-"):-4], name, mf)
    payload = {r: m for r, m in rel.items() if r.startswith("data/")}
    for alg, entries in manifests.items():
        for listed in entries:
            if listed not in payload:
                raise BundleError(f"{name}: missing file {listed!r} (listed in "
                                  f"manifest-{alg}.txt)")
        for present in payload:
            if present not in entries:
                raise BundleError(f"{name}: {present!r} is not listed in manifest-{alg}.txt")
    if "data/project.json" not in payload:
        raise BundleError(f"{name}: data/project.json is missing")
    oxum = (bag_info.get("Payload-Oxum") or [None])[0]
    total_payload = sum(m.file_size for m in payload.values())
    if oxum is not None and oxum != f"{total_payload}.{len(payload)}":
        raise BundleError(f"{name}: Payload-Oxum {oxum} does not match the payload "
                          f"({total_payload}.{len(payload)})")
    algorithms = tuple(manifests)
    project_json, attachments, budget = b"", {}, limits.memory_budget
    json_file, json_size = None, 0
    # project.json first: its shape is checked before any attachment is read.
    for n, (r, info) in enumerate(sorted(payload.items(),
                                         key=lambda item: (item[0] != "data/project.json",
                                                           item[0]))):
        parts = r.split("/")
        sink, keep = None, None
        if r == "data/project.json":
            if info.file_size > limits.max_streamed_json:
                raise BundleError(f"{name}: data/project.json is too large "
                                  f"({info.file_size / MiB:,.0f} MB; at most "
                                  f"{limits.max_streamed_json / MiB:,.0f} MB is accepted)")
            if info.file_size >= limits.stream_from:
                json_file = tempdir / "project.json"
                keep = json_file.open("wb")
            else:
                keep = io.BytesIO()
            sink = keep.write
        elif parts[1] == "attachments":
            if len(parts) != 4 or not _SHA_DIR.fullmatch(parts[2]):
                raise BundleError(f"{name}: unexpected attachment path {r!r}")
            if info.file_size <= min(budget, 16 * MiB):
                budget -= info.file_size
                keep = io.BytesIO()
                sink = keep.write
            else:
                spool = tempdir / f"{n:06d}"
                keep = spool.open("wb")
                sink = keep.write
        try:
            digests = _stream(zf, info, sink, algorithms, meter, name)
        finally:
            if keep is not None and not isinstance(keep, io.BytesIO):
                keep.close()
        for alg, entries in manifests.items():
            if digests[alg] != entries[r]:
                raise BundleError(f"{name}: checksum mismatch for {r} (the bag was altered "
                                  "or damaged)")
        if r == "data/project.json":
            json_size = info.file_size
            if isinstance(keep, io.BytesIO):
                project_json = keep.getvalue()
                check_shape(project_json, max_items=limits.max_items)
            keep = None
        elif parts[1] == "attachments":
            sha = digests.get("sha256") or hashlib.sha256(
                keep.getvalue() if isinstance(keep, io.BytesIO) else spool.read_bytes()
            ).hexdigest()
            if sha != parts[2]:
                raise BundleError(f"{name}: {r}: the content does not match its SHA-256 folder")
            if sha not in attachments:
                attachments[sha] = AttachmentFile(
                    r, info.file_size, keep.getvalue() if isinstance(keep, io.BytesIO) else None,
                    None if isinstance(keep, io.BytesIO) else spool)
    return OpenedBag(path, top, version, bag_info, project_json, attachments, len(payload),
                     total_payload, manifests.get("sha256", {}), tempdir, json_file, json_size)
