"""The CLI follows the app's Settings (data folder, report template) and opens `digifelt FILE`."""

import os
import subprocess
import sys

from digifelt.app_settings import AppSettings, save_settings


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "digifelt", *map(str, args)],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def test_a_file_as_the_only_argument_opens_it_in_the_app(tmp_path):
    project = tmp_path / "åpne meg.digifelt"
    assert run("new", project, "--rubric", "organisational-digital-maturity", "--title",
               "Kartlegging", "--organisation", "Fjellvik").returncode == 0
    result = run(project, env={"QT_QPA_PLATFORM": "offscreen", "DIGIFELT_QUIT_AFTER_START": "1"})
    assert result.returncode == 0, result.stderr
    assert "MainWindow" in result.stderr
    assert "Kartlegging" in result.stderr


def test_the_data_folder_and_report_template_from_settings_are_used(tmp_path, monkeypatch):
    monkeypatch.delenv("DIGIFELT_DATA_DIR")
    folder = tmp_path / "godkjent mappe"
    broken = tmp_path / "hus.dotx"
    broken.write_bytes(b"not a Word file")
    save_settings(AppSettings(data_folder=str(folder), report_template=str(broken)))
    made = run("demo")
    assert made.returncode == 0, made.stderr
    demo = next(folder.glob("demo-*.digifelt"))
    failed = run("report", demo, "-o", tmp_path / "r.docx")
    assert failed.returncode == 1
    assert "hus.dotx" in failed.stderr
    assert not (tmp_path / "r.docx").exists()
    assert run("report", demo, "-o", tmp_path / "r.docx", "--template", "built-in").returncode == 0
    assert (tmp_path / "r.docx").stat().st_size > 0
