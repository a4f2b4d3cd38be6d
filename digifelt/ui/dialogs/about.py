"""Help → About: version, license and third-party notices, all readable without a network."""

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
)

from digifelt import __version__
from digifelt.resource_paths import resource_path, resources_dir

LICENSE_ID = "GPL-3.0-or-later"
GPL_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def license_text() -> str | None:
    """digifelt's LICENSE: shipped in resources/licenses (wheel, app), or the checkout's root."""
    for path in (resource_path("licenses", "LICENSE"), resources_dir().parent / "LICENSE"):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


def third_party_notices() -> str | None:
    path = resource_path("licenses", "THIRD-PARTY.md")
    return path.read_text(encoding="utf-8") if path.is_file() else None


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About digifelt"))
        self.resize(720, 620)

        logo = QLabel()
        logo.setPixmap(QIcon(str(resource_path("icons", "digifelt-128.png"))).pixmap(64, 64))
        logo.setAccessibleName(self.tr("digifelt logo"))
        self.version_label = QLabel(self.tr("<b>digifelt</b> version %1").replace(
            "%1", __version__))
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(self.tr("Offline evidence capture and reporting for on-site "
                                 "assessments."))
        summary.setWordWrap(True)
        self.license_label = QLabel(self.tr(
            "digifelt is free software: you can redistribute it and/or modify it under the "
            "terms of the GNU General Public License, version 3 or (at your option) any later "
            "version (%1). It comes with ABSOLUTELY NO WARRANTY.").replace("%1", LICENSE_ID))
        self.license_label.setObjectName("aboutLicense")
        self.license_label.setWordWrap(True)
        self.runtime_label = QLabel(self.tr("Python %1 · Qt %2 · PySide6 %3").replace(
            "%1", platform.python_version()).replace("%2", qVersion()).replace(
            "%3", pyside_version))
        self.runtime_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        heading = QVBoxLayout()
        for label in (self.version_label, summary, self.license_label, self.runtime_label):
            heading.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.tabs = QTabWidget()
        self.license_view = QPlainTextEdit()
        self.license_view.setObjectName("licenseText")
        self.license_view.setReadOnly(True)
        self.license_view.setAccessibleName(self.tr("License text"))
        self.license_view.setPlainText(license_text() or self.tr(
            "The license text is missing from this installation. Read it at %1.").replace(
            "%1", GPL_URL))
        self.notices_view = QTextBrowser()
        self.notices_view.setObjectName("thirdPartyNotices")
        self.notices_view.setOpenExternalLinks(True)
        self.notices_view.setAccessibleName(self.tr("Third-party software"))
        notices = third_party_notices()
        if notices is None:
            self.notices_view.setPlainText(self.tr(
                "The third-party notices are missing from this installation."))
        else:
            self.notices_view.setMarkdown(notices)
        self.tabs.addTab(self.notices_view, self.tr("Third-party software"))
        self.tabs.addTab(self.license_view, self.tr("License"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(self.tr("About Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(self._on_about_qt)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _on_about_qt(self) -> None:
        QMessageBox.aboutQt(self, self.tr("About Qt"))
