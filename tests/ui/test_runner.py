"""The one background runner: outcomes on the UI thread, errors relayed, cancel, latest wins,
progress, and waiting for everything at close."""

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

from digifelt.core.progress import OperationCancelled
from digifelt.errors import DigifeltError
from digifelt.ui import runner
from digifelt.ui.runner import Job, Runner, run_with_progress, wait_for_all


@pytest.fixture
def gate():
    held = threading.Event()
    yield held
    held.set()  # never leave a worker blocked for the next test
    assert wait_for_all(cancel=True, timeout_ms=10_000)


def on_ui_thread() -> bool:
    return QThread.currentThread() is QCoreApplication.instance().thread()


def test_the_result_arrives_on_the_ui_thread(qtbot):
    ran_on = []

    def work():
        ran_on.append(threading.current_thread())
        return {"answer": 42}

    seen = []
    job = Job(work)
    job.finished.connect(lambda value: seen.append((value, on_ui_thread())))
    with qtbot.waitSignal(job.done, timeout=5000):
        job.start()
    assert len(ran_on) == 1
    assert ran_on[0] is not threading.main_thread()
    assert seen == [({"answer": 42}, True)]
    assert (job.outcome, job.result, job.running) == ("finished", {"answer": 42}, False)


def test_a_digifelt_error_fails_with_its_own_message(qtbot):
    def work():
        raise DigifeltError("The file is locked by Kari.")

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        job.start()
    assert failed.args == ["The file is locked by Kari."]
    assert (job.outcome, job.error) == ("failed", "The file is locked by Kari.")


def test_a_bug_prints_its_traceback_and_fails_with_class_and_message(qtbot, capsys):
    def work():
        raise KeyError("indicator 7")

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        job.start()
    assert failed.args == ["KeyError: 'indicator 7'"]
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "in work" in err


def test_progress_reaches_the_ui_and_cancel_ends_as_cancelled(qtbot, gate):
    def work(progress, cancelled):
        progress(1, 3)
        gate.wait(10)
        if cancelled():
            raise OperationCancelled()
        return "done"

    job = Job(work, reports=True)
    steps = []
    job.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(job.progress, timeout=5000):
        job.start()
    assert steps == [(1, 3)]
    assert job in runner.running_jobs()
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        gate.set()
    assert (job.outcome, job.result) == ("cancelled", None)
    assert job not in runner.running_jobs()


def test_a_function_of_two_arguments_gets_progress_and_cancelled(qtbot):
    got = []
    job = Job(lambda progress, cancelled: got.append((callable(progress), cancelled())))
    with qtbot.waitSignal(job.done, timeout=5000):
        job.start()
    assert got == [(True, False)]
    plain = Job(lambda *_: "no reports", reports=False)
    with qtbot.waitSignal(plain.finished, timeout=5000) as finished:
        plain.start()
    assert finished.args == ["no reports"]


def test_huge_byte_counts_are_scaled_to_fit_a_qt_int(qtbot):
    job = Job(lambda progress, cancelled: progress(2**33, 2**34), reports=True)
    with qtbot.waitSignal(job.progress, timeout=5000) as step:
        job.start()
    assert step.args == [500, 1000]


def test_latest_wins_drops_the_superseded_result(qtbot, gate):
    reads = Runner(latest_wins=True)
    got, busy = [], []
    reads.finished.connect(got.append)
    reads.busy_changed.connect(busy.append)

    def slow():
        gate.wait(10)
        return "old"

    first = reads.start(slow)
    assert reads.busy
    with qtbot.waitSignal(reads.finished, timeout=5000):
        reads.start(lambda: "new")
    assert got == ["new"]
    assert first.cancel_requested()
    gate.set()
    qtbot.waitUntil(lambda: first.outcome is not None, timeout=5000)
    assert got == ["new"]  # the older read answered, and nobody heard it
    assert busy == [True, False]
    assert not reads.busy


def test_cancelling_a_latest_wins_read_forgets_it(qtbot, gate):
    reads = Runner(latest_wins=True)
    got = []
    reads.finished.connect(got.append)
    reads.failed.connect(got.append)
    job = reads.start(lambda: gate.wait(10) and "late")
    reads.cancel()
    assert not reads.busy
    gate.set()
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=5000)
    assert got == []


def test_a_runner_without_latest_wins_delivers_every_outcome(qtbot):
    jobs = Runner()
    got = []
    jobs.finished.connect(got.append)
    jobs.failed.connect(got.append)
    a = jobs.start(lambda: "a")
    b = jobs.start(lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert sorted(map(str, got)) == ["ZeroDivisionError: division by zero", "a"]
    assert (a.outcome, b.outcome) == ("finished", "failed")
    assert not jobs.busy


def test_a_deleted_runner_hears_nothing_and_nothing_breaks(qtbot, gate):
    parent = QObject()
    reads = Runner(parent, latest_wins=True)
    job = reads.start(lambda: gate.wait(10) and "late")
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(reads), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: job.outcome == "finished", timeout=5000)


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def test_wait_for_all_cancels_and_waits_for_every_thread(qtbot):
    started, stopped = threading.Event(), threading.Event()

    def until_cancelled(progress, cancelled):
        started.set()
        while not cancelled():
            stopped.wait(0.01)
        stopped.set()
        return None

    job = Job(until_cancelled, reports=True).start()
    reads = Runner(latest_wins=True)
    reads.start(lambda: started.wait(10) and "read")
    assert started.wait(5)
    assert wait_for_all(cancel=True, timeout_ms=10_000)
    assert stopped.is_set()  # the thread had ended when wait_for_all returned
    qtbot.waitUntil(lambda: job.outcome == "cancelled", timeout=5000)
    assert runner.running_jobs() == []


def test_wait_for_all_gives_up_after_its_timeout(qtbot, gate):
    job = Job(lambda: gate.wait(10)).start()
    assert wait_for_all(cancel=False, timeout_ms=50) is False
    assert job.running
    gate.set()
    qtbot.waitUntil(lambda: job.outcome == "finished", timeout=5000)


def test_run_with_progress_shows_a_dialog_until_the_job_ends(qtbot, gate):
    from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen = []

    def work(progress, cancelled):
        progress(1, 2)
        gate.wait(10)
        return "restored"

    def look():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
                   and w.objectName() == "jobProgress" and w.isVisible()]
        if dialogs and dialogs[0].maximum() == 2:
            seen.append((dialogs[0].labelText(), dialogs[0].value()))
            gate.set()
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    job = run_with_progress(parent, Job(work, reports=True), "Restoring x…")
    assert seen == [("Restoring x…", 1)]
    assert (job.outcome, job.result) == ("finished", "restored")
