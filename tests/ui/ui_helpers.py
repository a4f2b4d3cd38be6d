"""Helpers for GUI tests: activate a window, drive modal dialogs, reopen a project file."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def activate(qtbot, widget: QWidget) -> None:
    """Shortcuts with window context need the window to be the active one."""
    qtbot.waitExposed(widget)
    if QApplication.activeWindow() is not widget:
        # Re-activating an active window makes offscreen Qt cycle the focus later on.
        widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def on_modal(qtbot, handler: Callable[[QWidget], None], timeout: int = 5000) -> None:
    """Run `handler(dialog)` on the next modal dialog, from inside its exec() loop.

    If the handler fails, the dialog is closed so the test fails instead of hanging.
    """
    def run() -> None:
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=timeout)
        dialog = QApplication.activeModalWidget()
        try:
            handler(dialog)
        except BaseException:
            dialog.reject()
            raise

    QTimer.singleShot(0, run)


def open_db(path: Path):
    from digifelt.core.services.projects import open_project

    return open_project(path)


def drop_file(widget: QWidget, path: Path) -> None:
    """Drag `path` from a file manager onto `widget`: drag-enter, then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """keyClicks, except that non-ASCII characters (é, emoji) arrive as text, the way a
    keyboard layout or input method delivers them (QTest only maps ASCII to keys, and
    would split an emoji into surrogate halves)."""
    run = ""
    for char in text:
        if ord(char) < 128:
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
    if run:
        qtbot.keyClicks(widget, run)


def press_undo(qtbot, window, focus, *, redo: bool = False) -> None:
    """Ctrl+Z (or Ctrl+Shift+Z) as a user presses it, on `focus` in the active window."""
    activate(qtbot, window)
    focus.setFocus()
    mods = Qt.KeyboardModifier.ControlModifier
    if redo:
        mods |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(focus, Qt.Key.Key_Z, mods)


def first_indicator(db):
    """The rubric's first indicator."""
    from digifelt.core.services import rubric

    return rubric.rubric_tree(db)[0].indicators[0]
