"""A site visit captured with the keyboard alone, as it keeps up with a conversation:
new interview → notes → three quotes tagged by sentence (Ctrl+T, nothing selected) → next
question → done → new observation → notes → new document review with its checklist → a page
excerpt → done. Then the file, reopened, holds all of it, with planned and actual times apart."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate, on_modal, open_db, type_text

from digifelt.core.services import activities, entries, excerpts, guides, rubric

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SENTENCES = (
    "Vi har en strategi, bl.a. for skole og helse.",
    "«Den er vedtatt, men ingen har lest den», sa en leder.",
    "Gevinstene følges ikke opp i årsrapporten.",
)
CODES = ("1.1", "1.2", "6.1")


def focus():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focus(), k, mods)


def accept_dialog(qtbot):
    """The next dialog (new activity) is accepted with Enter, as proposed."""
    def accept(dialog):
        activate(qtbot, dialog)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    on_modal(qtbot, accept)


def pick(qtbot, code: str):
    """The next tag picker: type the code, Enter."""
    def choose(picker):
        activate(qtbot, picker)
        type_text(qtbot, picker.filter, code)
        qtbot.keyClick(picker.filter, Qt.Key.Key_Return)

    on_modal(qtbot, choose)


def new_view(qtbot, window, previous, k):
    accept_dialog(qtbot)
    key(qtbot, k, CTRL_SHIFT if k != Qt.Key.Key_N else CTRL)
    qtbot.waitUntil(lambda: window.capture.view not in (None, previous))
    activate(qtbot, window)  # offscreen Qt does not give the window back after a dialog
    return window.capture.view


def test_a_site_visit_with_no_mouse(qtbot, controller, window, project_path):
    # Interview: Ctrl+N, Enter.
    interview = new_view(qtbot, window, None, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: focus() is interview.current_editor())
    assert interview.activity.status == "planned"
    first_question = interview.guide.questions[0].question.id
    second_question = interview.guide.questions[1].question.id

    # Type a sentence, tag it with Ctrl+T (nothing selected: the sentence under the cursor).
    for n, (sentence, code) in enumerate(zip(SENTENCES, CODES, strict=True)):
        if n:
            type_text(qtbot, focus(), " ")
        type_text(qtbot, focus(), sentence)
        pick(qtbot, code)
        key(qtbot, Qt.Key.Key_T, CTRL)
        qtbot.waitUntil(lambda n=n: len(interview.excerpt_views) == n + 1)
        activate(qtbot, window)
        qtbot.waitUntil(lambda: focus() is interview.current_editor())
    assert interview.activity.status == "in_progress"

    # Next question, an answer, done.
    key(qtbot, Qt.Key.Key_Down, ALT)
    assert interview.current_row() == 1
    type_text(qtbot, focus(), "Vi trenger opplæring i KI.")
    key(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: interview.activity.status == "done")

    # Observation: Ctrl+Shift+O, Enter; two time-stamped notes.
    observation = new_view(qtbot, window, interview, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: focus() is observation.rows[-1].editor)
    type_text(qtbot, focus(), "Sakspapirene lå ute en uke før.")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(observation.rows) == 2)
    type_text(qtbot, focus(), "Ingen spurte om gevinster.")

    # Document review: Ctrl+Shift+D, Enter; the checklist is beside it.
    review = new_view(qtbot, window, observation, Qt.Key.Key_D)
    checklist = next(g for g in guides.list_guides(window.ctx.db) if g.kind == "document_review")
    assert review.activity.guide_id == checklist.id
    assert review.checklist.isVisible()
    assert review.checklist.list.count() == len(guides.get_guide(
        window.ctx.db, checklist.id).questions)
    key(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    key(qtbot, Qt.Key.Key_Down, ALT)  # the checklist's second question
    wanted = review.checklist.current_indicators()
    type_text(qtbot, focus(), "7")
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is review.excerpt_text
    type_text(qtbot, focus(), "Digitalisering skal gi bedre tjenester.")

    def first_offered(picker):  # the checklist question's indicator is first: Enter takes it
        activate(qtbot, picker)
        qtbot.keyClick(picker.filter, Qt.Key.Key_Return)

    on_modal(qtbot, first_offered)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(review.excerpt_views) == 1)
    activate(qtbot, window)
    assert review.activity.status == "in_progress"  # the page excerpt started the review
    key(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: review.activity.status == "done")
    ids = (interview.activity_id, observation.activity_id, review.activity_id)

    # Close the window (nothing saved by hand), then read the file.
    window.close()
    qtbot.waitUntil(lambda: controller.ctx is None)
    db = open_db(project_path)
    try:
        i, o, r = (activities.get_activity(db, x).activity for x in ids)
        assert (i.status, o.status, r.status) == ("done", "in_progress", "done")
        for a in (i, o, r):
            assert a.started_at is not None
            assert a.planned_start is None  # never planned: nothing was overwritten
        assert i.ended_at >= i.started_at
        notes = {e.question_id: e.text for e in entries.list_entries(db, i.id)}
        assert notes == {first_question: " ".join(SENTENCES),
                         second_question: "Vi trenger opplæring i KI."}
        quotes = sorted(excerpts.list_excerpts(db, activity_id=i.id),
                        key=lambda v: v.excerpt.start)
        assert [v.excerpt.text for v in quotes] == list(SENTENCES)
        by_id = {ind.id: ind.code for area in rubric.rubric_tree(db) for ind in area.indicators}
        assert [[by_id[x] for x in v.indicator_ids] for v in quotes] == [[c] for c in CODES]
        assert [e.text for e in entries.list_entries(db, o.id)] == [
            "Sakspapirene lå ute en uke før.", "Ingen spurte om gevinster."]
        [page] = excerpts.list_excerpts(db, activity_id=r.id)
        assert (page.excerpt.page, page.excerpt.text) == (
            7, "Digitalisering skal gi bedre tjenester.")
        assert page.indicator_ids[0] == wanted[0]
        assert r.guide_id == checklist.id
        assert activities.get_activity(db, r.id).group_ids == []
    finally:
        db.close()


def test_typing_keeps_the_planned_time_and_the_plan_shows_both(qtbot, controller, window,
                                                               project_path):
    from datetime import UTC, datetime

    planned = datetime(2026, 9, 1, 7, tzinfo=UTC)
    a = window.ctx.run("Add activity", activities.add_activity, kind="interview",
                       title="Planlagt intervju", planned_start=planned, scope="plan")
    plan = window.plan.activities
    window.rail.setCurrentRow(2)
    model = plan.model
    row = next(n for n in range(model.rowCount())
               if model.index(n, model.COL_TITLE).data() == "Planlagt intervju")
    shown = planned.astimezone().strftime("%Y-%m-%d %H:%M")
    assert model.index(row, model.COL_WHEN).data() == shown
    assert model.index(row, model.COL_HELD).data() == ""
    view = window.open_activity(a.id)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: focus() is view.current_editor())
    type_text(qtbot, focus(), "Notater skrevet dagen etter.")
    assert view.current_editor().flush()
    window.rail.setCurrentRow(2)
    qtbot.waitUntil(lambda: model.index(row, model.COL_HELD).data() != "")
    assert model.index(row, model.COL_WHEN).data() == shown  # not overwritten
    from digifelt.ui.dialogs.activity import ActivityDialog

    dialog = ActivityDialog(window.ctx, activity_id=a.id, parent=window)
    assert dialog.scheduled.isChecked()
    assert dialog.when.dateTime().toPython().astimezone(UTC) == planned
    assert dialog.held.text() == model.index(row, model.COL_HELD).data()
    assert dialog.held.isVisibleTo(dialog)
    dialog.reject()
    window.close()
    qtbot.waitUntil(lambda: controller.ctx is None)
    db = open_db(project_path)
    try:
        stored = activities.get_activity(db, a.id).activity
    finally:
        db.close()
    assert stored.planned_start == planned
    assert stored.started_at is not None
    assert stored.started_at > planned
    assert activities.reported_dates(stored)[0] == stored.started_at
