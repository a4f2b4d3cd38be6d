"""Capture offers a workshop beside the interview, observation and document review: a button
and Ctrl+Shift+W open the New activity dialog with the workshop chosen."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from ui_helpers import activate, on_modal, type_text

from digifelt.core.services import activities

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_ctrl_shift_w_makes_a_workshop_and_opens_it(qtbot, window):
    window.rail.setCurrentRow(window.page_index("capture"))
    button = window.capture.findChild(QPushButton, "new_workshop")
    assert button.text() == "Workshop"
    assert button.toolTip() == "Ctrl+Shift+W"
    assert window.actions["new_workshop"].shortcut().toString() == "Ctrl+Shift+W"
    shortcuts = [s.toString() for a in window.actions.values() for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts))  # no key does two things

    def fill(dialog):
        assert dialog.kind.currentData() == "workshop"
        dialog.title.setFocus()
        dialog.title.selectAll()
        type_text(qtbot, dialog.title, "Verksted med formannskapet – Čáhcesuolu")
        dialog.headcount.setFocus()
        dialog.headcount.selectAll()
        type_text(qtbot, dialog.headcount, "11")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    on_modal(qtbot, fill)
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.capture.view is not None)
    [made] = activities.list_activities(window.ctx.db, kind="workshop")
    assert (made.activity.title, made.activity.headcount) == (
        "Verksted med formannskapet – Čáhcesuolu", 11)
    assert window.capture.view.activity_id == made.activity.id


def test_the_workshop_button_opens_the_same_dialog(qtbot, window):
    window.rail.setCurrentRow(window.page_index("capture"))
    kinds = []

    def cancel(dialog):
        kinds.append(dialog.kind.currentData())
        qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)

    on_modal(qtbot, cancel)
    window.capture.findChild(QPushButton, "new_workshop").click()
    assert kinds == ["workshop"]
    assert activities.list_activities(window.ctx.db, kind="workshop") == []
