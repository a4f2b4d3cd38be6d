"""Consent per interview (information letter, consent, by whom) from the keyboard, undoable;
and the interview's transcript for the quote check from the Capture menu."""

import sqlite3

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog
from ui_helpers import press_undo, type_text

from digifelt.core.services import activities, people


def focused():
    return QApplication.focusWidget()


def _stored(path, activity_id):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT info_letter_given, consent_given, consent_by FROM activity "
                           "WHERE id = ?", (activity_id,)).fetchone()
    finally:
        con.close()


def test_consent_is_recorded_by_the_assessor_and_undone(qtbot, open_activity, window,
                                                         project_path):
    view = open_activity()
    bar = view.consent
    assert not bar.letter.isChecked()
    assert bar.by.currentData() is None
    bar.letter.setFocus()
    qtbot.keyClick(bar.letter, Qt.Key.Key_Space)
    me = window.ctx.author_id
    assert me is not None
    assert _stored(project_path, view.activity_id) == (1, 0, me)
    assert bar.by.currentData() == me
    bar.consent.setFocus()
    qtbot.keyClick(bar.consent, Qt.Key.Key_Space)
    assert _stored(project_path, view.activity_id) == (1, 1, me)
    press_undo(qtbot, window, view.current_editor())
    assert _stored(project_path, view.activity_id) == (1, 0, me)
    qtbot.waitUntil(lambda: not bar.consent.isChecked())
    assert bar.letter.isChecked()


def test_another_assessor_can_be_named(qtbot, open_activity, window, project_path):
    other = window.ctx.run("Add assessor", people.add_assessor, name="Per Ås", initials="PÅ",
                           scope="plan")
    view = open_activity()
    bar = view.consent
    assert bar.by.findData(other.id) > 0
    bar.by.setFocus()
    while bar.by.currentData() != other.id:
        qtbot.keyClick(bar.by, Qt.Key.Key_Down)
    assert _stored(project_path, view.activity_id)[2] == other.id
    bar.consent.setFocus()
    qtbot.keyClick(bar.consent, Qt.Key.Key_Space)
    assert _stored(project_path, view.activity_id) == (0, 1, other.id)  # the choice stands


def test_consent_set_elsewhere_shows_in_the_open_interview(qtbot, open_activity, window):
    view = open_activity()
    window.ctx.run("Consent", activities.update_activity, view.activity_id,
                   info_letter_given=True, consent_given=True, consent_by=window.ctx.author_id,
                   scope="plan")
    qtbot.waitUntil(lambda: view.consent.consent.isChecked())
    assert view.consent.letter.isChecked()


def test_the_capture_menu_exports_the_transcript(qtbot, open_activity, window, tmp_path,
                                                 monkeypatch):
    view = open_activity(title="Intervju – ledere")
    type_text(qtbot, focused(), "Vi har en strategi for «digitalt førstevalg».")
    out = tmp_path / "sitatsjekk.docx"
    asked = {}

    def save_name(_parent, _title, suggested, _filters):
        asked["suggested"] = suggested
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    action = next(a for a in window.findChildren(QAction)
                  if a.objectName() == "action_export_transcript")
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    qtbot.keyClick(focused(), Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert out.exists()
    assert asked["suggested"].endswith(".docx")
    paragraphs = [p.text for p in Document(out).paragraphs]
    assert "Vi har en strategi for «digitalt førstevalg»." in paragraphs
    assert view.guide.questions[0].question.text in paragraphs
    assert str(out) in window.statusBar().currentMessage()
