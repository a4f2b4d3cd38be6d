"""Never lose text: committed within a second of the last keystroke, and on focus change,
navigation, close and quit — checked with a separate SQLite connection."""

import sqlite3
import time

from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import on_modal, open_db, type_text

from digifelt.core.services import activities, entries, projects
from digifelt.ui.autosave import DEBOUNCE_MS, save_status


def stored(path, activity_id) -> list[str]:
    """What another process would read from the file right now."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute('SELECT text FROM entry WHERE activity_id = ? ORDER BY "order"',
                           (activity_id,)).fetchall()
    finally:
        con.close()
    return [r[0] for r in rows]


def test_text_is_in_the_file_within_a_second_of_the_last_keystroke(qtbot, open_activity,
                                                                   project_path):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, "Kommunen har en ")
    qtbot.wait(DEBOUNCE_MS // 2)
    type_text(qtbot, editor, "digitaliseringsstrategi.")
    last_key = time.monotonic()
    assert view.window().save_label.text() == "Saving…"
    assert stored(project_path, view.activity_id) == []  # debounced, not per keystroke
    qtbot.waitUntil(lambda: stored(project_path, view.activity_id) == [
        "Kommunen har en digitaliseringsstrategi."], timeout=1500)
    assert time.monotonic() - last_key < 1.5
    qtbot.waitUntil(lambda: view.window().save_label.text() == "Saved")


def test_focus_change_and_question_navigation_commit_at_once(qtbot, open_activity,
                                                            project_path):
    view = open_activity()
    type_text(qtbot, view.current_editor(), "Svar én.")
    qtbot.keyClick(view.current_editor(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored(project_path, view.activity_id) == ["Svar én."]
    type_text(qtbot, view.current_editor(), "Svar to.")
    view.excerpt_panel.table.setFocus()
    assert stored(project_path, view.activity_id) == ["Svar én.", "Svar to."]


def test_switching_page_and_activity_commit_at_once(qtbot, open_activity, project_path):
    view = open_activity(title="A")
    window = view.window()
    type_text(qtbot, view.current_editor(), "Før sidebytte.")
    qtbot.keyClick(view.current_editor(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == 0
    assert stored(project_path, view.activity_id) == ["Før sidebytte."]
    window.open_activity(view.activity_id)
    type_text(qtbot, window.capture.view.current_editor(), " Og mer.")
    other = open_activity(title="B")
    assert other is not view
    assert stored(project_path, view.activity_id) == ["Før sidebytte. Og mer."]


def test_closing_the_window_mid_typing_loses_nothing(qtbot, controller, open_activity,
                                                     project_path):
    view = open_activity()
    activity_id = view.activity_id
    type_text(qtbot, view.current_editor(), "Siste ord før lokket går ne")
    assert view.current_editor().dirty
    controller.window.close()  # immediately: the debounce timer has not fired
    assert controller.ctx is None
    assert stored(project_path, activity_id) == ["Siste ord før lokket går ne"]


def test_quitting_and_session_logout_flush(qtbot, controller, open_activity, project_path):
    view = open_activity()
    type_text(qtbot, view.current_editor(), "Logger ut.")
    app = QApplication.instance()
    assert app.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) > 0
    controller._on_commit_data(None)  # what the OS session manager triggers at logout
    assert stored(project_path, view.activity_id) == ["Logger ut."]
    type_text(qtbot, view.current_editor(), " Avslutter.")
    app.aboutToQuit.emit()
    assert stored(project_path, view.activity_id) == ["Logger ut. Avslutter."]


def test_other_forms_save_on_close_too(qtbot, controller, window, project_path):
    type_text(qtbot, window.overview.organisation, " og omegn")
    window.rubric.item_title.setText("Politikk")
    window.rubric.item_title.textEdited.emit("Politikk")
    review = window.open_activity(activities.add_activity(
        window.ctx.db, kind="document_review", title="Plan").id)
    type_text(qtbot, review.doc_owner, "Kommunedirektøren")
    window.close()
    db = open_db(project_path)
    try:
        assert projects.get_project(db).organisation == "Fjellvik kommune og omegn"
        [doc] = activities.list_activities(db, "document_review")
        assert doc.activity.doc_owner == "Kommunedirektøren"
        from digifelt.core.services import rubric
        assert rubric.rubric_tree(db)[0].area.title == "Politikk"
    finally:
        db.close()


def test_a_failed_save_is_shown_and_retried(qtbot, open_activity, project_path):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, "God tekst")
    assert editor.flush()
    shown = []
    on_modal(qtbot, lambda box: (shown.append(box.text()), box.accept()))
    editor.insertPlainText("\x00")  # refused by the service: text must not contain NUL
    assert not editor.flush()
    assert shown
    assert "NUL" in shown[0]
    assert view.window().save_label.text() == "NOT SAVED"
    assert save_status().state == "error"
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    type_text(qtbot, editor, ".")
    assert editor.flush()
    assert stored(project_path, view.activity_id) == ["God tekst."]
    assert view.window().save_label.text() == "Saved"
    assert [e.text for e in entries.list_entries(view.ctx.db, view.activity_id)] == [
        "God tekst."]
