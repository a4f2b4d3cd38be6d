"""File → Compare assessments…: the open project and two more files side by side, coloured by
level, with the evidence basis and the change; exported as .xlsx read back."""

import shutil

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from ui_helpers import on_modal

from digifelt.api import Project
from digifelt.core.services import findings, rubric
from digifelt.core.services.reassess import reassess


def test_compare_three_assessments_in_the_dialog(qtbot, window, tmp_path, monkeypatch,
                                                 blank_project_file):
    ctx = window.ctx
    first = rubric.rubric_tree(ctx.db)[0].indicators[0]
    ctx.run("Finding", findings.update_finding, first.id, level=2, status="agreed",
            scope="findings")
    later = tmp_path / "later.digifelt"
    reassess(ctx.db, later, period="2027")
    with Project.open(later, backup=False) as p:
        p.update_finding(indicator=first.code, level=3, status="agreed")
    other = tmp_path / "other.digifelt"
    shutil.copy(blank_project_file, other)
    with Project.open(other, backup=False) as p:
        p.update_project(organisation="Elvdal kommune")
        p.update_finding(indicator=first.code, level=1, status="agreed")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(other), str(later)], ""))
    out = tmp_path / "compare.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    seen = {}

    def drive(dialog):
        assert dialog.files.count() == 1  # the open project is there to start with
        for key in ("add", "compare", "xlsx"):
            button = dialog.buttons[key]
            button.setFocus()
            qtbot.keyClick(button, Qt.Key.Key_Space)
        table = dialog.table
        seen["head"] = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        row = next(r for r in range(table.rowCount())
                   if table.item(r, 0).text().startswith(f"{first.code} "))
        seen["cells"] = [table.item(row, c).text() for c in range(1, table.columnCount())]
        seen["colours"] = {table.item(row, c).background().color().name()
                           for c in range(1, table.columnCount())}
        dialog.files.setCurrentRow(1)
        dialog.buttons["remove"].setFocus()
        qtbot.keyClick(dialog.buttons["remove"], Qt.Key.Key_Space)
        seen["left"] = dialog.files.count()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_modal(qtbot, drive)
    window.actions["compare"].trigger()  # File → Compare assessments…
    assert QApplication.activeModalWidget() is None
    assert seen["head"] == ["Indicator", "Fjellvik kommune: Kartlegging 2026",
                            "Elvdal kommune: Kartlegging", "Fjellvik kommune 2027"]
    assert seen["cells"] == ["2\n0 · 0 sources", "1\n0 · 0 sources", "3 ↑\n0 · 0 sources"]
    assert len(seen["colours"]) == 3
    assert seen["left"] == 2
    sheet = openpyxl.load_workbook(out).active
    row = next(r for r in sheet.iter_rows(values_only=True) if r[1] == first.code)
    assert row[3:] == (2, None, "0 · 0 kilder", 1, None, "0 · 0 kilder", 3, "↑", "0 · 0 kilder")
