"""Hostile and broken bundles: each one is refused with one line,
the project file stays byte-for-byte the same, and nothing is left in the temp folder."""

import hashlib
import json
import re
import shutil
import struct
import tempfile
import uuid
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bundle_support import bag_is_valid, digest, populate

from digifelt.exports.bundle import BundleError, Limits, apply_import, export_bundle
from digifelt.exports.bundle.reader import open_bag
from digifelt.exports.bundle.writer import manifest_path

# -- building hostile zips ----------------------------------------------------------------


def read_members(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def write_members(path: Path, members) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicates we make
        with zipfile.ZipFile(path, "w") as zf:
            for info, data in members:
                zf.writestr(info, data)
    return path


def renamed(info: zipfile.ZipInfo, name: str, **attrs) -> zipfile.ZipInfo:
    new = zipfile.ZipInfo(name, date_time=info.date_time)
    new.compress_type = info.compress_type
    new.external_attr = info.external_attr
    for key, value in attrs.items():
        setattr(new, key, value)
    return new


def rebag(src: Path, dst: Path, changes: dict[str, bytes | None], *,
          info_extra: str = "", oxum: bool = True) -> Path:
    """A correctly checksummed bag with changed payload: hostile content, honest bag."""
    members = read_members(src)
    top = members[0][0].filename.split("/")[0]
    payload = {i.filename[len(top) + 1:]: d for i, d in members
               if i.filename[len(top) + 1:].startswith("data/")}
    for rel, data in changes.items():
        if data is None:
            payload.pop(rel, None)
        else:
            payload[rel] = data
    manifest = "".join(f"{hashlib.sha256(d).hexdigest()}  {manifest_path(p)}\n"
                       for p, d in sorted(payload.items())).encode()
    with_oxum, oxum = oxum, f"{sum(len(d) for d in payload.values())}.{len(payload)}"
    bagit_txt = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    info = (f"Payload-Oxum: {oxum}\n" if with_oxum else "") + info_extra
    info = info.encode()
    tags = {"bagit.txt": bagit_txt, "bag-info.txt": info, "manifest-sha256.txt": manifest}
    tagmanifest = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n"
                          for n, d in tags.items()).encode()
    out = [(zipfile.ZipInfo(f"{top}/{p}"), d) for p, d in payload.items()]
    out += [(zipfile.ZipInfo(f"{top}/{n}"), d) for n, d in tags.items()]
    out.append((zipfile.ZipInfo(f"{top}/tagmanifest-sha256.txt"), tagmanifest))
    for info_, _ in out:
        info_.compress_type = zipfile.ZIP_DEFLATED
    return write_members(dst, out)


def edit_json(src: Path, dst: Path, edit) -> Path:
    members = dict((i.filename.split("/", 1)[1], d) for i, d in read_members(src))
    doc = json.loads(members["data/project.json"])
    result = edit(doc)
    raw = result if isinstance(result, bytes) else json.dumps(doc).encode()
    return rebag(src, dst, {"data/project.json": raw})


def central_records(data: bytes):
    """(offset of each central directory record, its name) — for patching fields."""
    eocd = data.rfind(b"PK\x05\x06")
    count, size, start = struct.unpack("<HII", data[eocd + 10:eocd + 20])
    pos, out = start, []
    for _ in range(count):
        n, m, k = struct.unpack("<HHH", data[pos + 28:pos + 34])
        out.append((pos, data[pos + 46:pos + 46 + n]))
        pos += 46 + n + m + k
    return out


def patch_central(path: Path, member_suffix: str, **fields) -> Path:
    """Overwrite fields of one member's central directory record (sizes, offset)."""
    data = bytearray(path.read_bytes())
    offsets = {"flag_bits": (8, "<H"), "compress_size": (20, "<I"), "file_size": (24, "<I"),
               "header_offset": (42, "<I")}
    for pos, name in central_records(bytes(data)):
        if name.decode("utf-8", "replace").endswith(member_suffix):
            for key, value in fields.items():
                at, fmt = offsets[key]
                struct.pack_into(fmt, data, pos + at, value)
            break
    else:
        raise AssertionError(member_suffix)
    path.write_bytes(bytes(data))
    return path


def replace_bytes(path: Path, old: bytes, new: bytes) -> Path:
    assert len(old) == len(new)
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new))
    return path


# -- the cases ----------------------------------------------------------------------------
# Each builds a hostile zip from a valid bundle; (file, limits or None, expected message).

def _rename_first_payload(name_of):
    def build(src, dst):
        members = read_members(src)
        top = members[0][0].filename.split("/")[0]
        out = []
        for info, data in members:
            if info.filename.endswith("evidence.csv"):
                info = renamed(info, name_of(top))
            out.append((info, data))
        return write_members(dst, out), None
    return build


def _name_with_byte(char: bytes):
    def build(src, dst):
        members = read_members(src)
        out = [(renamed(i, i.filename.replace("evidence.csv", "evidenceXcsv"))
                if i.filename.endswith("evidence.csv") else i, d) for i, d in members]
        write_members(dst, out)
        return replace_bytes(dst, b"evidenceXcsv", b"evidence" + char + b"csv"), None
    return build


def _duplicate(make_second):
    def build(src, dst):
        members = read_members(src)
        csv_info, csv_data = next((i, d) for i, d in members if i.filename.endswith(".csv"))
        return write_members(dst, [*members, (renamed(csv_info, make_second(
            csv_info.filename)), csv_data)]), None
    return build


def _with_attr(**attrs):
    def build(src, dst):
        out = [(renamed(i, i.filename, **attrs) if i.filename.endswith(".csv") else i, d)
               for i, d in read_members(src)]
        return write_members(dst, out), None
    return build


def _encrypted(src, dst):
    shutil.copy(src, dst)
    return patch_central(dst, "evidence.csv", flag_bits=0x1), None


def _ratio_bomb(src, dst):
    members = read_members(src)
    top = members[0][0].filename.split("/")[0]
    info = zipfile.ZipInfo(f"{top}/data/zeros.bin")
    info.compress_type = zipfile.ZIP_DEFLATED
    return write_members(dst, [*members, (info, bytes(3 * 2 ** 20))]), None


def _declared_huge(src, dst):
    shutil.copy(src, dst)
    return patch_central(dst, "evidence.csv", file_size=3 * 2 ** 30), None


def _declared_total(src, dst):
    return Path(shutil.copy(src, dst)), Limits(max_total=1000)


def _forged_smaller(src, dst):
    members = read_members(src)
    out = [(renamed(i, i.filename, compress_type=zipfile.ZIP_STORED), d) for i, d in members]
    write_members(dst, out)
    return patch_central(dst, "project.json", file_size=100, compress_size=100), None


def _forged_crc(src, dst):
    """Declared smaller than it is, and no Payload-Oxum to give it away: zipfile stops at
    the declared size and the CRC check fails."""
    rebag(src, dst, {}, oxum=False)
    members = read_members(dst)
    write_members(dst, [(renamed(i, i.filename, compress_type=zipfile.ZIP_STORED), d)
                        for i, d in members])
    return patch_central(dst, "project.json", file_size=100, compress_size=100), None


def _nfc_duplicate(src, dst):
    members = read_members(src)
    top = members[0][0].filename.split("/")[0]
    return write_members(dst, [*members, (zipfile.ZipInfo(f"{top}/data/caf\u00e9.txt"), b"1"),
                               (zipfile.ZipInfo(f"{top}/data/cafe\u0301.txt"), b"2")]), None


def _overlap(src, dst):
    shutil.copy(src, dst)
    records = central_records(dst.read_bytes())
    first = struct.unpack("<I", dst.read_bytes()[records[0][0] + 42:records[0][0] + 46])[0]
    return patch_central(dst, records[1][1].decode(), header_offset=first), None


def _too_many(src, dst):
    return Path(shutil.copy(src, dst)), Limits(max_entries=5)


def _too_big_file(src, dst):
    return Path(shutil.copy(src, dst)), Limits(max_file=1000)


def _truncated(src, dst):
    data = src.read_bytes()
    dst.write_bytes(data[:len(data) // 2])
    return dst, None


def _not_a_zip(src, dst):
    dst.write_bytes(b"this is not a zip file at all" * 10)
    return dst, None


def _drop(suffix):
    def build(src, dst):
        return write_members(dst, [(i, d) for i, d in read_members(src)
                                   if not i.filename.endswith(suffix)]), None
    return build


def _add_member(rel, data=b"extra"):
    def build(src, dst):
        members = read_members(src)
        top = members[0][0].filename.split("/")[0]
        return write_members(dst, [*members, (zipfile.ZipInfo(f"{top}/{rel}"), data)]), None
    return build


def _altered(suffix, old, new):
    def build(src, dst):
        out = []
        for info, data in read_members(src):
            if info.filename.endswith(suffix):
                data = data.replace(old, new, 1)
                assert old in read_members(src)[[i.filename for i, _ in read_members(src)]
                                                .index(info.filename)][1]
            out.append((info, data))
        return write_members(dst, out), None
    return build


def _json(edit):
    def build(src, dst):
        return edit_json(src, dst, edit), None
    return build


def _first(doc, key):
    return doc[key][0]


def _missing_ref(doc):
    next(x for x in doc["excerpts"] if x["entry_id"])["entry_id"] = str(uuid.uuid4())


def _duplicate_id(doc):
    doc["excerpts"][1]["id"] = doc["excerpts"][0]["id"]


def _offsets(doc):
    ex = next(x for x in doc["excerpts"] if x["entry_id"])
    ex["start"] += 1


def _attachment_missing(src, dst):
    members = dict((i.filename.split("/", 1)[1], d) for i, d in read_members(src))
    victim = next(p for p in members if p.startswith("data/attachments/"))
    return rebag(src, dst, {victim: None}), None


def _attachment_wrong_folder(src, dst):
    members = dict((i.filename.split("/", 1)[1], d) for i, d in read_members(src))
    victim = next(p for p in members if p.startswith("data/attachments/"))
    moved = f"data/attachments/{'0' * 64}/{victim.rsplit('/', 1)[1]}"
    return rebag(src, dst, {victim: None, moved: members[victim]}), None


def _oxum(src, dst):
    rebag(src, dst, {})
    members = read_members(dst)
    out = []
    for info, data in members:
        if info.filename.endswith("bag-info.txt"):
            data = re.sub(rb"Payload-Oxum: \d+", b"Payload-Oxum: 1", data)
        out.append((info, data))
    # Keep the tag manifest honest, so only the Oxum is wrong.
    tags = {i.filename.split("/", 1)[1]: d for i, d in out}
    tm = "".join(f"{hashlib.sha256(tags[n]).hexdigest()}  {n}\n"
                 for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")).encode()
    out = [(i, tm if i.filename.endswith("tagmanifest-sha256.txt") else d) for i, d in out]
    return write_members(dst, out), None


def _bagit_version(src, dst):
    out = [(i, b"BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n"
            if i.filename.endswith("/bagit.txt") else d) for i, d in read_members(src)]
    write_members(dst, out)
    return dst, None


def _bad_utf8_name(src, dst):
    members = read_members(src)
    out = [(renamed(i, i.filename.replace("evidence.csv", "evidence-é.csv"))
            if i.filename.endswith("evidence.csv") else i, d) for i, d in members]
    write_members(dst, out)
    return replace_bytes(dst, "evidence-é.csv".encode(), b"evidence-\xff\xfe.csv"), None


CASES = {
    "path-traversal": (_rename_first_payload(lambda top: f"{top}/data/../../evil.csv"),
                       "climbs out"),
    "absolute-path": (_rename_first_payload(lambda top: f"/{top}/data/evidence.csv"),
                      "absolute path"),
    "drive-letter": (_rename_first_payload(lambda top: f"C:/{top}/data/evidence.csv"),
                     "drive letter"),
    "unc-path": (_rename_first_payload(lambda top: f"//server/share/{top}/evidence.csv"),
                 "UNC"),
    "backslash": (_rename_first_payload(lambda top: f"{top}\\data\\evidence.csv"),
                  "backslash"),
    "nul-in-name": (_name_with_byte(b"\x00"), "NUL"),
    "control-char-in-name": (_name_with_byte(b"\x1b"), "control characters"),
    "outside-top-folder": (_rename_first_payload(lambda top: "other/data/evidence.csv"),
                           "single top folder"),
    "file-at-zip-root": (_rename_first_payload(lambda top: "evidence.csv"),
                         "single top folder"),
    "duplicate-name": (_duplicate(lambda n: n), "duplicate"),
    "case-folded-duplicate": (_duplicate(lambda n: n.replace("evidence", "EVIDENCE")),
                              "duplicate"),
    "nfc-duplicate": (_nfc_duplicate, "duplicate"),
    "symlink": (_with_attr(external_attr=0o120777 << 16), "symbolic link"),
    "fifo": (_with_attr(external_attr=0o010644 << 16), "special file"),
    "encrypted": (_encrypted, "encrypted"),
    "bzip2": (_with_attr(compress_type=zipfile.ZIP_BZIP2), "compression"),
    "invalid-utf8-name": (_bad_utf8_name, None),
    "too-many-entries": (_too_many, "at most 5"),
    "declared-size-too-large": (_declared_huge, "declares"),
    "declared-total-too-large": (_declared_total, "in total"),
    "compression-ratio-bomb": (_ratio_bomb, "zip bomb"),
    "forged-smaller-size": (_forged_smaller, None),
    "forged-size-crc": (_forged_crc, "damaged zip"),
    "overlapping-members": (_overlap, None),
    "file-too-large": (_too_big_file, "larger than a bundle may be"),
    "truncated-zip": (_truncated, "zip"),
    "not-a-zip": (_not_a_zip, "not a zip"),
    "checksum-mismatch": (_altered("project.json", b'"Kartlegging"', b'"Kartleggin!"'),
                          "checksum mismatch"),
    "tag-file-altered": (_altered("bag-info.txt", b"Digifelt-Pseudonymised: no",
                                  b"Digifelt-Pseudonymised: yes"), "checksum mismatch"),
    "missing-payload-file": (_drop("evidence.csv"), "missing file"),
    "unlisted-payload-file": (_add_member("data/extra.txt"), "not listed"),
    "missing-bagit-txt": (_drop("/bagit.txt"), "bagit.txt"),
    "missing-manifest": (_drop("/manifest-sha256.txt"), "manifest-sha256.txt"),
    "fetch-txt": (_add_member("fetch.txt", b"http://example.invalid/x 10 data/x\n"),
                  "fetch.txt"),
    "unexpected-tag-dir": (_add_member("other/readme.txt"), "outside the bag's data"),
    "wrong-bagit-version": (_bagit_version, "BagIt declaration"),
    "payload-oxum-mismatch": (_oxum, "Payload-Oxum"),
    "invalid-json": (_json(lambda d: b"{not json"), "not valid JSON"),
    "json-nan": (_json(lambda d: b'{"format": NaN}'), "not valid JSON"),
    "json-duplicate-key": (_json(lambda d: b'{"format": 1, "format": 2}'), "duplicate key"),
    "json-too-deep": (_json(lambda d: b"[" * 200_000 + b"]" * 200_000), "nested too deeply"),
    "not-utf8-json": (_json(lambda d: b"\xff\xfe{}"), "UTF-8"),
    "json-nul-escape": (_json(lambda d: _first(d, "excerpts").__setitem__("memo", "a\x00b")),
                        "NUL"),
    "json-lone-surrogate": (_json(lambda d: json.dumps(d).replace(
        '"Kartlegging"', '"Kartlegging\\ud800"').encode()), "surrogate"),
    "schema-violation": (_json(lambda d: d.pop("rubric")), "'rubric' is a required"),
    "wrong-type": (_json(lambda d: _first(d, "excerpts").__setitem__("starred", "yes")),
                   r"excerpts\[0\]\.starred"),
    "not-a-digifelt-bundle": (_json(lambda d: d.__setitem__("format", "other")),
                              "not a digifelt bundle"),
    "unknown-format-version": (_json(lambda d: d.__setitem__("version", 3)),
                               "format version 3"),
    "reference-to-missing-object": (_json(_missing_ref), "refers to a missing entry"),
    "duplicate-ids": (_json(_duplicate_id), "duplicate id"),
    "excerpt-offsets-wrong": (_json(_offsets), "does not match its entry"),
    "attachment-file-missing": (_attachment_missing, "missing from the bag"),
    "attachment-in-wrong-folder": (_attachment_wrong_folder, "SHA-256 folder"),
}


@pytest.fixture(scope="module")
def valid_bundle(tmp_path_factory):
    from digifelt.core.services.projects import create_project
    from digifelt.core.template import find_template

    folder = tmp_path_factory.mktemp("valid")
    db = create_project(folder / "source.digifelt",
                        template=find_template("digital-ståstedskartlegging-kommune"),
                        title="Kartlegging", organisation="Fjellvik kommune")
    populate(db)
    db.close()
    export_bundle(folder / "source.digifelt", folder / "valid.zip")
    bag_is_valid(folder / "valid.zip", folder)
    return folder / "valid.zip"


def _temp_leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("digifelt-bundle-*")}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_bundle_is_refused_and_changes_nothing(case, tmp_path, project, valid_bundle):
    build, expected = CASES[case]
    hostile, limits = build(valid_bundle, tmp_path / f"{case}.zip")
    project.close()
    before, files_before = digest(project.path), sorted(project.path.parent.iterdir())
    temp_before = _temp_leftovers()
    with pytest.raises(BundleError) as caught:
        apply_import(project.path, hostile, limits=limits or Limits())
    message = str(caught.value)
    assert "\n" not in message
    assert message.isprintable()
    assert len(message) <= 400
    if expected:
        assert re.search(expected, message), message
    assert digest(project.path) == before
    assert sorted(project.path.parent.iterdir()) == files_before
    assert _temp_leftovers() == temp_before
    # Creating a new project from it is refused the same way, leaving no file behind.
    fresh = tmp_path / "fresh.digifelt"
    with pytest.raises(BundleError):
        apply_import(fresh, hostile, limits=limits or Limits())
    assert not list(tmp_path.glob("*fresh*"))


def test_the_valid_bundle_passes(valid_bundle, project):
    with open_bag(valid_bundle) as bag:
        assert bag.payload_files >= 5
    result = apply_import(project.path.with_name("ok.digifelt"), valid_bundle)
    assert result.creates_project


NASTY = ["../x", "..\\x", "/etc/passwd", "C:\\x", "C:/x", "//srv/s", "a/../../b", "a/./b",
         "a//b", "x\x00y", "x\x1by", "top/data/ok.txt", "TOP/data/OK.TXT", "top/bagit.txt",
         "top/", "top/data/", "top/data/attachments/ab/c", "é", "e\u0301", "\u202e", "💾",
         "top/data/project.json", "top/manifest-sha256.txt", "a" * 300]


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(members=st.lists(st.tuples(
    st.one_of(st.sampled_from(NASTY), st.text(min_size=1, max_size=20)),
    st.binary(max_size=64), st.sampled_from([0, 0o120777 << 16, 0o100644 << 16]),
    st.integers(0, 3)), min_size=0, max_size=6))
def test_fuzzed_zips_only_ever_raise_bundle_error(tmp_path, members):
    """Random members, nasty names, lying sizes: BundleError or a valid bag, nothing else."""
    path = tmp_path / "fuzz.zip"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w") as zf:
            for name, data, attr, method in members:
                info = zipfile.ZipInfo(name)
                info.external_attr = attr
                info.compress_type = (zipfile.ZIP_DEFLATED if method % 2 else
                                      zipfile.ZIP_STORED)
                try:
                    zf.writestr(info, data)
                except (ValueError, UnicodeEncodeError):
                    continue
    if members and members[0][3] == 3:  # lie about a size
        data = bytearray(path.read_bytes())
        records = central_records(bytes(data))
        if records:
            struct.pack_into("<I", data, records[0][0] + 24, 7)
            path.write_bytes(bytes(data))
    before = _temp_leftovers()
    message = ""
    try:
        with open_bag(path):
            pass
    except BundleError as exc:
        message = str(exc)
    assert "\n" not in message
    assert _temp_leftovers() == before
