"""Files that do not open: damaged, truncated, empty, random bytes, too new, locked. Each gets
one clear message, the file is left exactly as it was, and a good backup is offered (and
restored) when there is one."""

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from safety_helpers import (  # noqa: F401 (modal_watchers: an autouse fixture)
    damage_pages,
    digest,
    modal_watchers,
    set_schema_revision,
    when_modal,
)
from ui_helpers import activate

from digifelt.core.services import activities, projects
from digifelt.storage.backup import take_backup
from digifelt.storage.lock import ProjectLock


def add_activity(path: Path, title: str) -> None:
    db = projects.open_project(path)
    try:
        activities.add_activity(db, kind="interview", title=title)
    finally:
        db.close()


def break_file(path: Path, how: str) -> None:
    if how == "damaged":
        damage_pages(path)
    elif how == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "random":
        path.write_bytes(os.urandom(50_000))
    elif how == "too-new":
        set_schema_revision(path, "ffffffffffff")


def open_and_answer(qtbot, controller, path: Path, restore: bool):
    """Open `path`; record the message; press Restore (if offered and wanted) or Close."""
    seen = {}

    def answer(box):
        button = box.findChild(QPushButton, "restoreNewestBackup")
        seen.update(text=box.text(), info=box.informativeText(), offered=button is not None)
        if restore and button is not None:
            button.click()
        else:
            box.button(QMessageBox.StandardButton.Close).click()

    when_modal(qtbot, QMessageBox, answer)
    window = controller.open_project(path)
    assert seen, "no message was shown"
    return window, seen


EXPLAINED = {
    "damaged": "is damaged and cannot be opened",
    "truncated": "is damaged and cannot be opened",
    "empty": "is empty: it holds no assessment",
    "random": "is not a digifelt project file",
    "too-new": "was saved by a newer version of digifelt",
}


@pytest.mark.parametrize("how", list(EXPLAINED))
@pytest.mark.parametrize("backup", [False, True], ids=["no-backup", "backup"])
def test_a_file_that_does_not_open_is_explained_and_left_alone(qtbot, controller, project_path,
                                                               how, backup):
    if backup:
        take_backup(project_path, "on-open")
    break_file(project_path, how)
    before = digest(project_path)
    controller.show_welcome()
    window, seen = open_and_answer(qtbot, controller, project_path, restore=False)
    assert window is None
    assert controller.ctx is None
    assert EXPLAINED[how] in seen["text"]
    assert project_path.name in seen["text"]
    assert "\n" not in seen["text"]
    assert "Traceback" not in seen["text"] + seen["info"]
    assert seen["offered"] is backup
    assert digest(project_path) == before
    assert_nothing_written_beside(project_path)
    assert controller.welcome is not None


def assert_nothing_written_beside(path: Path) -> None:
    """No lock, copy or journal with content left next to the file. (SQLite's read-only
    checks may leave an empty -wal and its -shm index; they hold nothing.)"""
    beside = {p.name: p for p in path.parent.iterdir()
              if p.name.startswith(path.name) and p != path}
    assert set(beside) <= {f"{path.name}-wal", f"{path.name}-shm"}, sorted(beside)
    wal = beside.get(f"{path.name}-wal")
    assert wal is None or wal.stat().st_size == 0


@pytest.mark.parametrize("how", ["damaged", "random", "too-new"])
def test_restoring_the_offered_backup_opens_it_and_keeps_the_broken_file(
        qtbot, controller, project_path, how):
    add_activity(project_path, "Intervju før skaden")
    take_backup(project_path, "on-open")
    break_file(project_path, how)
    broken = digest(project_path)
    window, seen = open_and_answer(qtbot, controller, project_path, restore=True)
    assert seen["offered"]
    assert "never overwritten" in seen["info"]
    assert window is not None
    titles = [v.activity.title for v in activities.list_activities(window.ctx.db)]
    assert titles == ["Intervju før skaden"]
    kept = [p for p in project_path.parent.iterdir() if ".damaged-" in p.name]
    if how == "too-new":  # a sound file is kept as a backup, not renamed
        from digifelt.storage.backup import list_backups

        assert not kept
        assert any(b.reason == "before-restore" for b in list_backups(project_path))
    else:
        assert len(kept) == 1
        assert digest(kept[0]) == broken


def test_a_project_open_elsewhere_names_the_process_and_offers_no_restore(
        qtbot, controller, project_path):
    take_backup(project_path, "on-open")
    before = digest(project_path)
    other = ProjectLock(project_path)  # another digifelt, or the CLI's repair/restore
    other.acquire()
    try:
        window, seen = open_and_answer(qtbot, controller, project_path, restore=True)
    finally:
        other.release()
    assert window is None
    assert seen["text"] == (f"{project_path.name} is already open in digifelt (process "
                            f"{os.getpid()} on {socket.gethostname()}); close it there first.")
    assert not seen["offered"]
    assert digest(project_path) == before
    assert controller.open_project(project_path) is not None  # free again


def test_the_gui_holds_the_storage_lock_so_the_cli_cannot_restore_underneath(
        qtbot, controller, project_path):
    from digifelt.storage.lock import ProjectLockedError

    window = controller.open_project(project_path)
    with pytest.raises(ProjectLockedError, match=r"already open in digifelt \(process"):
        ProjectLock(project_path).acquire()
    window.close()
    qtbot.waitUntil(lambda: controller.ctx is None)
    with ProjectLock(project_path):
        pass


def test_a_damaged_file_from_the_recent_list_is_restored(qtbot, controller, project_path):
    controller.open_project(project_path)
    qtbot.waitUntil(lambda: controller.settings.recent_files != [])
    activities.add_activity(controller.ctx.db, kind="observation", title="Befaring")
    controller.close_project(show_welcome=True)
    take_backup(project_path, "periodic")
    damage_pages(project_path)
    welcome = controller.welcome
    activate(qtbot, welcome)
    welcome.recent.setFocus()
    seen = {}

    def answer(box):
        seen["text"] = box.text()
        box.findChild(QPushButton, "restoreNewestBackup").click()

    when_modal(qtbot, QMessageBox, answer)
    qtbot.keyClick(welcome.recent, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None)
    assert "is damaged" in seen["text"]
    titles = [v.activity.title for v in activities.list_activities(controller.ctx.db)]
    assert titles == ["Befaring"]


def test_open_dialog_on_an_empty_file(qtbot, controller, tmp_path, monkeypatch):
    empty = tmp_path / "tom.digifelt"
    empty.write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(empty), ""))
    controller.show_welcome()
    texts = []
    when_modal(qtbot, QMessageBox, lambda box: (texts.append(box.text()), box.accept()))
    controller.choose_and_open()
    assert texts == ["tom.digifelt is empty: it holds no assessment. digifelt has not "
                     "changed it."]
    assert empty.read_bytes() == b""
    assert controller.window is None


def test_digifelt_open_on_a_damaged_file_shows_the_message_not_a_traceback(project_path):
    import subprocess
    import sys

    damage_pages(project_path)
    before = digest(project_path)
    env = {**os.environ, "DIGIFELT_QUIT_AFTER_START": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "digifelt", "open", str(project_path)],
                            capture_output=True, text=True, timeout=60, env=env)
    # The start-up check finds the explanation on screen (a dialog, not a window) and exits 2.
    assert result.returncode == 2, result.stderr
    assert "QMessageBox" in result.stderr
    assert "is damaged and cannot be opened" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(project_path) == before
