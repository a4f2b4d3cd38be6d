"""The rubric as a two-level tree: areas, each with its indicators."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from digifelt.ui.models.tree import Node, TreeModel


def area_nodes(areas: list) -> list[Node]:
    """One "area" node per rubric.AreaView, its indicators as "indicator" children."""
    return [Node(view.area, "area", [Node(ind, "indicator") for ind in view.indicators])
            for view in areas]


class RubricTreeModel(TreeModel):
    CONTEXT = "RubricTreeModel"
    COL_CODE, COL_TITLE = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("RubricTreeModel", "Code"),
        QT_TRANSLATE_NOOP("RubricTreeModel", "Title"),
    )

    def set_tree(self, areas: list) -> None:
        """`areas`: AreaView snapshots from rubric.rubric_tree."""
        self.set_roots(area_nodes(areas))

    def node_data(self, node: Node, column: int, role: int) -> Any:
        obj = node.item
        if role == Qt.ItemDataRole.DisplayRole:
            return obj.code if column == self.COL_CODE else obj.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return obj.description or obj.title
        return None
