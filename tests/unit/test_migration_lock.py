"""A schema upgrade always holds the one-writer lock and follows a before-migration backup,
whichever job finds the older file: a read job (`report`) as much as `check --repair`."""

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from digifelt.cli import main
from digifelt.storage import migrate
from digifelt.storage.backup import list_backups
from digifelt.storage.lock import ProjectLock, ProjectLockedError
from digifelt.storage.schema_version import SCHEMA_HEAD

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"


def revision(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def old_file(tmp_path):
    path = tmp_path / "gammel.digifelt"
    shutil.copy(FIXTURES / "v0003.digifelt", path)
    assert revision(path) != SCHEMA_HEAD
    return path


@pytest.fixture
def lock_seen(monkeypatch, old_file):
    """Records, at the moment of every upgrade, whether the file's lock could be taken."""
    seen = []
    real = migrate.upgrade_to_head

    def watched(engine, target="head"):
        try:
            ProjectLock(old_file).acquire()
        except ProjectLockedError:
            seen.append("held")
        else:
            seen.append("FREE")
        return real(engine, target)

    monkeypatch.setattr(migrate, "upgrade_to_head", watched)
    return seen


JOBS = {
    "report": lambda path, out: ["report", str(path), "-o", str(out), "--template", "built-in"],
    "check --repair": lambda path, _out: ["check", "--repair", str(path)],
}


@pytest.mark.parametrize("job", list(JOBS))
def test_an_old_file_is_upgraded_under_the_lock_after_its_backup(
        old_file, tmp_path, lock_seen, job):
    old_revision = revision(old_file)
    assert main(JOBS[job](old_file, tmp_path / "r.docx")) in (0, 1)
    assert lock_seen == ["held"]
    assert revision(old_file) == SCHEMA_HEAD
    reasons = [b.reason for b in list_backups(old_file)]
    assert "before-migration" in reasons
    before = next(b for b in list_backups(old_file) if b.reason == "before-migration")
    assert revision(before.path) == old_revision  # taken before, not after, the upgrade
    if job == "check --repair":  # the repair's own backup is of the upgraded file
        assert reasons.index("before-repair") < reasons.index("before-migration")


@pytest.mark.parametrize("job", list(JOBS))
def test_an_old_file_open_elsewhere_is_refused_untouched(old_file, tmp_path, capsys, job):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import time; from digifelt.storage.lock import ProjectLock; "
         f"l = ProjectLock({str(old_file)!r}); l.acquire(); print('locked', flush=True); "
         "time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = digest(old_file)
        assert main(JOBS[job](old_file, tmp_path / "r.docx")) == 1
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err
    assert err.startswith("digifelt: error: gammel.digifelt: already open in digifelt")
    assert err.count("\n") == 1
    assert digest(old_file) == before
    assert list_backups(old_file) == []
    assert not (tmp_path / "r.docx").exists()
