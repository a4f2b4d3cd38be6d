"""An ad-hoc question belongs to the interview it was asked in, unless the assessor ticks
"also add to the guide": finished interviews of the same guide never gain an unanswered
question."""

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate, on_modal, type_text

from digifelt.core.services import activities, entries, guides

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


def _ask(qtbot, view, text: str, codes: str = "", *, also_guide: bool = False) -> None:
    """Ctrl+Shift+N, type the question and codes, optionally Alt+A, Enter: no mouse."""
    def handler(dialog):
        activate(qtbot, dialog)
        assert focused() is dialog.text
        type_text(qtbot, dialog.text, text)
        if codes:
            qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
            assert focused() is dialog.codes
            type_text(qtbot, dialog.codes, codes)
        if also_guide:
            qtbot.keyClick(focused(), Qt.Key.Key_A, ALT)
            qtbot.waitUntil(dialog.also_guide.isChecked)  # a mnemonic clicks animated
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    on_modal(qtbot, handler)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL_SHIFT)
    activate(qtbot, view.window())  # offscreen Qt does not give the focus back by itself
    qtbot.waitUntil(lambda: focused() is view.current_editor())


def _texts(db, guide_id: str, activity_id: str | None = None) -> list[str]:
    return [q.question.text for q in guides.get_guide(db, guide_id,
                                                     activity_id=activity_id).questions]


def test_an_adhoc_question_stays_in_its_interview(qtbot, open_activity, window, project_path):
    view = open_activity(title="Intervju – ledere")
    db = view.ctx.db
    guide_id = view.activity.guide_id
    shared = _texts(db, guide_id)
    finished = activities.add_activity(db, kind="interview", title="Tidligere",
                                       guide_id=guide_id, status="done")
    total = len(view.guide.questions)
    _ask(qtbot, view, "Hvem eier «Min side»?", "1.1, 2.3")
    page = view.current_page()
    assert page.question.text() == "Hvem eier «Min side»?"
    assert page.heading.text() == (f"Question {total + 1} of {total + 1} · asked in this "
                                   "interview only")
    assert "1.1" in page.indicators.text()
    assert "2.3" in page.indicators.text()
    type_text(qtbot, focused(), "Ingen vet.")
    assert view.current_editor().flush()
    assert "this interview only" in window.statusBar().currentMessage()
    assert _texts(db, guide_id) == shared  # the guide and other interviews: unchanged
    assert _texts(db, guide_id, finished.id) == shared
    assert _texts(db, guide_id, view.activity_id) == [*shared, "Hvem eier «Min side»?"]
    con = sqlite3.connect(project_path)  # what the file holds, read apart from the app
    try:
        assert con.execute("SELECT activity_id FROM guide_question WHERE text = ?",
                           ("Hvem eier «Min side»?",)).fetchall() == [(view.activity_id,)]
    finally:
        con.close()
    [entry] = entries.list_entries(db, view.activity_id)
    asked = guides.get_guide(db, guide_id, activity_id=view.activity_id).questions[-1]
    assert (entry.question_id, entry.text) == (asked.question.id, "Ingen vet.")
    assert view.ctx.codes(asked.indicator_ids).split(", ") == ["1.1", "2.3"]
    # Reopened, the interview still marks it as its own; the finished one never shows it.
    again = window.open_activity(view.activity_id)
    again.go_to(total)
    assert again.current_page().heading.text().endswith("asked in this interview only")
    again.go_to(0)
    assert again.current_page().heading.text() == f"Question 1 of {total + 1}"
    other = window.open_activity(finished.id)
    assert [other.outline.row_at(n).text for n in range(other.outline.rowCount())][:-1] == shared


def test_ticking_also_add_to_the_guide_shares_it(qtbot, open_activity):
    view = open_activity()
    db = view.ctx.db
    guide_id = view.activity.guide_id
    shared = _texts(db, guide_id)
    _ask(qtbot, view, "Hva med KI?", also_guide=True)
    assert "and the guide" in view.window().statusBar().currentMessage()
    assert _texts(db, guide_id) == [*shared, "Hva med KI?"]
    later = activities.add_activity(db, kind="interview", title="Neste", guide_id=guide_id)
    assert _texts(db, guide_id, later.id) == [*shared, "Hva med KI?"]


def test_without_a_guide_the_question_is_still_this_interviews_own(qtbot, open_activity):
    view = open_activity("interview", "Uten guide")
    db = view.ctx.db
    view.ctx.run("No guide", activities.update_activity, view.activity_id, guide_id=None,
                 scope="plan")
    fresh = view.window().open_activity(view.activity_id)
    _ask(qtbot, fresh, "Første spørsmål?")
    guide_id = activities.get_activity(db, fresh.activity_id).activity.guide_id
    assert guide_id is not None
    assert _texts(db, guide_id) == []
    assert _texts(db, guide_id, fresh.activity_id) == ["Første spørsmål?"]
    assert fresh.current_page().question.text() == "Første spørsmål?"


def test_cancelling_adds_nothing_and_returns_to_the_notes(qtbot, open_activity):
    view = open_activity()
    before = len(view.guide.questions)
    on_modal(qtbot, lambda d: (type_text(qtbot, d.text, "Nei"),
                               qtbot.keyClick(d.text, Qt.Key.Key_Escape)))
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL_SHIFT)
    assert len(guides.get_guide(view.ctx.db, view.activity.guide_id,
                                activity_id=view.activity_id).questions) == before
    activate(qtbot, view.window())
    qtbot.waitUntil(lambda: focused() is view.current_editor())
