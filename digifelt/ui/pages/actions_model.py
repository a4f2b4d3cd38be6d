"""The follow-up actions as an editable table, and the editors of its status and due date."""

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from digifelt.ui.date_edit import DateEdit
from digifelt.ui.i18n import current_language
from digifelt.ui.models.base import EditableRowsModel

_CONTEXT = "ActionsModel"
STATUS_TEXTS = {
    "planned": QT_TRANSLATE_NOOP("ActionsModel", "planned"),
    "in_progress": QT_TRANSLATE_NOOP("ActionsModel", "in progress"),
    "done": QT_TRANSLATE_NOOP("ActionsModel", "done"),
    "dropped": QT_TRANSLATE_NOOP("ActionsModel", "dropped"),
}
OVERDUE_TEXT = QT_TRANSLATE_NOOP("ActionsModel", "overdue")
OVERDUE_COLOUR = QColor(0xF2, 0xB8, 0xB5)  # the evidence matrix's gap colour


def _date_format() -> str:
    return "dd.MM.yyyy" if current_language() == "nb" else "yyyy-MM-dd"  # as DateEdit shows


def status_text(status: str) -> str:
    return QCoreApplication.translate(_CONTEXT, STATUS_TEXTS.get(status, status))


class ActionsModel(EditableRowsModel):
    """Rows are core.services.actions.ActionView; an overdue row is marked in its date and
    status cells."""

    CONTEXT = _CONTEXT
    COL_INDICATOR, COL_TEXT, COL_OWNER, COL_DUE, COL_STATUS, COL_NOTES = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ActionsModel", "Indicator"),
        QT_TRANSLATE_NOOP("ActionsModel", "Action"),
        QT_TRANSLATE_NOOP("ActionsModel", "Owner"),
        QT_TRANSLATE_NOOP("ActionsModel", "Due date"),
        QT_TRANSLATE_NOOP("ActionsModel", "Status"),
        QT_TRANSLATE_NOOP("ActionsModel", "Notes"),
    )
    FIELDS = {COL_TEXT: "text", COL_OWNER: "owner", COL_DUE: "due_date",
              COL_STATUS: "status", COL_NOTES: "notes"}

    def __init__(self, commit=None, parent=None):
        super().__init__(commit, parent)
        self.today: date | None = None  # None: the real today (tests fix it)

    def row_id(self, row) -> str | None:
        return row.action.id

    def edit_value(self, row, column: int) -> Any:
        value = getattr(row.action, self.FIELDS[column], None)
        return "" if value is None else value

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (role == Qt.ItemDataRole.EditRole and index.isValid()
                and index.column() in self.FIELDS and self._commit is not None):
            row = self._rows[index.row()]
            if isinstance(value, str):
                value = value.strip() or None
            if value == getattr(row.action, self.FIELDS[index.column()], None):
                return False
            saved = self._commit(row, self.FIELDS[index.column()], value)
            if saved is None:
                return False
            self._rows[index.row()] = saved
            self.dataChanged.emit(index.siblingAtColumn(0),
                                  index.siblingAtColumn(self.columnCount() - 1))
            return True
        return False

    def cell(self, row, column: int, role: int) -> Any:
        a = row.action
        late = row.overdue(self.today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_INDICATOR:
                return row.indicator_code or "–"
            if column == self.COL_DUE:
                return QDate(a.due_date).toString(_date_format()) if a.due_date else ""
            if column == self.COL_STATUS:
                text = status_text(a.status)
                if late:
                    text += f" ({QCoreApplication.translate(_CONTEXT, OVERDUE_TEXT)})"
                return text
            if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_INDICATOR:
                return row.indicator_title
            return getattr(a, self.FIELDS[column]) or ""
        if role == Qt.ItemDataRole.BackgroundRole and late and column in (self.COL_DUE,
                                                                          self.COL_STATUS):
            return QBrush(OVERDUE_COLOUR)
        return None


class StatusDelegate(QStyledItemDelegate):
    """A combo of the four statuses: ↑/↓ or the first letters choose, Enter saves."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("actionStatusEditor")
        for key in STATUS_TEXTS:
            combo.addItem(status_text(key), key)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DueDateDelegate(QStyledItemDelegate):
    """The project's date field; emptied, the action has no due date."""

    def createEditor(self, parent, option, index):  # noqa: N802
        edit = DateEdit(parent, optional=True)
        edit.setObjectName("actionDueEditor")
        return edit

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(QDate(value) if isinstance(value, date) else None)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        value = editor.dateTime()
        model.setData(index, value.date().toPython() if value is not None else None,
                      Qt.ItemDataRole.EditRole)
