"""Child process: open the Evidence page of a project in the real app and time the matrix.

    python benchmarks/evidence_probe.py FILE

Prints, in milliseconds: `open_ms` (page shown → matrix populated, computed off the UI
thread), `switch_ms` (worst of ten switches between "by kind" and "by group", repaint
included), `cell_ms` (a cell clicked → its excerpts listed), `search_ms` (Ctrl+K query →
results shown), and `stall_ms`: the longest gap between the ticks of a 2 ms probe timer on
the UI thread over all of it.
"""

import os
import sys

# Run as a script, this folder heads sys.path and its typing.py (the typing benchmark) would
# shadow the standard library's module, which PySide6 imports.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(
    os.path.abspath(__file__))]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from digifelt.ui.app import AppController, create_application

    app = create_application(sys.argv[:1])
    window = AppController().open_project(sys.argv[1])
    window.resize(1280, 800)
    window.show()
    clock = QElapsedTimer()
    clock.start()
    state = {"last": None, "worst": 0.0}

    def probe() -> None:
        now = clock.nsecsElapsed() / 1e6
        if state["last"] is not None:
            state["worst"] = max(state["worst"], now - state["last"] - 2)
        state["last"] = now

    def wait(done, timeout_ms: int = 30_000) -> None:
        deadline = clock.elapsed() + timeout_ms
        while not done():
            if clock.elapsed() > deadline:
                raise TimeoutError
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)

    board = window.overview.dashboard  # let the overview's own reads finish first
    wait(lambda: not board.busy and board.figures is not None)
    ticker = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=2, timeout=probe)
    ticker.start()
    wait(lambda: clock.elapsed() > 200)
    state["worst"] = 0.0
    idle_until = clock.elapsed() + 1500
    wait(lambda: clock.elapsed() > idle_until)
    idle = state["worst"]
    state["worst"] = 0.0

    page = window.evidence
    start = clock.nsecsElapsed()
    window.rail.setCurrentRow(window.page_index(page))
    wait(lambda: page.model.rowCount() > 0 and not page.loading)
    app.processEvents()  # the first paint of the table
    open_ms = (clock.nsecsElapsed() - start) / 1e6
    stalls = {"open": state["worst"]}
    state["worst"] = 0.0

    switches = []
    for by in ("group", "kind") * 5:
        start = clock.nsecsElapsed()
        page.set_grouping(by)
        page.table.viewport().repaint()
        switches.append((clock.nsecsElapsed() - start) / 1e6)
        app.processEvents()  # as between two clicks: the probe ticks

    start = clock.nsecsElapsed()
    page.select_cell("1.1", "interview")
    wait(lambda: not page.indicator_view.busy and page.indicator_view.model.rowCount() > 0)
    cell_ms = (clock.nsecsElapsed() - start) / 1e6
    stalls["switch+cell"] = state["worst"]
    state["worst"] = 0.0

    window._on_global_search()
    dialog = window.search_dialog
    start = clock.nsecsElapsed()
    dialog.field.setText("gevinst")
    wait(lambda: dialog.model.rowCount() > 0 and not dialog.busy)
    search_ms = (clock.nsecsElapsed() - start) / 1e6 - 150  # minus the type-ahead pause
    QApplication.processEvents()

    print(f"open_ms {open_ms:.1f}", flush=True)
    print(f"compute_ms {page.last_load_ms:.1f}", flush=True)
    print(f"switch_ms {max(switches):.1f}", flush=True)
    print(f"cell_ms {cell_ms:.1f}", flush=True)
    print(f"search_ms {search_ms:.1f}", flush=True)
    stalls["search"] = state["worst"]
    print(f"stall_idle_ms {idle:.1f}", flush=True)
    for phase, worst in stalls.items():
        print(f"stall_{phase}_ms {worst:.1f}", flush=True)
    print(f"stall_ms {max(stalls.values()):.1f}", flush=True)
    os._exit(0)  # skip interpreter teardown of Qt objects


if __name__ == "__main__":
    main()
