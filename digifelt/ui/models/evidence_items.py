"""Evidence for an indicator: excerpts (text, valence, star, source, groups, date, page) and
survey questions (the question and how many agree, in place of an excerpt's words)."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from digifelt.ui.labels import excerpt_kind_label, kind_label, valence_label
from digifelt.ui.models.base import Index, RowsModel
from digifelt.ui.models.excerpts import ON_FILL, VALENCE_COLOURS
from digifelt.ui.models.roles import Role
from digifelt.ui.survey_summary import agree_text, summary_lines


class EvidenceItemsModel(RowsModel):
    """Rows are core.services.matrix.EvidenceItem snapshots."""

    CONTEXT = "EvidenceItemsModel"
    COL_STAR, COL_VALENCE, COL_TEXT, COL_SOURCE, COL_GROUPS, COL_DATE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("EvidenceItemsModel", "★"),
        QT_TRANSLATE_NOOP("EvidenceItemsModel", "Valence"),
        QT_TRANSLATE_NOOP("EvidenceItemsModel", "Excerpt"),
        QT_TRANSLATE_NOOP("EvidenceItemsModel", "Source"),
        QT_TRANSLATE_NOOP("EvidenceItemsModel", "Group"),
        QT_TRANSLATE_NOOP("EvidenceItemsModel", "Date"),
    )

    def row_id(self, row) -> str:
        return row.excerpt_id

    @staticmethod
    def source_text(item) -> str:
        where = f"{kind_label(item.activity_kind)}: {item.activity_title}"
        if item.page is not None:
            where += " · " + QCoreApplication.translate("EvidenceItemsModel", "p. %1").replace(
                "%1", str(item.page))
        return where

    @staticmethod
    def groups_text(item) -> str:
        return ", ".join(item.group_names) or "–"

    @staticmethod
    def words(item) -> str:
        """The excerpt's words; a survey question with how many agree."""
        text = " ".join(item.text.split())
        if item.is_question:
            return f"{text} — {agree_text(item.distribution.overall)}"
        return text

    def cell(self, item, column: int, role: int) -> Any:
        if role == Role.ACTIVITY_ID:
            return item.activity_id
        if role == Role.VALENCE:
            return item.valence
        if role == Role.STARRED:
            return item.starred
        if role == Role.SOURCE_KIND:
            return item.activity_kind
        if role == Role.GROUPS:
            return item.group_names
        if role == Qt.ItemDataRole.DisplayRole:
            return ("★" if item.starred else "", valence_label(item.valence),
                    self.words(item), self.source_text(item),
                    self.groups_text(item), item.activity_date or "")[column]
        if role == Role.SORT:
            return (int(item.starred), item.valence, item.text.casefold(),
                    self.source_text(item).casefold(), self.groups_text(item).casefold(),
                    item.activity_date or "")[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_VALENCE:
            return QColor(VALENCE_COLOURS.get(item.valence, "#eeeeee"))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_VALENCE:
            return ON_FILL
        if role == Qt.ItemDataRole.ToolTipRole and item.is_question:
            return "\n".join([f"«{item.text}»", "", *summary_lines(item.distribution), "",
                              f"{valence_label(item.valence)} · {self.source_text(item)}"])
        if role == Qt.ItemDataRole.ToolTipRole:
            memo = f"\n\n{item.memo}" if item.memo else ""
            return (f"«{item.text}»\n\n{excerpt_kind_label(item.kind)} · "
                    f"{valence_label(item.valence)}\n{self.source_text(item)}\n"
                    f"{self.groups_text(item)} · {item.activity_date or ''}{memo}")
        return None


class EvidenceFilterProxy(QSortFilterProxyModel):
    """Group, kind of source, valence, starred only, and words in the excerpt or its source."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.group: str | None = None  # a group name
        self.kind: str | None = None  # an activity kind
        self.valence: str | None = None
        self.starred_only = False
        self._words: list[str] = []
        self.setSortRole(Role.SORT)

    def set_filters(self, *, group: str | None = None, kind: str | None = None,
                    valence: str | None = None, starred_only: bool = False,
                    text: str = "") -> None:
        def change() -> None:
            self.group, self.kind, self.valence = group, kind, valence
            self.starred_only = starred_only
            self._words = text.casefold().split()

        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        item = self.sourceModel().row_at(source_row)
        if item is None:
            return False
        if self.group is not None and self.group not in item.group_names:
            return False
        if self.kind is not None and item.activity_kind != self.kind:
            return False
        if self.valence is not None and item.valence != self.valence:
            return False
        if self.starred_only and not item.starred:
            return False
        if self._words:
            haystack = f"{item.text} {item.activity_title} {' '.join(item.group_names)}"
            haystack = haystack.casefold()
            return all(w in haystack for w in self._words)
        return True
