"""Findings page on the small demo: a finding is written from evidence to "agreed" entirely in
the app (level, texts, quotes chosen and reordered with the keyboard), kept after closing and
reopening; area summaries are saved when leaving the page."""

from PySide6.QtCore import QItemSelectionModel, Qt
from ui_helpers import activate, open_db, type_text

from digifelt.core.services import findings, rubric
from digifelt.core.services.matrix import cell_evidence, evidence_items
from digifelt.ui.models.findings import FindingsTreeModel
from digifelt.ui.models.quotes import ChosenQuotesModel

CODE = "3.1"  # an area the demo team has not agreed yet: the test agrees it

pytest_plugins = ["demo_project"]  # small_demo_file, demo_path, demo_window


def saved(db, indicator_id):
    """The finding as stored (a read; the page may not have created one yet)."""
    return next((v for v in findings.list_findings(db)
                 if v.finding.indicator_id == indicator_id), None)


def choose(qtbot, page, object_id: str) -> None:
    index = page.model.find(object_id)
    page.tree.scrollTo(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.tree.visualRect(index).center())
    assert page.tree.currentIndex() == index


def wait_for_evidence(qtbot, editor) -> None:
    view = editor.quotes.evidence
    qtbot.waitUntil(lambda: not view.busy and view.model.rowCount() > 0, timeout=5000)


def test_models_pass_the_model_tester(qtmodeltester, small_demo_file):
    db = open_db(small_demo_file)
    try:
        tree_model = FindingsTreeModel()
        tree_model.set_data(rubric.rubric_tree(db), findings.list_findings(db),
                            rubric.list_scale(db))
        qtmodeltester.check(tree_model)
        indicator = rubric.indicators_by_code(db)[CODE]
        quotes = ChosenQuotesModel()
        items = cell_evidence(db, indicator.id)[:4]
        quotes.set_rows(items)
        qtmodeltester.check(quotes)
    finally:
        db.close()
    assert quotes.move(3, -1) == 2
    assert quotes.ids() == [items[0].excerpt_id, items[1].excerpt_id, items[3].excerpt_id,
                            items[2].excerpt_id]
    assert quotes.headerData(2, Qt.Orientation.Vertical) == "3"
    assert quotes.move(0, -1) == 0  # the first cannot move up
    quotes.remove(0)
    assert quotes.rowCount() == 3


def test_a_finding_from_evidence_to_agreed_and_reopened(qtbot, go_to, controller, demo_window,
                                                        demo_path):
    window = demo_window
    db = window.ctx.db
    indicator = rubric.indicators_by_code(db)[CODE]
    scale = rubric.list_scale(db)
    go_to(window, "findings")
    page = window.findings
    choose(qtbot, page, indicator.id)
    editor = page.editor
    assert page.stack.currentWidget() is editor
    assert CODE in editor.heading.text()
    wait_for_evidence(qtbot, editor)
    before = saved(db, indicator.id)
    assert editor.quotes.ids() == before.excerpt_ids  # the demo's chosen quotes

    # Level: End picks the top of the scale; its description is shown.
    editor.level.setFocus()
    qtbot.keyClick(editor.level, Qt.Key.Key_End)
    top = max(scale, key=lambda level: level.value)
    assert editor.current_level() == top.value
    assert top.description in editor.level_description.text()
    assert saved(db, indicator.id).finding.level == top.value
    assert editor.level.itemData(editor.level.currentIndex(),
                                 Qt.ItemDataRole.ToolTipRole) == top.description

    # Texts: typed, committed within a second without any flush.
    texts = {"strengths": "Politikerne etterspør digitale gevinster.",
             "improvements": "Kompetansen er ujevn.",
             "actions": "Lag en opplæringsplan for folkevalgte.",
             "reflection": "Hvordan vet dere at opplæringen virker?"}
    for name, text in texts.items():
        field = editor.editors[name]
        field.setFocus()
        field.selectAll()
        type_text(qtbot, field, text)
    qtbot.waitUntil(lambda: saved(db, indicator.id).finding.reflection == texts["reflection"],
                    timeout=1500)
    stored = saved(db, indicator.id).finding
    assert (stored.strengths, stored.improvements) == (texts["strengths"],
                                                       texts["improvements"])

    # Quotes: add two from the evidence with Enter, move the last up with Alt+Up, drop the
    # first with Delete.
    view = editor.quotes.evidence
    candidates = [item for item in view.shown_items() if item.excerpt_id not in before.excerpt_ids]
    assert len(candidates) >= 2
    view.table.setFocus()
    for item in candidates[:2]:
        row = view.proxy.mapFromSource(view.model.index(view.model.row_of(item.excerpt_id),
                                                        0)).row()
        view.table.selectionModel().setCurrentIndex(
            view.proxy.index(row, 2), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    expected = [*before.excerpt_ids, candidates[0].excerpt_id, candidates[1].excerpt_id]
    assert editor.quotes.ids() == expected
    table = editor.quotes.table
    table.setFocus()
    assert table.currentIndex().row() == len(expected) - 1
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    expected[-1], expected[-2] = expected[-2], expected[-1]
    assert window.current_page() == 5  # Alt+Up moved the quote, not to a question
    assert editor.quotes.ids() == expected
    table.setCurrentIndex(editor.quotes.model.index(0, ChosenQuotesModel.COL_TEXT))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    expected = expected[1:]
    assert saved(db, indicator.id).excerpt_ids == expected
    assert [i.excerpt_id for i in evidence_items(db, expected)] == expected

    # Agreed; the tree and the signature follow.
    qtbot.mouseClick(editor.agreed, Qt.MouseButton.LeftButton)
    assert saved(db, indicator.id).finding.status == "agreed"
    row = page.model.find(indicator.id)
    assert row.siblingAtColumn(FindingsTreeModel.COL_STATUS).data() == "agreed"
    assert row.siblingAtColumn(FindingsTreeModel.COL_LEVEL).data() == str(top.value)
    assert editor.last_edited.text().startswith("Last edited by TA at ")

    # Close the window, reopen the file: all of it is there.
    window.close()
    qtbot.waitUntil(lambda: controller.ctx is None)
    window = controller.open_project(demo_path)
    activate(qtbot, window)
    go_to(window, "findings")
    window.findings.show_indicator(indicator.id)
    editor = window.findings.editor
    assert editor.current_level() == top.value
    assert editor.agreed.isChecked()
    assert {n: e.toPlainText() for n, e in editor.editors.items()} == texts
    assert editor.quotes.ids() == expected


def test_area_summary_is_saved_when_leaving_the_page(qtbot, go_to, demo_window):
    window = demo_window
    db = window.ctx.db
    area = window.ctx.rubric_tree()[1].area
    go_to(window, "findings")
    page = window.findings
    choose(qtbot, page, area.id)
    assert page.stack.currentWidget() is page.area_editor
    assert area.title in page.area_editor.heading.text()
    assert page.area_editor.levels.text().count("<br>") == len(
        window.ctx.rubric_tree()[1].indicators) - 1
    field = page.area_editor.editors["summary"]
    field.setFocus()
    field.selectAll()
    type_text(qtbot, field, "Området er godt forankret politisk.")
    go_to(window, "overview")  # leaving the page commits at once
    summary = next(s for s in findings.list_area_summaries(db) if s.area_id == area.id)
    assert summary.summary == "Området er godt forankret politisk."
    assert summary.author_id == window.ctx.author_id


def test_a_finding_opens_its_quote_in_the_activity(qtbot, go_to, demo_window):
    window = demo_window
    db = window.ctx.db
    indicator = rubric.indicators_by_code(db)[CODE]
    go_to(window, "findings")
    window.findings.show_indicator(indicator.id)
    quotes = window.findings.editor.quotes
    item = next(i for i in quotes.model.rows() if i.entry_id)
    index = quotes.model.index(quotes.model.row_of(item.excerpt_id), ChosenQuotesModel.COL_TEXT)
    quotes.table.scrollTo(index)
    where = quotes.table.visualRect(index).center()
    qtbot.mouseClick(quotes.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(quotes.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: window.capture.view is not None
                    and window.capture.view.activity_id == item.activity_id)
    editor = window.capture.view.editor_for_entry(item.entry_id)
    assert editor.selection_span() == (item.start, item.end)


def test_a_quote_removed_in_capture_leaves_the_finding(qtbot, go_to, demo_window):
    from digifelt.core.services import excerpts

    window = demo_window
    db = window.ctx.db
    indicator = rubric.indicators_by_code(db)[CODE]
    go_to(window, "findings")
    window.findings.show_indicator(indicator.id)
    chosen = window.findings.editor.quotes.ids()
    assert chosen
    go_to(window, "capture")
    activity_id = next(i.activity_id for i in evidence_items(db, chosen[:1]))
    # as the capture page does when a tag is removed
    window.ctx.run("Remove tag", excerpts.delete_excerpt, chosen[0],
                   scope=f"activity:{activity_id}")
    go_to(window, "findings")
    qtbot.waitUntil(lambda: window.findings.editor.quotes.ids() == chosen[1:])
    assert window.findings.editor.indicator.id == indicator.id
