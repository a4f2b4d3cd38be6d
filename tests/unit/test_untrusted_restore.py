"""Restore: never over a file that is not a digifelt project; every copy it makes is owner-only
from its first byte, also when the restore is killed half-way, and leftovers are cleaned up."""

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digifelt.cli import main
from digifelt.core.services import activities, privacy, projects
from digifelt.errors import NotAProjectError
from digifelt.storage import backup as backup_module
from digifelt.storage.backup import list_backups, restore_backup, take_backup
from digifelt.storage.file_check import APPLICATION_ID, SQLITE_HEADER
from digifelt.storage.paths import data_dir


@pytest.fixture
def umask_022():
    """The usual umask: files created without care would be readable by everyone."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def too_open(*roots: Path) -> list[str]:
    """Files and folders under `roots` that someone other than the owner may read."""
    out = []
    for root in roots:
        for folder, dirs, names in os.walk(root):
            for name in dirs + names:
                item = Path(folder) / name
                mode = item.lstat().st_mode
                if not stat.S_ISLNK(mode) and mode & 0o077:
                    out.append(f"{oct(mode & 0o777)} {item}")
    return out


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def good_backup(project):
    activities.add_activity(project, kind="interview", title="Fra backup")
    made = take_backup(project.path, "manual")
    project.close()
    return made


# Owner-only from the first byte


def test_backup_restore_and_erase_create_nothing_others_can_read(
        project, umask_022, monkeypatch):
    path = project.path
    activities.add_activity(project, kind="interview", title="Før")
    good = take_backup(path, "manual")
    project.close()
    seen_during = []
    real_sound = backup_module._sound

    def look(target):  # called once the staging copy is complete, before it is renamed
        seen_during.extend(too_open(path.parent))
        seen_during.append(f"staging present: {any(path.parent.glob('.*.restoring'))}")
        return real_sound(target)

    monkeypatch.setattr(backup_module, "_sound", look)
    restore_backup(path, good)
    assert seen_during == ["staging present: True"]
    damaged = bytearray(path.read_bytes())
    damaged[4096:8192] = b"\x00" * 4096
    path.write_bytes(bytes(damaged))
    os.chmod(path, 0o644)  # a project the user made readable: its damaged copy is not
    kept = restore_backup(path, good)
    assert ".damaged-" in kept.name
    db = projects.open_for_editing(path, backup=False)
    try:
        privacy.erase_raw_notes(db)
    finally:
        db.close()
    os.chmod(path, 0o600)
    assert too_open(data_dir(), path.parent) == []
    assert (data_dir() / "backups").stat().st_mode & 0o777 == 0o700


def test_an_existing_open_backups_folder_is_closed(project, umask_022):
    (data_dir() / "backups").mkdir(parents=True, mode=0o755)
    os.chmod(data_dir() / "backups", 0o755)
    take_backup(project.path, "manual")
    assert (data_dir() / "backups").stat().st_mode & 0o777 == 0o700


KILLED_RESTORE = """
import os, signal, sys
from digifelt.storage import backup
def die(_path):
    os.kill(os.getpid(), signal.SIGKILL)
backup._sound = die
from digifelt.cli import main
main(["backup", "restore", sys.argv[1], sys.argv[2]])
"""


def test_a_killed_restore_leaves_only_private_leftovers_and_they_are_cleaned_up(
        good_backup, tmp_path):
    path = tmp_path / "test.digifelt"
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    child = subprocess.run(
        [sys.executable, "-c", f"import os; os.umask(0o022)\n{KILLED_RESTORE}", str(path),
         str(good_backup)], capture_output=True, text=True, env=env, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    leftovers = sorted(tmp_path.glob(".test.digifelt.restoring*"))
    assert leftovers, "the kill should have left the staging copy behind"
    assert too_open(tmp_path) == []
    after = subprocess.run([sys.executable, "-m", "digifelt", "backup", "list", str(path)],
                           capture_output=True, text=True, env=env, timeout=120)
    assert after.returncode == 0, after.stderr
    assert "deleted unfinished copy" in after.stderr
    assert sorted(tmp_path.glob(".test.digifelt.restoring*")) == []


# Restore over a file that is not a project: refused, untouched


def places_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places(url) VALUES ('https://example.org/')")
    con.commit()
    con.close()


def docx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")


def other_app_id(path: Path) -> None:
    places_sqlite(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1234567")
    con.close()


@pytest.mark.parametrize("make", [places_sqlite, docx, other_app_id,
                                  lambda p: p.write_text("notater\n", encoding="utf-8")])
def test_restore_over_a_foreign_file_is_refused_with_one_line(
        good_backup, tmp_path, capsys, make):
    folder = tmp_path / "foreign"
    folder.mkdir()
    target = folder / "places.sqlite"
    make(target)
    before = listing(folder)
    assert main(["backup", "restore", str(target), str(good_backup)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("digifelt: error: places.sqlite: ")
    assert "not replaced" in err
    assert err.count("\n") == 1
    assert listing(folder) == before  # byte-identical, nothing added beside it
    assert list_backups(target) == []


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(
    st.binary(min_size=1, max_size=400),
    st.builds(lambda app, rest: SQLITE_HEADER + bytes(52) + app.to_bytes(4, "big") + rest,
              st.integers(0, 2**32 - 1).filter(lambda a: a != APPLICATION_ID),
              st.binary(max_size=300))))
def test_any_file_that_is_not_a_project_is_never_replaced(good_backup, tmp_path, content):
    folder = tmp_path / "fuzz"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    target = folder / "file.digifelt"
    target.write_bytes(content)
    with pytest.raises(NotAProjectError):
        restore_backup(target, good_backup)
    assert listing(folder) == {"file.digifelt": content}


def test_a_damaged_or_missing_project_is_still_restored(good_backup, tmp_path):
    missing = tmp_path / "new.digifelt"
    assert restore_backup(missing, good_backup) is None
    garbage = tmp_path / "test.digifelt"  # backed up here before: it was a project
    garbage.write_bytes(os.urandom(5000))
    kept = restore_backup(garbage, good_backup)
    assert ".damaged-" in kept.name
    for restored in (missing, garbage):
        con = sqlite3.connect(restored)
        assert con.execute("SELECT title FROM activity").fetchall() == [("Fra backup",)]
        con.close()
