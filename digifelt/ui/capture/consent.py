"""Consent for one interview: the information letter given, consent obtained, and by whom.

Each tick is one undoable step of the interview's scope; ticking either with nobody chosen
records the assessor at the keyboard.
"""

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from digifelt.core.services import activities, people
from digifelt.ui.errors import user_errors
from digifelt.ui.i18n import translate


class ConsentBar(QWidget):
    def __init__(self, ctx, activity_id: str, scope: str, parent=None):
        super().__init__(parent)
        self.setObjectName("consentBar")
        self.ctx = ctx
        self.activity_id = activity_id
        self.scope = scope
        self.letter = QCheckBox(self.tr("Information letter given"))
        self.letter.setObjectName("consentLetter")
        self.consent = QCheckBox(self.tr("Consent obtained"))
        self.consent.setObjectName("consentGiven")
        self.by = QComboBox()
        self.by.setObjectName("consentBy")
        self.by.setAccessibleName(self.tr("Consent recorded by"))
        self.by.addItem(self.tr("(nobody)"), None)
        for a in people.list_assessors(ctx.db):
            self.by.addItem(f"{a.name} ({a.initials})" if a.initials else a.name, a.id)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.letter)
        layout.addWidget(self.consent)
        layout.addWidget(QLabel(self.tr("by")))
        layout.addWidget(self.by)
        layout.addStretch(1)
        self.show_activity(activities.get_activity(ctx.db, activity_id).activity)
        self.letter.toggled.connect(self._save)
        self.consent.toggled.connect(self._save)
        self.by.currentIndexChanged.connect(lambda _i: self._save())

    def show_activity(self, activity) -> None:
        """What is stored (after an undo too), without saving it again."""
        for widget, value in ((self.letter, bool(activity.info_letter_given)),
                              (self.consent, bool(activity.consent_given))):
            if widget.isChecked() != value:
                widget.blockSignals(True)
                widget.setChecked(value)
                widget.blockSignals(False)
        index = max(0, self.by.findData(activity.consent_by))
        if self.by.currentIndex() != index:
            self.by.blockSignals(True)
            self.by.setCurrentIndex(index)
            self.by.blockSignals(False)

    def _save(self) -> None:
        letter, consent = self.letter.isChecked(), self.consent.isChecked()
        by = self.by.currentData()
        if by is None and (letter or consent) and self.ctx.author_id:
            self.by.blockSignals(True)
            self.by.setCurrentIndex(max(0, self.by.findData(self.ctx.author_id)))
            self.by.blockSignals(False)
            by = self.by.currentData()
        with user_errors(self):
            activity = self.ctx.run(
                translate("Undo", "Record consent"), activities.update_activity,
                self.activity_id, scope=self.scope, info_letter_given=letter,
                consent_given=consent, consent_by=by)
            self.show_activity(activity)
