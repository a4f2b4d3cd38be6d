"""The outline of an interview: its guide's questions in order, then free notes."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from digifelt.ui.models.base import RowsModel
from digifelt.ui.models.roles import Role


@dataclass
class OutlineRow:
    key: int  # position in the interview view's page stack
    question_id: str | None  # None: free notes
    text: str  # the question, or "Free notes" for notes outside the guide
    codes: str
    number: int = 0  # 1-based question number, shown before the text
    has_notes: bool = False


class OutlineModel(RowsModel):
    CONTEXT = "OutlineModel"
    HEADERS = (QT_TRANSLATE_NOOP("OutlineModel", "Questions"),)

    def row_id(self, row: OutlineRow) -> str | None:
        return row.question_id

    def cell(self, row: OutlineRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "● " if row.has_notes else "○ "
            if row.question_id is None:
                return mark + row.text
            return f"{mark}{row.number}. {row.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.text}\n{row.codes}" if row.codes else row.text
        if role == Role.HAS_NOTES:
            return row.has_notes
        return None

    def set_has_notes(self, key: int, has_notes: bool) -> None:
        for n, row in enumerate(self._rows):
            if row.key == key and row.has_notes != has_notes:
                row.has_notes = has_notes
                index = self.index(n, 0)
                self.dataChanged.emit(index, index)
