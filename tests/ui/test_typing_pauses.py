"""Typing is not paused by the collector or by reading tags back: objects of the open window
are kept out of garbage collections, and after an autosave the tags are read back off the UI
thread, while the text is still committed within a second."""

from PySide6.QtGui import QTextCursor
from ui_helpers import type_text

from digifelt.core.services import entries, excerpts, rubric
from digifelt.ui import gc_pauses


def test_the_open_window_is_kept_out_of_collections_until_it_closes(qtbot, open_activity):
    view = open_activity()
    window = view.window()
    assert gc_pauses.frozen_count() > 0
    window.close()
    assert gc_pauses.frozen_count() == 0


def test_collections_pause_while_a_project_opens_and_resume_once_it_has_painted(
        qtbot, controller, project_path):
    import gc

    assert gc.isenabled()
    window = controller.open_project(project_path)
    assert not gc.isenabled()  # the imports and the window are built without collections
    qtbot.waitUntil(gc.isenabled)
    assert window.isVisible()


def test_collections_resume_even_if_the_window_closes_before_it_paints(qtbot, controller,
                                                                        project_path):
    import gc

    window = controller.open_project(project_path)
    window.close()
    qtbot.waitUntil(gc.isenabled, timeout=3000)


def test_collections_resume_at_once_when_a_project_fails_to_open(qtbot, controller, tmp_path,
                                                                  monkeypatch):
    import gc

    from digifelt.ui import safety

    monkeypatch.setattr(safety, "handle_open_failure", lambda *a: None)
    bad = tmp_path / "bad.digifelt"
    bad.write_bytes(b"not a project")
    assert controller.open_project(bad) is None
    assert gc.isenabled()


def _note_with_midten_tagged(qtbot, open_activity, text: str):
    """A saved note whose "Midten." (characters 7–14) is tagged to indicator 3.1."""
    view = open_activity()
    editor = view.current_editor()
    type_text(qtbot, editor, text)
    assert editor.flush()
    indicator = rubric.indicators_by_code(view.ctx.db)["3.1"]
    excerpts.tag_excerpt(view.ctx.db, entry_id=editor.entry_id, start=7, end=14,
                         indicator_ids=[indicator.id])
    view.reload_evidence()
    return view, editor


def test_typing_before_a_tag_is_saved_within_a_second_and_the_tag_follows(qtbot,
                                                                          open_activity):
    view, editor = _note_with_midten_tagged(qtbot, open_activity, "Først. Midten. Sist.")
    resets = []
    view.excerpt_panel.model.modelReset.connect(lambda: resets.append(True))

    editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(qtbot, editor, "Ny. ")
    assert editor.dirty
    qtbot.waitUntil(lambda: not editor.dirty, timeout=1000)  # the promise: within a second
    assert entries.get_entry(view.ctx.db, editor.entry_id).text == "Ny. Først. Midten. Sist."
    qtbot.waitUntil(lambda: not editor.reading_spans)
    [tag] = excerpts.list_excerpts(view.ctx.db, activity_id=view.activity_id)
    assert (tag.excerpt.start, tag.excerpt.end) == (11, 18)
    [highlight] = editor.extraSelections()
    assert highlight.cursor.selectedText() == "Midten."
    assert resets == []  # the panel shows the same excerpts: it is left as it is


def test_tags_read_back_after_more_typing_are_not_applied(qtbot, open_activity):
    view, editor = _note_with_midten_tagged(qtbot, open_activity, "Først. Midten.")
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(qtbot, editor, "A")
    assert editor.flush()  # starts reading the tags back
    type_text(qtbot, editor, "B")  # ...and the text moves on before they arrive
    qtbot.waitUntil(lambda: not editor.reading_spans)
    [highlight] = editor.extraSelections()
    assert highlight.cursor.selectedText() == "Midten."
    assert editor.flush()
    qtbot.waitUntil(lambda: not editor.reading_spans)
    [highlight] = editor.extraSelections()
    assert highlight.cursor.selectedText() == "Midten."
