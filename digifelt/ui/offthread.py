"""Run a plain function off the UI thread and get its result back as a signal on the UI thread.

Reads of a big project (the evidence matrix, all evidence for an indicator, search) take
tenths of a second; they run here so that the window keeps painting and typing meanwhile.
The function receives nothing and must not touch widgets: it calls services (which open
their own short read transactions on the shared Database) and returns plain data.
"""

import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from digifelt.errors import DigifeltError


class _Job(QThread):
    result = Signal(int, object)
    error = Signal(int, str)

    def __init__(self, token: int, fn: Callable[[], Any]):
        super().__init__()
        self._token = token
        self._fn = fn

    def run(self) -> None:
        try:
            value = self._fn()
        except DigifeltError as exc:
            self.error.emit(self._token, str(exc))
        except Exception as exc:  # a bug: say so on stderr, keep the app running
            traceback.print_exception(*sys.exc_info(), file=sys.stderr)
            self.error.emit(self._token, f"{exc.__class__.__name__}: {exc}")
        else:
            self.result.emit(self._token, value)


class _Reaper(QObject):
    """Keeps each running job referenced until its thread has ended, then lets it go."""

    def __init__(self):
        super().__init__()
        self.running: set[_Job] = set()

    def add(self, job: _Job) -> None:
        self.running.add(job)
        job.finished.connect(self._on_finished)

    @Slot()
    def _on_finished(self) -> None:
        job = self.sender()
        if isinstance(job, _Job):
            job.wait()  # `finished` comes just before the thread ends
            self.running.discard(job)


_reaper: _Reaper | None = None


def _jobs() -> _Reaper:
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
    return _reaper


def running_jobs() -> int:
    return len(_jobs().running)


def wait_for_jobs(timeout_ms: int = 10_000) -> bool:
    """Block until every job has ended (closing a project; tests). True if all did."""
    return all(job.wait(timeout_ms) for job in list(_jobs().running))


class BackgroundCall(QObject):
    """One kind of request (say, "the matrix"): only the latest call's result is delivered.

    `busy_changed(True)` when a call starts, `(False)` when the latest one has answered.
    """

    finished = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._token = 0
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, fn: Callable[[], Any]) -> None:
        self._token += 1
        job = _Job(self._token, fn)
        job.result.connect(self._on_result)
        job.error.connect(self._on_error)
        _jobs().add(job)
        job.start()
        self._set_busy(True)

    def cancel(self) -> None:
        """Forget the pending call: its result, when it comes, is dropped."""
        self._token += 1
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    @Slot(int, object)
    def _on_result(self, token: int, value: object) -> None:
        if token != self._token:
            return
        self._set_busy(False)
        self.finished.emit(value)

    @Slot(int, str)
    def _on_error(self, token: int, message: str) -> None:
        if token != self._token:
            return
        self._set_busy(False)
        self.failed.emit(message)
