"""Bundle export: BagIt 1.0 as bagit's own validator sees it, lossless export → import,
pseudonymisation, progress and cancel."""

import csv
import io
import json
import re
import zipfile

import pytest
from test_bundle_support import (  # noqa: F401  (fixtures)
    NAMES,
    bag_is_valid,
    canonical_content,
    digest,
    populate,
    small_demo_file_fixture,
    small_demo_fixture,
)

from digifelt.core.progress import OperationCancelled
from digifelt.exports.bundle import (
    BundleError,
    apply_import,
    export_bundle,
    preview_import,
    verify_bundle,
)
from digifelt.exports.bundle.csv import COLUMNS
from digifelt.exports.bundle.writer import bag_filename


def members(bundle) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as zf:
        return {info.filename.split("/", 1)[1]: zf.read(info) for info in zf.infolist()}


def test_demo_round_trip_is_lossless(tmp_path, small_demo):
    out = tmp_path / "demo.zip"
    result = export_bundle(small_demo, out)
    assert result.path == out
    assert out.exists()
    assert result.excerpts > 100
    bag_is_valid(out, tmp_path)
    copy = tmp_path / "copy.digifelt"
    plan = preview_import(None, out)
    assert plan.creates_project
    assert plan.totals.new > 500
    assert not copy.exists()
    imported = apply_import(copy, out)
    assert imported.creates_project
    assert imported.backup is None
    assert imported.totals.new == plan.totals.new
    assert imported.conflicts == 0
    assert canonical_content(copy) == canonical_content(small_demo)
    from digifelt.core.services.check import check_project

    assert check_project(copy).ok


def test_bulk_import_rebuilds_the_search_index(tmp_path, small_demo, monkeypatch):
    from digifelt.core.services import merge_write, search
    from digifelt.core.services.check import check_project
    from digifelt.storage.database import open_database

    monkeypatch.setattr(merge_write, "BULK_INDEX_ROWS", 10)  # the bulk path, on the small demo
    out = tmp_path / "demo.zip"
    export_bundle(small_demo, out)
    copy = tmp_path / "copy.digifelt"
    apply_import(copy, out)
    assert canonical_content(copy) == canonical_content(small_demo)
    assert check_project(copy).ok
    db = open_database(copy, backup=False)
    try:
        assert search.search(db, "strategi")
    finally:
        db.close()


def test_layout_and_tag_files(tmp_path, project):
    populate(project)
    out = tmp_path / "b.zip"
    export_bundle(project, out)
    files = members(out)
    assert files["bagit.txt"] == b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    info = files["bag-info.txt"].decode()
    assert "Payload-Oxum: " in info
    assert "Digifelt-Pseudonymised: no" in info
    assert {"data/project.json", "data/evidence.csv", "manifest-sha256.txt",
            "tagmanifest-sha256.txt"} <= set(files)
    attached = sorted(n for n in files if n.startswith("data/attachments/"))
    # One file per stored content; unsafe names made safe (the original stays in the JSON).
    assert len(attached) == 3
    names = {n.rsplit("/", 1)[1] for n in attached}
    assert "Notat fra Kari Nordmann 100_.pdf" in names
    assert "a_b_c_.txt" in names
    doc = json.loads(files["data/project.json"])
    # Stored names are made safe when the file is added (core/filenames.py).
    assert {a["filename"] for a in doc["attachments"]} >= {"a_b_c_.txt", "_CON.txt"}
    assert doc["format"] == "digifelt-bundle"
    assert doc["version"] == 2
    assert set(doc["history"]) == {"versions", "tombstones", "conflicts"}
    assert doc["exported_at"].endswith("Z")
    bag_is_valid(out, tmp_path)


def test_project_json_validates_against_the_published_schema(tmp_path, project):
    import jsonschema

    from digifelt.exports.bundle.json_schema import schema

    populate(project)
    out = tmp_path / "b.zip"
    export_bundle(project, out)
    doc = json.loads(members(out)["data/project.json"])
    jsonschema.Draft202012Validator(schema()).validate(doc)


def test_evidence_csv_has_a_row_per_excerpt_and_indicator(tmp_path, project):
    made = populate(project)
    out = tmp_path / "b.zip"
    export_bundle(project, out)
    text = members(out)["data/evidence.csv"].decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS
    by_excerpt = {}
    for row in rows[1:]:
        by_excerpt.setdefault(row[COLUMNS.index("excerpt_id")], []).append(row)
    quote = by_excerpt[made["quote"].excerpt.id]
    assert len(quote) == 2
    assert {r[0] for r in quote} == {i.code for i in made["indicators"]}
    assert quote[0][COLUMNS.index("starred")] == "yes"
    assert quote[0][COLUMNS.index("activity_kind")] == "interview"
    assert quote[0][COLUMNS.index("group")] == made["group"].name
    formula = next(r for r in rows[1:] if "SUM" in r[2])
    assert formula[2].startswith("'=")
    assert formula[COLUMNS.index("document_page")] == "4"


@pytest.mark.parametrize("name", ["normal.pdf", "a/b\\c.txt", "con.txt", "x" * 300 + ".pdf",
                                  "💾 disk.png", "e\u0301.txt", "tab\there.txt", "%41.txt",
                                  "..", " lead and trail . ", "\u202eexe.txt"])
def test_bag_file_names_are_safe(name):
    safe = bag_filename(name)
    from digifelt.exports.bundle.reader import check_member_name

    assert safe
    assert "/" not in safe
    assert "\\" not in safe
    assert "%" not in safe
    assert len(safe.encode()) <= 120
    assert safe == safe.strip(" .")
    assert check_member_name(f"top/data/attachments/{'0' * 64}/{safe}") is None


def test_pseudonymised_bag_names_nobody(tmp_path, project):
    made = populate(project)
    out = tmp_path / "p.zip"
    result = export_bundle(project, out, pseudonymise=True)
    assert result.pseudonymised
    bag_is_valid(out, tmp_path)
    files = members(out)
    everything = "\n".join([*files] + [d.decode("utf-8", "replace") for n, d in files.items()
                                      if not n.startswith("data/attachments/")])
    for name in NAMES:
        assert name not in everything
        assert name.casefold() not in everything.casefold()
        for part in name.split():
            assert not re.search(rf"(?<!\w){part}(?!\w)", everything), part
    assert "kari.nordmann" not in everything.casefold()
    assert "rådmann" not in everything
    doc = json.loads(files["data/project.json"])
    assert doc["pseudonymised"] is True
    assert "Digifelt-Pseudonymised: yes" in everything
    assert sorted(p["pseudonym"] for p in doc["participants"]) == ["Informant 1", "Informant 2"]
    assert all(p["name"] is None and p["role"] is None for p in doc["participants"])
    assert sorted(a["name"] for a in doc["assessors"]) == ["PS", "ÅØ"]
    assert all(a["filename"].startswith("attachment-") for a in doc["attachments"])
    # Excerpts still point at their words in the scrubbed notes.
    entries = {e["id"]: e["text"] for a in doc["activities"] for e in a["entries"]}
    for ex in doc["excerpts"]:
        if ex["entry_id"]:
            assert entries[ex["entry_id"]][ex["start"]:ex["end"]] == ex["text"]
    named = next(x for x in doc["excerpts"] if x["id"] == made["named"].excerpt.id)
    assert named["text"].startswith("Informant 1 sier")
    # Stable: exporting again gives the same pseudonyms.
    again = tmp_path / "p2.zip"
    export_bundle(project, again, pseudonymise=True)
    doc2 = json.loads(members(again)["data/project.json"])
    assert {p["id"]: p["pseudonym"] for p in doc2["participants"]} == {
        p["id"]: p["pseudonym"] for p in doc["participants"]}
    # And it imports.
    copy = tmp_path / "anon.digifelt"
    apply_import(copy, out)
    assert NAMES[0].encode() not in copy.read_bytes()


def test_verify_prints_a_summary(tmp_path, project):
    populate(project)
    out = tmp_path / "b.zip"
    export_bundle(project, out)
    report = verify_bundle(out)
    lines = report.lines()
    assert "ok" in lines[0]
    assert "BagIt 1.0" in lines[0]
    assert report.counts["excerpts"] == 4
    assert report.counts["attachments"] == 4


def test_progress_reaches_the_total(tmp_path, small_demo):
    seen = []
    export_bundle(small_demo, tmp_path / "b.zip", progress=lambda d, t: seen.append((d, t)))
    assert seen
    assert seen[-1][0] == seen[-1][1] > 0
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))
    seen.clear()
    apply_import(tmp_path / "new.digifelt", tmp_path / "b.zip",
                 progress=lambda d, t: seen.append((d, t)))
    assert seen
    assert seen[-1][0] == seen[-1][1] > 0
    assert all(b[0] >= a[0] for a, b in zip(seen, seen[1:], strict=False))


@pytest.mark.parametrize("after", [0, 1, 3])
def test_cancelled_export_leaves_no_partial_file(tmp_path, small_demo, after):
    out = tmp_path / "b.zip"
    out.write_bytes(b"previous bundle")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > after

    with pytest.raises(OperationCancelled):
        export_bundle(small_demo, out, cancelled=cancelled)
    assert out.read_bytes() == b"previous bundle"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip", "demo.digifelt"]


def test_cancelled_import_changes_nothing(tmp_path, small_demo, project):
    out = tmp_path / "b.zip"
    export_bundle(small_demo, out)
    project.close()
    before = digest(project.path)
    calls = []
    with pytest.raises(OperationCancelled):
        apply_import(project.path.with_name("fresh.digifelt"), out,
                     cancelled=lambda: calls.append(1) or len(calls) > 40)
    assert not project.path.with_name("fresh.digifelt").exists()
    assert not list(tmp_path.glob(".fresh*"))
    calls.clear()
    with pytest.raises(BundleError):
        # Another project: refused after reading, before writing.
        apply_import(project.path, out, cancelled=lambda: False)
    assert digest(project.path) == before


def test_export_to_missing_folder_is_one_clear_error(tmp_path, small_demo):
    with pytest.raises(BundleError, match="no such folder"):
        export_bundle(small_demo, tmp_path / "nope" / "b.zip")
