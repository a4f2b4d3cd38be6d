"""Follow-up actions in the app: Ctrl+Shift+L opens them, the findings' actions come in, a
cell is edited by typing, the status by the keyboard picker, the due date by the date field,
the list is filtered and exported, and Ctrl+Z takes each change back. Also: a re-assessment's
findings show the previous level."""

from datetime import date

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate, on_modal, open_db, type_text

from digifelt.core.services import actions, findings, rubric
from digifelt.ui.pages.actions_model import ActionsModel

pytest_plugins = ["demo_project"]  # go_to

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _open_actions(qtbot, window):
    qtbot.keyClick(window.rail, Qt.Key.Key_L, CTRL_SHIFT)
    dialog = window._actions_dialog  # noqa: SLF001 (the one window it keeps)
    activate(qtbot, dialog)
    return dialog, dialog.view


def _rows(view) -> list[tuple]:
    m = view.model
    return [tuple(m.index(r, c).data() for c in range(m.columnCount()))
            for r in range(m.rowCount())]


def _edit_finished(qtbot, table):
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def test_actions_from_findings_edited_with_the_keyboard_and_undone(qtbot, window, tmp_path):
    ctx = window.ctx
    first = rubric.rubric_tree(ctx.db)[0].indicators
    ctx.run("Finding", findings.update_finding, first[0].id,
            actions="- Lag en digitaliseringsplan\n- Utnevn en eier", scope="findings")
    ctx.run("Finding", findings.update_finding, first[1].id, actions="Evaluer årlig",
            scope="findings")
    dialog, view = _open_actions(qtbot, window)
    view.model.today = date(2027, 3, 1)
    assert view.model.rowCount() == 0
    view.buttons["from_findings"].setFocus()
    qtbot.keyClick(view.buttons["from_findings"], Qt.Key.Key_Space)
    assert [r[1] for r in _rows(view)] == ["Lag en digitaliseringsplan", "Utnevn en eier",
                                           "Evaluer årlig"]
    # Again: nothing new.
    view.buttons["from_findings"].setFocus()
    qtbot.keyClick(view.buttons["from_findings"], Qt.Key.Key_Space)
    assert view.model.rowCount() == 3

    # Owner: typing in the cell starts editing it, Enter saves.
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, ActionsModel.COL_OWNER))
    qtbot.keyClicks(table, "i")
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    type_text(qtbot, QApplication.focusWidget(), "t-sjef")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    _edit_finished(qtbot, table)
    assert actions.list_actions(ctx.db)[0].action.owner == "it-sjef"

    # Status: Alt+S opens the picker, Down Down (planned → in progress → done), Enter.
    qtbot.keyClick(table, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget().objectName() == "actionStatusEditor")
    picker = QApplication.focusWidget()
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    _edit_finished(qtbot, table)
    assert actions.list_actions(ctx.db)[0].action.status == "done"

    # Due date on the second action: Alt+D, type a Norwegian-style date, Enter; it is overdue.
    table.setCurrentIndex(view.model.index(1, ActionsModel.COL_TEXT))
    qtbot.keyClick(table, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget().objectName() == "actionDueEditor")
    due = QApplication.focusWidget()
    due.selectAll()
    qtbot.keyClicks(due, "15.01.2027")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    _edit_finished(qtbot, table)
    assert actions.list_actions(ctx.db)[1].action.due_date == date(2027, 1, 15)
    assert "overdue" in view.model.index(1, ActionsModel.COL_STATUS).data()

    # Filter: only the overdue one, then only the done one.
    view.filter.setFocus()
    view.filter.setCurrentIndex(view.filter.findData("overdue"))
    assert [r[1] for r in _rows(view)] == ["Utnevn en eier"]
    view.filter.setCurrentIndex(view.filter.findData("done"))
    assert [r[1] for r in _rows(view)] == ["Lag en digitaliseringsplan"]
    view.filter.setCurrentIndex(0)

    # Alt+Down moves the current action down; Ctrl+Z takes the move, the date and the status
    # back, one at a time.
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, ActionsModel.COL_TEXT))
    qtbot.keyClick(table, Qt.Key.Key_Down, ALT)
    assert [r[1] for r in _rows(view)][:2] == ["Utnevn en eier", "Lag en digitaliseringsplan"]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _rows(view)[0][1] == "Lag en digitaliseringsplan")
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: actions.list_actions(ctx.db)[1].action.due_date is None)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: actions.list_actions(ctx.db)[0].action.status == "planned")

    # Insert adds an action and opens its text for typing; Delete on the table removes it.
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "=1+1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _edit_finished(qtbot, table)
    assert [v.action.text for v in actions.list_actions(ctx.db)][-1] == "=1+1"

    # Export: the .xlsx holds the list (the formula-looking text stays text).
    out = tmp_path / "actions.xlsx"
    view.export_to(out)
    sheet = openpyxl.load_workbook(out).active
    texts = [sheet.cell(row=r, column=5).value for r in range(2, sheet.max_row + 1)]
    assert texts == ["Lag en digitaliseringsplan", "Utnevn en eier", "Evaluer årlig", "'=1+1"]
    assert sheet.cell(row=2, column=8).value == "planlagt"  # the project's language: nb

    table.setFocus()
    table.setCurrentIndex(view.model.index(3, ActionsModel.COL_TEXT))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert view.model.rowCount() == 3
    dialog.close()


def test_the_follow_up_report_button_writes_the_docx(qtbot, window, tmp_path, monkeypatch):
    from docx import Document
    from PySide6.QtWidgets import QFileDialog

    ctx = window.ctx
    ctx.run("Add", actions.add_action, text="Felles plan", due_date=date(2020, 1, 1),
            scope="actions")
    _dialog, view = _open_actions(qtbot, window)
    out = tmp_path / "oppfolging.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(view.buttons["docx"], Qt.MouseButton.LeftButton)
    doc = Document(str(out))
    cells = [c.text for t in doc.tables[1:] for r in t.rows for c in r.cells]
    assert "planlagt (forfalt)" in cells


def test_a_reassessment_shows_the_previous_level_beside_the_finding(qtbot, controller,
                                                                      window, go_to, tmp_path):
    from digifelt.ui.dialogs.reassess_dialog import ReassessDialog

    ctx = window.ctx
    first = rubric.rubric_tree(ctx.db)[0].indicators[0]
    ctx.run("Finding", findings.update_finding, first.id, level=2, status="agreed",
            scope="findings")
    new = tmp_path / "ny.digifelt"

    def fill(dialog):
        assert isinstance(dialog, ReassessDialog)
        dialog.period.setFocus()
        qtbot.keyClicks(dialog.period, "2027")
        dialog.path.setText(str(new))
        qtbot.keyClick(dialog.period, Qt.Key.Key_Return)
        assert not dialog.isVisible()
        on_modal(qtbot, lambda box: box.accept())  # the message saying where it was made

    on_modal(qtbot, fill)
    window.actions["reassess"].trigger()  # File → New assessment from this one…
    db = open_db(new)
    try:
        assert actions.list_actions(db) == []
    finally:
        db.close()
    win = controller.open_project(new)
    activate(qtbot, win)
    go_to(win, "findings")
    indicator = rubric.rubric_tree(win.ctx.db)[0].indicators[0]
    win.findings.show_indicator(indicator.id)
    year = date.today().year
    assert f"Previous assessment ({year}): level 2" in win.findings.editor.heading.text()
