"""Project → Privacy and retention…: the date by which raw notes must go, and small groups."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from digifelt.core.services import people, privacy, projects
from digifelt.ui.date_edit import DateEdit
from digifelt.ui.errors import user_errors


class PrivacyDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("privacyDialog")
        self.setWindowTitle(self.tr("Privacy and retention"))
        self.resize(520, 300)
        intro = QLabel(self.tr("Raw notes and participant records are personal data. Set the "
                               "date by which they must be erased (for instance when the "
                               "report is delivered); from that day digifelt reminds the "
                               "team."))
        intro.setWordWrap(True)
        current = ctx.project.retention_date
        self.has_date = QCheckBox(self.tr("Erase the raw notes by"))
        self.has_date.setObjectName("retentionEnabled")
        self.has_date.setChecked(current is not None)
        self.date = DateEdit()
        self.date.setObjectName("retentionDate")
        self.date.setAccessibleName(self.has_date.text())
        self.date.setCalendarPopup(True)
        when = current or date.today().replace(year=date.today().year + 1, day=1)
        self.date.setDate(QDate(when.year, when.month, when.day))
        self.date.setEnabled(current is not None)
        self.has_date.toggled.connect(self.date.setEnabled)
        form = QFormLayout()
        form.addRow(self.has_date, self.date)

        names = {g.id: g.name for g in people.list_groups(ctx.db)}
        sizes = privacy.group_sizes(ctx.db)
        small = sorted(privacy.small_groups(ctx.db), key=lambda g: names.get(g, g))
        if small:
            listed = ", ".join(f"{names.get(g, g)} ({sizes.get(g, 0)})" for g in small)
            text = self.tr("Fewer than %1 people were heard in these groups, so quotes "
                           "attributed to them may identify someone: %2.").replace(
                "%1", str(privacy.SMALL_GROUP)).replace("%2", listed)
        else:
            text = self.tr("Every respondent group heard so far has at least %1 people.") \
                .replace("%1", str(privacy.SMALL_GROUP))
        self.groups = QLabel(text)
        self.groups.setObjectName("smallGroups")
        self.groups.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.groups)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def chosen_date(self) -> date | None:
        if not self.has_date.isChecked():
            return None
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def accept(self) -> None:
        wanted = self.chosen_date()
        if wanted != self.ctx.project.retention_date:
            with user_errors(self) as outcome:
                self.ctx.run(self.tr("Set the retention date"), projects.update_project,
                             retention_date=wanted, scope="project")
            if outcome.failed:
                return
        super().accept()
