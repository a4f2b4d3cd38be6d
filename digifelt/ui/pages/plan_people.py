"""Groups and participants (participant names are optional personal data)."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import people
from digifelt.ui.column_sizing import apply_policy
from digifelt.ui.errors import user_errors
from digifelt.ui.models.people import GroupsModel, ParticipantsModel
from digifelt.ui.models.roles import Role


class GroupDelegate(QStyledItemDelegate):
    """Edits a participant's group with a combo box of the project's groups."""

    def __init__(self, groups: Callable[[], dict[str, str]], parent=None):
        super().__init__(parent)
        self._groups = groups

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.addItem("", None)
        for group_id, name in self._groups().items():
            combo.addItem(name, group_id)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Role.GROUP_ID))))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


def _table(model, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    # The longest text (a group's description, a person's role) takes the room; names fit
    # their contents, and an empty Pseudonym column takes no more than its heading.
    text = GroupsModel.COL_DESCRIPTION if isinstance(model, GroupsModel) else \
        ParticipantsModel.COL_ROLE
    apply_policy(table, text=text, names=[c for c in range(model.columnCount()) if c != text])
    return table


class PeopleTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.groups = GroupsModel(self._commit_group, self)
        self.participants = ParticipantsModel(self._commit_participant, self)
        self.group_table = _table(self.groups, "groupTable")
        self.participant_table = _table(self.participants, "participantTable")
        self.participant_table.setItemDelegateForColumn(
            ParticipantsModel.COL_GROUP, GroupDelegate(lambda: self.participants.group_names,
                                                       self))
        privacy = QLabel(self.tr("Participants are optional. Names are personal data: leave "
                                 "them empty when a role and group are enough. Reports quote "
                                 "groups, never names."))
        privacy.setWordWrap(True)
        privacy.setStyleSheet("color: #8a4b00;")

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Respondent groups (double-click to edit)")))
        layout.addWidget(self.group_table, 1)
        layout.addLayout(self._buttons(self.add_group, self.remove_group))
        layout.addWidget(QLabel(self.tr("Participants")))
        layout.addWidget(privacy)
        layout.addWidget(self.participant_table, 2)
        layout.addLayout(self._buttons(self.add_participant, self.remove_participant))
        self._watch = ctx.watch(self, ("respondent_group", "participant"), self.reload)
        self.reload()

    def _buttons(self, add, remove) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add"), add), (self.tr("Remove"), remove)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def reload(self) -> None:
        groups = people.list_groups(self.ctx.db)
        self.groups.set_rows(groups)
        self.participants.set_groups({g.id: g.name for g in groups})
        self.participants.set_rows(people.list_participants(self.ctx.db))

    def _run(self, label: str, fn, /, *args, **kwargs):
        """One undoable plan operation; this tab shows its result itself."""
        return self.ctx.run_shown(self._watch, label, fn, *args, scope="plan", **kwargs)

    def _commit_group(self, row, field: str, value):
        with user_errors(self):
            saved = self._run(self.tr("Edit group"), people.update_group, row.id,
                              **{field: value})
            self.participants.set_groups({g.id: g.name for g in self.groups.rows()
                                          if g.id != row.id} | {saved.id: saved.name})
            return saved
        return None

    def _commit_participant(self, row, field: str, value):
        with user_errors(self):
            return self._run(self.tr("Edit participant"), people.update_participant, row.id,
                             **{field: value or None})
        return None

    def add_group(self) -> None:
        names = {g.name for g in self.groups.rows()}
        name, n = self.tr("New group"), 1
        while name in names:
            n += 1
            name = self.tr("New group %1").replace("%1", str(n))
        with user_errors(self):
            group = self._run(self.tr("Add group"), people.add_group, name=name)
            self.reload()
            index = self.groups.index(self.groups.row_of(group.id), GroupsModel.COL_NAME)
            self.group_table.setCurrentIndex(index)
            self.group_table.edit(index)

    def remove_group(self) -> None:
        index = self.group_table.currentIndex()
        group = index.data(Role.ROW) if index.isValid() else None
        if group is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove group"), self.tr(
            "Remove the group “%1”? Activities and participants keep their notes but lose the "
            "group.").replace("%1", group.name))
        if answer == QMessageBox.StandardButton.Yes:
            with user_errors(self):
                self._run(self.tr("Remove group"), people.delete_group, group.id)
            self.reload()

    def add_participant(self) -> None:
        index = self.group_table.currentIndex()
        group = index.data(Role.ROW) if index.isValid() else None
        with user_errors(self):
            person = self._run(self.tr("Add participant"), people.add_participant,
                               group_id=group.id if group else None)
            self.reload()
            index = self.participants.index(self.participants.row_of(person.id),
                                            ParticipantsModel.COL_ROLE)
            self.participant_table.setCurrentIndex(index)
            self.participant_table.edit(index)

    def remove_participant(self) -> None:
        index = self.participant_table.currentIndex()
        person = index.data(Role.ROW) if index.isValid() else None
        if person is None:
            return
        with user_errors(self):
            self._run(self.tr("Remove participant"), people.delete_participant, person.id)
        self.reload()
