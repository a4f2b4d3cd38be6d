"""Evidence page on the small demo: the matrix is computed off the UI thread and equals the
core's counts, grouping switches without recomputing, flags explain themselves, a cell lists
its excerpts, Enter opens one in its activity, and the export reads back as shown."""

import csv

import pytest
from PySide6.QtCore import Qt
from ui_helpers import open_db

from digifelt.core.services import activities, entries, excerpts, privacy
from digifelt.core.services.matrix import cell_evidence, evidence_matrices
from digifelt.ui.models.evidence_items import EvidenceItemsModel
from digifelt.ui.models.matrix import FLAG, SMALL, MatrixFilterProxy, MatrixModel

pytest_plugins = ["demo_project"]  # small_demo_file, demo_path, demo_window


def open_evidence(qtbot, go_to, window):
    page = window.evidence
    with qtbot.waitSignal(page.matrix_ready, timeout=10_000):
        go_to(window, "evidence")
    return page


def cell_index(page, code: str, column_key: str | None):
    row = next(r for r in range(page.model.rowCount())
               if page.model.line(r)[0] == "indicator" and _code(page.model, r) == code)
    column = next((c for c in range(page.model.columnCount())
                   if page.model.column_key(c) == column_key), MatrixModel.COL_INDICATOR)
    return page.proxy.mapFromSource(page.model.index(row, column))


def _code(model, row: int) -> str:
    return model.index(row, 0).data().replace(FLAG, "").split()[0]


def click(qtbot, table, index) -> None:
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())


def test_matrix_model_passes_the_model_tester(qtmodeltester, small_demo_file):
    from digifelt.core.services.projects import open_project

    db = open_project(small_demo_file)
    try:
        matrices, small = evidence_matrices(db), privacy.small_groups(db)
    finally:
        db.close()
    model = MatrixModel()
    model.set_matrices(matrices, small)
    qtmodeltester.check(model)
    model.set_grouping("group")
    qtmodeltester.check(model)
    proxy = MatrixFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_only_flagged(True)
    qtmodeltester.check(proxy)
    lines = [model.line(proxy.mapToSource(proxy.index(r, 0)).row())
             for r in range(proxy.rowCount())]
    assert lines[0][0] == "area"
    assert all(FLAG in proxy.index(r, 0).data() for r, line in enumerate(lines)
               if line[0] == "indicator")


def test_evidence_items_model_and_filters_pass_the_model_tester(qtmodeltester,
                                                                 small_demo_file):
    from digifelt.core.services import rubric
    from digifelt.ui.models.evidence_items import EvidenceFilterProxy

    db = open_db(small_demo_file)
    try:
        items = cell_evidence(db, rubric.indicators_by_code(db)["1.1"].id)
    finally:
        db.close()
    model = EvidenceItemsModel()
    model.set_rows(items)
    qtmodeltester.check(model)
    proxy = EvidenceFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(valence="gap")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == sum(i.valence == "gap" for i in items) > 0
    proxy.set_filters(text="zzqxj")
    assert proxy.rowCount() == 0


def test_the_matrix_equals_the_core_counts_and_switches_grouping(qtbot, go_to, demo_window):
    page = open_evidence(qtbot, go_to, demo_window)
    assert not page.loading
    assert page.last_load_ms is not None
    expected = evidence_matrices(demo_window.ctx.db)
    small = privacy.small_groups(demo_window.ctx.db)
    for by in ("kind", "group"):
        page.set_grouping(by)
        assert page.model.grouping() == by
        matrix = expected[by]
        assert page.model.columnCount() == len(matrix.columns) + 2
        shown = {}
        for r in range(page.model.rowCount()):
            if page.model.line(r)[0] != "indicator":
                continue
            shown[_code(page.model, r)] = [page.model.index(r, c).data()
                                           for c in range(1, page.model.columnCount())]
        for row in matrix.rows:
            cells = [row.cells.get(key) for key, _label in matrix.columns] + [row.total]
            texts = shown[row.code]
            for cell, text in zip(cells, texts, strict=True):
                total = cell.total if cell else 0
                assert text.split()[0] == (str(total) if total else "–"), (row.code, text)
    # Switching is a swap of cached data: no new computation starts.
    page.set_grouping("kind")
    assert not page.loading
    assert page.last_switch_ms < 100
    # Small groups carry a marker and a tooltip on their column header.
    page.set_grouping("group")
    headers = {page.model.column_key(c): page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(1, page.model.columnCount() - 1)}
    assert small
    for key, text in headers.items():
        assert text.startswith(SMALL) == (key in small), text
    key = next(iter(small))
    column = next(c for c in range(page.model.columnCount()) if page.model.column_key(c) == key)
    assert "five" in page.model.headerData(column, Qt.Orientation.Horizontal,
                                           Qt.ItemDataRole.ToolTipRole)


def test_flagged_indicators_say_why_and_can_be_listed_alone(qtbot, go_to, demo_window):
    page = open_evidence(qtbot, go_to, demo_window)
    rows = {r.code: r for r in evidence_matrices(demo_window.ctx.db)["kind"].rows}
    flagged = sorted(code for code, r in rows.items() if not r.triangulated)
    assert flagged  # the small demo has indicators that need more evidence
    for r in range(page.model.rowCount()):
        if page.model.line(r)[0] != "indicator":
            continue
        index = page.model.index(r, 0)
        code = _code(page.model, r)
        assert (FLAG in index.data()) == (code in flagged)
        font = index.data(Qt.ItemDataRole.FontRole)
        assert (font is not None and font.bold()) == (code in flagged)
        if code in flagged:
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            assert "Not triangulated" in tip
            assert "only" in tip or "No evidence" in tip
    page.only_flagged.click()
    shown = [_code(page.model, page.proxy.mapToSource(page.proxy.index(r, 0)).row())
             for r in range(page.proxy.rowCount())
             if page.model.line(page.proxy.mapToSource(page.proxy.index(r, 0)).row())[0]
             == "indicator"]
    assert sorted(shown) == flagged
    page.filter.setText(flagged[0])
    assert page.proxy.rowCount() == 2  # its area and itself


def test_a_cell_lists_its_excerpts_and_enter_opens_one_in_its_activity(qtbot, go_to, demo_window):
    page = open_evidence(qtbot, go_to, demo_window)
    db = demo_window.ctx.db
    index = cell_index(page, "1.1", "interview")
    view = page.indicator_view
    with qtbot.waitSignal(view.loaded, timeout=5000):
        click(qtbot, page.table, index)
    expected = cell_evidence(db, page.model.line(page.proxy.mapToSource(index).row())[1],
                             "interview")
    assert view.proxy.rowCount() == len(expected) > 0
    assert view.model.rowCount() >= len(expected)  # the whole row, filtered to the cell
    assert view.kind.currentData() == "interview"
    assert "1.1" in view.heading.text()
    assert view.framtidsbilde.toPlainText().strip()
    shown = {item.excerpt_id for item in view.shown_items()}
    assert shown == {item.excerpt_id for item in expected}
    # Source, group and date columns; the words around it below.
    item = next(i for i in view.shown_items() if i.entry_id)
    row = view.proxy.mapFromSource(view.model.index(view.model.row_of(item.excerpt_id), 0)).row()
    assert view.proxy.index(row, EvidenceItemsModel.COL_SOURCE).data().endswith(
        item.activity_title)
    assert view.proxy.index(row, EvidenceItemsModel.COL_GROUPS).data() == ", ".join(
        item.group_names)
    assert view.proxy.index(row, EvidenceItemsModel.COL_DATE).data() == item.activity_date
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(row, EvidenceItemsModel.COL_TEXT))
    assert item.text in view.context.toPlainText()

    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo_window.capture.view is not None
                    and demo_window.capture.view.activity_id == item.activity_id)
    assert demo_window.current_page() == 3
    activity = demo_window.capture.view
    editor = activity.editor_for_entry(item.entry_id)
    assert editor.selection_span() == (item.start, item.end)
    assert activity.excerpt_panel.current_id() == item.excerpt_id


def test_indicator_view_filters_by_group_valence_and_star(qtbot, go_to, demo_window):
    page = open_evidence(qtbot, go_to, demo_window)
    view = page.indicator_view
    with qtbot.waitSignal(view.loaded, timeout=5000):
        click(qtbot, page.table, cell_index(page, "1.1", None))
    items = view.model.rows()
    assert view.proxy.rowCount() == len(items)
    group = next(name for i in items for name in i.group_names)
    view.group.setCurrentIndex(view.group.findData(group))
    assert view.proxy.rowCount() == sum(group in i.group_names for i in items)
    view.group.setCurrentIndex(0)
    view.valence.setCurrentIndex(view.valence.findData("gap"))
    assert view.proxy.rowCount() == sum(i.valence == "gap" for i in items)
    view.valence.setCurrentIndex(0)
    view.starred.setChecked(True)
    assert view.proxy.rowCount() == sum(i.starred for i in items)
    assert view.count.text().endswith(f"of {len(items)} excerpts")


class _SaveDialog:
    """The native save dialog (an OS boundary) answering with a chosen file name."""

    answer = ""

    @staticmethod
    def getSaveFileName(*_args, **_kwargs):  # noqa: N802
        return _SaveDialog.answer, ""


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_reads_back_as_the_gui_shows(qtbot, go_to, demo_window, tmp_path, monkeypatch,
                                            suffix):
    from digifelt.ui.pages import evidence as evidence_page

    page = open_evidence(qtbot, go_to, demo_window)
    page.set_grouping("group" if suffix == ".xlsx" else "kind")
    out = tmp_path / f"matrix{suffix}"
    _SaveDialog.answer = str(out)
    monkeypatch.setattr(evidence_page, "QFileDialog", _SaveDialog)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    # The export runs on a worker; the status bar names the file once it is written.
    qtbot.waitUntil(lambda: str(out) in demo_window.statusBar().currentMessage(),
                    timeout=20_000)
    assert out.is_file()
    if suffix == ".xlsx":  # cell by cell against the model on the page
        from test_matrix_xlsx import assert_as_shown

        assert_as_shown(out, page.model, words_as_shown=demo_window.ctx.project.language == "en")
        assert str(out) in demo_window.statusBar().currentMessage()
        return
    with open(out, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    head, body = table[0], table[1:]
    matrix = page.model.matrix()
    assert len(head) == 3 + len(matrix.columns) + 4
    gui = {}
    for r in range(page.model.rowCount()):
        if page.model.line(r)[0] == "indicator":
            gui[_code(page.model, r)] = [page.model.index(r, c).data().split()[0]
                                         for c in range(1, page.model.columnCount())]
    assert len(body) == len(gui)
    for row in body:
        n = len(matrix.columns)
        code, counts, total = row[1], row[3:3 + n], row[3 + n + 2]
        assert [c if c != "0" else "–" for c in counts + [total]] == gui[code], code
    assert str(out) in demo_window.statusBar().currentMessage()


def test_the_matrix_follows_new_evidence(qtbot, go_to, demo_window):
    page = open_evidence(qtbot, go_to, demo_window)
    db = demo_window.ctx.db
    row = next(r for r in range(page.model.rowCount())
               if page.model.line(r)[0] == "indicator" and _code(page.model, r) == "1.1")
    indicator_id = page.model.line(row)[1]
    before = int(page.model.index(row, page.model.total_column()).data().split()[0])
    with qtbot.waitSignal(page.matrix_ready, timeout=10_000), \
            demo_window.ctx.op("Tag", scope="plan"):
        act = activities.add_activity(db, kind="observation", title="Ny observasjon")
        entry = entries.add_entry(db, activity_id=act.id,
                                  text="Politikerne spurte om gevinster.")
        excerpts.tag_excerpt(db, entry_id=entry.id, start=0, end=11,
                             indicator_ids=[indicator_id], valence="gap")
    row = page.model.find(indicator_id).row()
    assert page.model.index(row, page.model.total_column()).data().split()[0] == str(
        before + 1)
