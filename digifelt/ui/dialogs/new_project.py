"""New assessment: a rubric template (built-in or file), title, organisation, language, period,
file."""

import os
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from digifelt.app_settings import AppSettings, initials_of
from digifelt.errors import DigifeltError
from digifelt.ui.i18n import LANGUAGES

SUFFIX = ".digifelt"
_FROM_FILE = "__file__"
# The suggested title is the project's, so it is in the rubric's language, not the UI's.
DEFAULT_TITLES = {"nb": "Digital ståstedskartlegging", "en": "Digital assessment"}


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.strip().lower()).strip("-") or "assessment"


class NewProjectDialog(QDialog):
    """After exec(), `created_path` is the new project file (already written and closed)."""

    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        from digifelt.core.template import builtin_templates

        self.settings = settings
        self.created_path: Path | None = None
        self._template_file: Path | None = None
        self.setWindowTitle(self.tr("New assessment"))
        self.setMinimumWidth(560)

        self.template = QComboBox()
        self.template.setObjectName("templateCombo")
        for info in builtin_templates():
            self.template.addItem(f"{info.title} ({LANGUAGES.get(info.language, info.language)})",
                                  (info.id, info.language))
        self.template.addItem(self.tr("From a rubric file…"), (_FROM_FILE, None))
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.title = QLineEdit()
        self.title.setObjectName("newTitle")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("newOrganisation")
        self.organisation.textEdited.connect(self._on_organisation_edited)
        self.language = QComboBox()
        self.language.setObjectName("newLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self._title_touched = False
        self.title.textEdited.connect(lambda _t: setattr(self, "_title_touched", True))
        self.language.currentIndexChanged.connect(self._suggest_title)
        self.period = QLineEdit()
        self.period.setObjectName("newPeriod")
        self.period.setPlaceholderText(self.tr("e.g. spring 2026"))
        self.path = QLineEdit()
        self.path.setObjectName("newPath")
        self.path.setAccessibleName(self.tr("File:").rstrip(":"))
        self._path_touched = False
        self.path.textEdited.connect(self._on_path_edited)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)  # Enter in the form creates the project, never browses
        browse.clicked.connect(self._on_browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.name = QLineEdit(settings.assessor_name)
        self.name.setObjectName("newAssessorName")
        self.initials = QLineEdit(settings.assessor_initials)
        self.initials.setObjectName("newAssessorInitials")
        self.initials.setMaxLength(6)
        # Suggested from the name as on the welcome window, until the assessor types their own.
        self._initials_typed = bool(settings.assessor_initials)
        self.initials.textEdited.connect(lambda _t: setattr(self, "_initials_typed", True))
        self.name.textEdited.connect(lambda text: self._initials_typed
                                     or self.initials.setText(initials_of(text)))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.tr("Rubric template:"), self.template)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Organisation assessed:"), self.organisation)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Your initials:"), self.initials)
        form.addRow(self.message)
        form.addRow(buttons)
        self._on_template_changed()
        self._suggest_title()
        self.organisation.setFocus()

    def _suggest_title(self, _index: int = 0) -> None:
        if not self._title_touched:
            self.title.setText(DEFAULT_TITLES.get(self.language.currentData(),
                                                  DEFAULT_TITLES["en"]))

    def _on_template_changed(self, _index: int = 0) -> None:
        template_id, language = self.template.currentData()
        if template_id == _FROM_FILE:
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Rubric template"), "", self.tr("Rubric templates (*.yaml *.yml)"))
            if not name:
                self.template.setCurrentIndex(0)
                return
            self._template_file = Path(name)
            self.template.setItemText(self.template.currentIndex(), Path(name).name)
            return
        self._template_file = None
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

    def _default_folder(self) -> Path:
        """Documents if this computer has that folder; many fresh Linux installs do not."""
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    def _on_organisation_edited(self, text: str) -> None:
        if not self._path_touched:
            self.path.setText(str(self._default_folder() / f"{_slug(text)}{SUFFIX}"))

    def _on_path_edited(self, _text: str) -> None:
        self._path_touched = True

    def _on_browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the assessment as"), self.path.text() or str(
                self._default_folder()), self.tr("digifelt projects (*.digifelt)"))
        if name:
            self.path.setText(name if name.endswith(SUFFIX) else name + SUFFIX)
            self._path_touched = True

    def _on_accept(self) -> None:
        from digifelt.core.services.projects import create_project
        from digifelt.core.template import find_template, load_template

        text = self.path.text().strip()
        if not self.organisation.text().strip() or not self.title.text().strip():
            self.message.setText(self.tr("Give the assessment a title and name the "
                                         "organisation."))
            return
        if not text:
            self.message.setText(self.tr("Choose where to save the file."))
            return
        path = Path(text).expanduser()
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        problem = self._folder_problem(path)
        if problem:
            self.message.setText(problem)
            return
        try:
            template = (load_template(self._template_file) if self._template_file
                        else find_template(self.template.currentData()[0]))
            db = create_project(path, template=template, title=self.title.text().strip(),
                                organisation=self.organisation.text().strip(),
                                language=self.language.currentData(),
                                period=self.period.text().strip() or None)
            db.close()
        except DigifeltError as exc:
            self.message.setText(str(exc))
            return
        self.settings.assessor_name = self.name.text().strip()
        self.settings.assessor_initials = self.initials.text().strip()
        self.created_path = path
        self.accept()

    def _folder_problem(self, path: Path) -> str:
        """Said in the UI's language before anything is written; a missing folder is made
        (a folder typed in the path, or Documents where a system has none)."""
        if path.exists():
            return self.tr("%1 already exists; choose another name.").replace("%1", path.name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self.tr("The folder %1 could not be made: %2").replace(
                "%1", str(path.parent)).replace("%2", exc.strerror or str(exc))
        if not path.parent.is_dir():
            return self.tr("%1 is not a folder.").replace("%1", str(path.parent))
        if not os.access(path.parent, os.W_OK):
            return self.tr("The folder %1 is read-only; choose one you can write to.").replace(
                "%1", str(path.parent))
        return ""
