"""Child process for the GUI no-network test: a whole app session with sockets disabled.

    python gui_offline_session.py DEMO_FILE REPORT_OUT

Loads no_network.py's guard first, then runs the real app offscreen: opens the demo, types a
sentence into an interview, tags it with the tag picker, and exports the Word report from the
Export page. Prints `tagged <excerpt id>` and `exported <file>`; exits 0 when all went well.
"""

import os
import runpy
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
runpy.run_path(str(Path(__file__).with_name("no_network.py")), run_name="guard")


def main(demo: Path, report: Path) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from digifelt.app_settings import load_settings
    from digifelt.core.services import activities
    from digifelt.ui.app import AppController, create_application

    app = create_application([sys.argv[0]])
    settings = load_settings()
    settings.language = "en"
    controller = AppController(settings)
    window = controller.open_project(demo)
    interview = activities.list_activities(window.ctx.db, kind="interview")[0].activity
    view = window.open_activity(interview.id)
    editor = view.current_editor()
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.keyClicks(editor, " Vi har en plan for digitalisering.")
    text = editor.plain_text()
    editor.select_span(len(text) - len("plan for digitalisering."), len(text) - 1)

    def pick() -> None:  # the tag picker is modal: answer it from the event loop
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, pick)
            return
        QTest.keyClicks(dialog.filter, "1.1")
        QTest.keyClick(dialog.filter, Qt.Key.Key_Return)

    QTimer.singleShot(10, pick)
    before = len(view.excerpt_views)
    view.run_command("tag_selection")
    if len(view.excerpt_views) != before + 1:
        print("the tag was not saved", file=sys.stderr)
        return 1
    print(f"tagged {view.excerpt_views[-1].excerpt.id}", flush=True)

    page = window.export
    page.choose("report")
    page.path.setText(str(report))
    job = page.start_export()
    job.done.connect(app.quit)
    app.exec()
    if job.outcome != "finished":
        print(f"export {job.outcome}: {job.error}", file=sys.stderr)
        return 1
    print(f"exported {report}", flush=True)
    controller.quit()
    # Qt's own networking would bypass the socket guard: it must not even be loaded.
    if any(name.startswith("PySide6.QtNetwork") for name in sys.modules):
        print("NETWORK ATTEMPT: PySide6.QtNetwork was loaded", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
