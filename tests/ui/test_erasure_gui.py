"""The app finishes an erasure of raw notes that a killed digifelt left half-done, and says so;
its own erasure lists every copy it deleted; the warning says which copies go, in Norwegian too."""

import os
import signal
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from safety_helpers import modal_watchers, when_modal  # noqa: F401 (autouse fixture)

from digifelt.core.services import activities, entries, projects
from digifelt.storage import erasure
from digifelt.storage.backup import list_backups, restore_backup, take_backup
from digifelt.storage.paths import data_dir
from digifelt.ui import i18n
from digifelt.ui.dialogs.erase_notes import EraseNotesDialog

MARK = b"ERASEME-GUI-5d1e"

KILLED_AFTER_COMMIT = """
import os, signal, sys
from digifelt.storage import erasure
real = erasure.committed
def then_die(*args):
    real(*args)
    os.kill(os.getpid(), signal.SIGKILL)
erasure.committed = then_die
from digifelt.cli import main
main(["privacy", "erase-notes", sys.argv[1], "--yes"])
"""


def with_notes(path):
    db = projects.open_project(path)
    try:
        act = activities.add_activity(db, kind="interview", title="Intervju")
        entries.add_entry(db, activity_id=act.id, text=f"Rånotat {MARK.decode()}.")
    finally:
        db.close()


def holding(marker, *roots):
    hits = []
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                with open(os.path.join(folder, name), "rb") as fh:
                    if marker in fh.read():
                        hits.append(name)
    return hits


def test_opening_finishes_an_interrupted_erasure_and_tells_the_user(
        qtbot, controller, project_path):
    with_notes(project_path)
    take_backup(project_path, "on-open")
    take_backup(project_path, "periodic")
    child = subprocess.run([sys.executable, "-c", KILLED_AFTER_COMMIT, str(project_path)],
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert len(list_backups(project_path)) == 2
    told = []
    when_modal(qtbot, QMessageBox, lambda box: (
        told.append((box.objectName(), box.text(), box.detailedText())), box.accept()))
    window = controller.open_project(project_path)
    assert window is not None
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    name, text, details = told[0]
    assert name == "erasureFinished"
    assert "was interrupted. digifelt has now finished it: 2 copies" in text
    assert details.count("\n") == 1
    assert erasure.pending() == []
    # The on-open backup comes after, and holds no notes.
    qtbot.waitUntil(lambda: [b.reason for b in list_backups(project_path)] == ["on-open"])
    qtbot.waitUntil(lambda: window.ctx.backups.job.outcome is not None)
    assert holding(MARK, data_dir(), project_path.parent) == []


def test_erasing_from_the_app_lists_every_copy_it_deleted(qtbot, controller, project_path):
    with_notes(project_path)
    good = take_backup(project_path, "manual")
    data = bytearray(project_path.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    project_path.write_bytes(bytes(data))
    damaged = restore_backup(project_path, good)
    window = controller.open_project(project_path)
    qtbot.waitUntil(lambda: window.ctx.backups.job is not None
                    and window.ctx.backups.job.outcome is not None)
    from digifelt.ui.dialogs.erase_notes import erase_notes

    told = []

    def confirm(dialog):
        when_modal(qtbot, QMessageBox, lambda box: (
            told.append((box.text(), box.detailedText())), box.accept()))
        qtbot.keyClicks(dialog.confirm, "ERASE")
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, EraseNotesDialog, confirm)
    result = erase_notes(window)
    assert result is not None
    text, details = told[0]
    assert "and 1 other copies of the file" in text
    assert str(damaged) in details
    assert str(good) in details
    assert not damaged.exists()
    assert holding(MARK, data_dir(), project_path.parent) == []


def test_the_warning_names_the_copies_in_norwegian(qtbot, settings):
    i18n.install_language("nb")
    try:
        dialog = EraseNotesDialog("Fjellvik kommune")
        qtbot.addWidget(dialog)
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "sletter alle kopier digifelt har laget av prosjektet" in text
        assert "tidligere navn" in text
    finally:
        i18n.install_language("en")


def test_restoring_in_the_app_leaves_no_copy_in_the_temporary_folder(
        qtbot, project_path, tmp_path, monkeypatch):
    import tempfile

    from digifelt.storage.backup_policy import KEEP_PER_PROJECT
    from digifelt.ui.safety import restore_file

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with_notes(project_path)
    oldest = take_backup(project_path, "manual")
    for _ in range(KEEP_PER_PROJECT - 1):
        take_backup(project_path, "periodic")
    kept = restore_file(None, project_path, oldest)
    assert kept.name.endswith("-before-restore.digifelt")
    assert not oldest.exists()  # the oldest, pruned by that backup after it was staged
    assert list(scratch.iterdir()) == []
    assert sorted(p.name for p in project_path.parent.iterdir()
                  if p.name.startswith(".")) == []
    db = projects.open_project(project_path)
    try:
        assert [a.activity.title for a in activities.list_activities(db)] == ["Intervju"]
    finally:
        db.close()
