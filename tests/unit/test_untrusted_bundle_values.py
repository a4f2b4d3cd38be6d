"""A bundle can bring in only what the services would accept: values they refuse are refused
with one line (by verify as well as import), the project stays byte-identical and no file is
left; attachment names are made safe; two imports creating one file do not trip each other."""

import copy
import json
import secrets
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bundle_hostile import edit_json
from test_bundle_support import digest, populate

from digifelt.core.filenames import is_safe_filename, safe_filename
from digifelt.core.services.check import check_project
from digifelt.errors import ProjectFileError
from digifelt.exports.bundle import (
    BundleError,
    apply_import,
    export_bundle,
    importer,
    verify_bundle,
)


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A populated project, a copy of it as it was before, and its bundle."""
    from digifelt.core.services.projects import create_project
    from digifelt.core.template import find_template

    folder = tmp_path_factory.mktemp("values")
    db = create_project(folder / "source.digifelt",
                        template=find_template("digital-ståstedskartlegging-kommune"),
                        title="Kartlegging", organisation="Fjellvik kommune")
    shutil.copy(folder / "source.digifelt", folder / "empty-copy.digifelt")
    made = populate(db)
    db.close()
    export_bundle(folder / "source.digifelt", folder / "valid.zip")
    return {"folder": folder, "bundle": folder / "valid.zip", "made": made,
            "empty_copy": folder / "empty-copy.digifelt"}


def _doc(bundle: Path) -> dict:
    import zipfile

    with zipfile.ZipFile(bundle) as zf:
        name = next(n for n in zf.namelist() if n.endswith("/data/project.json"))
        return json.loads(zf.read(name))


def _excerpt(doc, *, span: bool) -> dict:
    return next(x for x in doc["excerpts"] if (x.get("start") is not None) == span)


def _activity(doc, kind: str) -> dict:
    return next(a for a in doc["activities"] if a["kind"] == kind)


def _set(getter, key, value):
    def edit(doc):
        getter(doc)[key] = value
    return edit


def _future(days: float) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _raw_number(getter, key, literal: bytes):
    """JSON with a number Python's json.dumps cannot write (1e999)."""
    def edit(doc):
        getter(doc)[key] = 123456.25
        raw = json.dumps(doc).encode()
        assert raw.count(b"123456.25") == 1
        return raw.replace(b"123456.25", literal)
    return edit


def _upper_case_twin(doc):
    twin = copy.deepcopy(_activity(doc, "interview"))
    twin["id"], twin["entries"] = twin["id"].upper(), []
    doc["activities"].append(twin)


def _attachment_of_entry_moved(doc):
    att = next(a for a in doc["attachments"] if a.get("entry_id"))
    att["activity_id"] = _activity(doc, "document_review")["id"]


def _document_file_moved(doc):
    pdf = _activity(doc, "document_review")["document"]["attachment_id"]
    att = next(a for a in doc["attachments"] if a["id"] == pdf)
    att["activity_id"] = _activity(doc, "interview")["id"]


def _span_excerpt_cites_other_file(doc):
    pdf = _activity(doc, "document_review")["document"]["attachment_id"]
    _excerpt(doc, span=True)["attachment_id"] = pdf


def _empty_span(doc):
    ex = _excerpt(doc, span=True)
    ex["end"], ex["text"] = ex["start"], ""


def _first_indicator(doc):
    return doc["rubric"]["areas"][0]["indicators"][0]


def _interview(doc):
    return _activity(doc, "interview")


def _entry(doc):
    return _interview(doc)["entries"][0]


def _finding(doc):
    return doc["findings"][0]


CASES = {
    "level-off-scale": (_set(_finding, "level", 999), "level 999 is not on the scale"),
    "level-negative": (_set(_finding, "level", -(2 ** 62)), "is not on the scale"),
    "level-too-big": (_set(_finding, "level", 2 ** 64), r"findings\[0\]\.level"),
    "headcount-2^64": (_set(_interview, "headcount", 2 ** 64), "headcount"),
    "order-2^70": (_set(_first_indicator, "order", 2 ** 70), "order"),
    "page-10^30": (_set(lambda d: _excerpt(d, span=False), "page", 10 ** 30), "page"),
    "scale-value-2^63": (_set(lambda d: d["rubric"]["scale"][0], "value", 2 ** 63), "value"),
    "start-negative-huge": (_set(lambda d: _excerpt(d, span=True), "start", -(2 ** 64)),
                            "start"),
    "offset-inf": (_raw_number(_entry, "offset_s", b"1e999"), "offset_s: must be a finite"),
    "offset-minus-inf": (_raw_number(_entry, "offset_s", b"-1e999"), "finite"),
    "empty-span": (_empty_span, "must not be empty|is empty"),
    "blank-document-excerpt": (_set(lambda d: _excerpt(d, span=False), "text", "   "),
                               "must not be empty"),
    "note-over-10MB": (_set(_entry, "text", secrets.token_hex(5_000_001)), "too long"),
    "upper-case-id": (_upper_case_twin, r"activities\[\d+\]\.id"),
    "updated-in-9999": (_set(_interview, "updated_at", "9999-12-31T00:00:00Z"), "future"),
    "created-in-3-days": (_set(_finding, "created_at", _future(3)), "future"),
    "attachment-not-of-its-entrys-activity": (_attachment_of_entry_moved,
                                              "not its entry's activity"),
    "document-file-of-another-activity": (_document_file_moved, "another activity"),
    "excerpt-cites-file-of-another-activity": (_span_excerpt_cites_other_file,
                                               "another activity"),
    "rtl-override-in-title": (_set(_interview, "title", "Intervju \u202eslem"),
                              "text-direction"),
    "isolate-in-participant-name": (_set(lambda d: d["participants"][0], "name",
                                         "Kari \u2067Nordmann"), "text-direction"),
    "control-in-group-name": (_set(lambda d: d["groups"][0], "name", "Ledere\x0b\x07"),
                              "control character"),
    "escape-in-look-for": (_set(_first_indicator, "lookfors", ["ok", "\x1b[31m"]),
                           "control character"),
}


def _folder_state(folder: Path) -> list[tuple[str, str]]:
    return sorted((p.name, digest(p)) for p in folder.iterdir() if p.is_file())


@pytest.mark.parametrize("case", sorted(CASES))
def test_values_the_services_refuse_are_refused(case, tmp_path, project, source):
    edit, expected = CASES[case]
    hostile = edit_json(source["bundle"], tmp_path / f"{case}.zip", edit)
    project.close()
    before = _folder_state(project.path.parent)
    with pytest.raises(BundleError, match=expected) as caught:
        verify_bundle(hostile)
    message = str(caught.value)
    assert "\n" not in message
    assert message.isprintable()
    assert len(message) <= 400
    with pytest.raises(BundleError, match=expected):
        apply_import(project.path, hostile)
    assert _folder_state(project.path.parent) == before
    fresh = tmp_path / "fresh.digifelt"
    with pytest.raises(BundleError, match=expected):
        apply_import(fresh, hostile)
    assert not [p for p in tmp_path.iterdir() if "fresh" in p.name]


def test_the_unedited_bundle_passes_every_check(source, tmp_path):
    verify_bundle(source["bundle"])
    result = apply_import(tmp_path / "copy.digifelt", source["bundle"])
    assert result.creates_project
    assert check_project(tmp_path / "copy.digifelt").ok


def _run(*args):
    return subprocess.run([sys.executable, "-m", "digifelt", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("case", ["headcount-2^64", "offset-inf", "level-off-scale",
                                  "rtl-override-in-title"])
def test_the_cli_says_one_line_and_fails(case, tmp_path, source):
    edit, _expected = CASES[case]
    hostile = edit_json(source["bundle"], tmp_path / f"{case}.zip", edit)
    target = tmp_path / "team.digifelt"
    shutil.copy(source["empty_copy"], target)
    before = digest(target)
    for args in (("bundle", "verify", hostile), ("bundle", "import", target, hostile)):
        done = _run(*args)
        assert done.returncode not in (0, 3), done
        assert done.stderr.startswith("digifelt: error: "), done.stderr
        assert done.stderr.count("\n") == 1, done.stderr
        assert "Traceback" not in done.stderr
    assert digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([hostile.name, target.name])


# -- attachment names from a bundle are made safe ---------------------------------------

HOSTILE_NAMES = ["../../../../../../tmp/pwned/TRAVERSAL.sh", "/tmp/pwned/ABSOLUTE.sh",
                 "C:\\Users\\x\\AppData\\evil.bat", "\\\\host\\share\\x.lnk", "．．／．．／x.sh",
                 "..\u2215..\u2215y.sh", "evil\u202efdp.exe", "CON", "..", "a" * 5000,
                 "x\x1by.txt", ".bashrc"]


def _stored_names(path: Path) -> dict[str, str]:
    con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT id, filename FROM attachment").fetchall())
    finally:
        con.close()


def test_attachment_names_from_a_bundle_are_stored_safe(tmp_path, source):
    def edit(doc):
        for att, name in zip(doc["attachments"], HOSTILE_NAMES, strict=False):
            att["filename"] = name
        extra = HOSTILE_NAMES[len(doc["attachments"]):]
        template = doc["attachments"][0]
        for n, name in enumerate(extra):
            doc["attachments"].append({**template, "id": f"00000000-0000-4000-8000-{n:012d}",
                                       "filename": name, "entry_id": None})

    hostile = edit_json(source["bundle"], tmp_path / "names.zip", edit)
    verify_bundle(hostile)  # a name is made safe on the way in, not refused
    wanted = {a["id"]: safe_filename(a["filename"]) for a in _doc(hostile)["attachments"]}
    assert len(wanted) == len(HOSTILE_NAMES)
    for target in (tmp_path / "new.digifelt", tmp_path / "merged.digifelt"):
        if target.name == "merged.digifelt":
            shutil.copy(source["empty_copy"], target)
        apply_import(target, hostile)
        stored = _stored_names(target)
        assert stored == wanted
        assert all(is_safe_filename(n) and "/" not in n and "\\" not in n
                   for n in stored.values())
        assert check_project(target).ok


# -- a finding's level must be on the scale of the project it lands in -------------------

def test_a_level_missing_from_this_projects_scale_is_not_merged(tmp_path, source):
    def edit(doc):
        level = dict(doc["rubric"]["scale"][-1])
        level.update(id="00000000-0000-4000-8000-000000000777", value=77, label="Ekstra")
        doc["rubric"]["scale"].append(level)
        doc["findings"][0]["level"] = 77

    extra = edit_json(source["bundle"], tmp_path / "extra.zip", edit)
    target = tmp_path / "team.digifelt"
    shutil.copy(source["empty_copy"], target)
    result = apply_import(target, extra)
    assert any("level 77 is not on this project's scale" in m for m in result.rubric_mismatches)
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT count(*) FROM finding WHERE level = 77").fetchone() == (0,)
    finally:
        con.close()
    fresh = tmp_path / "fresh.digifelt"
    apply_import(fresh, extra)  # a new project takes the bundle's scale with it
    con = sqlite3.connect(fresh)
    try:
        assert con.execute("SELECT count(*) FROM finding WHERE level = 77").fetchone() == (1,)
    finally:
        con.close()


# -- fuzz: extreme numbers anywhere a bundle has one --------------------------------------

NUMBER_PLACES = {
    "headcount": lambda d: (_interview(d), "headcount"),
    "order": lambda d: (_first_indicator(d), "order"),
    "area order": lambda d: (d["rubric"]["areas"][0], "order"),
    "page": lambda d: (_excerpt(d, span=False), "page"),
    "start": lambda d: (_excerpt(d, span=True), "start"),
    "end": lambda d: (_excerpt(d, span=True), "end"),
    "level": lambda d: (_finding(d), "level"),
    "scale value": lambda d: (d["rubric"]["scale"][0], "value"),
    "entry order": lambda d: (_entry(d), "order"),
    "offset": lambda d: (_entry(d), "offset_s"),
    "size": lambda d: (d["attachments"][0], "size"),
}
NUMBERS = st.one_of(
    st.sampled_from([2 ** 63, 2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1, 2 ** 64, 10 ** 30,
                     -1, 0, 1, 1.5, -0.0, 1e308]),
    st.integers(min_value=-(2 ** 80), max_value=2 ** 80))


def _import_edited(tmp_path, source, name: str, edit):
    """The source bundle with `edit` applied to its project.json, imported as a new project
    in a folder of its own: (folder, target, the refusal's line or None)."""
    folder = Path(tmp_path) / name
    folder.mkdir()
    hostile = edit_json(source["bundle"], folder / "bundle.zip", edit)
    target = folder / "project.digifelt"
    try:
        apply_import(target, hostile)
    except BundleError as exc:
        return folder, target, str(exc)
    return folder, target, None


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(place=st.sampled_from(sorted(NUMBER_PLACES)), value=NUMBERS)
def test_extreme_numbers_are_imported_or_refused_in_one_line(tmp_path, source, place, value):
    def edit(doc):
        obj, key = NUMBER_PLACES[place](doc)
        obj[key] = value

    folder, target, refusal = _import_edited(tmp_path, source, f"f{abs(hash((place, value)))}",
                                             edit)
    if refusal is None:
        assert check_project(target).ok
    else:
        assert "\n" not in refusal
        assert not target.exists()
        assert sorted(p.name for p in folder.iterdir()) == ["bundle.zip"]


STRING_PLACES = {
    "activity title": lambda d: (_interview(d), "title"),
    "group name": lambda d: (d["groups"][0], "name"),
    "participant role": lambda d: (d["participants"][0], "role"),
    "indicator code": lambda d: (_first_indicator(d), "code"),
    "question": lambda d: (d["guides"][0]["questions"][0], "text"),
    "note": lambda d: (_entry(d), "text"),
    "memo": lambda d: (_excerpt(d, span=False), "memo"),
    "attachment name": lambda d: (d["attachments"][0], "filename"),
    "caption": lambda d: (d["attachments"][0], "caption"),
    "place": lambda d: (_interview(d), "place"),
}
STRINGS = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            min_size=1, max_size=40),
    st.lists(st.sampled_from(["\u202e", "\u2066", "\x0b", "\x07", "\ufffe", "../", "C:\\",
                              "CON", "．／", "<b>", "=1+1", "\u200d", " ", "é"]),
             min_size=1, max_size=6).map("".join))


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(place=st.sampled_from(sorted(STRING_PLACES)), value=STRINGS)
def test_any_text_is_imported_within_the_rules_or_refused_in_one_line(tmp_path, source, place,
                                                                    value):
    from digifelt.core.text_rules import text_problem

    def edit(doc):
        obj, key = STRING_PLACES[place](doc)
        obj[key] = value

    _folder, target, refusal = _import_edited(tmp_path, source,
                                              f"s{abs(hash((place, value)))}", edit)
    if refusal is not None:
        assert "\n" not in refusal
        assert refusal.isprintable()
        assert not target.exists()
        return
    assert check_project(target).ok
    names = _stored_names(target)
    assert all(is_safe_filename(n) for n in names.values())
    if place != "attachment name":  # names are made safe; every other text is kept or refused
        assert text_problem(value, name=place not in ("note", "memo", "caption")) is None


# -- two imports creating the same new file ---------------------------------------------

def test_an_import_that_loses_the_race_fails_in_one_line(tmp_path, source, monkeypatch):
    target = tmp_path / "new.digifelt"
    real_merge, real_create = importer.merge, importer.create_database
    raced, staged = [], []

    def merge_while_another_finishes(db, data, **kwargs):
        report = real_merge(db, data, **kwargs)
        if not raced:
            raced.append(True)
            apply_import(target, source["bundle"])  # the other import, start to finish
        return report

    def recording_create(path):
        db = real_create(path)
        staged.append((Path(path).name, Path(path).stat().st_mode & 0o777))
        return db

    monkeypatch.setattr(importer, "merge", merge_while_another_finishes)
    monkeypatch.setattr(importer, "create_database", recording_create)
    with pytest.raises(ProjectFileError, match="appeared while importing; not replaced"):
        apply_import(target, source["bundle"])
    assert len(staged) == 2
    assert staged[0][0] != staged[1][0]
    assert all(name.startswith(".new.digifelt.importing-") for name, _ in staged)
    assert all(mode == 0o600 for _, mode in staged)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.digifelt"]
    assert (target.stat().st_mode & 0o777) == 0o600
    assert check_project(target).ok


def test_two_cli_imports_of_one_new_file_never_crash(tmp_path, source):
    target = tmp_path / "race.digifelt"
    procs = [subprocess.Popen([sys.executable, "-m", "digifelt", "bundle", "import",
                               str(target), str(source["bundle"])],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    for code, err in results:
        assert code in (0, 1, 2), results
        if code:
            assert err.startswith("digifelt: error: ")
            assert err.count("\n") == 1
    assert any(code == 0 for code, _ in results)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["race.digifelt"]
    assert check_project(target).ok
