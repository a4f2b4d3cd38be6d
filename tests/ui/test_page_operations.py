"""Pages change data in operations: Ctrl+Z and Ctrl+Shift+Z on the main window undo and redo
what was done on the page on screen, the pages follow, and the matrix is recounted only when
something it counts changed."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from ui_helpers import first_indicator, press_undo

from digifelt.core.services import activities, entries, excerpts, findings, people, rubric

pytest_plugins = ["demo_project"]  # go_to

CTRL = Qt.KeyboardModifier.ControlModifier


def undo(qtbot, window, focus) -> None:
    press_undo(qtbot, window, focus)


def redo(qtbot, window, focus) -> None:
    press_undo(qtbot, window, focus, redo=True)


def test_a_level_is_undone_and_redone_with_the_page(qtbot, go_to, window):
    db = window.ctx.db
    indicator = first_indicator(db)
    go_to(window, "findings")
    page = window.findings
    page.show_indicator(indicator.id)
    combo = page.editor.level
    combo.setCurrentIndex(combo.findData(2))
    assert findings.get_finding(db, indicator.id).finding.level == 2
    assert window.undo_group.activeStack() is window.ctx.undo_stack("findings")

    undo(qtbot, window, page.tree)
    assert findings.get_finding(db, indicator.id).finding.level is None
    qtbot.waitUntil(lambda: page.editor.current_level() is None)

    redo(qtbot, window, page.tree)
    assert findings.get_finding(db, indicator.id).finding.level == 2
    qtbot.waitUntil(lambda: page.editor.current_level() == 2)


def test_typed_finding_text_is_one_undo_step(qtbot, go_to, window):
    db = window.ctx.db
    indicator = first_indicator(db)
    go_to(window, "findings")
    page = window.findings
    page.show_indicator(indicator.id)
    editor = page.editor.editors["strengths"]
    editor.setFocus()
    qtbot.keyClicks(editor, "Ledelsen følger opp.")
    assert page.flush()
    assert findings.get_finding(db, indicator.id).finding.strengths == "Ledelsen følger opp."
    # The page's own save does not reload the editor under the cursor.
    assert editor.toPlainText() == "Ledelsen følger opp."

    undo(qtbot, window, page.tree)
    assert findings.get_finding(db, indicator.id).finding.strengths is None
    qtbot.waitUntil(lambda: editor.toPlainText() == "")
    redo(qtbot, window, page.tree)
    assert findings.get_finding(db, indicator.id).finding.strengths == "Ledelsen følger opp."
    qtbot.waitUntil(lambda: editor.toPlainText() == "Ledelsen følger opp.")


def test_an_area_summary_is_undone_and_redone(qtbot, go_to, window):
    db = window.ctx.db
    area = rubric.rubric_tree(db)[0].area
    go_to(window, "findings")
    page = window.findings
    page.show_indicator(area.id)
    assert page.stack.currentWidget() is page.area_editor
    editor = page.area_editor.editors["summary"]
    editor.setFocus()
    qtbot.keyClicks(editor, "Godt i gang.")
    assert page.flush()
    assert findings.get_area_summary(db, area.id).summary == "Godt i gang."

    undo(qtbot, window, page.tree)
    assert findings.get_area_summary(db, area.id).summary is None
    qtbot.waitUntil(lambda: editor.toPlainText() == "")
    redo(qtbot, window, page.tree)
    assert findings.get_area_summary(db, area.id).summary == "Godt i gang."
    qtbot.waitUntil(lambda: editor.toPlainText() == "Godt i gang.")


def test_a_new_group_on_the_plan_is_undone_and_redone(qtbot, go_to, window):
    db = window.ctx.db
    go_to(window, "plan")
    tab = window.plan.people
    window.plan.tabs.setCurrentWidget(tab)
    before = {g.name for g in people.list_groups(db)}
    add = next(b for b in tab.findChildren(QPushButton) if b.text() == "Add")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    added = {g.name for g in people.list_groups(db)} - before
    assert len(added) == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the name as it is
    assert window.undo_group.activeStack() is window.ctx.undo_stack("plan")

    undo(qtbot, window, tab.group_table)
    assert {g.name for g in people.list_groups(db)} == before
    qtbot.waitUntil(lambda: tab.groups.rowCount() == len(before))
    redo(qtbot, window, tab.group_table)
    assert {g.name for g in people.list_groups(db)} == before | added
    qtbot.waitUntil(lambda: tab.groups.rowCount() == len(before) + 1)


def test_rubric_edits_are_undone_and_redone(qtbot, go_to, window):
    db = window.ctx.db
    go_to(window, "rubric")
    page = window.rubric
    areas = [v.area.id for v in rubric.rubric_tree(db)]
    qtbot.mouseClick(next(b for b in page.findChildren(QPushButton) if b.text() == "Add area"),
                     Qt.MouseButton.LeftButton)
    new_area = next(v.area for v in rubric.rubric_tree(db) if v.area.id not in areas)
    # A rename typed into the form is a second step.
    qtbot.keyClicks(page.item_title, "Samarbeid")
    assert page.flush()
    assert next(v.area for v in rubric.rubric_tree(db)
                if v.area.id == new_area.id).title == "Samarbeid"

    undo(qtbot, window, page.tree)
    assert next(v.area for v in rubric.rubric_tree(db)
                if v.area.id == new_area.id).title == new_area.title
    undo(qtbot, window, page.tree)
    assert [v.area.id for v in rubric.rubric_tree(db)] == areas
    qtbot.waitUntil(lambda: not page.model.find(new_area.id).isValid())
    redo(qtbot, window, page.tree)
    assert new_area.id in [v.area.id for v in rubric.rubric_tree(db)]
    qtbot.waitUntil(lambda: page.model.find(new_area.id).isValid())


def test_a_blocked_undo_says_why_and_changes_nothing(qtbot, go_to, window):
    db = window.ctx.db
    indicator = first_indicator(db)
    go_to(window, "findings")
    page = window.findings
    page.show_indicator(indicator.id)
    page.editor.level.setCurrentIndex(page.editor.level.findData(3))
    # The same finding changed since in another scope: the level step may not be undone.
    window.ctx.run("Script", findings.update_finding, indicator.id, strengths="Annet sted",
                   scope="project")

    undo(qtbot, window, page.tree)
    qtbot.waitUntil(lambda: "Could not undo" in window.statusBar().currentMessage())
    stored = findings.get_finding(db, indicator.id).finding
    assert (stored.level, stored.strengths) == (3, "Annet sted")
    # The Qt stack stays on the step the core still holds: a later try is refused again.
    qtbot.waitUntil(lambda: window.ctx.undo_stack("findings").canUndo())


def test_the_matrix_is_recounted_only_for_what_it_counts(qtbot, go_to, window):
    ctx, db = window.ctx, window.ctx.db
    indicator = first_indicator(db)
    with ctx.op("Set up", scope="plan"):
        act = activities.add_activity(db, kind="interview", title="Intervju")
        entry = entries.add_entry(db, activity_id=act.id, text="Rektor følger opp planen.")
    go_to(window, "evidence")
    page = window.evidence
    qtbot.waitUntil(lambda: not page.loading and page.recounts >= 1, timeout=10_000)
    base = page.recounts
    # Its watch was connected after the page's: once it has run, a refresh the same change
    # asked the page for has run too.
    heard = []
    ctx.watch(page, ("finding", "entry", "excerpt"), lambda: heard.append(1))

    ctx.run("Set level", findings.update_finding, indicator.id, level=2, scope="findings")
    qtbot.waitUntil(lambda: len(heard) == 1)
    ctx.run("Typing", entries.update_entry_text, entry.id, "Rektor følger opp planen nøye.",
            scope=f"activity:{act.id}", mode="untracked")
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert page.recounts == base

    with qtbot.waitSignal(page.matrix_ready, timeout=10_000):
        ctx.run("Tag", excerpts.tag_excerpt, entry_id=entry.id, start=0, end=6,
                indicator_ids=[indicator.id], scope=f"activity:{act.id}")
    qtbot.waitUntil(lambda: len(heard) == 3)
    assert page.recounts == base + 1
