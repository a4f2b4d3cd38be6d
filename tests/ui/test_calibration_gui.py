"""Calibration on the Findings page: the assessor sets their own provisional level and
rationale with the keyboard (Ctrl+Z takes them back), the moderation view (Ctrl+Shift+K)
lists where the team disagrees with each assessor's level, and Enter opens the indicator in
the finding editor to set the agreed level."""

from PySide6.QtCore import Qt
from ui_helpers import on_modal, press_undo, type_text

from digifelt.core.services import calibration, findings, people, rubric

pytest_plugins = ["demo_project"]  # go_to

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def indicators(db):
    return [i for area in rubric.rubric_tree(db) for i in area.indicators]


def stored(db, indicator_id, assessor_id):
    p = calibration.provisional_level(db, indicator_id, assessor_id)
    return None if p is None else (p.level, p.rationale)


def teammates(ctx):
    """Two teammates whose provisional levels arrived with their bundles."""
    anne = ctx.run("Add", people.add_assessor, name="Anne Berg", initials="AB", scope="script")
    berit = ctx.run("Add", people.add_assessor, name="Berit Carlsen", initials="BC",
                    scope="script")
    return anne, berit


def provisional(ctx, indicator_id, assessor_id, level, rationale=None):
    ctx.run("Provisional level", calibration.set_provisional_level, indicator_id, assessor_id,
            level=level, rationale=rationale, scope="script")


def test_own_provisional_level_with_the_keyboard_and_undone(qtbot, go_to, window):
    ctx = window.ctx
    db, me = ctx.db, ctx.author_id
    indicator = indicators(db)[0]
    anne, _berit = teammates(ctx)
    provisional(ctx, indicator.id, anne.id, 4, "Ledelsen følger opp")
    go_to(window, "findings")
    page = window.findings
    page.show_indicator(indicator.id)
    editor = page.editor.provisional
    assert editor.current_level() is None
    assert editor.team.text() == "Team: AB 4"
    assert "Ledelsen følger opp" in editor.team.toolTip()

    # Down, Down: from "none" to 1, then to 2; each is saved at once.
    editor.level.setFocus()
    qtbot.keyClick(editor.level, Qt.Key.Key_Down)
    assert stored(db, indicator.id, me) == (1, None)
    qtbot.keyClick(editor.level, Qt.Key.Key_Down)
    assert stored(db, indicator.id, me) == (2, None)
    assert page.editor.current_level() is None  # the agreed level is untouched
    assert findings.get_finding(db, indicator.id).finding.level is None

    # The rationale: typed, saved with Enter.
    qtbot.keyClick(editor.level, Qt.Key.Key_Tab)
    assert editor.rationale.hasFocus()
    type_text(qtbot, editor.rationale, "Planen er vedtatt, men lite kjent")
    qtbot.keyClick(editor.rationale, Qt.Key.Key_Return)
    assert stored(db, indicator.id, me) == (2, "Planen er vedtatt, men lite kjent")
    # The agreed level's draft finding was not created by any of this.
    assert not [v for v in findings.list_findings(db) if v.finding.indicator_id == indicator.id]

    # Ctrl+Z on the page: the rationale, then the second level step, are taken back.
    assert window.undo_group.activeStack() is ctx.undo_stack("findings")
    press_undo(qtbot, window, page.tree)
    assert stored(db, indicator.id, me) == (2, None)
    qtbot.waitUntil(lambda: editor.rationale.text() == "")
    press_undo(qtbot, window, page.tree)
    assert stored(db, indicator.id, me) == (1, None)
    qtbot.waitUntil(lambda: editor.current_level() == 1)
    press_undo(qtbot, window, page.tree)
    assert stored(db, indicator.id, me) is None
    qtbot.waitUntil(lambda: editor.current_level() is None)
    press_undo(qtbot, window, page.tree, redo=True)
    assert stored(db, indicator.id, me) == (1, None)
    qtbot.waitUntil(lambda: editor.current_level() == 1)
    # The teammate's level was another scope's step: still there.
    assert stored(db, indicator.id, anne.id) == (4, "Ledelsen følger opp")


def test_a_rationale_typed_is_kept_when_leaving_the_indicator(qtbot, go_to, window):
    ctx = window.ctx
    first, second = indicators(ctx.db)[:2]
    go_to(window, "findings")
    page = window.findings
    page.show_indicator(first.id)
    editor = page.editor.provisional
    editor.rationale.setFocus()
    type_text(qtbot, editor.rationale, "Usikker på dette")
    page.show_indicator(second.id)
    assert stored(ctx.db, first.id, ctx.author_id) == (None, "Usikker på dette")
    assert editor.rationale.text() == ""
    page.show_indicator(first.id)
    assert editor.rationale.text() == "Usikker på dette"


def test_a_teammates_level_arriving_keeps_the_rationale_being_typed(qtbot, go_to, window):
    ctx = window.ctx
    indicator = indicators(ctx.db)[0]
    anne, _berit = teammates(ctx)
    go_to(window, "findings")
    page = window.findings
    page.show_indicator(indicator.id)
    editor = page.editor.provisional
    editor.rationale.setFocus()
    type_text(qtbot, editor.rationale, "Halvveis skrevet")
    provisional(ctx, indicator.id, anne.id, 3)  # a bundle, a script: another scope
    qtbot.waitUntil(lambda: editor.team.text() == "Team: AB 3")
    assert editor.rationale.text() == "Halvveis skrevet"
    qtbot.keyClick(editor.rationale, Qt.Key.Key_Return)
    assert stored(ctx.db, indicator.id, ctx.author_id) == (None, "Halvveis skrevet")


def test_a_rationale_no_file_can_hold_is_refused_and_kept_on_screen(qtbot, go_to, window):
    ctx = window.ctx
    indicator = indicators(ctx.db)[0]
    go_to(window, "findings")
    page = window.findings
    page.show_indicator(indicator.id)
    editor = page.editor.provisional
    editor.rationale.setFocus()
    type_text(qtbot, editor.rationale, "Uklart")
    editor.rationale.insert("\x00")
    messages = []

    def close(box) -> None:
        messages.append(box.informativeText() or box.text())
        box.accept()

    on_modal(qtbot, close)
    qtbot.keyClick(editor.rationale, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(messages))
    assert "NUL" in messages[0]
    assert stored(ctx.db, indicator.id, ctx.author_id) is None
    assert editor.rationale.text() == "Uklart\x00"
    # Corrected, it is saved.
    qtbot.keyClick(editor.rationale, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.rationale, Qt.Key.Key_Return)
    assert stored(ctx.db, indicator.id, ctx.author_id) == (None, "Uklart")


def test_moderation_lists_disagreements_and_enter_opens_the_editor(qtbot, go_to, window):
    ctx = window.ctx
    db, me = ctx.db, ctx.author_id
    first, second, third = indicators(db)[:3]
    anne, berit = teammates(ctx)
    # First: 2 (me), 4 (AB, with a rationale), 3 (BC): the team disagrees.
    provisional(ctx, first.id, me, 2)
    provisional(ctx, first.id, anne.id, 4, "Ledelsen følger opp")
    provisional(ctx, first.id, berit.id, 3)
    # Second: everyone says 3: nothing to moderate.
    for who in (me, anne.id, berit.id):
        provisional(ctx, second.id, who, 3)
    go_to(window, "findings")
    page = window.findings
    page.show_indicator(third.id)

    qtbot.keyClick(page.tree, Qt.Key.Key_K, CTRL_SHIFT)
    view = page.moderation
    assert page.calibrating()
    assert page.calibration_button.isChecked()
    qtbot.waitUntil(lambda: view.table.isVisible())
    assert view.table.hasFocus()
    model = view.model
    assert [r.indicator_id for r in view.rows()] == [first.id]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(
        model.columnCount())]
    assert headers == ["Code", "Indicator", "AB", "BC", "TA", "Spread", "Evidence", "Finding"]
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == [first.code, first.title, "4 ✎", "3", "2", "2–4", "0", "– (draft)"]
    assert "Ledelsen følger opp" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
        "Anne Berg"
    assert "Ledelsen følger opp" in view.detail.text()

    # A teammate's change arriving while the view is on screen shows at once.
    provisional(ctx, second.id, berit.id, 1)
    qtbot.waitUntil(lambda: len(view.rows()) == 2)
    assert view.rows()[1].indicator_id == second.id

    # Enter on the first row opens it in the editor, its level combo ready.
    view.table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert not page.calibrating()
    assert not page.calibration_button.isChecked()
    assert page.stack.currentWidget() is page.editor
    assert page.editor.indicator.id == first.id
    assert first.code in page.editor.heading.text()
    assert page.editor.level.hasFocus()
    assert page.editor.provisional.current_level() == 2  # my own, beside the agreed one
    assert page.editor.provisional.team.text() == "Team: AB 4 · BC 3"

    # The agreed level is set as today: End picks the top of the scale, then agreed.
    qtbot.keyClick(page.editor.level, Qt.Key.Key_End)
    page.editor.agreed.setFocus()
    qtbot.keyClick(page.editor.agreed, Qt.Key.Key_Space)
    finding = findings.get_finding(db, first.id).finding
    assert (finding.level, finding.status) == (4, "agreed")
    # The provisional levels are untouched by the agreement.
    assert stored(db, first.id, me) == (2, None)

    # Back to calibration: the settled indicator has left the list; shown again on request.
    qtbot.keyClick(page.editor.level, Qt.Key.Key_K, CTRL_SHIFT)
    assert page.calibrating()
    qtbot.waitUntil(lambda: [r.indicator_id for r in view.rows()] == [second.id])
    view.show_settled.setChecked(True)
    assert [r.indicator_id for r in view.rows()] == [first.id, second.id]
    finding_column = model.columnCount() - 1
    assert model.index(0, finding_column).data() == "4 (agreed)"
    # Ctrl+Shift+K again: back to the tree and editor.
    qtbot.keyClick(view.table, Qt.Key.Key_K, CTRL_SHIFT)
    assert not page.calibrating()


def test_moderation_says_when_there_is_nothing_to_moderate(qtbot, go_to, window):
    go_to(window, "findings")
    page = window.findings
    page.calibration_button.click()
    view = page.moderation
    assert page.calibrating()
    qtbot.waitUntil(lambda: view.empty.isVisible())
    assert not view.table.isVisible()
    assert page.editors() == []  # nothing for the find bar while calibrating


def test_the_shortcut_is_in_the_help(qtbot, window):
    from digifelt.ui.actions import shortcut_rows

    assert [what for _group, keys, what in shortcut_rows() if "Shift+K" in keys] == [
        "Calibration: where the team's provisional levels disagree"]
