"""Run work once a window has been painted: what is not needed to start typing waits for it.

A zero-delay timer is not enough: Qt runs it in the same pass of the event loop that shows
the window, before the first paint. A window that is never painted (hidden, minimised at
start) still gets the work after `fallback_ms`.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], None], fallback_ms: int):
        super().__init__(window)
        self._work = work
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 (Qt virtual)
        if event.type() == QEvent.Type.Paint and not self._done:
            # Queued, so the paint (and the frame it belongs to) finishes first.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self.parent().removeEventFilter(self)
        self._work()
        self.deleteLater()


def after_first_paint(window: QWidget, work: Callable[[], None], fallback_ms: int = 300) -> None:
    """Call `work` right after `window` (or a widget in it) first paints."""
    _FirstPaint(window, work, fallback_ms)
