"""The follow-up action list: made from the findings, edited with undo, exported as .xlsx
and as the follow-up report (.docx), both read back."""

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from digifelt.api import Project
from digifelt.core.errors import ValidationError
from digifelt.core.operations import journal
from digifelt.core.services import actions
from digifelt.exports.actions_xlsx import export_actions
from digifelt.exports.follow_up_report import FollowUpExportError

TODAY = date(2027, 3, 1)


@pytest.fixture
def p(tmp_path, blank_project_file):
    path = Path(tmp_path) / "a.digifelt"
    shutil.copy(blank_project_file, path)
    project = Project.open(path, backup=False)
    yield project
    project.close()


def _texts(db) -> list[tuple[str | None, str]]:
    return [(v.indicator_code, v.action.text) for v in actions.list_actions(db)]


def test_split_actions_takes_one_per_line_without_bullets_or_numbers():
    text = "- Lag en plan\n\n• Utnevn en eier \n2) Evaluer årlig\n  * Del  erfaringer\n–Kort"
    assert actions.split_actions(text) == [
        "Lag en plan", "Utnevn en eier", "Evaluer årlig", "Del  erfaringer", "Kort"]
    assert actions.split_actions(None) == []
    assert actions.split_actions("  \n\t\n") == []


def test_actions_from_findings_in_rubric_order_and_again_adds_only_new_ones(p):
    p.update_finding(indicator="1.2", actions="- Lag en plan\n- Utnevn en eier")
    p.update_finding(indicator="1.1", actions="Kartlegg tjenestene")
    p.update_finding(indicator="2.1", actions=None, strengths="Bra")
    added = journal(p.db).run("From findings", actions.actions_from_findings, p.db)
    assert [a.text for a in added] == ["Kartlegg tjenestene", "Lag en plan", "Utnevn en eier"]
    # Again, with one line reworded in spacing/case and one new: only the new one is added.
    p.update_finding(indicator="1.2", actions="- lag  en PLAN\n- Utnevn en eier\n- Ny rutine")
    again = actions.actions_from_findings(p.db)
    assert [a.text for a in again] == ["Ny rutine"]
    assert actions.actions_from_findings(p.db) == []
    assert _texts(p.db) == [("1.1", "Kartlegg tjenestene"), ("1.2", "Lag en plan"),
                            ("1.2", "Utnevn en eier"), ("1.2", "Ny rutine")]


def test_the_same_line_under_two_indicators_is_two_actions(p):
    p.update_finding(indicator="1.1", actions="Felles tiltak")
    p.update_finding(indicator="1.2", actions="Felles tiltak")
    assert len(actions.actions_from_findings(p.db)) == 2


def test_edit_reorder_delete_are_undone_one_step_each(p, tmp_path):
    j = journal(p.db)
    a = j.run("Add", actions.add_action, p.db, text="Første", indicator_id=p.indicator_id("1.1"))
    b = j.run("Add", actions.add_action, p.db, text="Andre", owner="Rådmann")
    j.run("Edit", actions.update_action, p.db, a.id, owner="IT-sjef",
          due_date=date(2027, 1, 31), status="in_progress", notes="Startet")
    j.run("Move", actions.move_action, p.db, b.id, 0)
    assert [t for _c, t in _texts(p.db)] == ["Andre", "Første"]
    j.run("Delete", actions.delete_action, p.db, b.id)
    assert [t for _c, t in _texts(p.db)] == ["Første"]
    j.undo()
    assert [t for _c, t in _texts(p.db)] == ["Andre", "Første"]
    j.undo()
    assert [t for _c, t in _texts(p.db)] == ["Første", "Andre"]
    j.undo()
    first = actions.list_actions(p.db)[0].action
    assert (first.owner, first.due_date, first.status, first.notes) == (None, None, "planned",
                                                                        None)
    j.redo()
    # Reopened from disk, the edit is there.
    path = p.db.path
    p.close()
    with Project.open(path, backup=False) as again:
        first = actions.list_actions(again.db)[0].action
        assert (first.owner, first.due_date, first.status, first.notes) == (
            "IT-sjef", date(2027, 1, 31), "in_progress", "Startet")


def test_wrong_values_are_refused_and_change_nothing(p):
    a = actions.add_action(p.db, text="Tiltak")
    with pytest.raises(ValidationError):
        actions.update_action(p.db, a.id, status="finished")
    with pytest.raises(ValidationError):
        actions.update_action(p.db, a.id, text="  ")
    with pytest.raises(ValidationError):
        actions.update_action(p.db, a.id, due_date="2027-01-01")
    with pytest.raises(ValidationError):
        actions.add_action(p.db, text="")
    assert actions.list_actions(p.db)[0].action.status == "planned"


def test_overdue_is_an_open_action_past_its_date(p):
    late = actions.add_action(p.db, text="Sen", due_date=date(2027, 2, 1))
    actions.add_action(p.db, text="Ferdig", due_date=date(2027, 2, 1), status="done")
    actions.add_action(p.db, text="Avlyst", due_date=date(2026, 2, 1), status="dropped")
    actions.add_action(p.db, text="I dag", due_date=TODAY)
    actions.add_action(p.db, text="Uten dato")
    overdue = actions.list_actions(p.db, status="overdue", today=TODAY)
    assert [v.action.id for v in overdue] == [late.id]
    counts = actions.status_counts(actions.list_actions(p.db), TODAY)
    assert counts == {"planned": 3, "in_progress": 0, "done": 1, "dropped": 1, "overdue": 1}
    assert [v.action.text for v in actions.list_actions(p.db, status="done")] == ["Ferdig"]


def _filled(p):
    p.update_finding(indicator="1.1", actions="=1+1\n- Lag en plan")
    actions.actions_from_findings(p.db)
    views = actions.list_actions(p.db)
    actions.update_action(p.db, views[1].action.id, owner="@Rådmann",
                          due_date=date(2027, 1, 15), notes="+ viktig")
    actions.add_action(p.db, text="Generelt tiltak", due_date=date(2027, 6, 1),
                       status="in_progress")


def test_xlsx_holds_the_values_as_text_and_dates_never_formulas(p, tmp_path):
    _filled(p)
    out = tmp_path / "actions.xlsx"
    result = export_actions(p.db, out, lang="nb", today=TODAY)
    assert (result.actions, result.overdue) == (3, 1)
    sheet = openpyxl.load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:8] == ["#", "Område", "Kjennetegn", "Kjennetegn (tittel)", "Tiltak",
                           "Ansvarlig", "Frist", "Status"]
    assert rows[1][2] == "1.1"
    assert rows[1][4] == "'=1+1"
    assert rows[2][4:10] == ["Lag en plan", "'@Rådmann", rows[2][6], "planlagt", "forfalt",
                             "'+ viktig"]
    assert rows[2][6].date() == date(2027, 1, 15)
    assert rows[3][2] is None
    assert rows[3][4] == "Generelt tiltak"
    assert rows[3][8] in ("", None)
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_follow_up_report_counts_and_marks_the_overdue(p, tmp_path):
    _filled(p)
    out = tmp_path / "follow-up.docx"
    export_actions(p.db, out, lang="en", today=TODAY)
    doc = Document(str(out))
    text = "\n".join(par.text for par in doc.paragraphs)
    assert "Follow-up of actions: Fjellvik kommune" in text
    assert "General actions" in text
    counts = {r.cells[0].text: r.cells[1].text for r in doc.tables[0].rows[1:]}
    assert counts == {"planned": "2", "in progress": "1", "done": "0", "dropped": "0",
                      "overdue": "1"}
    rows = [[c.text for c in r.cells] for t in doc.tables[1:] for r in t.rows[1:]]
    assert ["Lag en plan", "@Rådmann", "2027-01-15", "planned (overdue)", "+ viktig"] in rows
    assert ["=1+1", "", "", "planned", ""] in rows
    assert ["Generelt tiltak", "", "2027-06-01", "in progress", ""] in rows


def test_an_empty_list_makes_a_report_that_says_so_and_a_wrong_name_is_refused(p, tmp_path):
    export_actions(p.db, tmp_path / "f.docx", lang="nb", today=TODAY)
    doc = Document(str(tmp_path / "f.docx"))
    assert "Ingen tiltak er registrert." in [par.text for par in doc.paragraphs]
    with pytest.raises(FollowUpExportError):
        export_actions(p.db, tmp_path / "f.pdf")
    assert not (tmp_path / "f.pdf").exists()


def test_cli_lists_makes_and_exports(p, tmp_path, capsys):
    from digifelt.cli import main

    p.update_finding(indicator="1.1", actions="- Lag en plan\n- Utnevn en eier")
    path = p.db.path
    p.close()
    assert main(["actions", str(path), "-o", str(tmp_path / "a.pdf"), "--from-findings"]) == 1
    assert "choose a .xlsx or .docx" in capsys.readouterr().err
    assert main(["actions", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "no actions"  # the refused call changed nothing
    out = tmp_path / "a.xlsx"
    assert main(["actions", str(path), "--from-findings", "-o", str(out)]) == 0
    assert "added 2 actions" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).active.cell(row=3, column=5).value == "Utnevn en eier"
    assert main(["actions", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[-1] for line in lines] == ["Lag en plan", "Utnevn en eier"]
