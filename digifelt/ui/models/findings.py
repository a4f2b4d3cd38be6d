"""Findings as a tree: areas, each with its indicators' level and status (draft/agreed)."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont

from digifelt.ui.i18n import translate
from digifelt.ui.models.excerpts import ON_FILL
from digifelt.ui.models.roles import Role
from digifelt.ui.models.rubric import area_nodes
from digifelt.ui.models.tree import Node, TreeModel

_AGREED = QColor("#d5efcf")

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("FindingsTreeModel", "draft"),
    "agreed": QT_TRANSLATE_NOOP("FindingsTreeModel", "agreed"),
    "not_assessed": QT_TRANSLATE_NOOP("FindingsTreeModel", "not assessed"),
}


class FindingsTreeModel(TreeModel):
    CONTEXT = "FindingsTreeModel"
    COL_NAME, COL_LEVEL, COL_STATUS = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("FindingsTreeModel", "Indicator"),
        QT_TRANSLATE_NOOP("FindingsTreeModel", "Level"),
        QT_TRANSLATE_NOOP("FindingsTreeModel", "Status"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._findings: dict[str, Any] = {}  # indicator id → Finding snapshot
        self._labels: dict[int, str] = {}  # scale value → label

    def set_data(self, areas: list, findings: list, scale: list) -> None:
        """`areas`: rubric.AreaView snapshots; `findings`: FindingViews; `scale`: its levels."""
        self.beginResetModel()
        self._put_roots(area_nodes(areas))
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

    # Data

    def node_data(self, node: Node, column: int, role: int) -> Any:
        obj = node.item
        if node.kind == "area":
            return self._area_data(node, column, role)
        finding = self._findings.get(obj.id)
        level = finding.level if finding is not None else None
        status = finding.status if finding is not None else "draft"
        if role == Role.LEVEL:
            return level
        if role == Role.STATUS:
            return status
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

    def _area_data(self, node: Node, column: int, role: int) -> Any:
        area, indicators = node.item, node.children
        findings = [self._findings.get(child.id) for child in indicators]
        agreed = sum(1 for f in findings if f is not None and f.status == "agreed")
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NAME:
                return f"{area.code}  {area.title}"
            if column == self.COL_STATUS:
                return f"{agreed}/{len(indicators)}"
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            text = translate("FindingsTreeModel", "%1 of %2 findings agreed; choose the area "
                             "to write its summary.")
            return text.replace("%1", str(agreed)).replace("%2", str(len(indicators)))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
