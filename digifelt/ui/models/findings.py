"""Findings as a tree: areas, each with its indicators' level and status (draft/agreed)."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from digifelt.ui.i18n import translate
from digifelt.ui.models.base import NO_PARENT, Index
from digifelt.ui.models.excerpts import ON_FILL
from digifelt.ui.models.roles import Role

_TOP = 0  # internalId of area rows; indicator rows store their area's row + 1
_AGREED = QColor("#d5efcf")

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("FindingsTreeModel", "draft"),
    "agreed": QT_TRANSLATE_NOOP("FindingsTreeModel", "agreed"),
}


class FindingsTreeModel(QAbstractItemModel):
    COL_NAME, COL_LEVEL, COL_STATUS = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("FindingsTreeModel", "Indicator"),
        QT_TRANSLATE_NOOP("FindingsTreeModel", "Level"),
        QT_TRANSLATE_NOOP("FindingsTreeModel", "Status"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._areas: list = []  # rubric.AreaView snapshots
        self._findings: dict[str, Any] = {}  # indicator id → Finding snapshot
        self._labels: dict[int, str] = {}  # scale value → label

    def set_data(self, areas: list, findings: list, scale: list) -> None:
        self.beginResetModel()
        self._areas = list(areas)
        self._findings = {v.finding.indicator_id: v.finding for v in findings}
        self._labels = {level.value: level.label for level in scale}
        self.endResetModel()

    def update_finding(self, finding) -> None:
        """One indicator's finding changed: refresh its row and its area's."""
        self._findings[finding.indicator_id] = finding
        index = self.find(finding.indicator_id)
        if index.isValid():
            self.dataChanged.emit(index.siblingAtColumn(0),
                                  index.siblingAtColumn(self.COL_STATUS))
            area = index.parent()
            self.dataChanged.emit(area.siblingAtColumn(0), area.siblingAtColumn(self.COL_STATUS))

    # Tree structure

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

    # Data

    def _object(self, index: Index):
        if index.internalId() == _TOP:
            return "area", self._areas[index.row()].area
        return "indicator", self._areas[index.internalId() - 1].indicators[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, obj = self._object(index)
        if role == Role.ID:
            return obj.id
        if role == Role.KIND:
            return kind
        if kind == "area":
            return self._area_data(index, obj, role)
        finding = self._findings.get(obj.id)
        level = finding.level if finding is not None else None
        status = finding.status if finding is not None else "draft"
        if role == Role.LEVEL:
            return level
        if role == Role.STATUS:
            return status
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NAME:
                return f"{obj.code}  {obj.title}"
            if column == self.COL_LEVEL:
                return "–" if level is None else str(level)
            return translate("FindingsTreeModel", STATUS_LABELS.get(status, status))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_LEVEL and level is not None:
                return self._labels.get(level, "")
            return f"{obj.code} {obj.title}"
        if column == self.COL_STATUS and status == "agreed":
            if role == Qt.ItemDataRole.BackgroundRole:
                return _AGREED
            if role == Qt.ItemDataRole.ForegroundRole:
                return ON_FILL
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _area_data(self, index: Index, area, role: int) -> Any:
        view = self._areas[index.row()]
        findings = [self._findings.get(i.id) for i in view.indicators]
        agreed = sum(1 for f in findings if f is not None and f.status == "agreed")
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.COL_NAME:
                return f"{area.code}  {area.title}"
            if index.column() == self.COL_STATUS:
                return f"{agreed}/{len(view.indicators)}"
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            text = translate("FindingsTreeModel", "%1 of %2 findings agreed; choose the area "
                             "to write its summary.")
            return text.replace("%1", str(agreed)).replace("%2", str(len(view.indicators)))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.COL_NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return translate("FindingsTreeModel", self.HEADERS[section])
        return None

    def find(self, object_id: str | None) -> QModelIndex:
        for a_row, view in enumerate(self._areas):
            if view.area.id == object_id:
                return self.index(a_row, 0)
            for i_row, ind in enumerate(view.indicators):
                if ind.id == object_id:
                    return self.index(i_row, 0, self.index(a_row, 0))
        return QModelIndex()
