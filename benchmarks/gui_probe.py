"""Child process for the startup benchmarks: prints `painted <seconds since exec>` then exits.

    python benchmarks/gui_probe.py bare|bare_db|welcome|project [FILE]

The parent measures wall time from spawning the process to reading the line, so Python's
own start and every import are included; this script only reports when the window painted.
"""

import os
import sys


def main() -> None:
    mode = sys.argv[1]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    class Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt virtual)
            if event.type() == QEvent.Type.Paint:
                # Let the event loop finish this frame, then report and leave at once.
                QTimer.singleShot(0, _done)
            return False

    def _done():
        print("painted", flush=True)
        if mode == "project" and len(sys.argv) > 3:
            print(f"rss_mb {_peak_rss_mb():.1f}", flush=True)
        os._exit(0)

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
    window.installEventFilter(Painted(window))
    window.resize(1280, 800)
    window.show()
    app.exec()


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
