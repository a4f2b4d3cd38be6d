"""The rubric's scale as an editable table: value, label, description."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from digifelt.ui.models.base import Index, RowsModel


class ScaleModel(RowsModel):
    """Edits go to `commit(value, label, description)`, which returns the saved level or None."""

    CONTEXT = "ScaleModel"
    COL_VALUE, COL_LABEL, COL_DESCRIPTION = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("ScaleModel", "Level"),
        QT_TRANSLATE_NOOP("ScaleModel", "Label"),
        QT_TRANSLATE_NOOP("ScaleModel", "Description"),
    )

    def __init__(self, commit: Callable[[int, str, str | None], Any] | None = None, parent=None):
        super().__init__(parent)
        self._commit = commit

    def row_id(self, row) -> str:
        return row.id

    def cell(self, row, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (str(row.value), row.label, row.description or "")[column]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() != self.COL_VALUE and self._commit is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._commit is None:
            return False
        row = self._rows[index.row()]
        label = str(value) if index.column() == self.COL_LABEL else row.label
        description = str(value) if index.column() == self.COL_DESCRIPTION else row.description
        saved = self._commit(row.value, label, description or None)
        if saved is None:
            return False
        self._rows[index.row()] = saved
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(2))
        return True
