"""The scripting API's fact check: each call one operation, undoable."""

import shutil

import docx

from digifelt.api import Project


def test_fact_check_through_the_api(tmp_path, blank_project_file):
    path = tmp_path / "x.digifelt"
    shutil.copy(blank_project_file, path)
    with Project.open(path, author="Kari Nordmann", backup=False) as p:
        p.update_finding(indicator="1.1", level=2, strengths="Plan finnes", status="agreed")
        v1 = p.send_for_fact_check(tmp_path / "v1.docx", to="Kommunedirektør")
        assert (v1.number, v1.kind) == (1, "draft")
        csv = tmp_path / "m.csv"
        csv.write_text("Kapittel/Indikator,Merknad\n1.1,Nivå 3\n", encoding="utf-8")
        [imported] = p.import_fact_check_comments(csv)
        assert imported.target == p.indicator_id("1.1")
        general = p.add_fact_check_comment("Takk", commenter="Rådmann")
        assert general.target_kind == "general"
        assert p.can_undo() == "Add comment"
        p.undo()
        assert [c.text for c in p.fact_check_comments(1)] == ["Nivå 3"]
        answered = p.respond_to_comment(imported.id, accepted=True, text="Hevet")
        assert answered.responded_by == p.author_id
        p.update_finding(indicator="1.1", level=3)
        final = p.make_final_report(tmp_path / "final.docx")
        assert [(v.number, v.kind) for v in p.report_versions()] == [(1, "draft"), (2, "final")]
        assert final.number == 2
        [change] = p.changes_between(1, 2)
        assert (change.code, change.what, change.before, change.after) == ("1.1", "level", 2, 3)
    cells = [c.text for t in docx.Document(tmp_path / "final.docx").tables
             for r in t.rows for c in r.cells]
    assert "Tatt til følge: Hevet" in cells
