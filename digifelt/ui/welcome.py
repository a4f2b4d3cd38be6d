"""The first window: new assessment, open, recent projects, the demo. Imports no database code."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digifelt import __version__
from digifelt.app_settings import AppSettings, initials_of
from digifelt.ui.i18n import LANGUAGES
from digifelt.ui.models.roles import Role


class WelcomeWindow(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    open_path_requested = Signal(Path)
    demo_requested = Signal()
    forget_requested = Signal(Path)
    language_requested = Signal(str)
    identity_given = Signal(str, str)  # name, initials
    quit_requested = Signal()

    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.identity: QGroupBox | None = None
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
            # Enter presses the button that has the focus, as it does in a dialog.
            button.setAutoDefault(True)
            button.clicked.connect(signal)
            QShortcut(QKeySequence(keys), self, signal.emit)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        for text in settings.recent_files:
            path = Path(text)
            shown = settings.recent_title(text) or path.stem
            item = QListWidgetItem(f"{shown}\n{path.name} · {path.parent}")
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
        if not settings.has_identity():
            layout.addWidget(self._identity_box(settings))
        layout.addLayout(columns, 1)
        layout.addLayout(footer)
        # Ctrl+Q as in a project (Cmd+Q on a Mac); Esc closes this window, which quits.
        for keys in (QKeySequence("Ctrl+Q"), QKeySequence(Qt.Key.Key_Escape)):
            QShortcut(keys, self, self.quit_requested.emit)
        # Where the keyboard starts: the name on a first start, else the newest assessment
        # (Enter opens it), else "New assessment".
        if self.identity is not None:
            self.setFocusProxy(self.name)
        elif self.recent.count():
            self.setFocusProxy(self.recent)
        else:
            self.setFocusProxy(self.findChild(QPushButton, "newButton"))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        first = self.focusProxy()
        if first is not None:
            self.setFocusProxy(None)  # only the first focus: later, Tab and clicks decide
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _identity_box(self, settings: AppSettings) -> QGroupBox:
        """The first-start question: who signs the notes (asked once, changed in Settings)."""
        box = self.identity = QGroupBox(self.tr("Who are you?"))
        box.setObjectName("welcomeIdentity")
        self.name = QLineEdit(settings.assessor_name)
        self.name.setObjectName("welcomeName")
        self.name.setPlaceholderText(self.tr("e.g. Kari Nordmann"))
        self.initials = QLineEdit(settings.assessor_initials)
        self.initials.setObjectName("welcomeInitials")
        self.initials.setMaxLength(6)
        self.initials.setPlaceholderText(self.tr("e.g. KN"))
        self._initials_typed = bool(settings.assessor_initials)
        self.initials.textEdited.connect(lambda _t: setattr(self, "_initials_typed", True))
        self.name.textEdited.connect(self._suggest_initials)
        save = QPushButton(self.tr("Save"))
        save.setObjectName("welcomeSaveIdentity")
        save.setAutoDefault(True)
        save.clicked.connect(self._give_identity)
        for field in (self.name, self.initials):
            field.returnPressed.connect(self._give_identity)
        note = QLabel(self.tr("Your name and initials sign the notes and findings you write, "
                              "so the team can see who wrote what. Type them, then press "
                              "Enter."))
        note.setWordWrap(True)
        self.identity_message = QLabel()
        self.identity_message.setStyleSheet("color: #b00020;")
        self.identity_message.hide()
        form = QFormLayout(box)
        form.addRow(note)
        form.addRow(self.tr("Your name:"), self.name)
        row = QHBoxLayout()
        row.addWidget(self.initials)
        row.addWidget(save)
        row.addStretch(1)
        form.addRow(self.tr("Your initials:"), row)
        form.addRow(self.identity_message)
        return box

    def _suggest_initials(self, name: str) -> None:
        if not self._initials_typed:
            self.initials.setText(initials_of(name))

    def _give_identity(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.identity_message.setText(self.tr("Type your name first."))
            self.identity_message.show()
            self.name.setFocus()
            return
        self.identity_given.emit(name, self.initials.text().strip())
        box, self.identity = self.identity, None
        box.hide()
        box.deleteLater()
        (self.recent if self.recent.count() else self.findChild(QPushButton, "newButton")
         ).setFocus()

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self.open_path_requested.emit(Path(item.data(Role.PATH)))

    def _on_forget(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.forget_requested.emit(Path(item.data(Role.PATH)))
            self.recent.takeItem(self.recent.row(item))
