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


# -- digifelt → QualCoder → digifelt ------------------------------------------------------
ROUNDTRIP = FIXTURE.with_name("qualcoder-roundtrip.qdpx")
NOTES = ("Intervju med ledergruppa, mars. Vi har en strategi for digitalisering 🙂 som er "
         "vedtatt.",
         "Sámi: Mii leat ráhkadan ođđa plána (čđŋšŧž), og kafe\u0301en er åpen. "
         "Opplæringen kommer for sent.")


def team_project(path: Path) -> Path:
    """The team's project the round-trip fixture was made from (the same content every time;
    its ids are new each time, as QualCoder's are)."""
    from digifelt.core.services import activities, entries, excerpts, findings, people, rubric
    from digifelt.core.services.projects import create_project
    from digifelt.core.template import find_template

    db = create_project(path, template=find_template("digital-ståstedskartlegging-kommune"),
                        title="Kartlegging", organisation="Fjellvik kommune",
                        assessor_name="Ingrid Lie", assessor_initials="IL")
    try:
        codes = {i.code: i for area in rubric.rubric_tree(db) for i in area.indicators}
        group = next(g for g in people.list_groups(db) if g.name == "Ledere")  # the template's
        act = activities.add_activity(db, kind="interview", title="Intervju med ledergruppa",
                                      group_ids=[group.id], status="done")
        first, second = (entries.add_entry(db, activity_id=act.id, text=t, order=n)
                         for n, t in enumerate(NOTES))
        words = "strategi for digitalisering 🙂 som er vedtatt"
        start = NOTES[0].index(words)
        excerpts.tag_excerpt(db, entry_id=first.id, start=start, end=start + len(words),
                             indicator_ids=[codes["2.1"].id, codes["2.2"].id],
                             valence="strength", starred=True, memo="Sagt av lederen")
        words = "Opplæringen kommer for sent"
        start = NOTES[1].index(words)
        excerpts.tag_excerpt(db, entry_id=second.id, start=start, end=start + len(words),
                             indicator_ids=[codes["3.2"].id], valence="gap")
        findings.update_finding(db, codes["2.1"].id, level=3, strengths="Strategien er kjent")
    finally:
        db.close()
    return path


def test_work_done_in_qualcoder_comes_back_into_the_team_project(tmp_path):
    """The fixture is QualCoder's export after importing the team's .qdpx and coding "ođđa
    plána (čđŋšŧž)" to 3.2: merged into the team's project, the colleague's coding is added on
    its words, and nothing the team had comes twice, though QualCoder gave everything new
    GUIDs and wrote one selection per code."""
    path = team_project(tmp_path / "team.digifelt")
    con = sqlite3.connect(path)
    before = con.execute("SELECT count(*) FROM excerpt").fetchone()[0]
    con.close()
    result = apply_qdpx_import(path, ROUNDTRIP)
    assert result.backup is not None
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM activity WHERE title = "
                       "'Intervju med ledergruppa'").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM excerpt").fetchone()[0] == before + 1
    ((text, start, end, note, memo, code),) = con.execute(
        "SELECT x.text, x.start, x.\"end\", e.text, x.memo, i.code FROM excerpt x "
        "JOIN entry e ON e.id = x.entry_id JOIN excerpt_indicator xi ON xi.excerpt_id = x.id "
        "JOIN indicator i ON i.id = xi.indicator_id WHERE x.text LIKE 'ođđa%'").fetchall()
    assert (text, code, memo) == ("ođđa plána (čđŋšŧž)", "3.2", "Lagt til i QualCoder")
    assert note == NOTES[1]
    assert note[start:end] == text
    assert con.execute("SELECT count(*) FROM conflict").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM respondent_group WHERE name = 'Ledere'"
                       ).fetchone() == (1,)
    con.close()


if __name__ == "__main__":  # writes the team's .qdpx the round-trip fixture starts from
    import sys
    import tempfile

    from digifelt.exports.qdpx import export_qdpx

    folder = Path(tempfile.mkdtemp())
    export_qdpx(team_project(folder / "team.digifelt"), Path(sys.argv[1]))
