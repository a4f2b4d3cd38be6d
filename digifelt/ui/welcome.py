"""The first window: new assessment, open, recent projects, the demo. Imports no database code."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digifelt import __version__
from digifelt.app_settings import AppSettings
from digifelt.ui.i18n import LANGUAGES
from digifelt.ui.models.roles import Role


class WelcomeWindow(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    open_path_requested = Signal(Path)
    demo_requested = Signal()
    forget_requested = Signal(Path)
    language_requested = Signal(str)

    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomeWindow")
        self.setWindowTitle("digifelt")
        self.resize(720, 520)
        title = QLabel("digifelt")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Evidence capture for on-site assessments. Everything stays on "
                                  "this computer, in one file per assessment."))
        subtitle.setWordWrap(True)

        buttons = QVBoxLayout()
        for name, text, keys, signal in (
                ("newButton", self.tr("New assessment…"), "Ctrl+N", self.new_requested),
                ("openButton", self.tr("Open…"), "Ctrl+O", self.open_requested),
                ("demoButton", self.tr("Open the demo"), "Ctrl+D", self.demo_requested)):
            button = QPushButton(f"{text}   ({keys})")
            button.setObjectName(name)
            button.setMinimumHeight(36)
            button.clicked.connect(signal)
            QShortcut(QKeySequence(keys), self, signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        for text in settings.recent_files:
            path = Path(text)
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setData(Role.PATH, str(path))
            item.setToolTip(str(path))
            if not path.exists():
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self.recent.itemActivated.connect(self._on_recent_activated)
        forget = QShortcut(QKeySequence.StandardKey.Delete, self.recent)
        forget.setContext(Qt.ShortcutContext.WidgetShortcut)
        forget.activated.connect(self._on_forget)
        recent_box = QVBoxLayout()
        recent_label = QLabel(self.tr("Recent assessments (Enter opens, Delete forgets)"))
        recent_label.setBuddy(self.recent)
        self.recent.setAccessibleName(recent_label.text())
        recent_box.addWidget(recent_label)
        recent_box.addWidget(self.recent, 1)
        if not settings.recent_files:
            recent_box.addWidget(QLabel(self.tr("None yet. Try the demo, or start a new "
                                                "assessment.")))

        self.language = QComboBox()
        self.language.setObjectName("welcomeLanguage")
        self.language.addItem(self.tr("Automatic"), "auto")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.activated.connect(
            lambda _i: self.language_requested.emit(self.language.currentData()))
        footer = QHBoxLayout()
        footer.addWidget(QLabel(self.tr("Language:")))
        footer.addWidget(self.language)
        footer.addStretch(1)
        footer.addWidget(QLabel(self.tr("Version %1 · F1 in a project lists the keyboard "
                                        "shortcuts").replace("%1", __version__)))

        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addLayout(recent_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addLayout(columns, 1)
        layout.addLayout(footer)

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self.open_path_requested.emit(Path(item.data(Role.PATH)))

    def _on_forget(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.forget_requested.emit(Path(item.data(Role.PATH)))
            self.recent.takeItem(self.recent.row(item))
