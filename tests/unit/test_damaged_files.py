"""A WAL left behind, a read-only file, a full disk: nothing committed is lost, nothing breaks."""

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from digifelt.core.services import activities, entries, projects
from digifelt.errors import ProjectFileError


def test_a_wal_left_behind_by_a_crash_is_replayed(project, tmp_path):
    act = activities.add_activity(project, kind="interview", title="Før krasj")
    entries.add_entry(project, activity_id=act.id, text="Bare i WAL-fila")
    # Copy the file as a crash would leave it: main file plus an un-checkpointed WAL.
    crashed = tmp_path / "crashed.digifelt"
    shutil.copy(project.path, crashed)
    shutil.copy(f"{project.path}-wal", f"{crashed}-wal")
    assert os.path.getsize(f"{crashed}-wal") > 0
    db = projects.open_project(crashed)
    try:
        [view] = activities.list_activities(db)
        assert [e.text for e in entries.list_entries(db, view.activity.id)] == ["Bare i WAL-fila"]
    finally:
        db.close()


def test_read_only_file_opens_for_reading_and_refuses_writes_clearly(project, monkeypatch):
    # os.access stands in for the permission bits: CI runs as root, which ignores them.
    project.close()
    before = project.path.read_bytes()
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    db = projects.open_project(project.path)
    try:
        assert projects.get_project(db).title
        with pytest.raises(ProjectFileError, match="read-only"):
            activities.add_activity(db, kind="interview", title="Ny")
    finally:
        db.close()
    with pytest.raises(ProjectFileError, match="read-only"):
        projects.open_for_editing(project.path, backup=False)
    assert project.path.read_bytes() == before


FULL_DISK_CHILD = r"""
import resource, signal, sys
from digifelt.core.services import activities, entries, projects
from digifelt.errors import DigifeltError
path = sys.argv[1]
db = projects.open_project(path)
act = activities.add_activity(db, kind="interview", title="Før disken ble full")
entries.add_entry(db, activity_id=act.id, text="committed before the disk filled up")
db.checkpoint()
# The file may not grow any more: writes fail as on a full disk (EFBIG instead of ENOSPC).
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = max(len(open(path, "rb").read()), 1) + 4096
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    entries.add_entry(db, activity_id=act.id, text="x" * 5_000_000)
    print("written")
except Exception as exc:
    print("refused", type(exc).__name__)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_fails_the_write_and_keeps_what_was_committed(project):
    project.close()
    result = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, str(project.path)],
                            capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("refused"), result.stdout + result.stderr
    con = sqlite3.connect(project.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    texts = [r[0] for r in con.execute("SELECT text FROM entry")]
    con.close()
    assert texts == ["committed before the disk filled up"]
