"""A checkable list of (id, label) items: groups or assessors of an activity, look-fors."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, Qt, Signal

from digifelt.ui.models.base import NO_PARENT, Index
from digifelt.ui.models.roles import Role


@dataclass(frozen=True)
class CheckItem:
    id: str
    label: str
    tooltip: str = ""


class CheckListModel(QAbstractListModel):
    toggled = Signal(str, bool)  # item id, checked — only for changes made by the user

    def __init__(self, items: list[CheckItem] | None = None, parent=None):
        super().__init__(parent)
        self._items = list(items or [])
        self._checked: set[str] = set()

    def set_items(self, items: list[CheckItem], checked: list[str] | None = None) -> None:
        self.beginResetModel()
        self._items = list(items)
        if checked is not None:
            self._checked = set(checked)
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip or item.label
        if role == Role.ID:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        item = self._items[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (item.id in self._checked):
            return False
        (self._checked.add if checked else self._checked.discard)(item.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit(item.id, checked)
        return True

    def checked_ids(self) -> list[str]:
        return [i.id for i in self._items if i.id in self._checked]

    def set_checked(self, ids: list[str]) -> None:
        self._checked = set(ids)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])
