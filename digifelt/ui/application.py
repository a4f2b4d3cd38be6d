"""The QApplication subclass: receives the files the OS hands over.

macOS sends a double-clicked or dropped `.digifelt` file as a QFileOpenEvent to the application
object. Overriding `event()` here sees only events addressed to the application itself; an
application-wide event filter would instead run Python for every event of every widget (and,
in PySide6, makes building a list view create some 180 enum types: ~40 ms at start-up).
"""

import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication


class DigifeltApplication(QApplication):
    _open_file: "weakref.WeakMethod | None" = None

    def route_file_open(self, open_project: Callable[[Path], object]) -> None:
        """The newest controller opens what the OS hands over; older ones may be gone."""
        self._open_file = weakref.WeakMethod(open_project)

    def event(self, event: QEvent) -> bool:  # noqa: N802 (Qt virtual)
        if event.type() == QEvent.Type.FileOpen:
            path = event.file() or event.url().toLocalFile()
            target = self._open_file() if self._open_file is not None else None
            if path and target is not None:
                # Queued: the OS may send this while a window is being shown.
                QTimer.singleShot(0, lambda p=Path(path): target(p))
                return True
        return super().event(event)


def route_file_open(open_project: Callable[[Path], object]) -> None:
    """Routes file-open events when the running application is ours (tests may bring theirs)."""
    app = QApplication.instance()
    if isinstance(app, DigifeltApplication):
        app.route_file_open(open_project)
