"""Refresh a page when its data changed, but only once it is on screen, and at most once a turn.

Typing in the capture page announces changes (status, evidence) that other pages listen to;
refreshing hidden pages right away stalled the editor on large projects.
"""

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class LazyRefresh(QObject):
    def __init__(self, widget: QWidget, refresh):
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._dirty = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._run)
        widget.installEventFilter(self)

    def request(self, *_args) -> None:
        """Connect change signals here (any arguments are ignored)."""
        self._dirty = True
        if self._widget.isVisible():
            self._timer.start()

    def _run(self) -> None:
        if self._dirty and self._widget.isVisible():
            self._dirty = False
            self._refresh()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt virtual)
        if obj is self._widget and event.type() == QEvent.Type.Show and self._dirty:
            self._timer.start()
        return False


class ChangeWatch(LazyRefresh):
    """A LazyRefresh requested by every operation that changed one of `kinds`.

    Connected as a method of this object (a child of the page), so the connection ends
    with the page.
    """

    def __init__(self, widget: QWidget, refresh, kinds: tuple[str, ...]):
        super().__init__(widget, refresh)
        self.kinds = tuple(kinds)

    def on_changed(self, changes) -> None:
        if changes.touches(*self.kinds):
            self.request()
