"""The one-writer lock holds whatever name the project is reached by, and what lies at the
lock file's place is never written through."""

import hashlib
import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from digifelt.storage import lock as lock_module
from digifelt.storage.lock import (
    LockFileRefusedError,
    ProjectLock,
    ProjectLockedError,
    lock_path,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and FIFOs")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "real.digifelt"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    return path


@posix_only
@pytest.mark.parametrize("alias_kind", ["symlink", "hardlink", "folder-symlink", "dotted-path"])
def test_a_second_name_for_the_project_meets_the_same_lock(tmp_path, project_file, alias_kind):
    if alias_kind == "symlink":
        alias = tmp_path / "alias.digifelt"
        alias.symlink_to(project_file)
    elif alias_kind == "hardlink":
        alias = tmp_path / "hard.digifelt"
        os.link(project_file, alias)
    elif alias_kind == "folder-symlink":
        (tmp_path / "elsewhere").symlink_to(tmp_path)
        alias = tmp_path / "elsewhere" / project_file.name
    else:
        (tmp_path / "sub").mkdir()
        alias = tmp_path / "sub" / ".." / project_file.name
    with ProjectLock(project_file), \
            pytest.raises(ProjectLockedError, match=f"process {os.getpid()} on"):
        ProjectLock(alias).acquire()
    # and the other way round
    with ProjectLock(alias), pytest.raises(ProjectLockedError, match="already open in digifelt"):
        ProjectLock(project_file).acquire()
    with ProjectLock(project_file) as lock:
        assert lock.held


@posix_only
def test_editing_through_a_link_is_refused_while_the_real_file_is_open(tmp_path, project):
    from digifelt.core.services.projects import open_for_editing

    hard = tmp_path / "hard-alias.digifelt"
    os.link(project.path, hard)
    soft = tmp_path / "soft-alias.digifelt"
    soft.symlink_to(project.path)
    path = project.path
    project.close()
    db = open_for_editing(path, backup=False)
    try:
        before = _digest(path)
        for alias in (hard, soft):
            with pytest.raises(ProjectLockedError, match="already open"):
                open_for_editing(alias, backup=False)
        assert _digest(path) == before
    finally:
        db.close()


@posix_only
@pytest.mark.parametrize("plant", ["symlink", "dangling-symlink", "hardlink", "fifo", "folder",
                                   "symlink-to-folder"])
def test_whatever_is_planted_at_the_lock_path_is_refused_and_left_alone(tmp_path, project_file,
                                                                         plant):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious bytes that must survive\n")
    victim_sum, project_sum = _digest(victim), _digest(project_file)
    planted = lock_path(project_file)
    if plant == "symlink":
        planted.symlink_to(victim)
    elif plant == "dangling-symlink":
        planted.symlink_to(tmp_path / "would-be-created.txt")
    elif plant == "hardlink":
        os.link(victim, planted)
    elif plant == "fifo":
        os.mkfifo(planted)
    elif plant == "folder":
        planted.mkdir()
    else:
        (tmp_path / "dir").mkdir()
        planted.symlink_to(tmp_path / "dir")
    before = _listing(tmp_path)
    with pytest.raises(LockFileRefusedError) as caught:
        ProjectLock(project_file).acquire()
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("real.digifelt: real.digifelt.lock is ")
    assert "nothing was changed" in message
    assert _digest(victim) == victim_sum
    assert _digest(project_file) == project_sum
    assert _listing(tmp_path) == before
    assert not (tmp_path / "would-be-created.txt").exists()
    # The per-machine lock taken first was given back.
    with pytest.raises(LockFileRefusedError):
        ProjectLock(project_file).acquire()


@posix_only
def test_a_refused_lock_leaves_nothing_in_the_lock_folder(tmp_path, project_file):
    os.mkfifo(lock_path(project_file))
    with pytest.raises(LockFileRefusedError):
        ProjectLock(project_file).acquire()
    locks = Path(os.environ["DIGIFELT_DATA_DIR"]) / "locks"
    assert not locks.exists() or list(locks.iterdir()) == []


def test_a_released_lock_leaves_no_lock_files(tmp_path, project_file):
    with ProjectLock(project_file):
        assert lock_path(project_file).exists()
    assert _listing(tmp_path) == ["real.digifelt"]
    locks = Path(os.environ["DIGIFELT_DATA_DIR"]) / "locks"
    assert list(locks.iterdir()) == []


def test_lock_files_are_private(project_file):
    with ProjectLock(project_file):
        assert lock_path(project_file).stat().st_mode & 0o077 == 0
        locks = Path(os.environ["DIGIFELT_DATA_DIR"]) / "locks"
        assert locks.stat().st_mode & 0o077 == 0


_CONTENDER = textwrap.dedent("""
    import sys, time
    from digifelt.storage.lock import ProjectLock, ProjectLockedError
    lock = ProjectLock(sys.argv[1])
    sys.stdin.readline()            # everyone starts together
    try:
        lock.acquire()
    except ProjectLockedError:
        print("busy", flush=True)
        sys.exit(0)
    print("got", flush=True)
    sys.stdin.readline()            # hold until told to stop
    lock.release()
""")


@posix_only
@pytest.mark.parametrize("round_", range(3))
def test_processes_racing_through_different_names_get_one_writer(tmp_path, project_file,
                                                                  round_):
    names = [project_file]
    for i in range(2):
        soft = tmp_path / f"soft{i}.digifelt"
        soft.symlink_to(project_file)
        hard = tmp_path / f"hard{i}.digifelt"
        os.link(project_file, hard)
        names += [soft, hard]
    procs = [subprocess.Popen([sys.executable, "-c", _CONTENDER, str(name)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for name in names]
    try:
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        answers = [proc.stdout.readline().strip() for proc in procs]
    finally:
        for proc in procs:
            try:
                proc.stdin.write("stop\n")
                proc.stdin.close()
            except OSError:
                pass
        for proc in procs:
            proc.wait(timeout=60)
    assert sorted(answers) == ["busy"] * (len(names) - 1) + ["got"]
    assert all(proc.returncode == 0 for proc in procs)


@posix_only
def test_the_holder_is_told_whichever_lock_refused(tmp_path, project_file):
    hard = tmp_path / "hard.digifelt"
    os.link(project_file, hard)
    with ProjectLock(project_file):
        with pytest.raises(ProjectLockedError) as caught:
            ProjectLock(hard).acquire()  # refused by the per-machine lock
        assert caught.value.holder == (str(os.getpid()), socket.gethostname())


@posix_only
def test_a_holder_written_by_someone_else_stays_on_one_line(project_file):
    with ProjectLock(project_file):
        with open(lock_path(project_file), "r+b") as fh:
            fh.truncate(0)
            fh.write(json.dumps({"pid": "1\nforged line", "host": "h\x1b[2J" + "x" * 500})
                     .encode())
        with pytest.raises(ProjectLockedError) as caught:
            # the file beside the project, as a process on another machine reads it
            lock_module._take(lock_path(project_file), project_file.name)
    message = str(caught.value)
    assert "\n" not in message
    assert "\x1b" not in message
    assert len(message) < 250
