"""A .qdpx written by QualCoder 4.0's own REFI-QDA exporter (tests/fixtures/qdpx,
PROVENANCE.md) imports with every coding on the right words."""

import sqlite3
from pathlib import Path

from digifelt.exports.qdpx.importer import apply_qdpx_import, preview_qdpx_import

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "qdpx" / "qualcoder-export.qdpx"
CODED = {"strategi for digitalisering 🙂 som er vedtatt": "Strategi og veikart",
         "opplæringen kommer for sent": "Opplæring ved innføring",
         "Trivselen er god": "Trivsel"}


def test_a_qualcoder_package_becomes_a_project(tmp_path):
    out = tmp_path / "fra-qualcoder.digifelt"
    result = apply_qdpx_import(out, FIXTURE)
    assert result.origin == "QualCoder 4.0"
    con = sqlite3.connect(out)
    rows = con.execute(
        "SELECT x.text, x.start, x.\"end\", e.text, i.title, x.memo FROM excerpt x "
        "JOIN entry e ON e.id = x.entry_id JOIN excerpt_indicator xi ON xi.excerpt_id = x.id "
        "JOIN indicator i ON i.id = xi.indicator_id").fetchall()
    assert {r[0]: r[4] for r in rows} == CODED
    for words, start, end, text, _title, _memo in rows:
        assert text[start:end] == words  # on the right words, emoji and all
    memos = {r[0]: r[5] for r in rows}
    assert memos["strategi for digitalisering 🙂 som er vedtatt"] == "Viktig sitat"
    (entry,) = con.execute("SELECT e.text FROM entry e JOIN activity a ON a.id = e.activity_id "
                           "WHERE a.title = 'intervju_ledere.txt'").fetchone()
    assert not entry.startswith("\ufeff")  # QualCoder writes a byte-order mark
    assert "(čđŋšŧž)" in entry
    assert "kafe\u0301en" in entry  # a combining accent kept as it was typed
    # The case holds its source, though QualCoder names the source by its file's GUID.
    assert con.execute("SELECT g.name, a.title FROM respondent_group g JOIN activity_group ag "
                       "ON ag.group_id = g.id JOIN activity a ON a.id = ag.activity_id"
                       ).fetchall() == [("Ledere", "intervju_ledere.txt")]
    # A variable named as digifelt names one ("Sted", "Place", "Dato", …) is taken as it.
    assert con.execute("SELECT place FROM activity WHERE title = 'intervju_ledere.txt'"
                       ).fetchone() == ("Rådhuset",)
    # The journal is a note of its own, not lost.
    (journal,) = con.execute("SELECT text FROM entry WHERE text LIKE 'Refleksjon%'").fetchone()
    assert "følg opp opplæring" in journal
    assert con.execute("SELECT name FROM assessor").fetchall() == [("Ingrid",)]
    con.close()


def test_into_a_project_with_a_rubric_codes_meet_indicators_by_title(project):
    plan = preview_qdpx_import(project.path, FIXTURE, db=project)
    assert plan.matched == {"Strategi og veikart": "2.1", "Opplæring ved innføring": "3.2"}
    assert plan.unmatched == ["code “Trivsel” matches no indicator: its 1 coding stay "
                              "untagged"]
