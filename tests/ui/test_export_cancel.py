"""Exports run on a worker: the window keeps working meanwhile, and Cancel leaves no file."""

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from safety_helpers import modal_watchers, when_modal  # noqa: F401 (autouse fixture)

from digifelt.core.progress import OperationCancelled
from digifelt.ui import export_registry
from digifelt.ui.pages.export import ExportPage

pytest_plugins = ["demo_project"]  # small_demo_file, demo_path, demo_window


@pytest.fixture
def gate():
    """Blocks the worker at its first progress report until the test opens it."""
    event = threading.Event()
    yield event
    event.set()  # never leave a worker waiting


@pytest.fixture
def gated_report(gate):
    """The real Word report, held up after its first progress report."""
    real = export_registry.get("report")

    def run(request, progress, cancelled):
        first = True

        def report(done, total):
            nonlocal first
            progress(done, total)
            if first:
                first = False
                assert gate.wait(20), "the test never opened the gate"

        return real.run(request, report, cancelled)

    export_registry.register(export_registry.Exporter(
        "gated-report", "Word report (held)", real.description, real.extensions, run,
        real.summary, real.options, "held", 999, real.file_types))
    yield
    export_registry.unregister("gated-report")


@pytest.fixture
def slow_exporter(gate):
    """Reports step 1 of 3, then waits (checking for cancel) until the gate opens."""

    def run(request, progress, cancelled):
        progress(1, 3)
        while not gate.wait(0.01):
            if cancelled():
                raise OperationCancelled("the export was cancelled; nothing was written")
        progress(3, 3)
        request.out.write_text("done")
        return request.out

    export_registry.register(export_registry.Exporter(
        "slow", "Slow", "Takes its time.", (".txt",), run, lambda r: f"wrote {r.name}",
        order=998))
    yield
    export_registry.unregister("slow")


def make_page(qtbot, window, exporter_id, out):
    page = ExportPage(window.ctx)
    qtbot.addWidget(page)
    page.show()
    page.choose(exporter_id)
    page.path.setText(str(out))
    return page


def test_the_window_keeps_working_while_an_export_runs(qtbot, demo_window, slow_exporter,
                                                       gate, tmp_path):
    out = tmp_path / "slow.txt"
    page = make_page(qtbot, demo_window, "slow", out)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    job = page.job
    with qtbot.waitSignal(job.progress, timeout=10_000) as progress:
        pass
    assert progress.args == [1, 3]
    # The worker is blocked; the UI thread is not: timers fire, pages switch, widgets update.
    fired = []
    QTimer.singleShot(20, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired))
    demo_window.rail.setCurrentRow(0)
    assert demo_window.current_page() == 0
    qtbot.waitUntil(lambda: page.progress.value() == 1 and page.progress.maximum() == 3)
    assert page.cancel_button.isVisible()
    assert not page.export_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: job.outcome == "finished")
    assert page.result.text() == "wrote slow.txt"
    assert out.read_text() == "done"


def test_cancel_stops_the_export_and_writes_nothing(qtbot, demo_window, slow_exporter,
                                                    tmp_path):
    folder = tmp_path / "ut"
    folder.mkdir()
    page = make_page(qtbot, demo_window, "slow", folder / "slow.txt")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    job = page.job
    qtbot.waitSignal(job.progress, timeout=10_000).wait()
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.result.text() == "Cancelled; nothing was written."
    assert page.export_button.isEnabled()
    assert not page.cancel_button.isVisible()
    assert list(folder.iterdir()) == []


def test_cancelling_the_word_report_midway_leaves_no_file(qtbot, demo_window, gated_report,
                                                          gate, tmp_path):
    folder = tmp_path / "ut"
    folder.mkdir()
    out = folder / "rapport.docx"
    out.write_bytes(b"the previous report")
    page = make_page(qtbot, demo_window, "gated-report", out)
    when_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    job = page.start_export()  # asks before replacing the previous report: Yes
    qtbot.waitSignal(job.progress, timeout=20_000).wait()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=20_000)
    assert job.outcome == "cancelled"
    assert out.read_bytes() == b"the previous report"
    assert [p.name for p in folder.iterdir()] == ["rapport.docx"]
