"""Any bundle is refused, or verified and imported, within a few hundred MB.

Hostile project.json documents (honest bags around them) are checked by the real CLI in a
child process under a 1 GB address-space cap: refused with one line and exit status 1,
no traceback, the project byte for byte as it was, and the child's peak memory measured.
The counting of keys and values on raw bytes is checked against the parsed document on
generated JSON.
"""

import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

import pytest
from bundle_json_bombs import (
    bombs,
    mostly_line_breaks,
    padding,
    read_bag,
    repeat,
    with_unknown_fields,
    write_bundle,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bundle_support import (  # noqa: F401  (fixtures)
    small_demo_file_fixture,
    small_demo_fixture,
)

from digifelt.exports.bundle import BundleError, Limits, export_bundle
from digifelt.exports.bundle.jsonshape import check_shape, count_items
from digifelt.exports.bundle.reader import DEFAULT_LIMITS, open_bag

ADDRESS_SPACE = 1 << 30
PEAK_MB = 400


def _cap_memory():
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


# The child reports its own peak: rusage of a forked child also counts the pages it shared
# with this (large) test process before exec.
_CHILD = """
import atexit, os, sys
def peak():
    with open("/proc/self/status") as status, open(os.environ["PEAK_FILE"], "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(peak)
from digifelt.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_capped(*args) -> tuple[int, str, str, float]:
    """(exit status, stdout, stderr, peak RSS in MB) of `digifelt ARGS` under the cap."""
    with tempfile.TemporaryDirectory() as folder:
        peak_file = Path(folder) / "peak"
        proc = subprocess.run([sys.executable, "-c", _CHILD, *map(str, args)],
                              capture_output=True, preexec_fn=_cap_memory, timeout=300,
                              env={**os.environ, "PEAK_FILE": str(peak_file)})
        peak = int(peak_file.read_text()) / 1024
    return (proc.returncode, proc.stdout.decode(errors="replace"),
            proc.stderr.decode(errors="replace"), peak)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused(status: int, out: str, err: str, wanted: str) -> None:
    lines = (out + err).strip().splitlines()
    assert status == 1, (out, err[-2000:])
    assert len(lines) == 1, lines[:5]
    assert lines[0].startswith("digifelt: error: "), lines[0]
    assert wanted in lines[0], lines[0]
    assert "Traceback" not in err
    assert "MemoryError" not in err


@pytest.fixture(scope="module")
def demo_bundle(tmp_path_factory, small_demo_file) -> Path:
    out = tmp_path_factory.mktemp("bundle") / "demo.zip"
    export_bundle(small_demo_file, out)
    return out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, demo_bundle) -> dict[str, tuple[Path, bool]]:
    """name → (bundle, should it be accepted?), built once for the module."""
    folder = tmp_path_factory.mktemp("bombs")
    original = read_bag(demo_bundle)[1]["data/project.json"]
    made = {}
    for name, (value, accepted) in bombs(DEFAULT_LIMITS.max_items,
                                         DEFAULT_LIMITS.max_json).items():
        path = write_bundle(demo_bundle, folder / f"{name}.zip",
                            with_unknown_fields(original, {"zz_" + name: value}))
        made[name] = (path, accepted)
    return made


REFUSED = {
    "tiny-objects-over": "keys and values",
    "tiny-arrays-over": "keys and values",
    "numbers-over": "keys and values",
    "unknown-keys-over": "keys and values",
    "empty-strings-over": "keys and values",
    "backslash-strings-over": "keys and values",
    "nested-deep": "nested too deeply",
    "string-200MB": "too large",
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_verify_refuses_with_one_line_in_little_memory(hostile, name):
    path, accepted = hostile[name]
    assert not accepted
    # The bag itself is sound: only what project.json holds is refused.
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
    status, out, err, peak = run_capped("bundle", "verify", path)
    assert_refused(status, out, err, REFUSED[name])
    assert peak < PEAK_MB


READ_PAST = {"tiny-objects-over", "unknown-keys-over"}  # large: streamed


@pytest.mark.parametrize("name", ["tiny-objects-over", "unknown-keys-over", "nested-deep",
                                  "string-200MB"])
def test_import_refuses_and_changes_nothing(hostile, small_demo, tmp_path, name):
    before = sha256(small_demo)
    status, out, err, peak = run_capped("bundle", "import", small_demo, hostile[name][0])
    if name in READ_PAST:
        # A large project.json streams in, into a new project or (through a scratch
        # project) into this one: a top-level key no digifelt reads is read past without
        # being held, so it costs no memory and is ignored, as unknown fields are.
        assert status == 0, (out, err[-2000:])
        assert "0 new, 0 updated, 0 deleted" in out
        assert peak < PEAK_MB
    else:
        assert_refused(status, out, err, REFUSED[name])
        assert sha256(small_demo) == before
        assert sorted(p.name for p in small_demo.parent.iterdir()) == ["demo.digifelt"]
    fresh = tmp_path / "new.digifelt"
    status, out, err, peak = run_capped("bundle", "import", fresh, hostile[name][0])
    if name in READ_PAST:
        assert status == 0, (out, err[-2000:])
        assert fresh.exists()
        assert peak < PEAK_MB
    else:
        assert_refused(status, out, err, REFUSED[name])
        assert not fresh.exists()


ACCEPTED = ["tiny-objects-under", "keys-of-objects-under", "distinct-strings-under",
            "emoji-string-just-under-cap", "commas-in-text", "nested-200"]


@pytest.mark.parametrize("name", ACCEPTED)
def test_largest_acceptable_documents_verify_in_little_memory(hostile, name):
    """Just under the caps, the most expensive shapes still fit: the caps are not too high."""
    path, accepted = hostile[name]
    assert accepted
    status, out, err, peak = run_capped("bundle", "verify", path)
    assert status == 0, err[-2000:]
    assert out.startswith(f"{path.name}: ok")
    assert peak < PEAK_MB, f"{name}: {peak:.0f} MB"


def test_largest_acceptable_document_imports_in_little_memory(hostile, small_demo):
    status, out, err, peak = run_capped("bundle", "import", small_demo,
                                        hostile["keys-of-objects-under"][0])
    assert status == 0, err[-2000:]
    assert " 0 new" in out
    assert peak < PEAK_MB, f"{peak:.0f} MB"


def test_the_demo_bundle_still_verifies_and_imports(demo_bundle, tmp_path):
    status, out, err, _ = run_capped("bundle", "verify", demo_bundle)
    assert status == 0, err
    fresh = tmp_path / "copy.digifelt"
    status, out, err, _ = run_capped("bundle", "import", fresh, demo_bundle)
    assert status == 0, err
    assert fresh.exists()


@pytest.mark.slow
def test_large_demo_verifies_and_imports_in_little_memory(tmp_path):
    from digifelt.core.demo import generate_demo

    demo = tmp_path / "large.digifelt"
    generate_demo(demo, size="large", seed=1)
    bundle = tmp_path / "large.zip"
    export_bundle(demo, bundle)
    raw = read_bag(bundle)[1]["data/project.json"]
    # The caps stay well above the large demo.
    assert len(raw) * 1.5 < DEFAULT_LIMITS.max_json
    assert count_items(raw) * 1.5 < DEFAULT_LIMITS.max_items
    status, out, err, peak = run_capped("bundle", "verify", bundle)
    assert status == 0, err
    assert peak < PEAK_MB
    status, out, err, peak = run_capped("bundle", "import", tmp_path / "copy.digifelt",
                                        bundle)
    assert status == 0, err
    assert peak < PEAK_MB


# -- the bag around project.json -----------------------------------------------------------

@pytest.mark.parametrize(("declared", "wanted"), [
    ("digifelt-bundle 99", "format version '99' is not supported"),
    ("digifelt-bundle 3", "format version '3' is not supported"),
    ("digifelt-bundle", "format version '' is not supported"),
    ("something-else 1", "not a digifelt bundle"),
])
def test_unknown_format_in_bag_info_is_refused(demo_bundle, small_demo, tmp_path, declared,
                                               wanted):
    path = write_bundle(demo_bundle, tmp_path / "future.zip",
                        info_changes={"Digifelt-Format": declared})
    before = sha256(small_demo)
    status, out, err, _ = run_capped("bundle", "import", small_demo, path)
    assert_refused(status, out, err, wanted)
    assert sha256(small_demo) == before


def test_bag_info_without_a_format_line_is_still_read(demo_bundle, tmp_path):
    """Other BagIt tools do not write the line; project.json's own version still counts."""
    path = write_bundle(demo_bundle, tmp_path / "plain.zip",
                        info_changes={"Digifelt-Format": None})
    with open_bag(path) as bag:
        assert "Digifelt-Format" not in bag.bag_info
    status, out, err, _ = run_capped("bundle", "verify", path)
    assert status == 0, err


def test_many_small_compressible_attachments_are_refused(demo_bundle, tmp_path):
    """Members under 1 MB are exempt from the ratio one by one, not in total."""
    block = b"\0" * (512 << 10)
    extra = {}
    for n in range(40):
        data = block + n.to_bytes(4, "big")
        sha = hashlib.sha256(data).hexdigest()
        extra[f"data/attachments/{sha}/zeros-{n}.bin"] = [data]
    path = write_bundle(demo_bundle, tmp_path / "zeros.zip", extra_payload=extra)
    with pytest.raises(BundleError, match="expand more than 100 times in total"):
        open_bag(path)


def test_a_tag_file_of_millions_of_lines_is_refused(demo_bundle, small_demo, tmp_path):
    """Splitting 20 MB of line breaks into lines would take gigabytes of empty strings."""
    top, members = read_bag(demo_bundle)
    info = members["bag-info.txt"] + mostly_line_breaks(20 << 20)
    path = write_bundle(demo_bundle, tmp_path / "lines.zip",
                        tag_changes={"bag-info.txt": info})
    with zipfile.ZipFile(path) as zf:
        member = zf.getinfo(f"{top}/bag-info.txt")
        assert member.file_size < DEFAULT_LIMITS.max_ratio * member.compress_size
    before = sha256(small_demo)
    status, out, err, peak = run_capped("bundle", "import", small_demo, path)
    assert_refused(status, out, err, "bag-info.txt has more lines than the bag has members")
    assert sha256(small_demo) == before
    assert peak < 200


def test_tag_files_over_their_joint_cap_are_refused(demo_bundle, tmp_path):
    top, members = read_bag(demo_bundle)
    info = members["bag-info.txt"] + b"X-Padding: " + b"".join(
        padding(DEFAULT_LIMITS.max_tag_file, quoted=False)) + b"\n"
    path = write_bundle(demo_bundle, tmp_path / "bigtags.zip",
                        tag_changes={"bag-info.txt": info})
    with pytest.raises(BundleError, match="bag-info.txt is too large"):
        open_bag(path)


def _many_members(path: Path, count: int, name_length: int = 8) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("b/bagit.txt", "BagIt-Version: 1.0\n")
        for n in range(count):
            zf.writestr(zipfile.ZipInfo(f"b/data/{n:0{name_length}d}"), b"")
    return path


def test_members_are_counted_before_the_zip_directory_is_parsed(tmp_path, monkeypatch):
    """ZipFile() would build an object per member first: a few hundred bytes each."""
    path = _many_members(tmp_path / "many.zip", 3000)

    def never(*_args, **_kwargs):
        raise AssertionError("the zip directory was parsed")

    monkeypatch.setattr(zipfile, "ZipFile", never)
    with pytest.raises(BundleError, match="3001 members; a bundle may have at most 1000"):
        open_bag(path, limits=Limits(max_entries=1000))


def test_a_zip_directory_larger_than_its_members_need_is_refused(tmp_path):
    path = _many_members(tmp_path / "long.zip", 3000, name_length=400)
    with pytest.raises(BundleError, match="zip directory of .* bytes is larger than 10 members"):
        open_bag(path, limits=Limits(max_entries=10))


def test_no_member_may_be_larger_than_an_attachment_may_be():
    """Import writes each attachment whole: the cap on one is the app's own cap."""
    from digifelt.core.services.attachments import MAX_ATTACHMENT

    assert DEFAULT_LIMITS.max_member == MAX_ATTACHMENT


# -- what verify says about pseudonymisation -----------------------------------------------

def _rewritten(demo_bundle: Path, dst: Path, change) -> Path:
    original = json.loads(read_bag(demo_bundle)[1]["data/project.json"])
    change(original)
    return write_bundle(demo_bundle, dst, [json.dumps(original).encode()])


def test_verify_reports_pseudonymisation_as_declared(demo_bundle, tmp_path):
    def declare(doc):
        doc["pseudonymised"] = True
        for p in doc["participants"]:
            p["name"] = p["role"] = None
        for a in doc["assessors"]:
            a["name"] = a["initials"] or "X"
            a["initials"] = a["name"]

    status, out, _, _ = run_capped("bundle", "verify", _rewritten(demo_bundle,
                                                                   tmp_path / "p.zip", declare))
    assert status == 0
    assert "declares itself pseudonymised" in out
    assert ", pseudonymised" not in out
    assert " but " not in out


def test_verify_says_when_a_pseudonymised_bundle_holds_names(demo_bundle, tmp_path):
    doc = json.loads(read_bag(demo_bundle)[1]["data/project.json"])
    named = sum(1 for p in doc["participants"] if p.get("name") or p.get("role"))
    assert named > 0

    def lie(doc):
        doc["pseudonymised"] = True

    status, out, _, _ = run_capped("bundle", "verify", _rewritten(demo_bundle,
                                                                   tmp_path / "l.zip", lie))
    assert status == 0
    assert f"declares itself pseudonymised, but {named} participant(s) have a name" in out


# -- counting keys and values on raw bytes ---------------------------------------------------

def _items(value) -> int:
    if isinstance(value, dict):
        return 1 + sum(1 + _items(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(_items(v) for v in value)
    return 1


_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12) | \
    st.sampled_from(['"', "\\", '\\"', ",", ":", "{", "[", "}", "]", "\"{[,:\\"])
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False,
                                                           allow_infinity=False) | _text,
    lambda children: st.lists(children, max_size=6) | st.dictionaries(_text, children,
                                                                      max_size=6),
    max_leaves=60)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_json, st.booleans(), st.booleans())
def test_counting_on_bytes_matches_the_parsed_document(value, ascii_only, spaced):
    raw = json.dumps(value, ensure_ascii=ascii_only,
                     separators=(", ", ": ") if spaced else (",", ":")).encode()
    exact = _items(json.loads(raw))
    counted = count_items(raw)
    # Exact for compact JSON; spaces inside empty containers only make it count more.
    assert counted == exact if not spaced else exact <= counted
    check_shape(raw, max_items=counted)  # never refuses what fits
    if exact > 1:
        with pytest.raises(BundleError, match="keys and values"):
            check_shape(raw, max_items=exact - 1)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_counting_any_bytes_ends_and_never_fails(raw):
    assert count_items(raw) >= 1
    # Garbage may be refused either way (the parser would refuse it anyway), but only
    # ever with the one message, and never more leniently than the exact count says.
    try:
        check_shape(raw, max_items=5)
        message = None
    except BundleError as exc:
        message = str(exc)
    assert message is None or "keys and values" in message
    if count_items(raw) > 5:
        assert message is not None


def test_texts_full_of_commas_are_not_counted_as_values():
    raw = b'{"note":"' + b",:{[" * 1_000_000 + b'"}'
    assert count_items(raw) == 3
    check_shape(raw, max_items=3)


def test_a_flood_of_tiny_texts_is_refused_before_it_is_cut_apart():
    raw = b"[" + b"".join(repeat(b'""', 3_000_000)) + b"]"
    with pytest.raises(BundleError, match="more than 1,000,000 keys and values"):
        check_shape(raw, max_items=1_000_000)


def test_padding_keeps_the_ratio_under_the_zip_limit():
    """The hostile bundles only test project.json if the zip checks let them through."""
    data = b"".join(padding(8 << 20))
    assert 10 < len(data) / len(zlib.compress(data, 1)) < DEFAULT_LIMITS.max_ratio
