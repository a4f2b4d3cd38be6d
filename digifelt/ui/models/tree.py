"""A read-only tree model over plain nodes; subclasses build the nodes and say what a cell
shows.

Indexes carry a node's position in a flat list of all nodes rather than a pointer to it:
an integer cannot dangle when a reset drops the old nodes.
"""

from collections.abc import Iterable, Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt

from digifelt.ui.models.base import NO_PARENT, Index
from digifelt.ui.models.roles import Role


class Node:
    """One row of the tree: the object it shows, what kind of row it is, and its children."""

    __slots__ = ("children", "id", "item", "key", "kind", "parent", "row")

    def __init__(self, item: Any, kind: str = "", children: Iterable["Node"] = (),
                 node_id: str | None = None):
        self.item = item
        self.kind = kind
        self.id = node_id if node_id is not None else getattr(item, "id", None)
        self.parent: Node | None = None
        self.row = 0
        self.key = -1  # position in the model's flat list; set by TreeModel.set_roots
        self.children: list[Node] = []
        for child in children:
            self.add(child)

    def add(self, child: "Node") -> "Node":
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child

    def walk(self) -> Iterator["Node"]:
        """This node, then its descendants depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


class TreeModel(QAbstractItemModel):
    """Rows are replaced wholesale with set_roots(); pages reload after each service call.

    data() answers Role.ID, Role.KIND and Role.ROW from the node and hands every other role
    to node_data(); only column 0 has children.
    """

    CONTEXT = "TreeModel"  # translation context of HEADERS
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._roots: list[Node] = []
        self._nodes: list[Node] = []

    # Subclass hook

    def node_data(self, node: Node, column: int, role: int) -> Any:
        return None

    # Building

    def set_roots(self, roots: Iterable[Node]) -> None:
        self.beginResetModel()
        self._put_roots(roots)
        self.endResetModel()

    def _put_roots(self, roots: Iterable[Node]) -> None:
        """For subclasses that change more state inside the same reset as the nodes."""
        self._roots = []
        self._nodes = []
        for row, root in enumerate(roots):
            root.parent, root.row = None, row
            self._roots.append(root)
            for node in root.walk():
                node.key = len(self._nodes)
                self._nodes.append(node)

    def roots(self) -> list[Node]:
        return list(self._roots)

    # Lookups for views

    def node_of(self, index: Index) -> Node | None:
        if not index.isValid() or index.model() is not self:
            return None
        key = index.internalId()
        return self._nodes[key] if 0 <= key < len(self._nodes) else None

    def index_of_node(self, node: Node, column: int = 0) -> QModelIndex:
        return self.createIndex(node.row, column, node.key)

    def find(self, object_id: str | None, column: int = 0) -> QModelIndex:
        """The index of the first node (depth first) with this id, or an invalid index."""
        if object_id is None:
            return QModelIndex()
        for node in self._nodes:
            if node.id == object_id:
                return self.index_of_node(node, column)
        return QModelIndex()

    # Qt interface

    def _children(self, parent: Index) -> list[Node]:
        if not parent.isValid():
            return self._roots
        if parent.column() != 0:
            return []
        node = self.node_of(parent)
        return node.children if node is not None else []

    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        if not 0 <= column < self.columnCount(parent):
            return QModelIndex()
        siblings = self._children(parent)
        if not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row].key)

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        node = self.node_of(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.index_of_node(node.parent)

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return len(self._children(parent))

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return len(self.HEADERS)

    def hasChildren(self, parent: Index = NO_PARENT) -> bool:  # noqa: N802
        return bool(self._children(parent))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node_of(index)
        if node is None:
            return None
        if role == Role.ID:
            return node.id
        if role == Role.KIND:
            return node.kind
        if role == Role.ROW:
            return node.item
        return self.node_data(node, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None
