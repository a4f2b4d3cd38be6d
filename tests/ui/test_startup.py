"""The first window appears without loading the database layer (startup speed)."""

import os
import subprocess
import sys

SCRIPT = """
import sys
from digifelt.ui.app import AppController, create_application
app = create_application(["digifelt"])
controller = AppController()
welcome = controller.show_welcome()
app.processEvents()
assert welcome.isVisible()
heavy = sorted(m for m in ("sqlalchemy", "sqlmodel", "docx", "alembic") if m in sys.modules)
print("HEAVY", heavy)
"""


def test_welcome_window_shows_without_sqlalchemy(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               DIGIFELT_CONFIG_DIR=str(tmp_path / "config"),
               DIGIFELT_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stdout
