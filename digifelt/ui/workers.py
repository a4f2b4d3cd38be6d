"""Long jobs off the UI thread: a Job runs one call on a worker thread and reports by signals.

    job = Job(lambda progress, cancelled: write_report(db, out, progress=progress,
                                                       cancelled=cancelled))
    job.progress.connect(bar.setValue…); job.finished.connect(…); job.failed.connect(…)
    job.start()          # later: job.cancel()

The function gets thread-safe `progress(done, total)` and `cancelled() -> bool` callables.
Every signal is delivered on the UI thread. Exactly one of finished(result), failed(message)
or cancelled() follows, then done().
"""

import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from digifelt.errors import DigifeltError
from digifelt.ui.i18n import translate

JobFn = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

# Two threads: a backup may run while the user exports; SQLite serialises the writers.
_pool: QThreadPool | None = None
_running: set["Job"] = set()
_INT_MAX = 2**31 - 1


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def _is_cancel_error(exc: BaseException) -> bool:
    from digifelt.core.progress import OperationCancelled

    if isinstance(exc, OperationCancelled):
        return True
    report_errors = sys.modules.get("digifelt.exports.report.errors")
    return report_errors is not None and isinstance(exc, report_errors.ReportCancelled)


class Job(QObject):
    """One call on a worker thread, with progress, a cancel flag and the outcome as signals."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()

    # Emitted on the worker thread; queued to this object's (the UI) thread.
    _progress_in = Signal(int, int)
    _outcome_in = Signal(str, object)

    def __init__(self, fn: JobFn):
        # No parent: the job must outlive any widget that started it while its thread runs.
        super().__init__()
        self._fn = fn
        self._cancel = threading.Event()
        self.running = False
        self.outcome: str | None = None  # "finished" | "failed" | "cancelled"
        self.result: Any = None
        self.error = ""
        queued = Qt.ConnectionType.QueuedConnection
        self._progress_in.connect(self._on_progress, queued)
        self._outcome_in.connect(self._on_outcome, queued)
        # Bound here, on the UI thread: the worker must not create signal instances itself.
        self._emit_progress = self._progress_in.emit
        self._emit_outcome = self._outcome_in.emit

    def start(self) -> "Job":
        self.running = True
        _running.add(self)  # alive until its outcome has been delivered
        pool().start(_Runner(self))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    # Worker thread

    def _run(self) -> None:
        if self._cancel.is_set():
            self._emit_outcome("cancelled", None)
            return
        try:
            result = self._fn(self._report, self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - every failure becomes one message
            if _is_cancel_error(exc) or (self._cancel.is_set() and
                                         isinstance(exc, DigifeltError)):
                self._emit_outcome("cancelled", None)
            elif isinstance(exc, DigifeltError):
                self._emit_outcome("failed", str(exc))
            else:
                traceback.print_exception(exc, file=sys.stderr)
                self._emit_outcome("failed", translate(
                    "Workers", "Something unexpected went wrong: %1").replace(
                    "%1", f"{exc.__class__.__name__}: {exc}"))
            return
        if self._cancel.is_set() and result is None:
            self._emit_outcome("cancelled", None)
        else:
            self._emit_outcome("finished", result)

    def _report(self, done: int, total: int) -> None:
        if total > _INT_MAX:  # byte counts of huge bundles: a Qt int is 32 bits
            done, total = done * 1000 // total, 1000
        self._emit_progress(int(done), int(total))

    # UI thread

    def _on_progress(self, done: int, total: int) -> None:
        if self.running:
            self.progress.emit(done, total)

    def _on_outcome(self, outcome: str, value: object) -> None:
        self.running = False
        self.outcome = outcome
        if outcome == "finished":
            self.result = value
            self.finished.emit(value)
        elif outcome == "failed":
            self.error = str(value)
            self.failed.emit(self.error)
        else:
            self.cancelled.emit()
        self.done.emit()
        _running.discard(self)


class _Runner(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self._job._run()


def wait_for_jobs(cancel: bool = True, msecs: int = -1) -> bool:
    """Before the project closes: cancel (optionally) and wait for every worker to end."""
    if cancel:
        for job in list(_running):
            job.cancel()
    return pool().waitForDone(msecs)


def running_jobs() -> list[Job]:
    return [job for job in _running if job.running]


def run_with_progress(parent: QWidget | None, job: Job, label: str, *,
                      cancellable: bool = True) -> Job:
    """Run `job` behind a window-modal progress dialog; returns when it has ended.

    The dialog's own event loop keeps the window painting. Read `job.outcome`,
    `job.result` and `job.error` afterwards.
    """
    dialog = QProgressDialog(label, translate("Workers", "Cancel") if cancellable else "",
                             0, 0, parent)
    dialog.setObjectName("jobProgress")
    dialog.setWindowTitle(translate("Workers", "digifelt"))
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if not cancellable:
        dialog.setCancelButton(None)

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def on_cancel() -> None:
        if cancellable:
            job.cancel()
            dialog.setLabelText(translate("Workers", "Stopping…"))

    job.progress.connect(on_progress)
    dialog.canceled.connect(on_cancel)
    job.done.connect(dialog.accept)
    if not job.running and job.outcome is None:
        job.start()
    while job.running:  # Esc or a cancel closes the dialog; it stays until the job ends
        dialog.exec()
    dialog.deleteLater()
    return job
