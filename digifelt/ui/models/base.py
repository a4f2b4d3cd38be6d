"""A table model over a list of plain row objects; subclasses name the columns and cells."""

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from digifelt.ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invisible root; never modified, so one instance serves


class RowsModel(QAbstractTableModel):
    """Rows are replaced wholesale with set_rows(); pages reload after each service call."""

    CONTEXT = "RowsModel"  # translation context of HEADERS
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []

    # Subclass hooks

    def row_id(self, row: Any) -> str | None:
        return getattr(row, "id", None)

    def cell(self, row: Any, column: int, role: int) -> Any:
        return None

    # Qt interface

    def rowCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Role.ID:
            return self.row_id(row)
        if role == Role.ROW:
            return row
        return self.cell(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    # Helpers for views

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str | None) -> int:
        """The row number of the object with this id, or -1."""
        for n, row in enumerate(self._rows):
            if self.row_id(row) == row_id:
                return n
        return -1


class EditableRowsModel(RowsModel):
    """Columns in FIELDS are edited in place; `commit(row, field, value)` saves through a
    service and returns the updated row object (or None when the edit was refused)."""

    FIELDS: dict[int, str] = {}

    def __init__(self, commit=None, parent=None):
        super().__init__(parent)
        self._commit = commit

    def edit_value(self, row: Any, column: int) -> Any:
        value = getattr(row, self.FIELDS[column], None)
        return "" if value is None else value

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in self.FIELDS and self._commit is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.EditRole and index.isValid()
                and index.column() in self.FIELDS and 0 <= index.row() < len(self._rows)):
            return self.edit_value(self._rows[index.row()], index.column())
        return super().data(index, role)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() not in self.FIELDS or self._commit is None):
            return False
        row = self._rows[index.row()]
        if isinstance(value, str):
            value = value.strip() or None
        if value == getattr(row, self.FIELDS[index.column()], None):
            return False
        saved = self._commit(row, self.FIELDS[index.column()], value)
        if saved is None:
            return False
        self._rows[index.row()] = saved
        self.dataChanged.emit(index.siblingAtColumn(0),
                              index.siblingAtColumn(self.columnCount() - 1))
        return True
