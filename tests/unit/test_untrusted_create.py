"""Making a project never replaces a file that appears under its name meanwhile, and the
file being made is readable by its owner only from its first byte."""

import hashlib
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from digifelt.core.errors import ProjectFileError
from digifelt.core.services import projects
from digifelt.storage.database import create_database, publish_new

EXISTING = b"someone else's project, made while ours was being built\n"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make(path: Path, template):
    return projects.create_project(path, template=template, title="Ny", organisation="Org")


@pytest.mark.parametrize("appears_as", ["file", "project", "symlink", "folder"])
def test_a_file_appearing_while_the_project_is_made_is_left_as_it_was(
        tmp_path, nb_template, monkeypatch, blank_project_file, appears_as):
    target = tmp_path / "x.digifelt"
    victim = tmp_path / "victim.txt"
    victim.write_bytes(EXISTING)
    real_copy = projects.copy_template
    modes = []

    def copy_and_race(session, template):
        real_copy(session, template)
        staging = [p for p in tmp_path.iterdir() if p.name.endswith(".creating")]
        modes.extend(stat.S_IMODE(p.stat().st_mode) for p in staging)
        if appears_as == "file":
            target.write_bytes(EXISTING)
        elif appears_as == "project":
            target.write_bytes(blank_project_file.read_bytes())
        elif appears_as == "symlink":
            target.symlink_to(victim)
        else:
            target.mkdir()

    monkeypatch.setattr(projects, "copy_template", copy_and_race)
    before = _digest(victim)
    with pytest.raises(ProjectFileError) as caught:
        _make(target, nb_template)
    message = str(caught.value)
    assert message == "x.digifelt: a file of that name appeared meanwhile; it was left as it was"
    if appears_as == "file":
        assert target.read_bytes() == EXISTING
    elif appears_as == "project":
        assert target.read_bytes() == blank_project_file.read_bytes()
    elif appears_as == "symlink":
        assert target.is_symlink()
        assert os.readlink(target) == str(victim)
    else:
        assert target.is_dir()
        assert list(target.iterdir()) == []
    assert _digest(victim) == before
    assert modes == [0o600]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["victim.txt", "x.digifelt"]


def test_a_project_is_made_readable_by_its_owner_only(tmp_path, nb_template):
    old = os.umask(0)
    try:
        db = _make(tmp_path / "p.digifelt", nb_template)
    finally:
        os.umask(old)
    db.close()
    assert stat.S_IMODE((tmp_path / "p.digifelt").stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.digifelt"]


def test_create_database_takes_the_name_exclusively(tmp_path):
    existing = tmp_path / "taken.digifelt"
    existing.write_bytes(EXISTING)
    with pytest.raises(ProjectFileError, match="^taken.digifelt: already exists"):
        create_database(existing)
    assert existing.read_bytes() == EXISTING
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.digifelt"]


def test_publishing_falls_back_to_claiming_the_name_where_links_are_unsupported(
        tmp_path, monkeypatch):
    def no_links(*_args):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    staging = tmp_path / ".s"
    staging.write_bytes(b"new")
    publish_new(staging, tmp_path / "free")
    assert (tmp_path / "free").read_bytes() == b"new"
    assert not staging.exists()
    staging.write_bytes(b"newer")
    (tmp_path / "taken").write_bytes(EXISTING)
    with pytest.raises(ProjectFileError, match="appeared meanwhile"):
        publish_new(staging, tmp_path / "taken")
    assert (tmp_path / "taken").read_bytes() == EXISTING


_CREATOR = textwrap.dedent("""
    import sys
    from digifelt.core.errors import ProjectFileError
    from digifelt.core.services.projects import create_project
    from digifelt.core.template import find_template
    t = find_template("digital-ståstedskartlegging-kommune")
    sys.stdin.readline()
    try:
        create_project(sys.argv[1], template=t, title=sys.argv[2], organisation="Org").close()
    except ProjectFileError as exc:
        print("refused:", exc, flush=True)
    else:
        print("made", flush=True)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="process start-up is slow there")
def test_two_processes_making_the_same_project_one_wins_the_other_says_so(tmp_path):
    target = tmp_path / "same.digifelt"
    procs = [subprocess.Popen([sys.executable, "-c", _CREATOR, str(target), f"title {i}"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for i in range(2)]
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.close()
    outs = [proc.stdout.read().strip() for proc in procs]
    for proc in procs:
        assert proc.wait(timeout=120) == 0
    assert sorted(o.split(":")[0] for o in outs) == ["made", "refused"]
    assert any(o.startswith("refused: same.digifelt: ") for o in outs)
    db = projects.open_project(target)
    try:
        assert projects.get_project(db).title in ("title 0", "title 1")
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["same.digifelt"]
