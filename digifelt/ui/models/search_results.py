"""Search hits grouped by activity (findings in a group of their own), best group first."""

import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from digifelt.core.services.search import MARK_END, MARK_START, SearchHit
from digifelt.ui.i18n import translate
from digifelt.ui.models.base import NO_PARENT, Index
from digifelt.ui.models.roles import Role

_TOP = 0  # internalId of group rows; hit rows store their group's row + 1

HIT_KINDS = {
    "entry": QT_TRANSLATE_NOOP("SearchResultsModel", "Notes"),
    "excerpt": QT_TRANSLATE_NOOP("SearchResultsModel", "Excerpt"),
    "activity": QT_TRANSLATE_NOOP("SearchResultsModel", "Activity details"),
    "finding": QT_TRANSLATE_NOOP("SearchResultsModel", "Finding"),
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


class SearchResultsModel(QAbstractItemModel):
    COL_TEXT = 0

    def __init__(self, parent=None):
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._indicators: dict[str, str] = {}  # finding id → "1.1 Title"
        self._indicator_ids: dict[str, str] = {}  # finding id → indicator id

    def set_hits(self, hits: list[SearchHit], findings: dict[str, tuple[str, str]]) -> None:
        """`findings`: finding id → (indicator id, "code title") for the finding hits."""
        self.beginResetModel()
        groups: dict[str | None, _Group] = {}
        for hit in hits:  # best first: a group's place is its best hit's
            key = hit.activity_id
            if key not in groups:
                title = ((hit.activity_title or "") if key
                         else translate("SearchResultsModel", "Findings"))
                groups[key] = _Group(key, title)
            groups[key].hits.append(hit)
        self._groups = list(groups.values())
        self._indicator_ids = {k: v[0] for k, v in findings.items()}
        self._indicators = {k: v[1] for k, v in findings.items()}
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(len(g.hits) for g in self._groups)

    def group_count(self) -> int:
        return len(self._groups)

    def hit_at(self, index: Index) -> SearchHit | None:
        """The hit of a hit row; for a group row, the group's first (best) hit."""
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            hits = self._groups[index.row()].hits
            return hits[0] if hits else None
        return self._groups[index.internalId() - 1].hits[index.row()]

    def indicator_of(self, hit: SearchHit) -> str | None:
        """A finding hit's indicator id."""
        return self._indicator_ids.get(hit.ref_id) if hit.kind == "finding" else None

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

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
            return len(self._groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{group.title}  ({len(group.hits)})"
            if role == Role.SNIPPET_HTML:
                return f"<b>{html.escape(group.title)}</b>  ({len(group.hits)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        hit = self._groups[index.internalId() - 1].hits[index.row()]
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
