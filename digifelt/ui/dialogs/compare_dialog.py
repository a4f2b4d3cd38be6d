"""File → Compare assessments…: choose project files, see their levels per indicator side by
side (coloured by level, with the evidence basis and the change since the same organisation's
previous assessment), and export the table as .xlsx or .docx.

The files are only read; the open project can be one of them.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from digifelt.core.services.compare import Comparison, compare
from digifelt.exports.compare_export import level_colours, notes, write_comparison
from digifelt.exports.compare_labels import basis_text, level_text
from digifelt.ui.errors import user_errors
from digifelt.ui.folders import last_folder, remember_folder
from digifelt.ui.i18n import current_language
from digifelt.ui.models.roles import Role


class CompareDialog(QDialog):
    def __init__(self, ctx=None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.comparison: Comparison | None = None
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare assessments"))
        self.files = QListWidget()
        self.files.setObjectName("compareFiles")
        self.files.setAccessibleName(self.tr("Assessments to compare, in order"))
        self.files.setMaximumHeight(110)
        files_label = QLabel(self.tr("&Assessments, in order (the same organisation's are "
                                     "compared over time):"))
        files_label.setBuddy(self.files)
        self.table = QTableWidget()
        self.table.setObjectName("compareTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("compareNotes")
        self.notes.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, slot in (
                ("add", self.tr("A&dd files…"), self.ask_files),
                ("remove", self.tr("&Remove"), self.remove_current),
                ("compare", self.tr("&Compare"), self.run_compare),
                ("xlsx", self.tr("Export .&xlsx…"), lambda: self.ask_export(".xlsx")),
                ("docx", self.tr("Export .do&cx…"), lambda: self.ask_export(".docx"))):
            button = QPushButton(text)
            button.setObjectName(f"compare_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(files_label)
        layout.addWidget(self.files)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        if ctx is not None:
            self.add_file(ctx.path, current=True)
        self._update_buttons()
        self.resize(1100, 650)

    # Files

    def add_file(self, path: Path, *, current: bool = False) -> None:
        label = str(path) + (self.tr(" (open now)") if current else "")
        item = QListWidgetItem(label)
        item.setData(Role.PATH, str(path))
        self.files.addItem(item)
        self.files.setCurrentItem(item)
        self._update_buttons()

    def ask_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose assessments"), str(last_folder("compare")),
            self.tr("digifelt projects (*.digifelt)"))
        for name in names:
            self.add_file(Path(name))
        if names:
            remember_folder("compare", Path(names[0]).parent)

    def remove_current(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)
        self._update_buttons()

    def paths(self) -> list[Path]:
        return [Path(self.files.item(n).data(Role.PATH)) for n in range(self.files.count())]

    def _sources(self) -> list:
        """The paths, with the open project read through its own connection."""
        own = self.ctx.path if self.ctx is not None else None
        return [self.ctx.db if own is not None and p == own else p for p in self.paths()]

    def _update_buttons(self) -> None:
        self.buttons["compare"].setEnabled(self.files.count() > 0)
        for key in ("xlsx", "docx"):
            self.buttons[key].setEnabled(self.comparison is not None)

    # Comparing

    def run_compare(self) -> Comparison | None:
        with user_errors(self):
            self.comparison = compare(self._sources())
            self._show(self.comparison)
        self._update_buttons()
        return self.comparison

    def _show(self, comparison: Comparison) -> None:
        lang = current_language()
        colours = {v: QColor(f"#{c}") for v, c in level_colours(comparison).items()}
        self.table.clear()
        self.table.setColumnCount(1 + len(comparison.assessments))
        self.table.setRowCount(len(comparison.rows))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Indicator")] + [a.label for a in comparison.assessments])
        for r, row in enumerate(comparison.rows):
            head = QTableWidgetItem(f"{row.code} {row.title}")
            head.setToolTip(f"{row.area_code} {row.area_title}")
            self.table.setItem(r, 0, head)
            for c, cell in enumerate(row.cells, start=1):
                item = QTableWidgetItem(
                    "" if cell is None else f"{level_text(cell, lang)}\n{basis_text(cell, lang)}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if cell is not None and cell.level in colours:
                    item.setBackground(QBrush(colours[cell.level]))
                    item.setForeground(QBrush(QColor("black")))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 380))
        self.table.resizeRowsToContents()
        self.notes.setText("\n".join(notes(comparison, lang)))

    # Export

    def ask_export(self, suffix: str) -> None:
        if self.comparison is None:
            return
        suggested = str(last_folder("compare") / f"compare{suffix}")
        kind = (self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx"
                else self.tr("Word document (*.docx)"))
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the comparison"),
                                                    suggested, kind)
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path):
        if self.comparison is None:
            return None
        if path.suffix.lower() not in (".xlsx", ".docx"):
            path = path.with_suffix(".xlsx")
        with user_errors(self):
            result = write_comparison(self.comparison, path)  # in the first one's language
            remember_folder("compare", path.parent)
            return result
        return None
