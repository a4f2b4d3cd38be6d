"""The fact check window, driven from the keyboard: send draft v1 from the Export page, import
the municipality's comments, respond with Enter / Alt+A / Alt+N, add one with Insert, make the
final report and read what changed."""

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate, on_modal, type_text

from digifelt.core.services import fact_check, findings, rubric

pytest_plugins = ["demo_project"]  # go_to

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _open(qtbot, window, go_to):
    go_to(window, "export")
    page = window.export
    _press(qtbot, page.findChild(type(page.export_button), "factCheckButton"))
    dialog = page.fact_check_dialog
    activate(qtbot, dialog)
    return dialog


def _fill_path(dialog, path) -> None:
    edit = dialog.path.edit
    edit.setFocus()
    edit.selectAll()
    edit.setText(str(path))


def test_the_fact_check_loop_from_the_keyboard(qtbot, window, go_to, tmp_path):
    ctx = window.ctx
    first, second = rubric.rubric_tree(ctx.db)[0].indicators[:2]
    ctx.run("Finding", findings.update_finding, first.id, level=2, strengths="Plan finnes",
            status="agreed", scope="findings")
    dialog = _open(qtbot, window, go_to)
    assert not dialog.buttons["add"].isEnabled()  # nothing to comment on before a draft

    draft = tmp_path / "utkast.docx"

    def send(d):
        d.to.setFocus()
        type_text(qtbot, d.to, "Kommunedirektør")
        _fill_path(d, draft)
        qtbot.keyClick(d.path.edit, Qt.Key.Key_Return)

    on_modal(qtbot, send)
    _press(qtbot, dialog.buttons["send"])
    qtbot.waitUntil(lambda: draft.exists())
    assert "Versjon 1 – utkast til faktasjekk" in "\n".join(
        p.text for p in docx.Document(draft).paragraphs)
    qtbot.waitUntil(lambda: dialog.versions.count() == 1)
    assert "Kommunedirektør" in dialog.versions.currentText()

    sheet = tmp_path / "merknader.csv"
    sheet.write_text(f"Indikator;Fra;Merknad\n{first.code};Rådmann;Nivået er for lavt\n"
                     f"{second.code};Rådmann;Mangler opplæring\n", encoding="utf-8")
    dialog.import_comments(sheet)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert dialog.table.item(0, 0).text() == f"{first.code} {first.title}"

    def respond(accepted: bool, text: str):
        def handle(d):
            activate(qtbot, d)
            qtbot.keyClick(d.text, Qt.Key.Key_A if accepted else Qt.Key.Key_N, ALT)
            assert d.is_accepted() is accepted
            d.text.selectAll()
            type_text(qtbot, d.text, text)
            qtbot.keyClick(d.text, Qt.Key.Key_Return)
        return handle

    dialog.table.setFocus()
    dialog.table.selectRow(0)
    on_modal(qtbot, respond(True, "Hevet til nivå 3"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.item(0, 4).text() == "Hevet til nivå 3")
    dialog.table.selectRow(1)
    on_modal(qtbot, respond(False, "Godt belagt"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.item(1, 4).text() == "Godt belagt")
    assert dialog.table.item(1, 3).text() == "Not accepted"
    assert ctx.undo_stack("findings").undoText() == "Respond to comment"

    def add(d):
        activate(qtbot, d)
        d.text.setFocus()
        type_text(qtbot, d.text, "Takk for en grundig rapport")
        qtbot.keyClick(d.text, Qt.Key.Key_Return, CTRL)

    activate(qtbot, dialog)
    dialog.table.setFocus()
    on_modal(qtbot, add)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    dialog.table.selectRow(2)
    assert dialog.table.item(2, 0).text() == "General"
    on_modal(qtbot, respond(True, "Ingen endring"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    ctx.run("Finding", findings.update_finding, first.id, level=3, scope="findings")
    final = tmp_path / "endelig.docx"

    def make(d):
        _fill_path(d, final)
        qtbot.keyClick(d.path.edit, Qt.Key.Key_Return)

    on_modal(qtbot, make)
    _press(qtbot, dialog.buttons["final"])
    qtbot.waitUntil(lambda: final.exists())
    document = docx.Document(final)
    assert "Versjon 2 – endelig rapport, etter faktasjekk" in "\n".join(
        p.text for p in document.paragraphs)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert "Tatt til følge: Hevet til nivå 3" in cells
    assert "Ikke tatt til følge: Godt belagt" in cells
    assert "Takk for en grundig rapport" in cells

    seen: list[str] = []

    def read_changes(d):
        seen.extend(d.list.item(i).text() for i in range(d.list.count()))
        qtbot.keyClick(d.list, Qt.Key.Key_Escape)

    on_modal(qtbot, read_changes)
    _press(qtbot, dialog.buttons["changes"])
    assert seen == [f"{first.code} {first.title} – level: 2 → 3"]

    assert [c.response for c in fact_check.list_comments(ctx.db)] == ["accepted", "not_accepted",
                                                                  "accepted"]
    assert QApplication.activeModalWidget() is None
