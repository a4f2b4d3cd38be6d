"""Ctrl+T with nothing selected tags the sentence under the cursor; Ctrl+T again in the picker
takes in the next sentence; Shift+Home/End select the typed line, not the wrapped one."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from ui_helpers import on_modal, open_db, type_text

from digifelt.core.services import excerpts, rubric

FIRST = "Skolen har en plan for digital kompetanse."
SECOND = "Lærerne bruker bl.a. Teams og OneNote, men K. Nordmann sier at «det er ujevnt. Noen " \
         "bruker det lite.» på 5. trinn."
THIRD = "Budsjettet er 1.5 mill. kroner i år!"
PARAGRAPH = f"{FIRST} {SECOND} {THIRD}"


def put_cursor(editor, pos: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(pos)  # the paragraph has no emoji: UTF-16 positions are code points
    editor.setTextCursor(cursor)


def press_ctrl_t_and_pick(qtbot, view, editor, code: str, *, extra_ctrl_t: int = 0,
                          quotes: list | None = None):
    def handler(dialog):
        for _ in range(extra_ctrl_t):
            qtbot.keyClick(dialog.filter, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        if quotes is not None:
            quotes.append(dialog.quote.text())
        type_text(qtbot, dialog.filter, code)
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    before = len(view.excerpt_views)
    on_modal(qtbot, handler)
    qtbot.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(view.excerpt_views) == before + 1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor.window())


def stored_texts(view) -> list[str]:
    return sorted(v.excerpt.text for v in
                  excerpts.list_excerpts(view.ctx.db, activity_id=view.activity_id))


def test_ctrl_t_tags_the_sentence_under_the_cursor(qtbot, open_activity, project_path):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, PARAGRAPH)
    put_cursor(editor, PARAGRAPH.index("Teams"))  # inside the second sentence
    assert not editor.textCursor().hasSelection()
    press_ctrl_t_and_pick(qtbot, view, editor, "2.1")
    # Read back from the file: the whole second sentence, «…» quote and abbreviations included.
    db = open_db(project_path)
    try:
        [tag] = excerpts.list_excerpts(db, activity_id=view.activity_id)
    finally:
        db.close()
    assert tag.excerpt.text == SECOND
    assert PARAGRAPH[tag.excerpt.start:tag.excerpt.end] == SECOND
    assert tag.indicator_ids == [rubric.indicators_by_code(view.ctx.db)["2.1"].id]


def test_cursor_right_after_a_typed_sentence_tags_that_sentence(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, f"{FIRST} {THIRD}")  # the cursor stays at the end, after the «!»
    press_ctrl_t_and_pick(qtbot, view, editor, "3.1")
    assert stored_texts(view) == [THIRD]


def test_a_sentence_with_bl_a_stays_whole(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    text = "Vi bruker bl.a. Teams, f.eks. i matte. Det fungerer."
    type_text(qtbot, editor, text)
    put_cursor(editor, 3)
    press_ctrl_t_and_pick(qtbot, view, editor, "2.1")
    assert stored_texts(view) == ["Vi bruker bl.a. Teams, f.eks. i matte."]


def test_ctrl_t_again_in_the_picker_takes_in_the_next_sentence(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, PARAGRAPH)
    put_cursor(editor, 2)  # in the first sentence
    quotes: list[str] = []
    press_ctrl_t_and_pick(qtbot, view, editor, "2.1", extra_ctrl_t=1, quotes=quotes)
    assert stored_texts(view) == [f"{FIRST} {SECOND}"]
    assert quotes == [f"«{FIRST} {SECOND}»"]
    # Past the last sentence Ctrl+T changes nothing.
    put_cursor(editor, PARAGRAPH.index("Budsjettet"))
    press_ctrl_t_and_pick(qtbot, view, editor, "3.1", extra_ctrl_t=2)
    assert stored_texts(view) == sorted([f"{FIRST} {SECOND}", THIRD])


def test_a_selection_is_tagged_as_selected(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, PARAGRAPH)
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("Skolen har"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    press_ctrl_t_and_pick(qtbot, view, editor, "2.1")
    assert stored_texts(view) == ["Skolen har"]


def test_shift_home_and_end_select_the_typed_line_in_a_wrapped_paragraph(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    editor.resize(260, editor.height())
    second_line = "Neste linje."
    type_text(qtbot, editor, PARAGRAPH * 3)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_text(qtbot, editor, second_line)
    block = editor.document().firstBlock()
    qtbot.waitUntil(lambda: block.layout().lineCount() > 3)  # wrapped on screen
    middle = len(PARAGRAPH) + 5
    put_cursor(editor, middle)
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectedText() == (PARAGRAPH * 3)[middle:]
    put_cursor(editor, middle)
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert editor.textCursor().selectedText() == (PARAGRAPH * 3)[:middle]
    # The line's words tag as one excerpt.
    put_cursor(editor, 0)
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    press_ctrl_t_and_pick(qtbot, view, editor, "2.1")
    assert stored_texts(view) == [(PARAGRAPH * 3).strip()]
