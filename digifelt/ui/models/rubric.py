"""The rubric as a two-level tree: areas, each with its indicators."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, Qt

from digifelt.ui.models.base import NO_PARENT, Index
from digifelt.ui.models.roles import Role

_TOP = 0  # internalId of area rows; indicator rows store their area's row + 1


class RubricTreeModel(QAbstractItemModel):
    COL_CODE, COL_TITLE = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("RubricTreeModel", "Code"),
        QT_TRANSLATE_NOOP("RubricTreeModel", "Title"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._areas: list = []  # AreaView snapshots from rubric.rubric_tree

    def set_tree(self, areas: list) -> None:
        self.beginResetModel()
        self._areas = list(areas)
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        if parent.internalId() == _TOP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._areas)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._areas[parent.row()].indicators)
        return 0

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return len(self.HEADERS)

    def _object(self, index: Index):
        if index.internalId() == _TOP:
            return "area", self._areas[index.row()].area
        area = self._areas[index.internalId() - 1]
        return "indicator", area.indicators[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, obj = self._object(index)
        if role == Role.ID:
            return obj.id
        if role == Role.KIND:
            return kind
        if role == Role.ROW:
            return obj
        if role == Qt.ItemDataRole.DisplayRole:
            return obj.code if index.column() == self.COL_CODE else obj.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return obj.description or obj.title
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate("RubricTreeModel", self.HEADERS[section])
        return None

    def find(self, object_id: str | None) -> QModelIndex:
        for a_row, view in enumerate(self._areas):
            if view.area.id == object_id:
                return self.index(a_row, 0)
            for i_row, ind in enumerate(view.indicators):
                if ind.id == object_id:
                    return self.index(i_row, 0, self.index(a_row, 0))
        return QModelIndex()
