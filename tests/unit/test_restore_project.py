"""Restoring a backup is one function: it picks the backup, keeps the current file, replaces
it and checks the result; the command line only says what it did."""

import sqlite3

import pytest

from digifelt.cli import main
from digifelt.core.services import activities, projects
from digifelt.errors import DigifeltError
from digifelt.storage import backup as backup_module
from digifelt.storage.backup import (
    NoUsableBackupError,
    RestoreResult,
    list_backups,
    restore_project,
    take_backup,
)


def titles(path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {row[0] for row in con.execute("SELECT title FROM activity")}
    finally:
        con.close()


@pytest.fixture
def two_backups(project):
    """An older and a newer backup; the project itself has something newer still."""
    activities.add_activity(project, kind="interview", title="Eldst")
    older = take_backup(project.path, "manual")
    activities.add_activity(project, kind="interview", title="Nyere")
    newer = take_backup(project.path, "manual")
    activities.add_activity(project, kind="interview", title="Nåværende")
    path = project.path
    project.close()
    return path, older, newer


def test_without_a_backup_named_the_newest_good_one_is_restored(two_backups):
    path, _older, newer = two_backups
    result = restore_project(path)
    assert result.source == newer
    assert titles(path) == {"Eldst", "Nyere"}
    # What was there before is a backup of its own, holding every change.
    assert titles(result.kept) == {"Eldst", "Nyere", "Nåværende"}
    assert list_backups(path)[0].reason == "before-restore"


def test_a_damaged_newest_backup_is_passed_over(two_backups):
    path, older, newer = two_backups
    data = bytearray(newer.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    newer.write_bytes(bytes(data))
    assert restore_project(path).source == older
    assert titles(path) == {"Eldst"}


def test_a_named_backup_is_restored(two_backups):
    path, older, _newer = two_backups
    result = restore_project(path, older)
    assert isinstance(result, RestoreResult)
    assert result.source == older
    assert titles(path) == {"Eldst"}


def test_a_damaged_backup_named_is_refused_and_nothing_changes(two_backups, tmp_path):
    path, _older, _newer = two_backups
    before = path.read_bytes()
    count = len(list_backups(path))
    broken = tmp_path / "broken.digifelt"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(DigifeltError):
        restore_project(path, broken)
    assert path.read_bytes() == before
    assert len(list_backups(path)) == count


def test_no_usable_backup_is_one_clear_error(project):
    path = project.path
    project.close()
    before = path.read_bytes()
    with pytest.raises(NoUsableBackupError, match="no usable backup"):
        restore_project(path)
    assert path.read_bytes() == before


def test_a_restore_that_fails_half_way_leaves_the_project_as_it_was(two_backups, monkeypatch):
    path, older, _newer = two_backups
    before = path.read_bytes()

    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "take_backup", fail)  # the backup-before-restore
    with pytest.raises(OSError, match="No space left"):
        restore_project(path, older)
    assert path.read_bytes() == before
    db = projects.open_project(path)
    try:
        assert {a.activity.title for a in activities.list_activities(db)} == {
            "Eldst", "Nyere", "Nåværende"}
    finally:
        db.close()


def test_the_command_line_restores_through_the_one_function(two_backups, monkeypatch,
                                                            capsys):
    path, older, _newer = two_backups
    calls = []
    real = backup_module.restore_project

    def spy(project, backup=None):
        calls.append((project, backup))
        return real(project, backup)

    monkeypatch.setattr(backup_module, "restore_project", spy)
    assert main(["backup", "restore", str(path)]) == 0
    number = next(n for n, info in enumerate(list_backups(path), 1) if info.path == older)
    assert main(["backup", "restore", str(path), str(number)]) == 0
    assert calls == [(path, None), (path, older)]
    out = capsys.readouterr().out
    assert f"restored {path} from {older}" in out
    assert "the previous file was kept as" in out
    assert titles(path) == {"Eldst"}
