"""Helpers for the export, import and safety tests: modal dialogs that open from a signal (a
job ending), broken project files, a teammate's bundle."""

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(qtbot, kind: type, handler: Callable[[QWidget], None], timeout: int = 10_000):
    """Run `handler(dialog)` once a modal dialog of `kind` is up, however it was opened.

    Unlike ui_helpers.on_modal it never blocks: a timer looks every 10 ms, so it also finds
    dialogs opened later from a queued signal (a worker's result), inside other event loops.
    Gives up after `timeout` ms; the test then fails on what it waits for.
    """
    timer = QTimer()
    timer.setInterval(10)
    state = {"ticks": 0, "seen": False}

    def look() -> None:
        state["ticks"] += 1
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            timer.stop()
            state["seen"] = True
            try:
                handler(dialog)
            except BaseException:
                dialog.reject()
                raise
        elif state["ticks"] * 10 > timeout:
            timer.stop()

    timer.timeout.connect(look)
    timer.start()
    _alive.append(timer)  # a module-level reference keeps the timer running
    return timer


_alive: list[QTimer] = []


@pytest.fixture(autouse=True)
def modal_watchers():
    """Import into a test module: no watcher outlives its test (to answer another test's
    dialog)."""
    yield _alive
    while _alive:
        _alive.pop().stop()


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def set_schema_revision(path: Path, revision: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        con.commit()
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def damage_pages(path: Path) -> None:
    """Overwrite the middle of the file (b-tree pages) but keep the SQLite header."""
    data = bytearray(Path(path).read_bytes())
    start = max(4096, len(data) // 3)
    data[start:start + 8192] = bytes(range(256)) * 32
    Path(path).write_bytes(bytes(data))


def make_team(project_path: Path, tmp_path: Path):
    """The lead's project and a teammate's copy of it: the teammate adds an observation and
    rewrites a note both have. Returns (teammate's bundle, shared activity id, entry id)."""
    import shutil

    from digifelt.core.operations import operation
    from digifelt.core.services import activities, entries, projects
    from digifelt.exports.bundle import export_bundle

    db = projects.open_project(project_path)
    try:
        shared = activities.add_activity(db, kind="interview", title="Felles intervju")
        note = entries.add_entry(db, activity_id=shared.id, text="Felles notat.")
    finally:
        db.close()
    mate = tmp_path / "kollega.digifelt"
    shutil.copy2(project_path, mate)
    db = projects.open_project(mate)
    try:
        # As the teammate's app does it: each change an operation, recorded in the history.
        with operation(db, "Kollegaens endringer"):
            new = activities.add_activity(db, kind="observation", title="Kommunestyremøte")
            entries.add_entry(db, activity_id=new.id, text="Saken om fiber ble vedtatt.")
            entries.update_entry_text(db, note.id, "Kollegaens versjon av notatet.")
            # The lead's typing starts the interview meanwhile: both change the activity.
            activities.update_activity(db, shared.id, place="Rådhuset")
        bundle = tmp_path / "kollega.zip"
        export_bundle(db, bundle)
    finally:
        db.close()
    return bundle, shared.id, note.id
