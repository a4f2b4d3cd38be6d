"""Respondent groups and participants as editable tables (participant names are personal data)."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from digifelt.ui.models.base import EditableRowsModel
from digifelt.ui.models.roles import Role


class GroupsModel(EditableRowsModel):
    CONTEXT = "GroupsModel"
    COL_NAME, COL_DESCRIPTION = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("GroupsModel", "Group"),
        QT_TRANSLATE_NOOP("GroupsModel", "Description"),
    )
    FIELDS = {COL_NAME: "name", COL_DESCRIPTION: "description"}

    def cell(self, row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.description or "")[column]
        return None


class ParticipantsModel(EditableRowsModel):
    """The name column is marked as personal data in its header and tooltip."""

    CONTEXT = "ParticipantsModel"
    COL_GROUP, COL_ROLE, COL_NAME, COL_PSEUDONYM = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ParticipantsModel", "Group"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Role"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Name (personal data)"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Pseudonym"),
    )
    FIELDS = {COL_GROUP: "group_id", COL_ROLE: "role", COL_NAME: "name",
              COL_PSEUDONYM: "pseudonym"}

    def __init__(self, commit=None, parent=None):
        super().__init__(commit, parent)
        self.group_names: dict[str, str] = {}

    def set_groups(self, group_names: dict[str, str]) -> None:
        self.group_names = dict(group_names)

    def cell(self, row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.group_names.get(row.group_id, ""), row.role or "", row.name or "",
                    row.pseudonym or "")[column]
        if role == Role.GROUP_ID:
            return row.group_id
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section == self.COL_NAME):
            return QCoreApplication.translate(
                "ParticipantsModel", "Names are optional personal data: they never appear in "
                "reports and are replaced by pseudonyms in pseudonymised exports.")
        return super().headerData(section, orientation, role)
