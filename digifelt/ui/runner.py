"""Run a plain function off the UI thread; its outcome comes back by signals on the UI thread.

    job = Job(lambda: dashboard(db)).start()
    job.finished.connect(…); job.failed.connect(…)

    # A function of two arguments gets progress(done, total) and cancelled() callables
    job = Job(lambda progress, cancelled: write_report(db, out, progress=progress,
                                                       cancelled=cancelled))

    # Refresh-style reads: a newer request supersedes an older one, whose result is dropped
    self._loader = Runner(self, latest_wins=True)
    self._loader.finished.connect(self._on_loaded)
    self._loader.start(lambda: matrix(db))

The function must not touch widgets: it calls services (which open their own short
transactions on the shared Database) and returns plain data. Exactly one of finished(result),
failed(message) or cancelled() follows each start, then done(). A DigifeltError fails with its
own message; any other exception is a bug: its traceback goes to stderr and the message is
"ClassName: message". A cancellation exception (or a DigifeltError after a cancel) is a
cancel, not a failure.

Everything running is known here, so closing a project or quitting calls `wait_for_all` once.
superqt's workers were not used: they would bring qtpy at start-up for what these few lines do,
and their cancel (`quit`) only reaches generator functions, not a cancelled() callable.
"""

import inspect
import sys
import threading
import traceback
from collections.abc import Callable
from time import monotonic
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from digifelt.errors import DigifeltError
from digifelt.ui.i18n import translate

_INT_MAX = 2**31 - 1

# Two threads for long jobs: a backup may run while the user exports; SQLite serialises the
# writers. Refresh-style reads get threads of their own so a long export never holds up the
# matrix or a search.
_pools: dict[str, QThreadPool] = {}
_POOL_SIZES = {"jobs": 2, "reads": 4}
_running: set["Job"] = set()


def _pool(kind: str) -> QThreadPool:
    if kind not in _pools:
        pool = QThreadPool()
        pool.setMaxThreadCount(_POOL_SIZES[kind])
        _pools[kind] = pool
    return _pools[kind]


def _is_cancel_error(exc: BaseException) -> bool:
    from digifelt.core.progress import OperationCancelled

    if isinstance(exc, OperationCancelled):
        return True
    report_errors = sys.modules.get("digifelt.exports.report.errors")
    return report_errors is not None and isinstance(exc, report_errors.ReportCancelled)


def error_message(exc: BaseException) -> str:
    """What a failure says: a DigifeltError its own words; a bug its class and message."""
    if isinstance(exc, DigifeltError):
        return str(exc)
    return f"{exc.__class__.__name__}: {exc}"


def _takes_two(fn: Callable[..., Any]) -> bool:
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):  # some builtins have none: called plain
        return False
    try:
        signature.bind(None, None)
    except TypeError:
        return False
    return True


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

    def __init__(self, fn: Callable[..., Any], *, reports: bool | None = None,
                 kind: str = "jobs"):
        """`reports`: pass progress and cancelled to `fn`; by default when it takes two
        arguments, so both a plain function and one that reports progress just work."""
        # No parent: the job must outlive any widget that started it while its thread runs.
        super().__init__()
        self._fn = fn
        self._reports = _takes_two(fn) if reports is None else reports
        self._kind = kind
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
        _pool(self._kind).start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    # Worker thread

    def _run(self) -> None:
        if self._cancel.is_set():  # superseded or cancelled before a thread was free
            self._emit_outcome("cancelled", None)
            return
        try:
            result = self._fn(self._report, self._cancel.is_set) if self._reports else self._fn()
        except Exception as exc:  # noqa: BLE001 - every failure becomes one message
            if _is_cancel_error(exc) or (self._cancel.is_set() and
                                         isinstance(exc, DigifeltError)):
                self._emit_outcome("cancelled", None)
                return
            if not isinstance(exc, DigifeltError):  # a bug: say so, keep the app running
                traceback.print_exception(exc, file=sys.stderr)
            self._emit_outcome("failed", error_message(exc))
            return
        if self._reports and self._cancel.is_set() and result is None:
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


class _Runnable(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self._job._run()


class Runner(QObject):
    """One kind of request (say, "the matrix"), started as often as needed; each start is a Job.

    The outcome of each job comes out of the runner's own signals, so a page connects once.
    With `latest_wins`, a newer start (or cancel()) supersedes the job under way: it is asked
    to stop and whatever it answers is dropped; only the latest job's outcome is delivered.
    `busy_changed(True)` when a job starts, `(False)` when the last one delivered has answered.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, latest_wins: bool = False):
        super().__init__(parent)
        self.latest_wins = latest_wins
        self.job: Job | None = None  # the latest started
        self._pending: set[Job] = set()
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, fn: Callable[..., Any], *, reports: bool | None = None) -> Job:
        if self.latest_wins:
            self._drop_pending()
        job = Job(fn, reports=reports, kind="reads" if self.latest_wins else "jobs")
        # Bound methods of this QObject: Qt disconnects them if the runner is deleted first.
        job.progress.connect(self._on_progress)
        job.done.connect(self._on_done)
        self.job = job
        self._pending.add(job)
        job.start()
        self._set_busy(True)
        return job

    def cancel(self) -> None:
        """Ask every job under way to stop; with latest_wins their outcomes are dropped."""
        if self.latest_wins:
            self._drop_pending()
            self._set_busy(False)
        else:
            for job in self._pending:
                job.cancel()

    def _drop_pending(self) -> None:
        for job in self._pending:
            job.cancel()
            job.progress.disconnect(self._on_progress)
            job.done.disconnect(self._on_done)
        self._pending.clear()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _on_done(self) -> None:
        job = self.sender()
        if not isinstance(job, Job) or job not in self._pending:
            return
        self._pending.discard(job)
        if not self._pending:
            self._set_busy(False)
        if job.outcome == "finished":
            self.finished.emit(job.result)
        elif job.outcome == "failed":
            self.failed.emit(job.error)
        else:
            self.cancelled.emit()


def running_jobs() -> list[Job]:
    return [job for job in _running if job.running]


def wait_for_all(cancel: bool, timeout_ms: int = -1) -> bool:
    """Before the project closes or the app quits: cancel (optionally) every job and wait for
    their threads to end. True if all ended within `timeout_ms` (-1: however long it takes)."""
    if cancel:
        for job in list(_running):
            job.cancel()
    deadline = None if timeout_ms < 0 else monotonic() + timeout_ms / 1000
    for pool in list(_pools.values()):
        left = -1 if deadline is None else max(0, int((deadline - monotonic()) * 1000))
        if not pool.waitForDone(left):
            return False
    return True


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
