"""The desktop app never touches the network: a GUI session (open the demo, tag, export the
Word report) runs with every way to open a connection disabled, as the CLI jobs do."""

import subprocess
import sys
import zipfile
from pathlib import Path

from digifelt.core.services import excerpts, projects

SESSION = Path(__file__).with_name("gui_offline_session.py")
GUARD = Path(__file__).with_name("no_network.py")


def test_a_gui_session_runs_without_network(tmp_path):
    demo = tmp_path / "demo.digifelt"
    made = subprocess.run([sys.executable, str(GUARD), "demo", str(demo)],
                          capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    report = tmp_path / "rapport.docx"
    result = subprocess.run([sys.executable, str(SESSION), str(demo), str(report)],
                            capture_output=True, text=True, timeout=300)
    assert "NETWORK ATTEMPT" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    tagged = next(line.split()[1] for line in result.stdout.splitlines()
                  if line.startswith("tagged "))
    assert zipfile.ZipFile(report).testzip() is None
    db = projects.open_project(demo)
    try:
        [view] = [v for v in excerpts.list_excerpts(db) if v.excerpt.id == tagged]
    finally:
        db.close()
    assert view.excerpt.text == "plan for digitalisering"
