"""A GUI session with every socket disabled: open the demo, type notes, write a report, quit."""

import os
import subprocess
import sys
from pathlib import Path

GUARD = Path(__file__).with_name("no_network.py")

SESSION = r"""
import runpy, sys
runpy.run_path(sys.argv[1], run_name="guard")   # installs the socket guard
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from digifelt.core.demo import generate_demo
from digifelt.core.services import activities
from digifelt.ui.app import AppController, create_application

work = Path(sys.argv[2])
project = work / "demo.digifelt"
generate_demo(project, size="small", seed=5)
app = create_application([])
controller = AppController()
window = controller.open_project(project)
interview = activities.list_activities(window.ctx.db, kind="interview")[0].activity
view = window.open_activity(interview.id)
editor = view.current_editor()
editor.setFocus()
QTest.keyClicks(editor, " Nettverket er slått av.")
editor.selectAll()
def finish():
    from digifelt.exports.report import write_report
    assert window.flush()
    write_report(window.ctx.db, work / "rapport.docx")
    print("session done", flush=True)
    controller.quit()
QTimer.singleShot(200, finish)
app.exec()
"""


def test_a_gui_session_makes_no_connection(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "DIGIFELT_CONFIG_DIR": str(tmp_path / "config"),
           "DIGIFELT_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", SESSION, str(GUARD), str(tmp_path)],
                            capture_output=True, text=True, timeout=180, env=env)
    assert "NETWORK ATTEMPT" not in result.stderr, result.stderr
    assert "session done" in result.stdout, result.stdout + result.stderr[-3000:]
    assert (tmp_path / "rapport.docx").stat().st_size > 10_000
