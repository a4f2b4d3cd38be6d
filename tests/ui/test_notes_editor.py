"""Tagged spans: exact code-point offsets after emoji, highlights that follow typing, tooltips."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from ui_helpers import on_modal, open_db, type_text

from digifelt.core.services import excerpts, rubric

TEXT = "Vi starta 🙂 i fjor 👍🏽. Den nye planen følges ikke opp."
SENTENCE = "Den nye planen følges ikke opp."


def u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def pick(qtbot, code: str, *keys):
    def handler(dialog):
        type_text(qtbot, dialog.filter, code)
        for key in keys:
            qtbot.keyClick(dialog.filter, key, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    on_modal(qtbot, handler)


def select_utf16(editor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def tag_sentence(qtbot, view, editor, code="2.1"):
    start = u16(TEXT[:TEXT.index(SENTENCE)])
    select_utf16(editor, start, start + u16(SENTENCE))
    pick(qtbot, code)
    qtbot.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(view.excerpt_views) == 1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window())
    return start


def test_tag_after_emoji_stores_exactly_the_selected_words(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, TEXT)
    start16 = tag_sentence(qtbot, view, editor)
    [tag] = excerpts.list_excerpts(view.ctx.db, activity_id=view.activity_id)
    assert tag.excerpt.text == SENTENCE
    assert TEXT[tag.excerpt.start:tag.excerpt.end] == SENTENCE
    assert [rubric.indicators_by_code(view.ctx.db)["2.1"].id] == tag.indicator_ids
    [highlight] = editor.extraSelections()
    assert (highlight.cursor.selectionStart(), highlight.cursor.selectionEnd()) == (
        start16, start16 + u16(SENTENCE))


def test_whitespace_around_a_selection_is_not_part_of_the_excerpt(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, "Først.  Midten.  Sist.")
    select_utf16(editor, 6, 17)  # "  Midten.  "
    pick(qtbot, "3.1")
    qtbot.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(view.excerpt_views) == 1)
    assert view.excerpt_views[0].excerpt.text == "Midten."


def test_highlight_follows_typing_before_the_save_and_after(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, TEXT)
    start16 = tag_sentence(qtbot, view, editor)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    type_text(qtbot, editor, "Ny: 🎉")  # before the span; not saved yet
    assert editor.dirty
    shift = u16("Ny: 🎉")
    [highlight] = editor.extraSelections()
    assert highlight.cursor.selectionStart() == start16 + shift
    assert highlight.cursor.selectedText() == SENTENCE
    assert editor.flush()
    [tag] = excerpts.list_excerpts(view.ctx.db, activity_id=view.activity_id)
    text = editor.plain_text()
    assert text[tag.excerpt.start:tag.excerpt.end] == SENTENCE
    [highlight] = editor.extraSelections()
    assert highlight.cursor.selectedText() == SENTENCE


def test_hover_shows_codes_and_titles_and_the_gutter_prints_codes(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, TEXT)
    start16 = tag_sentence(qtbot, view, editor, "5.2")
    assert any("5.2" in label for _y, label, _s in editor._gutter.labels())
    cursor = editor.textCursor()
    cursor.setPosition(start16 + 3)
    point = editor.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.viewport(), event)
    title = rubric.indicators_by_code(view.ctx.db)["5.2"].title
    assert "5.2" in QToolTip.text()
    assert title in QToolTip.text()
    cursor.setPosition(2)  # in "Vi", outside the tag
    far = editor.cursorRect(cursor).center()
    QApplication.sendEvent(editor.viewport(), QHelpEvent(QEvent.Type.ToolTip, far,
                                                          editor.viewport().mapToGlobal(far)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_edit_tag_with_f2_and_remove_it(qtbot, open_activity, project_path):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, TEXT)
    tag_sentence(qtbot, view, editor, "2.1")
    pick(qtbot, "", Qt.Key.Key_P, Qt.Key.Key_S)  # keep the indicator, change the flags
    qtbot.keyClick(editor, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.excerpt_views[0].excerpt.kind == "paraphrase")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window())
    assert view.excerpt_views[0].excerpt.valence == "strength"
    qtbot.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not view.excerpt_views)
    assert editor.extraSelections() == []
    assert excerpts.list_excerpts(view.ctx.db, activity_id=view.activity_id) == []


def test_excerpt_panel_enter_selects_the_words_in_the_notes(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, TEXT)
    tag_sentence(qtbot, view, editor)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert view.excerpt_panel.table.hasFocus()
    qtbot.keyClick(view.excerpt_panel.table, Qt.Key.Key_Return)
    assert editor.hasFocus()
    assert editor.textCursor().selectedText() == SENTENCE


def test_tagging_without_a_selection_explains_what_to_do(qtbot, open_activity):
    view = open_activity()
    messages = []
    view.status_message.connect(messages.append)
    qtbot.keyClick(view.current_editor(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert messages
    assert "Ctrl+T" in messages[0]


def test_tags_survive_reopening(qtbot, open_activity, project_path, controller):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, TEXT)
    tag_sentence(qtbot, view, editor)
    activity_id = view.activity_id
    controller.window.close()
    db = open_db(project_path)
    try:
        [tag] = excerpts.list_excerpts(db, activity_id=activity_id)
        assert tag.excerpt.text == SENTENCE
    finally:
        db.close()
    window = controller.open_project(project_path)
    view = window.open_activity(activity_id)
    editor = view.current_editor()
    assert editor.plain_text() == TEXT
    [highlight] = editor.extraSelections()
    assert highlight.cursor.selectedText() == SENTENCE
