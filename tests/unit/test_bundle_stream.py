"""The streamed bundle export: project.json and evidence.csv written a batch of rows at a time
are the same bytes as the whole-project documents (document_from_snapshot, csv.evidence_csv),
the bag is valid and imports back, a failure half-way leaves nothing, and the memory an
export takes does not grow with the project."""

import json
import sqlite3
import subprocess
import sys
import uuid
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
from test_bundle_support import (  # noqa: F401  (fixtures)
    bag_is_valid,
    populate,
    small_demo_file_fixture,
    small_demo_fixture,
)
from test_survey_import import (  # noqa: F401  (a fixture of the survey tests)
    do_import,
    mapping,
    respondents,
    write_csv,
)

from digifelt.api import Project
from digifelt.core.progress import OperationCancelled
from digifelt.core.services import projects
from digifelt.core.services.projects import open_project
from digifelt.core.services.snapshot import read_rows, read_snapshot
from digifelt.core.services.snapshot_stream import raw_connection
from digifelt.core.template import find_template
from digifelt.exports.bundle import apply_import, export_bundle, stream, writer
from digifelt.exports.bundle.convert import document_from_snapshot
from digifelt.exports.bundle.csv import evidence_csv
from digifelt.exports.bundle.json_schema import validate_schema
from digifelt.exports.bundle.stream import Counts
from digifelt.exports.bundle.stream import evidence_csv as streamed_csv
from digifelt.exports.bundle.stream import project_json as streamed_json

BUNDLE_ID = "0f0e0d0c-0b0a-4908-8706-050403020100"
WHEN = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)


def both_ways(path: Path) -> tuple[dict, bytes, bytes]:
    """(document, streamed project.json, streamed evidence.csv) from one read transaction;
    asserts that the streamed bytes are the in-memory path's bytes."""
    db = open_project(path)
    try:
        with db.read() as s:
            snap = read_rows(s)
            raw = raw_connection(s.connection())
            counts = Counts()
            json_bytes = b"".join(streamed_json(raw, bundle_id=BUNDLE_ID, exported_at=WHEN,
                                                exported_by="KN", counts=counts))
            # As the export does: untagged excerpts looked for only if project.json met one.
            csv_bytes = b"".join(streamed_csv(raw, untagged=counts.untagged > 0))
    finally:
        db.close()
    document = document_from_snapshot(snap, bundle_id=BUNDLE_ID, exported_at=WHEN,
                                      exported_by="KN", pseudonymised=False)
    assert json_bytes == orjson.dumps(document)
    assert csv_bytes == evidence_csv(document)
    assert (counts.activities, counts.excerpts, counts.attachments) == (
        len(document["activities"]), len(document["excerpts"]), len(document["attachments"]))
    known = {i["id"] for area in document["rubric"]["areas"] for i in area["indicators"]}
    assert counts.untagged == sum(1 for ex in document["excerpts"]
                                  if not known.intersection(ex["indicator_ids"]))
    return document, json_bytes, csv_bytes


def test_small_demo_streams_the_same_bytes(small_demo):
    document, _json, csv_bytes = both_ways(small_demo)
    assert len(document["activities"]) > 5
    assert sum(len(a["entries"]) for a in document["activities"]) > 20
    assert len(document["excerpts"]) > 20
    assert csv_bytes.count(b"\r\n") > len(document["excerpts"])


@pytest.fixture
def team(tmp_path):
    """Kari's project after a round of team work: every kind of object, provisional levels,
    an excerpt deleted (a tombstone) while Per edited it and a finding both edited (two open
    conflicts), and version vectors on what travelled."""
    path = tmp_path / "kari.digifelt"
    with Project.create(path, title="Kartlegging", organisation="Fjellvik kommune",
                        author="Kari Nordmann", initials="KN") as p:
        made = populate(p.db)
        a = p.add_activity(kind="interview", title="Intervju ledere")
        e = p.add_entry(activity_id=a.id, text="Vi har en plan for digitalisering i kommunen.")
        x = p.tag_excerpt(entry_id=e.id, start=0, end=17, indicators=["1.1"],
                          valence="strength")
        p.update_finding(indicator="1.1", level=2, excerpt_ids=[x.id])
        guide = p.add_guide(kind="interview", title="Ledere")
        p.add_question(guide_id=guide.id, text="Hvem eier planen?", indicators=["1.2", "1.1"])
        p.set_provisional_level(indicator="1.1", level=2, rationale="Planen er ny")
        p.export_bundle(tmp_path / "k0.zip")
    per = tmp_path / "per.digifelt"
    apply_import(per, tmp_path / "k0.zip")
    with Project.open(per, author="Per Lien", initials="PL") as p:
        p.update_excerpt(x.id, indicators=["1.1", "1.2"])
        p.update_finding(indicator="1.1", level=4)
        p.set_provisional_level(indicator="1.1", level=3)
        p.export_bundle(tmp_path / "p1.zip")
    with Project.open(path, author="Kari Nordmann") as p:
        p.delete_excerpt(x.id)
        p.delete_excerpt(made["tail"].excerpt.id)
        p.update_finding(indicator="1.1", level=1)
        p.import_bundle(tmp_path / "p1.zip")
        assert len(p.conflicts()) == 2
    return path


def test_team_project_streams_the_same_bytes_with_its_history(team):
    document, _json, _csv = both_ways(team)
    history = document["history"]
    assert history["versions"]
    assert history["tombstones"]
    assert {c["kind"] for c in history["conflicts"]} == {"excerpt", "finding"}
    assert any(c["deleted"] for c in history["conflicts"])
    assert len(document["provisional_levels"]) == 2
    assert any(g["questions"] for g in document["guides"])
    assert any(a["document"] for a in document["activities"])


def test_a_survey_streams_the_same_bytes(mapping, tmp_path):  # noqa: F811
    path = tmp_path / "survey.digifelt"
    projects.create_project(path, template=find_template("digital-ståstedskartlegging-kommune"),
                            title="Kartlegging", organisation="Guovdageainnu suohkan").close()
    do_import(path, write_csv(tmp_path / "svar.csv", respondents()), mapping)
    document, _json, _csv = both_ways(path)
    questions = document["survey_questions"]
    assert len(questions) == 3
    assert any(q["entry_ids"] for q in questions)
    assert any(q["distribution"] for q in questions)


def _uid() -> str:
    return str(uuid.uuid4())


def test_odd_content_streams_the_same_bytes(team):
    """What the sorting and the joins must get right, written straight into the file: no
    start times, ties on every sort key but the last, titles across Unicode, notes whose
    excerpts reach their activity only through the note, excerpts with no tag, a dangling
    document reference, histories of unknown kinds and resolved conflicts (left out)."""
    con = sqlite3.connect(team)
    with con:
        acts = [r[0] for r in con.execute("SELECT id FROM activity ORDER BY rowid")]
        titles = ["Øst", "árbol", "Zeta", "zeta", "😀 emoji", "Ærlig", "Ost"]
        for n, act in enumerate(acts):
            con.execute("UPDATE activity SET started_at = ?, title = ? WHERE id = ?",
                        (None if n % 3 == 0 else "2024-05-01 10:00:00.000000",
                         titles[n % len(titles)], act))
        con.execute("UPDATE activity SET doc_attachment_id = ? WHERE doc_title IS NOT NULL",
                    (_uid(),))
        con.execute("UPDATE entry SET \"order\" = 0, created_at = '2024-05-01 09:00:00.000000'")
        con.execute("UPDATE participant SET created_at = '2024-05-01 09:00:00.000000'")
        con.execute("UPDATE excerpt SET activity_id = NULL WHERE entry_id IS NOT NULL")
        con.execute("DELETE FROM excerpt_indicator WHERE excerpt_id = "
                    "(SELECT id FROM excerpt ORDER BY id LIMIT 1)")
        con.execute("INSERT OR REPLACE INTO revision VALUES ('excerpt', ?, "
                    "'{\"zz\":3,\"aa\":1}', NULL, 'ZZ')",
                    (con.execute("SELECT id FROM excerpt LIMIT 1").fetchone()[0],))
        con.execute("INSERT INTO revision VALUES ('no_such_kind', ?, '{}', NULL, NULL)",
                    (_uid(),))
        con.execute("INSERT INTO revision VALUES ('activity', ?, '{\"a\":2}', "
                    "'2024-06-01 12:00:00.000001', 'QQ')", (_uid(),))
        con.execute("UPDATE conflict SET resolved = 1 WHERE object_kind = 'finding'")
    con.close()
    document, _json, csv_bytes = both_ways(team)
    untagged = [ex for ex in document["excerpts"] if not ex["indicator_ids"]]
    assert len(untagged) == 1
    assert untagged[0]["id"].encode() in csv_bytes
    assert [a["started_at"] for a in document["activities"]][0] is None
    assert any(a["document"] and a["document"]["attachment_id"] is None
               for a in document["activities"])
    assert [c["kind"] for c in document["history"]["conflicts"]] == ["excerpt"]
    assert len(document["history"]["tombstones"]) >= 2
    assert csv_bytes.count(b"\r\n") > len(document["excerpts"])


def _read_bag(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {info.filename.split("/", 1)[1]: zf.read(info) for info in zf.infolist()}


def test_streamed_export_is_a_valid_bag_that_imports_back(team, tmp_path):
    out = tmp_path / "team.zip"
    with Project.open(team, author="Kari Nordmann") as p:
        kari = p.author_id
    result = export_bundle(team, out, exported_by=kari)
    bag_is_valid(out, tmp_path)
    members = _read_bag(out)
    document = json.loads(members["data/project.json"])
    validate_schema(document)
    with Project.open(team) as p:
        snapshot = p.snapshot()
        conflicts = len(p.conflicts())
        history = document_from_snapshot(read_snapshot(p.db), bundle_id="", exported_at=WHEN,
                                         exported_by=None, pseudonymised=False)["history"]
    assert {k: v for k, v in document.items() if k in snapshot} == snapshot
    assert document["history"] == history
    assert (document["bundle_id"], document["exported_by"]) == (result.bundle_id, kari)
    assert (result.activities, result.excerpts, result.attachments) == (
        len(document["activities"]), len(document["excerpts"]), len(document["attachments"]))
    assert members["data/evidence.csv"] == evidence_csv(document)
    copy = tmp_path / "copy.digifelt"
    apply_import(copy, out)
    with Project.open(copy) as p:
        assert p.snapshot() == snapshot
        assert len(p.conflicts()) == conflicts == 2


def test_large_attachments_are_streamed_too(team, tmp_path, monkeypatch):
    whole = tmp_path / "whole.zip"
    export_bundle(team, whole)
    monkeypatch.setattr(writer, "_BLOB_STREAMED", 0)
    streamed = tmp_path / "streamed.zip"
    export_bundle(team, streamed)
    bag_is_valid(streamed, tmp_path)
    a, b = _read_bag(whole), _read_bag(streamed)
    files = [name for name in a if name.startswith("data/attachments/")]
    assert len(files) == 3
    assert {name: a[name] for name in files} == {name: b[name] for name in files}


def test_the_pseudonymised_export_takes_the_whole_project_path(team, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(writer, "_export_streamed", lambda *a, **k: calls.append(a))
    result = export_bundle(team, tmp_path / "p.zip", pseudonymise=True)
    assert result.pseudonymised
    assert calls == []
    bag_is_valid(tmp_path / "p.zip", tmp_path)


@pytest.mark.parametrize("reports", [2, 8, 15])
def test_a_cancel_while_streaming_leaves_the_previous_file(small_demo, tmp_path, reports,
                                                          monkeypatch):
    """Cancelled while project.json or evidence.csv is half written: the open zip member
    does not stop the clean-up, and the earlier bundle stays as it was."""
    monkeypatch.setattr(stream, "CHUNK", 4096)  # the small demo's files in many chunks
    out = tmp_path / "b.zip"
    export_bundle(small_demo, out)
    members = _read_bag(out)
    streamed = len(members["data/project.json"]) + len(members["data/evidence.csv"])
    out.write_bytes(b"previous bundle")
    seen = []
    with pytest.raises(OperationCancelled):
        export_bundle(small_demo, out, progress=lambda done, total: seen.append(done),
                      cancelled=lambda: len(seen) >= reports)
    assert 0 < seen[-1] < streamed  # inside project.json or evidence.csv
    assert out.read_bytes() == b"previous bundle"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip", "demo.digifelt"]


# -- memory -------------------------------------------------------------------------------

_CHILD = """
import sys
from pathlib import Path
from digifelt.exports.bundle import export_bundle
if sys.argv[1] == "export":
    export_bundle(Path(sys.argv[2]), Path(sys.argv[3]))
with open("/proc/self/status") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def _peak_mb(*args) -> float:
    run = subprocess.run([sys.executable, "-c", _CHILD, *map(str, args)], capture_output=True,
                         text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return int(run.stdout.split()[-1]) / 1024


def grow(path: Path, notes: int, size: int) -> None:
    """`notes` more notes of `size` characters, each with an excerpt as long tagged to two
    indicators, inserted straight into the file (one token a text, so that the search index
    costs little)."""
    con = sqlite3.connect(path)
    with con:
        act = con.execute("SELECT id FROM activity ORDER BY rowid LIMIT 1").fetchone()[0]
        inds = [r[0] for r in con.execute("SELECT id FROM indicator ORDER BY rowid LIMIT 2")]
        uid = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
               "substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' "
               "|| hex(randomblob(6)))")
        stamp = "'2024-05-01 10:00:00.' || printf('%06d', n)"
        text = f"replace(hex(zeroblob({size // 2})), '0', 'x')"
        con.execute(f"""
            WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < ?)
            INSERT INTO entry (id, created_at, updated_at, activity_id, text, "order")
            SELECT {uid}, {stamp}, {stamp}, ?, {text}, 1000 + n FROM seq""", (notes - 1, act))
        con.execute(f"""
            INSERT INTO excerpt (id, created_at, updated_at, entry_id, activity_id, start,
                                 "end", text, kind, valence, starred, detached)
            SELECT {uid}, created_at, updated_at, id, activity_id, 0, {size}, text, 'quote',
                   'neutral', 0, 0 FROM entry WHERE "order" >= 1000""")
        for ind in inds:
            con.execute("INSERT INTO excerpt_indicator (excerpt_id, indicator_id) "
                        "SELECT id, ? FROM excerpt WHERE \"end\" = ?", (ind, size))
    con.close()


def test_export_memory_does_not_grow_with_the_project(small_demo, tmp_path):
    """A project with 60 MB of notes and excerpts (a 70 MB project.json, a 60 MB
    evidence.csv): the export takes a few MB more than a process that only imports it;
    building either document whole would take more than the documents themselves."""
    grow(small_demo, notes=15_000, size=2_000)
    out = tmp_path / "big.zip"
    idle = _peak_mb("idle")
    peak = _peak_mb("export", small_demo, out)
    with zipfile.ZipFile(out) as zf:
        sizes = {i.filename.rsplit("/", 1)[-1]: i.file_size for i in zf.infolist()}
    json_mb, csv_mb = sizes["project.json"] / 2**20, sizes["evidence.csv"] / 2**20
    assert json_mb > 60
    assert csv_mb > 55
    assert peak - idle < 40, (peak, idle, json_mb, csv_mb)
