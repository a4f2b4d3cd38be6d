"""The matrix .xlsx is the evidence page's matrix as shown: checked cell by cell against the GUI
model filled from the same project — text as displayed, fill colours, bold flags, ⚠ on small
groups, the reason beside each flagged indicator, a legend sheet, widths and frozen panes."""

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from digifelt.core.services import activities, entries, excerpts, people, privacy, rubric
from digifelt.core.services.matrix import evidence_matrices, is_source_column
from digifelt.exports.matrix import export_matrix
from digifelt.ui.models.matrix import FLAG, SMALL, MatrixModel
from digifelt.ui.models.roles import Role

pytest_plugins = ["demo_project"]  # small_demo_file


def shown(cell) -> str:
    """What a spreadsheet displays for a count cell: its number through its number format."""
    fmt = cell.number_format
    if fmt == '0;-0;"–"' and cell.value == 0:
        return "–"
    if fmt.startswith('0"') and fmt.endswith('"'):
        return f"{cell.value}{fmt[2:-1]}"
    return str(cell.value)


def fill_of(cell) -> str | None:
    if cell.fill is None or cell.fill.fill_type != "solid":
        return None
    return "#" + cell.fill.fgColor.rgb[-6:].lower()


def model_for(path, by: str) -> MatrixModel:
    from digifelt.core.services.projects import open_project

    db = open_project(path)
    try:
        matrices, small = evidence_matrices(db), privacy.small_groups(db)
    finally:
        db.close()
    model = MatrixModel()
    model.set_matrices(matrices, small)
    model.set_grouping(by)
    return model


def assert_as_shown(xlsx, model: MatrixModel, words_as_shown: bool = True) -> None:
    """`words_as_shown` False: the file is in the project's language and the app in another,
    so the words the app translates (headings, reasons) are compared for presence only."""
    book = load_workbook(xlsx)
    assert len(book.sheetnames) == 2
    if words_as_shown:
        assert book.sheetnames == ["Matrix", "Legend"]
    sheet = book.active
    assert sheet.title == book.sheetnames[0]
    assert sheet.freeze_panes == "B2"
    columns = model.columnCount()
    assert sheet.max_row == model.rowCount() + 1
    assert sheet.max_column == columns + 1  # and the reason column
    for c in range(columns):
        header = model.headerData(c, Qt.Orientation.Horizontal)
        translated = c in (0, columns - 1) or not model.column_key(c) or (
            model.grouping() == "kind" or is_source_column(model.column_key(c)))
        if words_as_shown or not translated:
            assert sheet.cell(row=1, column=c + 1).value == header, c
    seen = {"fills": 0, "signs": 0}
    for r in range(model.rowCount()):
        for c in range(columns):
            index = model.index(r, c)
            cell = sheet.cell(row=r + 2, column=c + 1)
            where = (r, c, index.data())
            if c == MatrixModel.COL_INDICATOR:
                assert cell.value == index.data(), where
            else:
                assert cell.value == index.data(Role.COUNT), where
                assert shown(cell) == index.data(), where
                seen["signs"] += "+" in shown(cell)
            colour = index.data(Qt.ItemDataRole.BackgroundRole)
            assert fill_of(cell) == (colour.name() if colour is not None else None), where
            seen["fills"] += colour is not None
            font = index.data(Qt.ItemDataRole.FontRole)
            assert bool(cell.font.b) == bool(font is not None and font.bold()), where
        reason = sheet.cell(row=r + 2, column=columns + 1).value or ""
        if words_as_shown:
            assert reason == model.index(r, 0).data(Role.REASON), r
        else:
            assert bool(reason) == bool(model.index(r, 0).data(Role.REASON)), r
    assert seen["fills"], seen  # the comparison compared something
    assert seen["signs"], seen
    widths = [sheet.column_dimensions[chr(ord("A") + c)].width for c in range(columns)]
    longest_name = max(len(model.index(r, 0).data()) for r in range(model.rowCount()))
    assert widths[0] >= min(longest_name, 60)
    assert all(w >= 8 for w in widths[1:]), widths
    legend = [c.value for row in book.worksheets[1].iter_rows() for c in row if c.value]
    assert any(FLAG in text for text in legend)
    assert any(SMALL in text for text in legend)
    assert sum(1 for row in book.worksheets[1].iter_rows() if fill_of(row[0])) == 4


def survey_question_extra(path) -> dict[str, int]:
    """Indicator or area id → how many more counts its group columns hold than its total."""
    from digifelt.core.services.matrix import question_evidence
    from digifelt.core.services.projects import open_project

    db = open_project(path)
    try:
        area_of = {i.id: a.area.id for a in rubric.rubric_tree(db) for i in a.indicators}
        extra: dict[str, int] = {}
        for q in question_evidence(db):
            for key in (q.indicator_id, area_of[q.indicator_id]):
                extra[key] = extra.get(key, 0) + max(0, len(q.group_ids) - 1)
    finally:
        db.close()
    return {k: n for k, n in extra.items() if n}


@pytest.mark.parametrize("by", ["kind", "group"])
def test_the_demo_matrix_is_exported_as_shown(qtbot, small_demo_file, tmp_path, by):
    xlsx = export_matrix(small_demo_file, tmp_path / "m.xlsx", by=by, lang="en").path
    model = model_for(small_demo_file, by)
    assert_as_shown(xlsx, model)
    flagged = [r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(FLAG)]
    assert flagged, "the demo has indicators that are not triangulated"
    if by == "group":
        # Every excerpt in one column; a survey question once under each group it may show.
        extra = survey_question_extra(small_demo_file)
        assert extra, "the demo has survey questions heard from several groups"
        for r in range(model.rowCount()):
            counts = [model.index(r, c).data(Role.COUNT) for c in range(1, model.columnCount())]
            assert sum(counts[:-1]) == counts[-1] + extra.get(model.line(r)[1], 0), (r, counts)
        small = [c for c in range(model.columnCount())
                 if (model.headerData(c, Qt.Orientation.Horizontal) or "").startswith(SMALL)]
        assert small, "the demo has small groups"


def test_a_constructed_project_is_exported_as_shown(qtbot, project, tmp_path):
    """Mixed balances, a group with a 3-person session, an interview with two groups and one
    with none: the columns the GUI shows, in the colours it shows them."""
    groups = {g.name: g.id for g in people.list_groups(project)}
    ind = {i.code: i.id for a in rubric.rubric_tree(project) for i in a.indicators}

    def note(kind, group_names, headcount, tags):
        act = activities.add_activity(project, kind=kind, title=kind, headcount=headcount,
                                      group_ids=[groups[g] for g in group_names])
        entry = entries.add_entry(project, activity_id=act.id, text="Vi har en plan for dette.")
        for code, valence in tags:
            excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=6,
                                 indicator_ids=[ind[code]], valence=valence)

    note("interview", ["Folkevalgte"], 3, [("1.1", "strength"), ("1.1", "strength"),
                                           ("1.1", "gap"), ("2.1", "neutral")])
    note("interview", ["Ledere", "Ansatte"], 8, [("1.1", "gap"), ("1.2", "gap")])
    note("interview", [], 6, [("1.2", "strength")])
    note("observation", ["Folkevalgte"], 200, [("1.1", "gap"), ("1.2", "neutral")])
    path = project.path
    project.close()
    for by in ("kind", "group"):
        xlsx = export_matrix(path, tmp_path / f"{by}.xlsx", by=by, lang="en").path
        model = model_for(path, by)
        assert_as_shown(xlsx, model)
    # by group, every excerpt is in exactly one column: the columns add up to the total
    for r in range(model.rowCount()):
        counts = [model.index(r, c).data(Role.COUNT) for c in range(1, model.columnCount())]
        assert sum(counts[:-1]) == counts[-1], (r, counts)
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert f"{SMALL} Folkevalgte" in headers
    assert {"Several groups", "No group", "Observation", "Document review"} <= set(headers)
