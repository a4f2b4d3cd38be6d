"""Child process for the startup benchmarks: prints `painted` when the window first painted.

    python benchmarks/gui_probe.py bare|bare_db|welcome|project [FILE [rss] [ready] [visit]]

The parent measures wall time from spawning the process to reading the line, so Python's
own start and every import are included; this script only reports when the window painted.

With a project, after that line (so not in the time measured): `rss_mb` is the peak memory
at the first paint; `ready` adds `ready_ms`, the time from that paint to the first paint
after the start page's figures, read off the UI thread, have all arrived, and `rss_ready_mb`;
`visit` then shows every page of the rail in turn, waits for each to load, and adds
`rss_visited_mb`.
"""

import os
import sys
import time

# Run as a script, this folder heads sys.path and its typing.py (the typing benchmark) would
# shadow the standard library's module, which PySide6 imports.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(
    os.path.abspath(__file__))]


def main() -> None:
    mode = sys.argv[1]
    flags = set(sys.argv[3:])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    state = {"painted": None, "idle": False, "ready": None}

    class Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt virtual)
            if event.type() == QEvent.Type.Paint:
                if state["painted"] is None:
                    state["painted"] = time.perf_counter()
                    # Let the event loop finish this frame, then report.
                    QTimer.singleShot(0, _first_paint)
                elif state["idle"] and state["ready"] is None:
                    state["ready"] = time.perf_counter()
                    QTimer.singleShot(0, _ready)
            return False

    def _first_paint():
        print("painted", flush=True)
        if mode != "project":
            os._exit(0)
        if "rss" in flags:
            print(f"rss_mb {_peak_rss_mb():.1f}", flush=True)
        if "ready" not in flags and "visit" not in flags:
            os._exit(0)
        poll.start()
        QTimer.singleShot(60_000, _give_up)

    def _give_up():
        print("ready_ms nan", flush=True)  # never idle: say so rather than hang the parent
        os._exit(0)

    def _poll_idle():
        try:
            _check_idle()
        except Exception:  # a slot's exception would only be printed: fail the probe instead
            import traceback

            traceback.print_exc()
            os._exit(3)

    def _check_idle():
        from digifelt.ui import runner

        page = window.overview
        busy = page.busy if hasattr(page, "busy") else page.dashboard.busy  # older builds
        if runner.running_jobs() or busy:
            return
        poll.stop()
        state["idle"] = True
        window.update()  # the figures are in: the next paint shows them

    def _ready():
        print(f"ready_ms {(state['ready'] - state['painted']) * 1000:.1f}", flush=True)
        print(f"rss_ready_mb {_peak_rss_mb():.1f}", flush=True)
        if "visit" in flags:
            _visit_every_page()
            print(f"rss_visited_mb {_peak_rss_mb():.1f}", flush=True)
        os._exit(0)

    def _visit_every_page():
        from digifelt.ui import runner

        for row in range(window.rail.count()):
            window.rail.setCurrentRow(row)
            deadline = time.monotonic() + 60
            settle = time.monotonic() + 0.5  # debounced loads start a little later
            while time.monotonic() < deadline and (runner.running_jobs()
                                                   or time.monotonic() < settle):
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    if mode in ("bare", "bare_db"):
        app = QApplication(sys.argv[:1])
        if mode == "bare_db":
            import sqlalchemy  # noqa: F401
            import sqlmodel  # noqa: F401
        window = QMainWindow()
        window.setCentralWidget(QLabel("digifelt"))
    else:
        from digifelt.ui.app import AppController, create_application

        app = create_application(sys.argv[:1])
        controller = AppController()
        if mode == "welcome":
            window = controller.show_welcome()
        else:
            window = controller.open_project(sys.argv[2])
    poll = QTimer(interval=5, timeout=_poll_idle)
    window.installEventFilter(Painted(window))
    window.resize(1280, 800)
    window.show()
    app.exec()


def _peak_rss_mb() -> float:
    """This process's peak resident memory.

    Linux's VmHWM starts afresh with the new program; ru_maxrss is kept across exec, so it
    can report the peak of the (much larger) benchmark process that spawned this probe.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
