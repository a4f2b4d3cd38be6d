"""Indicators for the tag picker: checkable, preferred ones first, filtered by code or words."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from digifelt.ui.models.base import NO_PARENT, Index
from digifelt.ui.models.roles import Role


@dataclass(frozen=True)
class PickerRow:
    id: str
    code: str
    title: str
    description: str
    area: str
    preferred: bool
    order: int


def picker_rows(areas: list, preferred_ids: list[str]) -> list[PickerRow]:
    """Rubric order, with the preferred indicators (e.g. the current question's) marked."""
    preferred = set(preferred_ids)
    rows = []
    for area in areas:
        for ind in area.indicators:
            rows.append(PickerRow(ind.id, ind.code, ind.title, ind.description or "",
                                  area.area.title, ind.id in preferred, len(rows)))
    return rows


class IndicatorPickerModel(QAbstractListModel):
    def __init__(self, rows: list[PickerRow] | None = None, parent=None):
        super().__init__(parent)
        self._rows = list(rows or [])
        self._checked: set[str] = set()

    def set_rows(self, rows: list[PickerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.code}  {row.title}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if row.id in self._checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.area}\n\n{row.description}" if row.description else row.area
        if role == Qt.ItemDataRole.FontRole and row.preferred:
            font = QFont()
            font.setBold(True)
            return font
        return {Role.ID: row.id, Role.CODE: row.code, Role.PREFERRED: row.preferred,
                Role.ORDER: row.order}.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row_id = self._rows[index.row()].id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (row_id in self._checked):
            return False
        (self._checked.add if checked else self._checked.discard)(row_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked_ids(self) -> list[str]:
        """Checked indicators in rubric order."""
        return [r.id for r in self._rows if r.id in self._checked]

    def set_checked(self, ids: list[str]) -> None:
        self._checked = set(ids)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def row(self, n: int) -> PickerRow:
        return self._rows[n]


def _squash(code: str) -> str:
    return code.replace(".", "").replace(" ", "")


class IndicatorFilterProxy(QSortFilterProxyModel):
    """Every typed word must match: a code prefix ("1.2", "12") or a word in title/area/text.

    Code matches sort first, then preferred indicators, then title matches, then the rest.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._tokens: list[str] = []
        self.setDynamicSortFilter(True)

    def set_query(self, text: str) -> None:
        self._tokens = text.casefold().split()
        self.invalidate()
        self.sort(0)

    def _rank(self, row: PickerRow) -> tuple[int, int] | None:
        """(code rank, text rank) for the current query, or None when the row fails."""
        if not self._tokens:
            return (1, 0)
        code_hits = 0
        text_rank = 0
        title = f"{row.title} {row.area}".casefold()
        description = row.description.casefold()
        for token in self._tokens:
            code = row.code.casefold()
            if code.startswith(token) or (_squash(token) and
                                           _squash(code).startswith(_squash(token))):
                code_hits += 1
            elif token in title:
                pass
            elif token in description:
                text_rank = 1
            else:
                return None
        return (0 if code_hits else 1, text_rank)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        return self._rank(self.sourceModel().row(source_row)) is not None

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        a, b = model.row(left.row()), model.row(right.row())
        rank_a, rank_b = self._rank(a) or (9, 9), self._rank(b) or (9, 9)
        key_a = (rank_a[0], not a.preferred, rank_a[1], a.order)
        key_b = (rank_b[0], not b.preferred, rank_b[1], b.order)
        return key_a < key_b
