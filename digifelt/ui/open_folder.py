""""Open folder" beside the line that says where an export went: one click to the file."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget


class OpenFolderButton(QPushButton):
    """Hidden until `show_for(folder)`; opens that folder in the file manager."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Open folder"), parent)
        self.setObjectName("openFolder")
        self._folder: Path | None = None
        self.setVisible(False)
        self.clicked.connect(self.open)

    def show_for(self, folder: Path) -> None:
        self._folder = Path(folder)
        self.setToolTip(str(self._folder))
        self.setVisible(True)

    def clear(self) -> None:
        self._folder = None
        self.setVisible(False)

    def url(self) -> QUrl | None:
        return QUrl.fromLocalFile(str(self._folder)) if self._folder is not None else None

    def open(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(self.url())
