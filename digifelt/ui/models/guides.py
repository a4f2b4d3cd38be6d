"""Guides (interview guides, observation forms, checklists) and their questions."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from digifelt.ui.labels import guide_kind_label
from digifelt.ui.models.base import EditableRowsModel, RowsModel


class GuidesModel(RowsModel):
    CONTEXT = "GuidesModel"
    COL_TITLE, COL_KIND, COL_GROUP = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("GuidesModel", "Guide"),
        QT_TRANSLATE_NOOP("GuidesModel", "Kind"),
        QT_TRANSLATE_NOOP("GuidesModel", "Group"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.group_names: dict[str, str] = {}

    def cell(self, row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.title, guide_kind_label(row.kind),
                    self.group_names.get(row.group_id, ""))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            return row.title
        return None


class QuestionsModel(EditableRowsModel):
    """Rows are QuestionView snapshots; indicators are edited as a list of codes ("1.1, 2.3")."""

    CONTEXT = "QuestionsModel"
    COL_ORDER, COL_TEXT, COL_INDICATORS = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("QuestionsModel", "#"),
        QT_TRANSLATE_NOOP("QuestionsModel", "Question"),
        QT_TRANSLATE_NOOP("QuestionsModel", "Indicators"),
    )
    FIELDS = {COL_TEXT: "text", COL_INDICATORS: "indicators"}

    def __init__(self, codes: Callable[[list[str]], str], commit=None, parent=None):
        super().__init__(commit, parent)
        self._codes = codes

    def row_id(self, row) -> str:
        return row.question.id

    def edit_value(self, row, column: int) -> Any:
        return row.question.text if column == self.COL_TEXT else self._codes(row.indicator_ids)

    def cell(self, row, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(row.question.order + 1), row.question.text,
                    self._codes(row.indicator_ids))[column]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._commit is None:
            return False
        if index.column() not in self.FIELDS:
            return False
        row = self._rows[index.row()]
        if str(value).strip() == str(self.edit_value(row, index.column())):
            return False
        saved = self._commit(row, self.FIELDS[index.column()], str(value))
        if saved is None:
            return False
        self._rows[index.row()] = saved
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(2))
        return True
