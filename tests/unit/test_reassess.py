"""A re-assessment copies the rubric and the agreed levels, and nothing else."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from digifelt.api import Project
from digifelt.cli import main
from digifelt.core.errors import ProjectFileError
from digifelt.core.services import rubric
from digifelt.core.services.reassess import previous_levels, reassess

# Tables a re-assessment leaves empty: everything of the earlier visit but its rubric.
EMPTY = ("activity", "entry", "excerpt", "excerpt_indicator", "attachment", "blob",
         "participant", "respondent_group", "assessor", "guide", "guide_question", "finding",
         "finding_excerpt", "area_summary", "provisional_level", "action_item",
         "report_version", "fact_check_comment", "survey_question", "survey_answer")


@pytest.fixture
def old(tmp_path, blank_project_file):
    path = Path(tmp_path) / "old.digifelt"
    shutil.copy(blank_project_file, path)
    with Project.open(path, author="Kari Nordmann", backup=False) as p:
        p.update_project(period="2026")
        group = p.add_group(name="Prosjektgruppe")
        act = p.add_activity(kind="interview", title="Ledersamtale", group_ids=[group.id])
        entry = p.add_entry(activity_id=act.id, text="Vi har en zebrafiskplan for digitalisering.")
        ex = p.tag_excerpt(entry_id=entry.id, start=0, end=20, indicators=["1.1"])
        p.update_finding(indicator="1.1", level=2, status="agreed", strengths="Hemmelig tekst",
                         actions="Lag en plan", excerpt_ids=[ex.id])
        p.update_finding(indicator="1.2", level=3, status="draft")
        p.update_finding(indicator="2.1", status="not_assessed")
        p.update_area_summary(area="1", summary="Oppsummering")
        rubric.update_indicator(p.db, p.indicator_id("1.1"), lookfors=["Egen look-for"])
    return path


def _rows(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_new_file_has_the_rubric_and_the_agreed_levels_and_nothing_else(old, tmp_path):
    before = old.read_bytes()
    new = tmp_path / "new.digifelt"
    result = reassess(old, new, title="Kartlegging 2027", period="2027")
    assert result.previous_levels == 2
    assert old.read_bytes() == before  # the old file is only read
    for table in EMPTY:
        assert _rows(new, f"SELECT count(*) FROM {table}") == [(0,)], table
    rubric_sql = ("SELECT a.code, a.title, i.code, i.title, i.description, i.lookfors, i.\"order\""
                  " FROM indicator i JOIN area a ON a.id = i.area_id ORDER BY i.code")
    assert _rows(new, rubric_sql) == _rows(old, rubric_sql)
    scale_sql = "SELECT value, label, description FROM scale_level ORDER BY value"
    assert _rows(new, scale_sql) == _rows(old, scale_sql)
    assert ("1.1", '["Egen look-for"]') in [(r[2], r[5]) for r in _rows(new, rubric_sql)]
    assert _rows(new, "SELECT title, organisation, period FROM project") == [
        ("Kartlegging 2027", "Fjellvik kommune", "2027")]
    previous = _rows(new, "SELECT i.code, p.level, p.status, p.source_title FROM previous_level"
                          " p JOIN indicator i ON i.id = p.indicator_id ORDER BY i.code")
    assert previous == [("1.1", 2, "agreed", "Kartlegging (2026)"),
                        ("2.1", None, "not_assessed", "Kartlegging (2026)")]
    # Nothing of the evidence's words travelled in any column of the new file.
    raw = new.read_bytes()
    assert b"zebrafisk" not in raw
    assert b"Hemmelig" not in raw


def test_the_new_file_opens_for_editing_and_shows_the_previous_levels(old, tmp_path):
    new = tmp_path / "new.digifelt"
    reassess(old, new)
    with Project.open(new, backup=False) as p:
        shown = previous_levels(p.db)
        view = shown[p.indicator_id("1.1")][0]
        assert (view.level, view.status, view.source_title) == (2, "agreed", "Kartlegging (2026)")
        assert view.year is not None
        assert p.indicator_id("1.2") not in shown  # a draft level is no result
        p.update_finding(indicator="1.1", level=3, status="agreed")


def test_an_existing_target_is_refused_and_left_alone(old, tmp_path):
    target = tmp_path / "taken.digifelt"
    target.write_bytes(b"mine")
    with pytest.raises(ProjectFileError):
        reassess(old, target)
    assert target.read_bytes() == b"mine"
    assert not list(tmp_path.glob(".taken*"))


def test_cli_reassess(old, tmp_path, capsys):
    new = tmp_path / "cli.digifelt"
    assert main(["reassess", str(old), str(new), "--title", "Ny runde"]) == 0
    assert "2 previous levels" in capsys.readouterr().out
    assert _rows(new, "SELECT title FROM project") == [("Ny runde",)]
    assert main(["reassess", str(tmp_path / "none.digifelt"), str(tmp_path / "x.digifelt")]) == 1
