"""The evidence matrix as a table: indicators (under area rows) × sources, counts and balance.

Both groupings arrive together (core.services.matrix.evidence_matrices); switching between
"by kind" and "by group" only swaps which one the model shows.
"""

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from digifelt.core.services.matrix import (
    AREA_RGB,
    NO_GROUP,
    SEVERAL_GROUPS,
    Cell,
    Matrix,
    MatrixLine,
    MatrixRow,
    balance_rgb,
    cell_text,
    is_source_column,
    matrix_lines,
    untriangulated,
)
from digifelt.ui.counts import Counts
from digifelt.ui.i18n import translate
from digifelt.ui.labels import kind_label
from digifelt.ui.models.base import NO_PARENT, Index
from digifelt.ui.models.excerpts import ON_FILL
from digifelt.ui.models.roles import Role

FLAG = "⚑"  # marks indicators that are not triangulated (with bold text and a tooltip)
SMALL = "⚠"  # marks groups of fewer than five people

ONLY_KIND = {
    "interview": QT_TRANSLATE_NOOP("MatrixModel", "only interviews"),
    "observation": QT_TRANSLATE_NOOP("MatrixModel", "only observations"),
    "document_review": QT_TRANSLATE_NOOP("MatrixModel", "only document reviews"),
    "survey": QT_TRANSLATE_NOOP("MatrixModel", "only surveys"),
    "workshop": QT_TRANSLATE_NOOP("MatrixModel", "only workshops"),
}

_AREA = QColor(*AREA_RGB)

SOURCE_COLUMNS = {
    SEVERAL_GROUPS: QT_TRANSLATE_NOOP("MatrixModel", "Several groups"),
    NO_GROUP: QT_TRANSLATE_NOOP("MatrixModel", "No group"),
}


def balance_colour(cell: Cell) -> QColor | None:
    """Red (all gaps) through grey (balanced or neutral only) to green (all strengths)."""
    rgb = balance_rgb(cell)
    return QColor(*rgb) if rgb is not None else None


def cell_tooltip(cell: Cell) -> str:
    if not cell.total:
        return translate("MatrixModel", "No evidence yet")
    neutral = cell.total - cell.strengths - cell.gaps
    count = Counts()
    text = translate("MatrixModel", "%1: %2, %3, %4 neutral")
    return (text.replace("%1", count.excerpts(cell.total))
            .replace("%2", count.strengths(cell.strengths)).replace("%3", count.gaps(cell.gaps))
            .replace("%4", str(neutral)))


def triangulation_reason(by_kind: MatrixRow, group_names: dict[str, str]) -> str:
    """Why an indicator is not triangulated, in words the team can act on; "" when it is."""
    why = untriangulated(by_kind)
    if why is None:
        return ""
    if why.no_evidence:
        return translate("MatrixModel", "No evidence yet.")
    parts = []
    if why.only_kind:
        parts.append(translate("MatrixModel", ONLY_KIND.get(why.only_kind, why.only_kind)))
    if why.no_group:
        parts.append(translate("MatrixModel", "no respondent group"))
    elif why.only_group:
        parts.append(translate("MatrixModel", "only one group (%1)").replace(
            "%1", group_names.get(why.only_group, "?")))
    text = translate("MatrixModel", "Not triangulated: %1. Look for another kind of source or "
                     "another group.")
    return text.replace("%1", "; ".join(p for p in parts if p))


class MatrixModel(QAbstractTableModel):
    """Column 0 names the indicator (or area); then one column per source; then the total."""

    COL_INDICATOR = 0
    COL_FIRST_SOURCE = 1
    HEADERS = (
        QT_TRANSLATE_NOOP("MatrixModel", "Indicator"),
        QT_TRANSLATE_NOOP("MatrixModel", "Total"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._matrices: dict[str, Matrix] = {}
        self._lines: dict[str, list[MatrixLine]] = {}
        self._small: set[str] = set()
        self._by = "kind"

    # Loading

    def set_matrices(self, matrices: dict[str, Matrix], small_groups: set[str]) -> None:
        """Both groupings at once; the current grouping stays."""
        self.beginResetModel()
        self._matrices = dict(matrices)
        self._small = set(small_groups)
        self._lines = {by: self._build(by) for by in matrices}
        if self._by not in self._lines and self._lines:
            self._by = next(iter(self._lines))
        self.endResetModel()

    def _build(self, by: str) -> list[MatrixLine]:
        matrix = self._matrices[by]
        by_kind = {r.indicator_id: r for r in self._matrices.get("kind", matrix).rows}
        names = dict(self._matrices["group"].columns) if "group" in self._matrices else {}
        lines = []
        for line in matrix_lines(matrix):
            reason = ("" if line.row is None else
                      triangulation_reason(by_kind.get(line.id, line.row), names))
            lines.append(replace(line, reason=reason))
        return lines

    def set_grouping(self, by: str) -> None:
        if by == self._by:
            return
        self.beginResetModel()
        self._by = by
        self.endResetModel()

    def grouping(self) -> str:
        return self._by

    def matrix(self) -> Matrix | None:
        return self._matrices.get(self._by)

    def matrices(self) -> dict[str, Matrix]:
        return dict(self._matrices)

    # Lookups for views

    def _columns(self) -> list[tuple[str, str]]:
        matrix = self._matrices.get(self._by)
        return matrix.columns if matrix is not None else []

    def total_column(self) -> int:
        return self.COL_FIRST_SOURCE + len(self._columns())

    def column_key(self, column: int) -> str | None:
        columns = self._columns()
        n = column - self.COL_FIRST_SOURCE
        return columns[n][0] if 0 <= n < len(columns) else None

    def column_label(self, column: int) -> str:
        key = self.column_key(column)
        if key is None:
            return ""
        label = dict(self._columns())[key]
        if key in SOURCE_COLUMNS:
            return translate("MatrixModel", SOURCE_COLUMNS[key])
        return kind_label(label) if self._by == "kind" or is_source_column(key) else label

    def line(self, row: int) -> tuple[str, str] | None:
        """(kind, id) of a row: ("area", area id) or ("indicator", indicator id)."""
        lines = self._lines.get(self._by, [])
        return (lines[row].kind, lines[row].id) if 0 <= row < len(lines) else None

    def find(self, indicator_id: str | None) -> QModelIndex:
        for n, line in enumerate(self._lines.get(self._by, [])):
            if line.kind == "indicator" and line.id == indicator_id:
                return self.index(n, self.COL_INDICATOR)
        return QModelIndex()

    def indicator_rows(self) -> list[MatrixRow]:
        return [line.row for line in self._lines.get(self._by, []) if line.row is not None]

    def area_of_row(self, row: int) -> int:
        """The row number of the area line above `row` (itself for an area line)."""
        lines = self._lines.get(self._by, [])
        while row > 0 and lines[row].kind != "area":
            row -= 1
        return row

    # Qt interface

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._lines.get(self._by, []))

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns()) + 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _cell(self, line: MatrixLine, column: int) -> Cell | None:
        if column == self.total_column():
            return line.total
        key = self.column_key(column)
        if key is None:
            return None
        return line.cells.get(key) or Cell()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        lines = self._lines.get(self._by, [])
        if not index.isValid() or not 0 <= index.row() < len(lines):
            return None
        line = lines[index.row()]
        column = index.column()
        if role == Role.ID:
            return line.id
        if role == Role.KIND:
            return line.kind
        if role == Role.TRIANGULATED:
            return line.row.triangulated if line.row is not None else None
        if role == Role.REASON:
            return line.reason
        if role == Role.COLUMN_KEY:
            return self.column_key(column)
        if column == self.COL_INDICATOR:
            return self._name_data(line, role)
        cell = self._cell(line, column)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Role.COUNT:
            return cell.total
        if role == Role.BALANCE:
            return cell.balance
        if role == Qt.ItemDataRole.BackgroundRole:
            return _AREA if line.kind == "area" else balance_colour(cell)
        if role == Qt.ItemDataRole.ForegroundRole:
            return ON_FILL
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = (translate("MatrixModel", "Total") if column == self.total_column()
                     else self.column_label(column))
            return f"{line.code} · {where}\n{cell_tooltip(cell)}"
        if role == Qt.ItemDataRole.FontRole and line.kind == "area":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _name_data(self, line: MatrixLine, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            flag = f"{FLAG} " if line.reason else ""
            return f"{flag}{line.code}  {line.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{line.code} {line.title}" + (f"\n\n{line.reason}" if line.reason else "")
        if role == Qt.ItemDataRole.FontRole and (line.kind == "area" or line.reason):
            font = QFont()
            font.setBold(True)
            return font
        if line.kind == "area" and role == Qt.ItemDataRole.BackgroundRole:
            return _AREA
        if line.kind == "area" and role == Qt.ItemDataRole.ForegroundRole:
            return ON_FILL
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        key = self.column_key(section)
        small = self._by == "group" and key in self._small
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.COL_INDICATOR:
                return translate("MatrixModel", self.HEADERS[0])
            if section == self.total_column():
                return translate("MatrixModel", self.HEADERS[1])
            return f"{SMALL} {self.column_label(section)}" if small else self.column_label(section)
        if role == Qt.ItemDataRole.ToolTipRole and small:
            return translate("MatrixModel", "A session with this group had fewer than five "
                             "people, or an unknown number: a quote may identify someone. "
                             "Quote with care.")
        if role == Role.COLUMN_KEY:
            return key
        return None


class MatrixFilterProxy(QSortFilterProxyModel):
    """Filters indicators by words or code and, optionally, to those not triangulated;
    an area line stays while any of its indicators does. Rows keep the rubric's order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._only_flagged = False

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidate()

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", text.casefold().split()))

    def set_only_flagged(self, flagged: bool) -> None:
        self._refilter(lambda: setattr(self, "_only_flagged", flagged))

    def _indicator_passes(self, model: MatrixModel, row: int) -> bool:
        index = model.index(row, MatrixModel.COL_INDICATOR)
        if self._only_flagged and index.data(Role.TRIANGULATED):
            return False
        name = (index.data() or "").casefold()
        return all(w in name for w in self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if model.index(source_row, 0).data(Role.KIND) == "indicator":
            return self._indicator_passes(model, source_row)
        row = source_row + 1
        while row < model.rowCount() and model.index(row, 0).data(Role.KIND) == "indicator":
            if self._indicator_passes(model, row):
                return True
            row += 1
        return False
