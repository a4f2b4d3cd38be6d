"""Notices above the pages: the retention date has passed; merges left conflicts to resolve."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from digifelt.core.services import activities, people, privacy

# A fixed light yellow needs fixed dark text: the palette's text colour is light in dark mode.
STYLE = ("QFrame#%s { background: #fff4ce; border: 1px solid #e0b400; border-radius: 4px; }"
         " QFrame#%s QLabel { color: #3d3000; }")


class _Notice(QFrame):
    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(STYLE % (name, name))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 4, 8, 4)
        self.row.addWidget(self.label, 1)

    def button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.row.addWidget(button)
        return button


class ProjectNotices(QWidget):
    """Shown only while there is something to do; refreshes when the project changes."""

    erase_requested = Signal()
    privacy_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.snoozed = False
        self.retention = _Notice("retentionNotice")
        self.retention.button(self.tr("Erase raw notes…"), "retentionErase",
                              self.erase_requested)
        self.retention.button(self.tr("Change the date…"), "retentionChange",
                              self.privacy_requested)
        self.retention.button(self.tr("Later"), "retentionLater", self._snooze)
        self.conflicts = _Notice("conflictsNotice")
        self.conflicts.button(self.tr("Resolve…"), "conflictsResolve", self.conflicts_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.retention)
        layout.addWidget(self.conflicts)
        # Hidden until the first refresh, which the window runs once it is on screen: nothing
        # here is needed to start typing, and the conflicts service (with the merge code it
        # needs) loads only then.
        self.setVisible(False)

    # What the notices rest on (typing is left out: an erasure changes everything). The window
    # watches them: these notices are hidden while there is nothing to say.
    KINDS = ("project", "participant", "activity", "conflict")

    def _raw_notes_left(self) -> bool:
        db = self.ctx.db
        return bool(people.list_participants(db)) or any(
            activities.count_entries(db, v.activity.id) for v in activities.list_activities(db))

    def _snooze(self) -> None:
        self.snoozed = True  # until the project is opened again
        self.refresh()

    def refresh(self) -> None:
        from digifelt.core.services import conflicts

        due = privacy.retention_due(self.ctx.db)
        if due is not None and not self._raw_notes_left():
            due = None  # erased already: nothing left to remind of
        self.retention.label.setText(self.tr(
            "The retention date (%1) has passed: the raw notes should now be erased.").replace(
            "%1", due.isoformat() if due else ""))
        show_retention = due is not None and not self.snoozed
        self.retention.setVisible(show_retention)
        count = len(conflicts.list_conflicts(self.ctx.db))
        self.conflicts.label.setText(self.tr(
            "Team merges left conflicts for you to settle: %1.").replace("%1", str(count)))
        self.conflicts.setVisible(count > 0)
        self.setVisible(show_retention or count > 0)
