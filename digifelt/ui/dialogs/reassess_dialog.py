"""File → New assessment from this one…: a new project file of the same organisation with the
same rubric, the agreed levels kept as context (core.services.reassess)."""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from digifelt.core.services.reassess import ReassessResult, reassess
from digifelt.ui.errors import user_errors


class ReassessDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result: ReassessResult | None = None
        self.setObjectName("reassessDialog")
        self.setWindowTitle(self.tr("New assessment from this one"))
        project = ctx.project
        self.title = QLineEdit(project.title)
        self.title.setObjectName("reassessTitle")
        self.period = QLineEdit()
        self.period.setObjectName("reassessPeriod")
        self.period.setPlaceholderText(self.tr("e.g. 2027"))
        self.path = QLineEdit(str(ctx.path.with_name(f"{ctx.path.stem}-new.digifelt")))
        self.path.setObjectName("reassessPath")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.ask_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Period:"), self.period)
        form.addRow(self.tr("&File:"), where)
        about = QLabel(self.tr(
            "The new file gets this assessment's rubric (scale, areas, indicators, look-fors) "
            "and its agreed levels, shown beside each finding as the previous assessment. "
            "Nothing else is copied: no notes, people, groups, findings' texts or "
            "attachments."))
        about.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Organisation: %1").replace("%1", project.organisation)))
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addWidget(buttons)

    def ask_path(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New assessment"), self.path.text(),
            self.tr("digifelt projects (*.digifelt)"))
        if name:
            self.path.setText(name if name.endswith(".digifelt") else f"{name}.digifelt")

    def create(self) -> None:
        path = Path(self.path.text().strip())
        with user_errors(self):
            self.result = reassess(self.ctx.db, path, title=self.title.text().strip() or None,
                                   period=self.period.text().strip() or None)
            self.accept()
