"""Attachments of an activity: file name, caption (editable), size."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from digifelt.ui.i18n import decimal
from digifelt.ui.models.base import EditableRowsModel
from digifelt.ui.models.roles import Role


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{decimal(value)} {unit}"
        value /= 1024
    return f"{size} B"


class AttachmentsModel(EditableRowsModel):
    CONTEXT = "AttachmentsModel"
    COL_NAME, COL_CAPTION, COL_SIZE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("AttachmentsModel", "File"),
        QT_TRANSLATE_NOOP("AttachmentsModel", "Caption"),
        QT_TRANSLATE_NOOP("AttachmentsModel", "Size"),
    )
    FIELDS = {COL_CAPTION: "caption"}

    def cell(self, row, column: int, role: int) -> Any:
        if role == Role.MEDIA_TYPE:
            return row.media_type
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.filename, row.caption or "", human_size(row.size))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.filename} ({row.media_type})"
        return None
