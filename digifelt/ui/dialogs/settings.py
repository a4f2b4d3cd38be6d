"""Settings: who you are, the app's language, saving and backups, report template, data folder."""

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digifelt.app_settings import RANGES, AppSettings
from digifelt.ui.i18n import LANGUAGES

TEMPLATE_SUFFIXES = (".docx", ".dotx")


def default_data_folder() -> Path:
    """The platform's data folder, whatever the settings say (shown as the placeholder)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("digifelt", appauthor=False))


class SettingsDialog(QDialog):
    """Edits a copy of the values; `apply_to()` writes them to the settings after OK."""

    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(self._you_box(settings))
        layout.addWidget(self._saving_box(settings))
        layout.addWidget(self._files_box(settings))
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # Sections

    def _you_box(self, settings: AppSettings) -> QGroupBox:
        box = QGroupBox(self.tr("You and the app"))
        self.name = QLineEdit(settings.assessor_name)
        self.name.setObjectName("settingsName")
        self.name.setPlaceholderText(settings.display_name())
        self.initials = QLineEdit(settings.assessor_initials)
        self.initials.setObjectName("settingsInitials")
        self.initials.setMaxLength(6)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("Automatic (the system's language)"), "auto")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        note = QLabel(self.tr("Your name and initials are stored with the notes you write, in "
                              "every project you open on this computer. A new language applies "
                              "as soon as you press OK."))
        note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Your initials:"), self.initials)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(note)
        return box

    def _saving_box(self, settings: AppSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Saving and backups"))
        low, high = RANGES["autosave_delay_ms"]
        self.autosave = QDoubleSpinBox()
        self.autosave.setObjectName("settingsAutosave")
        self.autosave.setDecimals(1)
        self.autosave.setSingleStep(0.1)
        self.autosave.setRange(low / 1000, high / 1000)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_delay_ms / 1000)
        self.backup_minutes = QSpinBox()
        self.backup_minutes.setObjectName("settingsBackupMinutes")
        self.backup_minutes.setRange(*RANGES["backup_minutes"])
        self.backup_minutes.setSuffix(self.tr(" min"))
        self.backup_minutes.setValue(settings.backup_minutes)
        self.backups_kept = QSpinBox()
        self.backups_kept.setObjectName("settingsBackupsKept")
        self.backups_kept.setRange(*RANGES["backups_kept"])
        self.backups_kept.setValue(settings.backups_kept)
        note = QLabel(self.tr("Typing is saved after this pause, and never later than a second "
                              "after the first unsaved change. A backup is also taken when a "
                              "project is opened, and before upgrades, imports and repairs."))
        note.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Save typing after a pause of:"), self.autosave)
        form.addRow(self.tr("Back up while editing every:"), self.backup_minutes)
        form.addRow(self.tr("Backups kept per project:"), self.backups_kept)
        form.addRow(note)
        return box

    def _files_box(self, settings: AppSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Files"))
        self.template = QLineEdit(settings.report_template)
        self.template.setObjectName("settingsReportTemplate")
        self.template.setPlaceholderText(self.tr("The built-in template"))
        self.data_folder = QLineEdit(settings.data_folder)
        self.data_folder.setObjectName("settingsDataFolder")
        self.data_folder.setPlaceholderText(str(default_data_folder()))
        note = QLabel(self.tr("Backups and the demo assessment are kept in the data folder. "
                              "Backups hold personal data: choose a folder your organisation "
                              "approves for it. Existing backups are moved there."))
        note.setWordWrap(True)
        form = QFormLayout(box)
        self.template.setAccessibleName(self.tr("Default report template"))
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        form.addRow(self.tr("Default report template:"),
                    self._path_row(self.template, self._choose_template,
                                   self.tr("Choose a Word template"),
                                   self.tr("Use the built-in template")))
        form.addRow(self.tr("Data folder:"),
                    self._path_row(self.data_folder, self._choose_folder,
                                   self.tr("Choose the data folder"),
                                   self.tr("Use the default folder")))
        form.addRow(note)
        return box

    def _path_row(self, edit: QLineEdit, choose, choose_name: str, reset_name: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.setToolTip(choose_name)
        browse.setAccessibleName(choose_name)
        browse.clicked.connect(choose)
        reset = QPushButton(self.tr("Default"))
        reset.setAutoDefault(False)
        reset.setToolTip(reset_name)
        reset.setAccessibleName(reset_name)
        reset.clicked.connect(edit.clear)
        layout.addWidget(browse)
        layout.addWidget(reset)
        return row

    def _choose_template(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Word template"), self.template.text(),
            self.tr("Word documents and templates (*.docx *.dotx)"))
        if name:
            self.template.setText(name)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the data folder"),
            self.data_folder.text() or str(default_data_folder()))
        if name:
            self.data_folder.setText(name)

    # Accepting

    def problem(self) -> str:
        """Why the values cannot be accepted, or "" if they can."""
        template = self.template.text().strip()
        if template:
            path = Path(template).expanduser()
            if path.suffix.lower() not in TEMPLATE_SUFFIXES or not path.is_file():
                return self.tr("The report template must be an existing .docx or .dotx file.")
        folder = self.data_folder.text().strip()
        if folder:
            path = Path(folder).expanduser()
            if not path.is_absolute():
                return self.tr("The data folder must be a full path.")
            try:
                path.mkdir(parents=True, exist_ok=True)
                probe = path / ".digifelt-write-test"
                probe.write_bytes(b"")
                probe.unlink()
            except OSError as exc:
                return self.tr("digifelt cannot write to the data folder: %1").replace(
                    "%1", exc.strerror or str(exc))
        return ""

    def _on_accept(self) -> None:
        message = self.problem()
        if message:
            self.message.setText(message)
            self.message.show()
            return
        self.accept()

    def apply_to(self, settings: AppSettings) -> None:
        settings.assessor_name = self.name.text().strip()
        settings.assessor_initials = self.initials.text().strip()
        settings.language = self.language.currentData()
        settings.autosave_delay_ms = round(self.autosave.value() * 1000)
        settings.backup_minutes = self.backup_minutes.value()
        settings.backups_kept = self.backups_kept.value()
        settings.report_template = self.template.text().strip()
        settings.data_folder = self.data_folder.text().strip()
