"""One undo history per activity for typing and tagging; every step is committed."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from ui_helpers import on_modal, type_text

from digifelt.core.services import entries, excerpts

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def stored_text(view) -> list[str]:
    return [e.text for e in entries.list_entries(view.ctx.db, view.activity_id)]


def stored_tags(view) -> list:
    return excerpts.list_excerpts(view.ctx.db, activity_id=view.activity_id)


def tag_all(qtbot, editor, code="4.1"):
    editor.selectAll()
    on_modal(qtbot, lambda d: (type_text(qtbot, d.filter, code),
                               qtbot.keyClick(d.filter, Qt.Key.Key_Return)))
    qtbot.keyClick(editor, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window())


def test_undo_and_redo_a_tag(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, "Innbyggerne blir spurt før vi endrer tjenester.")
    tag_all(qtbot, editor)
    assert len(stored_tags(view)) == 1
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert stored_tags(view) == []
    assert editor.extraSelections() == []
    assert stored_text(view) == ["Innbyggerne blir spurt før vi endrer tjenester."]
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL_SHIFT)
    [tag] = stored_tags(view)
    assert tag.excerpt.text == "Innbyggerne blir spurt før vi endrer tjenester."
    assert len(editor.extraSelections()) == 1


def test_undo_and_redo_typing_is_saved_at_once(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, "Første setning.")
    assert editor.flush()
    type_text(qtbot, editor, " Andre setning.")
    assert editor.flush()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert stored_text(view) == ["Første setning."]  # committed without waiting
    assert not editor.dirty
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)
    assert stored_text(view) == ["Første setning. Andre setning."]


def test_typing_and_tagging_share_one_history(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, "Alt er digitalt.")
    tag_all(qtbot, editor, "4.2")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, editor, " Nesten.")
    window = view.window()
    window.actions["undo"].trigger()  # Edit → Undo: the typing
    assert stored_text(view) == ["Alt er digitalt."]
    assert len(stored_tags(view)) == 1
    window.actions["undo"].trigger()  # then the tag
    assert stored_tags(view) == []
    window.actions["redo"].trigger()
    window.actions["redo"].trigger()
    assert stored_text(view) == ["Alt er digitalt. Nesten."]
    [tag] = stored_tags(view)
    assert tag.excerpt.text == "Alt er digitalt."


def test_undo_star_and_remove(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, "Vi øver på dataangrep hvert år.")
    tag_all(qtbot, editor, "5.4")
    qtbot.keyClick(editor, Qt.Key.Key_8, CTRL)
    assert stored_tags(view)[0].excerpt.starred
    qtbot.keyClick(editor, Qt.Key.Key_T, CTRL_SHIFT)
    assert stored_tags(view) == []
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # the removal
    [tag] = stored_tags(view)
    assert tag.excerpt.starred
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # the star (on the same excerpt, back)
    assert not stored_tags(view)[0].excerpt.starred
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # the tag itself
    assert stored_tags(view) == []


def test_each_activity_has_its_own_history(qtbot, open_activity):
    first = open_activity(title="Første")
    type_text(qtbot, first.current_editor(), "Notat i første.")
    second = open_activity(title="Andre")
    window = second.window()
    assert window.undo_group.activeStack() is second.undo_stack
    assert not second.undo_stack.canUndo()
    window.actions["undo"].trigger()
    assert [e.text for e in entries.list_entries(second.ctx.db, first.activity_id)] == [
        "Notat i første."]


def test_removing_a_quoted_tag_and_undoing_brings_back_the_same_excerpt_and_quote(
        qtbot, open_activity):
    from digifelt.core.services import findings

    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, "Vi har en plan for digitalisering. Den følges opp årlig.")
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(34, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    on_modal(qtbot, lambda d: (type_text(qtbot, d.filter, "1.1"),
                               qtbot.keyClick(d.filter, Qt.Key.Key_Return)))
    qtbot.keyClick(editor, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window())
    [tag] = stored_tags(view)
    indicator = tag.indicator_ids[0]
    view.ctx.run("Edit finding", findings.update_finding, indicator, level=2,
                 excerpt_ids=[tag.excerpt.id], scope="findings")
    cursor.setPosition(3)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_T, CTRL_SHIFT)  # remove the tag under the cursor
    assert stored_tags(view) == []
    assert findings.get_finding(view.ctx.db, indicator).excerpt_ids == []
    assert "Ctrl+Z" in view.window().statusBar().currentMessage()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    [back] = stored_tags(view)
    assert back.excerpt.id == tag.excerpt.id
    assert back.excerpt.created_at == tag.excerpt.created_at
    assert back.indicator_ids == tag.indicator_ids
    assert findings.get_finding(view.ctx.db, indicator).excerpt_ids == [tag.excerpt.id]
    assert len(editor.extraSelections()) == 1
    # Redo and undo again: still the one excerpt, never a second copy of the same words.
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL_SHIFT)
    assert stored_tags(view) == []
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert [t.excerpt.id for t in stored_tags(view)] == [tag.excerpt.id]


def test_an_activitys_tag_history_outlives_closing_it(qtbot, open_activity):
    first = open_activity(title="Første")
    editor = first.current_editor()
    type_text(qtbot, editor, "Tjenestene er digitale.")
    tag_all(qtbot, editor, "4.2")
    [tag] = stored_tags(first)
    first_id = first.activity_id
    window = first.window()
    open_activity(title="Andre")  # closes the first
    view = window.open_activity(first_id)
    qtbot.waitUntil(lambda: view.current_editor() is not None)
    assert window.undo_group.activeStack() is view.undo_stack
    assert view.undo_stack.canUndo()  # the tag; the old editor's typing steps are gone
    window.actions["undo"].trigger()
    assert stored_tags(view) == []
    assert stored_text(view) == ["Tjenestene er digitale."]  # typing kept
    window.actions["redo"].trigger()
    assert [t.excerpt.id for t in stored_tags(view)] == [tag.excerpt.id]
