"""Find in the notes (Ctrl+F): a bar under the page that finds words in the page's text
editors, one after another (an interview's questions, an observation's log), F3/Shift+F3
for the next and previous match.

The page (or the open activity) is the bar's target: it has `editors()` (the text
editors in reading order), `current_editor()` and `show_editor(editor)`.
"""

import re

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self._target = None
        self._holder: QWidget | None = None  # the tool bar that carries the bar, if any
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in the notes…"))
        self.field.setClearButtonEnabled(True)
        self.field.textEdited.connect(self._on_text_edited)
        self.field.returnPressed.connect(self._on_return)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        previous = QPushButton(self.tr("Previous"))
        previous.setToolTip("Shift+F3")
        previous.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        previous.clicked.connect(lambda: self.find(forward=False))
        following = QPushButton(self.tr("Next"))
        following.setToolTip("F3")
        following.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        following.clicked.connect(lambda: self.find(forward=True))
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.hide()

    # Opening and closing

    def open_for(self, target) -> None:
        """Show the bar for `target`; the selected words, if any, become the search."""
        self._target = target
        editor = target.current_editor() if target is not None else None
        selected = editor.textCursor().selectedText() if editor is not None else ""
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self._set_shown(True)
        self.field.setFocus()
        self.field.selectAll()
        self._update_count(None, None)

    def _set_shown(self, shown: bool) -> None:
        (self._holder if self._holder is not None else self).setVisible(shown)

    def is_open(self) -> bool:
        return (self._holder if self._holder is not None else self).isVisible()

    def close_bar(self) -> None:
        self._set_shown(False)
        editor = self._target.current_editor() if self._alive() else None
        if editor is not None:
            self._target.show_editor(editor)
        self.closed.emit()

    def set_target(self, target) -> None:
        self._target = target

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.close_bar()
            return
        super().keyPressEvent(event)

    # Finding

    def _alive(self) -> bool:
        return self._target is not None and shiboken6.isValid(self._target)

    def _editors(self) -> list:
        return list(self._target.editors()) if self._alive() else []

    def _on_text_edited(self, _text: str) -> None:
        self.find(forward=True, from_start_of_selection=True)

    def _on_return(self) -> None:
        backwards = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self.find(forward=not backwards)

    def find(self, forward: bool = True, from_start_of_selection: bool = False) -> bool:
        """Select the next (or previous) match after the cursor, going on into the following
        editors and wrapping around; True when something was found."""
        text = self.field.text()
        editors = self._editors()
        if not text or not editors:
            self._update_count(None, None)
            return False
        current = self._target.current_editor()
        start = editors.index(current) if current in editors else 0
        # From the cursor to the end of this editor, through the others (wrapping around),
        # then this editor once more from its other end.
        if forward:
            order = [*editors[start:], *editors[:start], editors[start]]
        else:
            order = [*editors[start::-1], *editors[:start:-1], editors[start]]
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        for n, editor in enumerate(order):
            document = editor.document()
            if n == 0:
                cursor = editor.textCursor()
                position = (cursor.selectionStart() if (from_start_of_selection or not forward)
                            else cursor.selectionEnd())
            else:
                position = 0 if forward else document.characterCount()
            found = document.find(text, position, flags)
            if not found.isNull():
                self._show(editor, found)
                return True
        self._update_count(None, None)
        return False

    def _show(self, editor, found: QTextCursor) -> None:
        had_focus = self.field.hasFocus()
        self._target.show_editor(editor)
        editor.setTextCursor(found)
        editor.ensureCursorVisible()
        if had_focus:
            self.field.setFocus()
        self._update_count(editor, found.selectionStart())

    def _update_count(self, editor, position: int | None) -> None:
        text = self.field.text()
        if not text or not self._alive():
            self.count.setText("")
            return
        pattern = re.compile(re.escape(text), re.IGNORECASE)
        total = 0
        index = 0
        for e in self._editors():
            starts = [m.start() for m in pattern.finditer(e.document().toRawText())]
            if e is editor and position is not None:
                index = total + sum(1 for s in starts if s <= position)
            total += len(starts)
        if not total:
            self.count.setText(self.tr("No matches"))
        elif index:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(index))
                               .replace("%2", str(total)))
        else:
            self.count.setText(self.tr("%n match(es)", "", total))


def attach_find_bar(window: QMainWindow) -> FindBar:
    """A find bar in a hidden, fixed tool bar at the bottom of `window`."""
    holder = QToolBar(window)
    holder.setObjectName("findToolBar")
    holder.setMovable(False)
    holder.setFloatable(False)
    holder.toggleViewAction().setVisible(False)
    bar = FindBar(holder)
    holder.addWidget(bar).setVisible(True)
    bar._holder = holder
    window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, holder)
    holder.hide()
    return bar
