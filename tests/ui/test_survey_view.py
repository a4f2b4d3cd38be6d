"""An imported survey opens as its results: bars per group with n and "<5" for a small group,
filters by group and indicator, a valence per question that can be set and undone, and the
free-text answers tagged by keyboard like any notes."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate, on_modal, press_undo, type_text

from digifelt.core.services import excerpts, surveys

CTRL = Qt.KeyboardModifier.ControlModifier
SCALE = ["Helt uenig", "Litt uenig", "Litt enig", "Helt enig"]
Q1 = "Jeg vet hvor jeg finner strategien"
Q2 = "Vi får opplæring (ŧ, ž)"


def import_survey(window, tmp_path):
    """8 Ansatte, 6 Ledere and 3 Folkevalgte (a group too small to show)."""
    rows = []
    for i in range(17):
        group = "Ansatt" if i < 8 else ("Leder" if i < 14 else "Folkevalgt")
        answer = SCALE[3] if i < 6 else SCALE[i % 4]
        rows.append(f"{group};{answer};{SCALE[0] if i % 4 else SCALE[2]};"
                    + ("Vi trenger bedre nett på Čáhppes. Ellers greit." if i == 0 else
                       "Ønsker mer opplæring" if i == 9 else ""))
    results = tmp_path / "svar.csv"
    results.write_text(f"Rolle;{Q1};{Q2};Kommentar\n" + "\n".join(rows) + "\n",
                       encoding="utf-8-sig")
    mapping = tmp_path / "kart.yaml"
    mapping.write_text(f"title: Ansatte 2026\ngroup_column: Rolle\n"
                       f"scale: [{', '.join(SCALE)}]\n"
                       f"questions:\n  - {{column: '{Q1}', indicators: ['1.1']}}\n"
                       f"  - {{column: '{Q2}', indicators: ['1.2']}}\n"
                       "free_text:\n  - {column: Kommentar, indicators: ['1.2']}\n",
                       encoding="utf-8")
    return window.ctx.run("Import survey", surveys.import_survey, results, mapping,
                          scope="project")


def bar_rows(card):
    return [(r.label, r.n_text, None if r.cell.suppressed else
             [round(p) for p in r.cell.percents]) for r in card.bars.rows]


def test_bars_per_group_with_n_and_a_small_group_suppressed(qtbot, window, tmp_path):
    done = import_survey(window, tmp_path)
    view = window.open_activity(done.activity_id)
    activate(qtbot, window)
    assert type(view).__name__ == "SurveyView"
    assert view.state.text() == "Survey · respondents: 17"
    first, second = view.cards
    assert first.text.text() == Q1
    assert first.codes.text() == "Indicators: 1.1"
    # The three Folkevalgte are shown as "<5", with no bar and no percentage; so is the
    # next smallest group, or "All" minus the shown groups would give them away.
    assert bar_rows(first) == [("All", "n = 17", [18, 12, 18, 53]),
                               ("Ansatt", "n = 8", [0, 0, 12, 88]),
                               ("Folkevalgt", "n = <5", None),
                               ("Leder", "n = <5", None)]
    assert "Folkevalgt: n = <5" in first.bars.toolTip()
    assert "%" not in first.bars.describe().split("Folkevalgt")[1]
    assert first.proposal.text() == "71 % in the upper half of the scale; proposed: Strength"
    assert first.valence.currentData() == "strength"
    assert second.valence.currentData() == "gap"
    first.bars.grab()  # paints without error

    # Filters, by keyboard: Alt+U to the groups, Alt+D to the indicators.
    qtbot.keyClick(view, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.group_filter
    qtbot.keyClick(view.group_filter, Qt.Key.Key_Down)
    assert view.group_filter.currentText() == "Ansatt"
    assert [r[0] for r in bar_rows(first)] == ["All", "Ansatt"]
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.indicator_filter
    qtbot.keyClick(view.indicator_filter, Qt.Key.Key_Down)
    assert view.indicator_filter.currentText().startswith("1.1 ")
    assert view.visible_cards() == [first]
    assert [r.isHidden() for r in view.rows] == [True, True]  # free text informs 1.2 only
    qtbot.keyClick(view.indicator_filter, Qt.Key.Key_Down)
    assert view.visible_cards() == [second]
    assert [r.isHidden() for r in view.rows] == [False, False]


def test_valence_is_set_by_keyboard_and_undone(qtbot, window, tmp_path):
    done = import_survey(window, tmp_path)
    view = window.open_activity(done.activity_id)
    activate(qtbot, window)
    card = view.cards[0]
    card.valence.setFocus()
    qtbot.keyClick(card.valence, Qt.Key.Key_End)  # the last valence offered: neutral
    qtbot.waitUntil(lambda: surveys.list_questions(window.ctx.db, done.activity_id)[0]
                    .question.valence == "neutral")
    press_undo(qtbot, window, card.valence)
    qtbot.waitUntil(lambda: surveys.list_questions(window.ctx.db, done.activity_id)[0]
                    .question.valence == "strength")
    assert view.cards[0].valence.currentData() == "strength"


def test_a_free_text_answer_is_tagged_by_keyboard(qtbot, window, tmp_path):
    done = import_survey(window, tmp_path)
    view = window.open_activity(done.activity_id)
    activate(qtbot, window)
    assert [r.editor.plain_text() for r in view.rows] == [
        "Vi trenger bedre nett på Čáhppes. Ellers greit.", "Ønsker mer opplæring"]
    qtbot.waitUntil(lambda: view.rows[0].editor.hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.rows[1].editor.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    editor = view.rows[0].editor
    assert editor.hasFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Home, CTRL)

    def tag(dialog):
        # The free-text question's indicator is offered first.
        assert dialog.list.currentIndex().data().startswith("1.2")
        type_text(qtbot, dialog.filter, "1.2")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    on_modal(qtbot, tag)
    qtbot.keyClick(editor, Qt.Key.Key_T, CTRL)  # nothing selected: the sentence
    qtbot.waitUntil(lambda: len(excerpts.list_excerpts(window.ctx.db,
                                                       activity_id=done.activity_id)) == 1)
    [x] = excerpts.list_excerpts(window.ctx.db, activity_id=done.activity_id)
    assert x.excerpt.text == "Vi trenger bedre nett på Čáhppes."
    assert x.excerpt.valence == "gap"
    assert [window.ctx.indicator(i).code for i in x.indicator_ids] == ["1.2"]
    assert x.excerpt.entry_id == view.rows[0].editor.entry_id
    # Typing in an answer leaves the imported survey as it was: done, no clock.
    assert view.activity.status == "done"


def test_marking_a_survey_done_keeps_its_dates(qtbot, window, tmp_path):
    done = import_survey(window, tmp_path)
    view = window.open_activity(done.activity_id)
    activate(qtbot, window)
    before = (view.activity.status, view.activity.started_at, view.activity.ended_at)
    with qtbot.waitSignal(view.status_message) as said:
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_E,
                       CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert said.args == ["A survey is imported whole: there is nothing to mark as done."]
    from digifelt.core.services import activities

    after = activities.get_activity(window.ctx.db, done.activity_id).activity
    assert (after.status, after.started_at, after.ended_at) == before
    assert not view.done_button.isVisibleTo(view)
    assert not view.clock.isVisibleTo(view)


def test_a_group_renamed_on_the_plan_page_is_renamed_in_the_open_survey(qtbot, window,
                                                                       tmp_path):
    from digifelt.core.services import people

    done = import_survey(window, tmp_path)
    view = window.open_activity(done.activity_id)
    [ansatt] = [g for g in people.list_groups(window.ctx.db) if g.name == "Ansatt"]
    window.ctx.run("Rename group", people.update_group, ansatt.id, name="Ansatte i Čáhcesuolu",
                   scope="plan")
    qtbot.waitUntil(lambda: [r[0] for r in bar_rows(view.cards[0])][1] ==
                    "Ansatte i Čáhcesuolu")
    assert "Ansatte i Čáhcesuolu" in [view.group_filter.itemText(n)
                                     for n in range(view.group_filter.count())]
