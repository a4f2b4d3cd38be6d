"""Progress reporting and cancellation for long jobs (export, import, merge).

Long jobs take `progress(done, total)` and `cancelled() -> bool` callables; both may be None.
The GUI passes thread-safe callables; the CLI passes None.
"""

from collections.abc import Callable

from digifelt.errors import DigifeltError

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class OperationCancelled(DigifeltError):
    """The user cancelled a long job; nothing was written."""


class Meter:
    """Counts work done against a total, reports it, and stops the job when cancelled.

    Reports (and cancel checks) are thinned out to about one per thousandth of the total,
    so a job can advance per row without flooding a progress dialog.
    """

    def __init__(self, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None,
                 total: int = 0, what: str = "the job"):
        self._progress = progress
        self._cancelled = cancelled
        self.total = max(0, int(total))
        self.done = 0
        self.what = what
        self._reported = -1

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise OperationCancelled(f"{self.what} was cancelled; nothing was changed")

    def add_total(self, amount: int) -> None:
        self.total += max(0, int(amount))

    def advance(self, amount: int = 1) -> None:
        self.done = min(self.total, self.done + max(0, int(amount)))
        if self.done - self._reported < max(1, self.total // 1000) and self.done < self.total:
            return
        self._reported = self.done
        if self._progress is not None:
            self._progress(self.done, self.total)
        self.check()

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)
