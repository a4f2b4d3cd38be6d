"""Plan page: activities (add, edit, duplicate, delete), groups and participants, guides."""

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import activities
from digifelt.ui.column_sizing import apply_policy
from digifelt.ui.dialogs.activity import ActivityDialog
from digifelt.ui.errors import user_errors
from digifelt.ui.models.activities import ActivitiesModel, load_activity_rows
from digifelt.ui.models.roles import Role
from digifelt.ui.pages.plan_guides import GuidesTab
from digifelt.ui.pages.plan_people import PeopleTab


class ActivitiesTab(QWidget):
    open_requested = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = ActivitiesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Role.SORT)
        self.table = QTableView()
        self.table.setObjectName("planActivities")
        self.table.setAccessibleName(self.tr("Activities"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActivitiesModel.COL_WHEN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        m = ActivitiesModel
        apply_policy(self.table, text=m.COL_TITLE, names=(m.COL_GROUPS, m.COL_ASSESSORS),
                     fit=(m.COL_KIND, m.COL_WHEN, m.COL_HELD, m.COL_HEADCOUNT, m.COL_STATUS))
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add), (self.tr("Edit…"), self.edit_current),
                           (self.tr("Duplicate"), self.duplicate_current),
                           (self.tr("Delete"), self.delete_current),
                           (self.tr("Open in Capture"), self._on_open_clicked)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._watch = ctx.watch(self, ("activity", "respondent_group", "guide", "assessor"),
                                self.reload)
        self.reload()

    def reload(self) -> None:
        selected = self.current_id()
        self.model.set_rows(load_activity_rows(self.ctx.db))
        self.table.resizeColumnsToContents()
        self.set_current(selected)

    def set_current(self, activity_id: str | None) -> None:
        row = self.model.row_of(activity_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(Role.ID) if index.isValid() else None

    def add(self) -> None:
        dialog = ActivityDialog(self.ctx, kind="interview", parent=self)
        if dialog.exec():
            self.set_current(dialog.activity_id)

    def edit_current(self) -> None:
        activity_id = self.current_id()
        if activity_id:
            ActivityDialog(self.ctx, activity_id=activity_id, parent=self).exec()

    def duplicate_current(self) -> None:
        activity_id = self.current_id()
        if not activity_id:
            return
        with user_errors(self):
            copy = self.ctx.run_shown(self._watch, self.tr("Duplicate activity"),
                                      activities.duplicate_activity, activity_id, scope="plan")
            self.reload()
            self.set_current(copy.id)

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        row = index.data(Role.ROW) if index.isValid() else None
        if row is None:
            return
        notes = activities.count_entries(self.ctx.db, row.id)
        text = self.tr("Delete “%1”?").replace("%1", row.title)
        if notes:
            text += "\n\n" + self.tr("Its %1 notes, their excerpts and its attachments are "
                                     "deleted too (Ctrl+Z on this page brings them back while "
                                     "the project is open).").replace("%1", str(notes))
        box = QMessageBox(QMessageBox.Icon.Warning if notes else QMessageBox.Icon.Question,
                          self.tr("Delete activity"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        with user_errors(self):
            self.ctx.run_shown(self._watch, self.tr("Delete activity"),
                               activities.delete_activity, row.id, scope="plan")
        self.reload()

    def _on_open_clicked(self) -> None:
        if self.current_id():
            self.open_requested.emit(self.current_id())


class PlanPage(QWidget):
    open_requested = Signal(str)
    undo_scope = "plan"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.activities = ActivitiesTab(ctx)
        self.activities.open_requested.connect(self.open_requested)
        self.people = PeopleTab(ctx)
        self.guides = GuidesTab(ctx)
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.tabs.addTab(self.people, self.tr("Groups and participants"))
        self.tabs.addTab(self.guides, self.tr("Guides and forms"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def flush(self) -> bool:
        return True
