"""File → Restore from backup…: the project's backups (time, reason, size); pick one."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
)

from digifelt.ui.i18n import decimal
from digifelt.ui.models.base import RowsModel
from digifelt.ui.safety import local_time

REASONS = {
    "on-open": QT_TRANSLATE_NOOP("BackupsModel", "When the project was opened"),
    "periodic": QT_TRANSLATE_NOOP("BackupsModel", "While editing (every 10 minutes)"),
    "before-import": QT_TRANSLATE_NOOP("BackupsModel", "Before importing a bundle"),
    "before-migration": QT_TRANSLATE_NOOP("BackupsModel", "Before upgrading the file"),
    "before-repair": QT_TRANSLATE_NOOP("BackupsModel", "Before a repair"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsModel", "Before restoring a backup"),
}


def reason_label(reason: str) -> str:
    source = REASONS.get(reason)
    return QCoreApplication.translate("BackupsModel", source) if source else reason


class BackupsModel(RowsModel):
    """storage.backup.BackupInfo rows, newest first."""

    CONTEXT = "BackupsModel"
    COL_TIME, COL_REASON, COL_SIZE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Taken"),
        QT_TRANSLATE_NOOP("BackupsModel", "Why"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
    )

    def row_id(self, row) -> str:
        return str(row.path)

    def cell(self, row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_TIME:
                return local_time(row.taken_at)
            if column == self.COL_REASON:
                return reason_label(row.reason)
            return f"{decimal(row.size / 2**20)} MB"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        return None


class BackupsDialog(QDialog):
    """Lists the backups; `chosen` holds the one to restore after exec() returns Accepted."""

    def __init__(self, project: Path, parent=None):
        from digifelt.storage.backup import list_backups, project_backup_dir

        super().__init__(parent)
        self.project = Path(project)
        self.chosen = None
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 420)
        intro = QLabel(self.tr("digifelt backs up %1 when it is opened, every 10 minutes while "
                               "you work, and before imports and upgrades. Restoring closes "
                               "the project, keeps the current file as a backup too, and opens "
                               "the chosen one.").replace("%1", self.project.name))
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.model.set_rows(list_backups(self.project))
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        folder = QLabel(self.tr("Folder: %1").replace("%1", str(project_backup_dir(project))))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        self.empty = QLabel(self.tr("There are no backups of this project yet."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore the chosen backup"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreChosenBackup")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(folder)
        layout.addWidget(self.buttons)
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.restore_button.setEnabled(has_rows)
        if has_rows:
            self.table.selectRow(0)
        self.table.setFocus()

    def accept(self) -> None:
        index = self.table.currentIndex()
        info = self.model.row_at(index.row()) if index.isValid() else None
        if info is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore the backup?"),
            self.tr("Replace %1 by the backup from %2? The project is closed first; the "
                    "current file is kept as a backup, so this can be undone.").replace(
                "%1", self.project.name).replace("%2", local_time(info.taken_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen = info
        super().accept()
