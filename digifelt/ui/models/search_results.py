"""Search hits grouped by activity (findings in a group of their own), best group first."""

import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QFont

from digifelt.core.services.search import MARK_END, MARK_START, SearchHit
from digifelt.ui.i18n import translate
from digifelt.ui.models.base import NO_PARENT, Index
from digifelt.ui.models.roles import Role
from digifelt.ui.models.tree import Node, TreeModel

HIT_KINDS = {
    "entry": QT_TRANSLATE_NOOP("SearchResultsModel", "Notes"),
    "excerpt": QT_TRANSLATE_NOOP("SearchResultsModel", "Excerpt"),
    "activity": QT_TRANSLATE_NOOP("SearchResultsModel", "Activity details"),
    "finding": QT_TRANSLATE_NOOP("SearchResultsModel", "Finding"),
    "survey_question": QT_TRANSLATE_NOOP("SearchResultsModel", "Survey question"),
}


def snippet_html(hit: SearchHit) -> str:
    text = " ".join(html.escape(hit.snippet).split())
    return text.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def snippet_plain(hit: SearchHit) -> str:
    return " ".join(hit.snippet.replace(MARK_START, "").replace(MARK_END, "").split())


@dataclass
class _Group:
    key: str | None  # activity id; None for findings
    title: str
    hits: list[SearchHit] = field(default_factory=list)


class SearchResultsModel(TreeModel):
    """Group rows ("group", the _Group) hold hit rows ("hit", the SearchHit)."""

    COL_TEXT = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._indicators: dict[str, str] = {}  # finding id → "1.1 Title"
        self._indicator_ids: dict[str, str] = {}  # finding id → indicator id

    def set_hits(self, hits: list[SearchHit], findings: dict[str, tuple[str, str]]) -> None:
        """`findings`: finding id → (indicator id, "code title") for the finding hits."""
        groups: dict[str | None, _Group] = {}
        for hit in hits:  # best first: a group's place is its best hit's
            key = hit.activity_id
            if key not in groups:
                title = ((hit.activity_title or "") if key
                         else translate("SearchResultsModel", "Findings"))
                groups[key] = _Group(key, title)
            groups[key].hits.append(hit)
        self.beginResetModel()
        self._put_roots(Node(g, "group", [Node(h, "hit", node_id=h.ref_id) for h in g.hits],
                             node_id=g.key or "")
                        for g in groups.values())
        self._indicator_ids = {k: v[0] for k, v in findings.items()}
        self._indicators = {k: v[1] for k, v in findings.items()}
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(root.children) for root in self.roots())

    def group_count(self) -> int:
        return len(self.roots())

    def hit_at(self, index: Index) -> SearchHit | None:
        """The hit of a hit row; for a group row, the group's first (best) hit."""
        node = self.node_of(index)
        if node is not None and node.kind == "group":
            node = node.children[0] if node.children else None
        return node.item if node is not None else None

    def indicator_of(self, hit: SearchHit) -> str | None:
        """A finding hit's indicator id."""
        return self._indicator_ids.get(hit.ref_id) if hit.kind == "finding" else None

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self.roots() else QModelIndex()

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 1  # no HEADERS: the view hides its header

    def node_data(self, node: Node, column: int, role: int) -> Any:
        if node.kind == "group":
            group = node.item
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{group.title}  ({len(group.hits)})"
            if role == Role.SNIPPET_HTML:
                return f"<b>{html.escape(group.title)}</b>  ({len(group.hits)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        hit = node.item
        if role == Role.HIT:
            return hit
        if role == Role.INDICATOR_ID:
            return self._indicator_ids.get(hit.ref_id)
        prefix = translate("SearchResultsModel", HIT_KINDS.get(hit.kind, hit.kind))
        if hit.kind == "finding" and hit.ref_id in self._indicators:
            prefix = f"{prefix} {self._indicators[hit.ref_id]}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{prefix}: {snippet_plain(hit)}"
        if role == Role.SNIPPET_HTML:
            return f"<span style='color:#666'>{html.escape(prefix)}:</span> {snippet_html(hit)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return snippet_plain(hit)
        return None
