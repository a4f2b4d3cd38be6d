"""Preferences: who you are (name, initials on your notes) and the language of the app."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from digifelt.app_settings import AppSettings
from digifelt.ui.i18n import LANGUAGES


class PreferencesDialog(QDialog):
    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(420)
        self.name = QLineEdit(settings.assessor_name)
        self.name.setPlaceholderText(settings.display_name())
        self.initials = QLineEdit(settings.assessor_initials)
        self.initials.setMaxLength(6)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("Automatic (the project's language)"), "auto")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        note = QLabel(self.tr("Your name and initials are stored with the notes you write, in "
                              "every project you open on this computer."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Your initials:"), self.initials)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def apply_to(self, settings: AppSettings) -> None:
        settings.assessor_name = self.name.text().strip()
        settings.assessor_initials = self.initials.text().strip()
        settings.language = self.language.currentData()
