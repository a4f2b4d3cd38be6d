"""Backups, restore, one-writer lock, repair: the safety net around project files."""

import sqlite3
import subprocess
import sys

import pytest

from digifelt.core.services import activities, entries, excerpts, projects, rubric
from digifelt.core.services.check import check_project
from digifelt.core.services.repair import repair_project
from digifelt.storage.backup import (
    list_backups,
    newest_good_backup,
    restore_backup,
    take_backup,
)
from digifelt.storage.backup_policy import KEEP_PER_PROJECT
from digifelt.storage.lock import ProjectLock, ProjectLockedError


def test_backup_is_a_sound_private_copy(project):
    activities.add_activity(project, kind="interview", title="Før backup")
    path = take_backup(project.path, "manual")
    assert path.stat().st_mode & 0o077 == 0
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert con.execute("SELECT title FROM activity").fetchall() == [("Før backup",)]
    con.close()


def test_backups_are_bounded_per_project(project):
    for _ in range(KEEP_PER_PROJECT + 3):
        take_backup(project.path, "periodic")
    assert len(list_backups(project.path)) == KEEP_PER_PROJECT


def test_open_for_editing_backs_up_and_locks(project):
    path = project.path
    project.close()
    db = projects.open_for_editing(path)
    try:
        assert [b.reason for b in list_backups(path)] == ["on-open"]
        with pytest.raises(ProjectLockedError, match="already open"):
            projects.open_for_editing(path)
        assert projects.backup_if_due(db) is None
        assert projects.backup_if_due(db, minutes=0) is not None
    finally:
        db.close()
    projects.open_for_editing(path).close()  # released on close


def test_lock_held_by_another_process_and_cleared_after_a_crash(tmp_path):
    target = tmp_path / "p.digifelt"
    target.write_bytes(b"")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from digifelt.storage.lock import ProjectLock; "
         f"l = ProjectLock({str(target)!r}); l.acquire(); print('locked', flush=True); "
         "time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(ProjectLockedError, match=f"process {holder.pid}"):
            ProjectLock(target).acquire()
    finally:
        holder.kill()
        holder.wait()
    # The crashed holder left its lock file behind; it is recognised as stale.
    assert (tmp_path / "p.digifelt.lock").exists()
    with ProjectLock(target) as lock:
        assert lock.held


def test_restore_replaces_the_file_and_keeps_the_old_one(project):
    path = project.path
    activities.add_activity(project, kind="interview", title="Gammel")
    good = take_backup(path, "manual")
    activities.add_activity(project, kind="interview", title="Ny")
    project.close()
    kept = restore_backup(path, good)
    db = projects.open_project(path)
    try:
        assert [a.activity.title for a in activities.list_activities(db)] == ["Gammel"]
    finally:
        db.close()
    con = sqlite3.connect(kept)
    assert {r[0] for r in con.execute("SELECT title FROM activity")} == {"Gammel", "Ny"}
    con.close()


def test_damaged_file_is_kept_aside_not_overwritten(project):
    path = project.path
    good = take_backup(path, "manual")
    project.close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\x00" * 4096  # wipe page 2
    path.write_bytes(bytes(data))
    assert newest_good_backup(path).path == good
    kept = restore_backup(path, good)
    assert ".damaged-" in kept.name
    assert kept.read_bytes() == bytes(data)
    assert check_project(path).ok


def test_repair_reanchors_and_rebuilds_and_is_idempotent(project):
    ind = rubric.rubric_tree(project)[0].indicators[0]
    act = activities.add_activity(project, kind="interview", title="Intervju")
    entry = entries.add_entry(project, activity_id=act.id, text="Det finnes en plan for IKT.")
    view = excerpts.tag_excerpt(project, entry_id=entry.id, start=14, end=18,
                                indicator_ids=[ind.id])
    project.close()
    con = sqlite3.connect(project.path)
    con.execute("UPDATE excerpt SET start = 0, \"end\" = 4 WHERE id = ?", (view.excerpt.id,))
    con.execute("DELETE FROM search_doc WHERE kind = 'activity'")
    con.commit()
    con.close()
    assert not check_project(project.path).ok
    first = repair_project(project.path)
    assert any("search index" in f for f in first.fixes)
    assert any("re-anchored 1" in f for f in first.fixes)
    assert check_project(project.path).ok
    assert repair_project(project.path).fixes == []
    assert [b.reason for b in list_backups(project.path)][:2] == ["before-repair"] * 2


def test_restoring_the_oldest_of_a_full_set_of_backups(project):
    activities.add_activity(project, kind="interview", title="Eldst")
    oldest = take_backup(project.path, "manual")
    for _ in range(KEEP_PER_PROJECT - 1):
        take_backup(project.path, "periodic")
    activities.add_activity(project, kind="interview", title="Senere")
    project.close()
    restore_backup(project.path, oldest)  # the backup of the current file prunes `oldest`
    db = projects.open_project(project.path)
    try:
        assert [a.activity.title for a in activities.list_activities(db)] == ["Eldst"]
    finally:
        db.close()
