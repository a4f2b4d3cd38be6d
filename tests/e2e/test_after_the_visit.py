"""After the visit, end to end on the small demo: the draft goes out for fact check, the
municipality's comments come back in a spreadsheet and get responses, the final report has
the appendix, the actions are followed up, the organisation is assessed again a year later
with the previous levels as context, and the two assessments are compared."""

import sqlite3
from datetime import date

import openpyxl
from docx import Document

from digifelt.api import Project
from digifelt.cli import main
from digifelt.core.demo import generate_demo
from digifelt.core.services import actions, rubric
from digifelt.core.services.reassess import previous_levels


def _texts(path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_draft_comments_final_actions_reassessment_and_comparison(tmp_path, capsys):
    first = tmp_path / "fjellvik-2026.digifelt"
    generate_demo(first, size="small", seed=1)

    # 1. Draft v1 for fact check; the comments come back in a spreadsheet; each is answered.
    with Project.open(first, author="Kari Nordmann", backup=False) as p:
        agreed = [f for f in p.snapshot()["findings"] if f.get("level") is not None]
        assert agreed, "the small demo has findings with levels"
        version = p.send_for_fact_check(tmp_path / "utkast-v1.docx", to="Rådmannen",
                                        sent_at=date(2026, 11, 2))
        assert version.number == 1
        comments = tmp_path / "merknader.csv"
        comments.write_text("Indikator;Fra;Dato;Merknad\n"
                            "1.1;Rådmannen;12.11.2026;Planen ble vedtatt i juni.\n"
                            ";Kommunalsjef;13.11.2026;Rapporten er grundig.\n",
                            encoding="utf-8")
        imported = p.import_fact_check_comments(comments)
        assert len(imported) == 2
        p.respond_to_comment(imported[0].id, accepted=True, text="Vi har rettet datoen.")
        p.respond_to_comment(imported[1].id, accepted=False, text="Ingen endring trengs.")
        p.make_final_report(tmp_path / "endelig.docx")
        assert [v.kind for v in p.report_versions()] == ["draft", "final"]
        p.update_project(period="2026")
    final = _texts(tmp_path / "endelig.docx")
    assert "Merknader fra kommunen og hvordan de er håndtert" in final
    assert "Vi har rettet datoen." in final
    assert "Ingen endring trengs." in final

    # 2. Actions from the findings, followed up, then the follow-up report.
    assert main(["actions", str(first), "--from-findings"]) == 0
    with Project.open(first, backup=False) as p:
        listed = actions.list_actions(p.db)
        assert listed, "the demo's findings propose actions"
        with p.operation("Follow up"):
            actions.update_action(p.db, listed[0].action.id, status="done", owner="IT-sjef")
            actions.update_action(p.db, listed[-1].action.id, due_date=date(2026, 1, 1))
    assert main(["actions", str(first), "--from-findings"]) == 0  # nothing new the 2nd time
    assert "added 0 actions" in capsys.readouterr().out
    report = tmp_path / "oppfolging.docx"
    assert main(["actions", str(first), "-o", str(report)]) == 0
    followed = _texts(report)
    assert "gjennomført" in followed
    assert "(forfalt)" in followed

    # 3. A year later: a new assessment of the same municipality, previous levels as context.
    second = tmp_path / "fjellvik-2027.digifelt"
    assert main(["reassess", str(first), str(second), "--period", "2027"]) == 0
    con = sqlite3.connect(second)
    try:
        assert con.execute("SELECT count(*) FROM excerpt").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM participant").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM action_item").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM report_version").fetchone() == (0,)
    finally:
        con.close()
    with Project.open(first, backup=False) as p:
        old = {f["indicator_id"]: f for f in p.snapshot()["findings"]}
        codes = {i.id: i.code for area in rubric.rubric_tree(p.db) for i in area.indicators}
    old_agreed = {codes[i]: f["level"] for i, f in old.items()
                  if f.get("status") == "agreed" and f.get("level") is not None}
    assert old_agreed
    up_code = next(c for c, lv in sorted(old_agreed.items()) if lv < 4)
    with Project.open(second, backup=False) as p:
        shown = previous_levels(p.db)
        assert shown[p.indicator_id(up_code)][0].level == old_agreed[up_code]
        p.update_finding(indicator=up_code, level=old_agreed[up_code] + 1, status="agreed")

    # 4. Both compared: the level rose on that indicator.
    out = tmp_path / "compare.xlsx"
    assert main(["compare", str(first), str(second), "-o", str(out)]) == 0
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][3] == "Fjellvik kommune 2026: nivå"
    row = next(r for r in rows if r[1] == up_code)
    assert row[3] == old_agreed[up_code]
    assert row[6:8] == (old_agreed[up_code] + 1, "↑")
    assert row[5].split(" · ")[0].isdigit()
