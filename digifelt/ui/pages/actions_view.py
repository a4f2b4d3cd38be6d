"""Follow-up actions (Project → Follow-up actions…): the list the team or the organisation keeps
up to date after the report, edited in place, filtered by status, exported.

Every change is one undoable operation in the "actions" scope; the window's own Ctrl+Z and
Ctrl+Shift+Z act on that scope.
"""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import actions
from digifelt.ui.column_sizing import apply_policy
from digifelt.ui.errors import user_errors
from digifelt.ui.folders import last_folder, remember_folder
from digifelt.ui.models.roles import Role
from digifelt.ui.pages.actions_model import (
    OVERDUE_TEXT,
    STATUS_TEXTS,
    ActionsModel,
    DueDateDelegate,
    StatusDelegate,
    status_text,
)

SCOPE = "actions"
SHOWN_KINDS = ("action_item", "indicator", "area", "finding")
ALL = QT_TRANSLATE_NOOP("ActionsView", "All actions")


class ActionsView(QWidget):
    undo_scope = SCOPE

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = ActionsModel(self._commit, self)
        self.table = QTableView()
        self.table.setObjectName("actionsTable")
        self.table.setAccessibleName(self.tr("Follow-up actions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self._status_delegate = StatusDelegate(self)
        self._due_delegate = DueDateDelegate(self)
        self.table.setItemDelegateForColumn(ActionsModel.COL_STATUS, self._status_delegate)
        self.table.setItemDelegateForColumn(ActionsModel.COL_DUE, self._due_delegate)
        apply_policy(self.table, text=ActionsModel.COL_TEXT,
                     names=[ActionsModel.COL_INDICATOR, ActionsModel.COL_OWNER,
                            ActionsModel.COL_DUE, ActionsModel.COL_STATUS,
                            ActionsModel.COL_NOTES])

        self.filter = QComboBox()
        self.filter.setObjectName("actionsFilter")
        self.filter.addItem(QCoreApplication.translate("ActionsView", ALL), None)
        for key in STATUS_TEXTS:
            self.filter.addItem(status_text(key), key)
        self.filter.addItem(QCoreApplication.translate("ActionsModel", OVERDUE_TEXT),
                            actions.OVERDUE)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        show = QLabel(self.tr("Sho&w:"))
        show.setBuddy(self.filter)
        self.counts = QLabel()
        self.counts.setObjectName("actionsCounts")

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self.filter)
        bar.addWidget(self.counts, 1)
        for key, text, slot in (
                ("from_findings", self.tr("From the &findings"), self.add_from_findings),
                ("add", self.tr("&Add"), self.add_action),
                ("remove", self.tr("&Remove"), self.remove_action),
                ("xlsx", self.tr("Export .&xlsx…"), lambda: self.ask_export(".xlsx")),
                ("docx", self.tr("Follow-up re&port .docx…"), lambda: self.ask_export(".docx"))):
            button = QPushButton(text)
            button.setObjectName(f"actions_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        hint = QLabel(self.tr("Type or F2 to edit a cell; Alt+S sets the status, Alt+D the due "
                              "date; Alt+↑/↓ moves the action; Insert adds, Delete removes."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

        for keys, slot in (("Alt+S", lambda: self.edit_column(ActionsModel.COL_STATUS)),
                           ("Alt+D", lambda: self.edit_column(ActionsModel.COL_DUE)),
                           ("Alt+Up", lambda: self.move_current(-1)),
                           ("Alt+Down", lambda: self.move_current(1)),
                           ("Ins", self.add_action)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_action)
        self._watch = ctx.watch(self, SHOWN_KINDS, self.reload)
        self.reload()

    # Reading

    def reload(self) -> None:
        current = self.current_id()
        views = actions.list_actions(self.ctx.db, status=self.filter.currentData(),
                                     today=self.model.today)
        self.model.set_rows(views)
        counts = actions.status_counts(actions.list_actions(self.ctx.db), self.model.today)
        self.counts.setText("  ".join(
            f"{status_text(key)}: {counts[key]}" for key in STATUS_TEXTS)
            + f"  {QCoreApplication.translate('ActionsModel', OVERDUE_TEXT)}: "
              f"{counts[actions.OVERDUE]}")
        self._focus_action(current)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(Role.ID) if index.isValid() else None

    def _focus_action(self, action_id: str | None, column: int = ActionsModel.COL_TEXT) -> None:
        row = self.model.row_of(action_id) if action_id else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, column))

    # Changing

    def _run(self, label: str, fn, /, *args, **kwargs):
        """One undoable operation; this view shows its result itself."""
        return self.ctx.run_shown(self._watch, label, fn, *args, scope=SCOPE, **kwargs)

    def _commit(self, row, field: str, value):
        with user_errors(self):
            saved = self._run(self.tr("Edit action"), actions.update_action, row.action.id,
                              **{field: value})
            return actions.ActionView(saved, row.indicator_code, row.indicator_title,
                                      row.area_code, row.area_title)
        return None

    def add_from_findings(self) -> None:
        with user_errors(self):
            added = self._run(self.tr("Actions from the findings"),
                              actions.actions_from_findings)
            self.reload()
            self.ctx.report(self.tr("%n action(s) added from the findings", "", len(added)))

    def add_action(self) -> None:
        with user_errors(self):
            item = self._run(self.tr("Add action"), actions.add_action,
                             text=self.tr("New action"))
            self.filter.setCurrentIndex(0)
            self.reload()
            self._focus_action(item.id)
            self.table.edit(self.table.currentIndex())

    def remove_action(self) -> None:
        action_id = self.current_id()
        if action_id is None:
            return
        row = self.table.currentIndex().row()
        with user_errors(self):
            self._run(self.tr("Remove action"), actions.delete_action, action_id)
        self.reload()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1),
                                                        ActionsModel.COL_TEXT))

    def move_current(self, step: int) -> None:
        action_id = self.current_id()
        if action_id is None:
            return
        everything = [v.action.id for v in actions.list_actions(self.ctx.db)]
        new_index = everything.index(action_id) + step
        if not 0 <= new_index < len(everything):
            return
        column = self.table.currentIndex().column()
        with user_errors(self):
            self._run(self.tr("Move action"), actions.move_action, action_id, new_index)
        self.reload()
        self._focus_action(action_id, column)

    def edit_column(self, column: int) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            index = index.siblingAtColumn(column)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    # Export

    def ask_export(self, suffix: str) -> None:
        stem = "actions" if suffix == ".xlsx" else "follow-up"
        suggested = str(last_folder("actions") / f"{self.ctx.path.stem}-{stem}{suffix}")
        kind = (self.tr("Excel workbook (*.xlsx)") if suffix == ".xlsx"
                else self.tr("Word document (*.docx)"))
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the actions"),
                                                    suggested, kind)
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path):
        """Write the list (.xlsx) or the follow-up report (.docx) in the project's language."""
        from digifelt.exports.actions_xlsx import export_actions

        with user_errors(self):
            result = export_actions(self.ctx.db, path, today=self.model.today)
            remember_folder("actions", path.parent)
            self.ctx.report(str(path))
            return result
        return None


class ActionsDialog(QDialog):
    """The actions view in a window of its own, beside the findings it comes from."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up actions"))
        self.setObjectName("actionsDialog")
        self.view = ActionsView(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        stack = ctx.undo_stack(SCOPE)
        for keys, slot in ((QKeySequence.StandardKey.Undo, stack.undo),
                           (QKeySequence.StandardKey.Redo, stack.redo)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self.resize(1100, 600)
