"""A document review shows its checklist (questions and indicators) beside the review, offers
the current question's indicators first when tagging, and a page excerpt starts the review.
The new-review dialog picks the checklist and asks nothing about groups or participants."""

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate, on_modal, type_text

from digifelt.core.services import activities, excerpts, guides

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


def _checklist(db):
    return next(g for g in guides.list_guides(db) if g.kind == "document_review")


def _new_review(qtbot, window, title: str):
    """Ctrl+Shift+D, type a title, Enter: the review opens in Capture."""
    seen = {}

    def handler(dialog):
        activate(qtbot, dialog)
        seen["guide"] = dialog.guide.currentData()
        seen["rows"] = {name: dialog.form.isRowVisible(widget) for name, widget in (
            ("groups", dialog.groups_view), ("headcount", dialog.headcount),
            ("participants", dialog.participants_view), ("title", dialog.title))}
        dialog.title.selectAll()
        type_text(qtbot, focused(), title)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    on_modal(qtbot, handler)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    activate(qtbot, window)
    view = window.capture.view
    qtbot.waitUntil(lambda: view is not None and view.activity.title == title)
    return view, seen


def test_a_new_review_gets_the_checklist_and_no_people(qtbot, window):
    db = window.ctx.db
    checklist = _checklist(db)
    view, seen = _new_review(qtbot, window, "Kommuneplanen")
    assert seen["guide"] == checklist.id
    assert seen["rows"] == {"groups": False, "headcount": False, "participants": False,
                            "title": True}
    stored = activities.get_activity(db, view.activity_id)
    assert stored.activity.guide_id == checklist.id
    assert (stored.group_ids, stored.participant_ids) == ([], [])
    expected = guides.get_guide(db, checklist.id).questions
    panel = view.checklist
    assert panel.isVisible()
    assert panel.list.count() == len(expected) > 5
    first = expected[0]
    assert first.question.text in panel.list.item(0).text()
    codes = view.ctx.codes(first.indicator_ids)
    assert codes in panel.list.item(0).text()
    for ind_id in first.indicator_ids:
        assert view.ctx.indicator(ind_id).title in panel.detail.text()


def test_the_dialog_shows_people_again_for_an_interview(qtbot, window):
    from digifelt.ui.dialogs.activity import ActivityDialog

    dialog = ActivityDialog(window.ctx, kind="document_review", parent=window)
    assert not dialog.form.isRowVisible(dialog.groups_view)
    assert dialog.form.labelForField(dialog.guide).text() == "Checklist:"
    dialog.kind.setCurrentIndex(dialog.kind.findData("interview"))
    assert dialog.form.labelForField(dialog.guide).text() == "Interview guide:"
    assert dialog.form.isRowVisible(dialog.groups_view)
    assert dialog.form.isRowVisible(dialog.participants_view)
    assert guides.get_guide(window.ctx.db, dialog.guide.currentData()).guide.kind == "interview"
    dialog.reject()


def test_alt_down_walks_the_checklist_and_its_indicators_come_first(qtbot, window,
                                                                    project_path):
    db = window.ctx.db
    view, _ = _new_review(qtbot, window, "Økonomiplan")
    questions = guides.get_guide(db, _checklist(db).id).questions
    assert view.activity.status == "planned"
    qtbot.keyClick(focused(), Qt.Key.Key_P, CTRL_SHIFT)  # new page excerpt: the page first
    assert focused() is view.page
    qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Up, ALT)
    assert view.checklist.list.currentRow() == 1
    second = questions[1]
    assert view.checklist.current_indicators() == second.indicator_ids
    type_text(qtbot, focused(), "12")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is view.excerpt_text
    type_text(qtbot, focused(), "Kommunen skal ta i bruk «digitalt førstevalg».")
    offered = {}

    def pick(picker):
        activate(qtbot, picker)
        offered["first"] = picker.proxy.index(0, 0).data()
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    on_modal(qtbot, pick)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    activate(qtbot, window)
    first_code = view.ctx.indicator(second.indicator_ids[0]).code
    assert offered["first"].startswith(first_code)
    [x] = excerpts.list_excerpts(db, activity_id=view.activity_id)
    assert (x.excerpt.page, x.indicator_ids[0]) == (12, second.indicator_ids[0])
    assert view.activity.status == "in_progress"  # the excerpt started the review
    assert view.checklist.list.item(1).text().startswith("●")  # has evidence now
    untouched = next(n for n, q in enumerate(questions)
                     if not set(q.indicator_ids) & set(x.indicator_ids))
    assert view.checklist.list.item(untouched).text().startswith("○")
    con = sqlite3.connect(project_path)
    try:
        status, started, planned = con.execute(
            "SELECT status, started_at, planned_start FROM activity WHERE id = ?",
            (view.activity_id,)).fetchone()
    finally:
        con.close()
    assert (status, planned) == ("in_progress", None)
    assert started is not None


def test_a_review_without_checklist_shows_none(qtbot, open_activity):
    view = open_activity("document_review", "Uten sjekkliste")
    view.ctx.run("No checklist", activities.update_activity, view.activity_id, guide_id=None,
                 scope="plan")
    fresh = view.window().open_activity(view.activity_id)
    assert not fresh.checklist.isVisible()
    assert fresh.preferred_indicators(fresh.notes) == []
    qtbot.keyClick(fresh.notes, Qt.Key.Key_Down, ALT)  # nothing to walk: nothing happens
    assert fresh.checklist.list.count() == 0
