"""A healthy project that cannot be written where it lies (read-only folder or medium) is
read by read jobs and refused in one line by write jobs; it is never called damaged. Looking
at a file, accepted or refused, creates nothing beside it.

Tests run as root here and in CI, and root ignores permission bits: the read-only folder
tests take the identity of `nobody` for the duration (real and effective ids, so os.access
sees it too), keeping root as the saved id to come back to.
"""

import contextlib
import hashlib
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from digifelt import cli
from digifelt.core.services import activities, entries, projects, search
from digifelt.errors import NotAProjectError, ProjectFileError
from digifelt.storage.database import ProjectDamagedError, ProjectReadOnlyError, inspect_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
NOBODY = 65534
FOLDER_MESSAGE = "the folder is read-only; copy the project somewhere you can write"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@contextlib.contextmanager
def as_nobody():
    if os.geteuid() != 0:
        yield  # an ordinary user: the permission bits apply already
        return
    os.setresgid(NOBODY, NOBODY, 0)
    os.setresuid(NOBODY, NOBODY, 0)
    try:
        yield
    finally:
        os.setresuid(0, 0, 0)
        os.setresgid(0, 0, 0)


def _give_away(path: Path) -> None:
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)


@pytest.fixture
def shelf(blank_project_file, monkeypatch):
    """(read-only folder with a healthy project in it, a writable folder for output)."""
    base = Path(tempfile.mkdtemp(prefix="digifelt-ro-"))
    base.chmod(0o755)
    folder, out, home = base / "ro", base / "out", base / "home"
    for d in (folder, out, home):
        d.mkdir()
        _give_away(d)
    path = folder / "p.digifelt"
    shutil.copy(blank_project_file, path)
    db = projects.open_project(path)
    try:
        act = activities.add_activity(db, kind="interview", title="Ledermøte")
        entries.add_entry(db, activity_id=act.id, text="Vi bruker skytjenester for arkiv")
    finally:
        db.close()
    path.chmod(0o600)
    _give_away(path)
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists()
    monkeypatch.setenv("DIGIFELT_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("DIGIFELT_CONFIG_DIR", str(home / "config"))
    folder.chmod(0o555)
    yield folder, out
    folder.chmod(0o755)
    shutil.rmtree(base, ignore_errors=True)


def _warm_up(tmp_path: Path, blank_project_file: Path, bundle: Path, capsys) -> None:
    """Run every command once as root first: `nobody` cannot read the interpreter's own
    folder here, so each lazily imported module must be loaded already."""
    copy = tmp_path / "warm.digifelt"
    shutil.copy(blank_project_file, copy)
    for argv in (["search", str(copy), "arkiv"], ["check", str(copy)],
                 ["privacy", "status", str(copy)],
                 ["report", str(copy), "-o", str(tmp_path / "w.docx")],
                 ["bundle", "export", str(copy), "-o", str(tmp_path / "w.zip")],
                 ["matrix", str(copy), "-o", str(tmp_path / "w.csv")],
                 ["bundle", "import", str(copy), str(bundle)],
                 ["check", "--repair", str(copy)],
                 ["new", str(tmp_path / "n.digifelt"), "--rubric",
                  "digital-ståstedskartlegging-kommune", "--title", "T", "--organisation", "O"],
                 ["privacy", "erase-notes", str(copy), "--yes"]):
        cli.main(argv)
    capsys.readouterr()


def test_the_test_really_cannot_write_the_folder(shelf):
    folder, _out = shelf
    with as_nobody():
        assert not os.access(folder, os.W_OK)
        with pytest.raises(PermissionError):
            (folder / "probe").write_bytes(b"")


def test_a_read_only_folder_is_not_damage_and_nothing_is_created(shelf):
    folder, _out = shelf
    path = folder / "p.digifelt"
    before, listing = _digest(path), _listing(folder)
    with as_nobody():
        state = inspect_file(path)
        db = projects.open_project(path)
        try:
            assert db.read_only == FOLDER_MESSAGE
            assert projects.get_project(db).title == "Kartlegging"
            [hit] = search.search(db, "skytjenester")
            assert "skytjenester" in hit.snippet_marked("[", "]")
            with pytest.raises(ProjectReadOnlyError) as caught:
                activities.add_activity(db, kind="interview", title="Ny")
            # Plain SQL too: with and without a search-index trigger behind the table.
            for sql in ("DELETE FROM entry", "UPDATE project SET title = 'x'"):
                with pytest.raises(ProjectReadOnlyError), db.transaction() as s:
                    s.execute(text(sql))
        finally:
            db.close()
        with pytest.raises(ProjectFileError) as editing:
            projects.open_for_editing(path, backup=False)
    assert state.quick_check == "ok"
    assert str(caught.value) == f"p.digifelt: {FOLDER_MESSAGE}"
    assert str(editing.value) == f"p.digifelt: {FOLDER_MESSAGE}"
    assert _digest(path) == before
    assert _listing(folder) == listing


def test_read_jobs_work_and_write_jobs_say_one_line(shelf, tmp_path, blank_project_file, capsys):
    folder, out = shelf
    path = folder / "p.digifelt"
    bundle = out / "in.zip"
    assert cli.main(["bundle", "export", str(blank_project_file), "-o", str(bundle)]) == 0
    _give_away(bundle)
    _warm_up(tmp_path, blank_project_file, bundle, capsys)
    before, listing = _digest(path), _listing(folder)
    with as_nobody():
        reads = {
            "search": cli.main(["search", str(path), "skytjenester"]),
            "check": cli.main(["check", str(path)]),
            "status": cli.main(["privacy", "status", str(path)]),
            "report": cli.main(["report", str(path), "-o", str(out / "r.docx")]),
            "bundle": cli.main(["bundle", "export", str(path), "-o", str(out / "b.zip")]),
            "matrix": cli.main(["matrix", str(path), "-o", str(out / "m.csv")]),
        }
        read_output = capsys.readouterr()
        writes = {
            "erase": cli.main(["privacy", "erase-notes", str(path), "--yes"]),
            "import": cli.main(["bundle", "import", str(path), str(bundle)]),
            "repair": cli.main(["check", "--repair", str(path)]),
            "new": cli.main(["new", str(folder / "n.digifelt"), "--rubric",
                             "digital-ståstedskartlegging-kommune", "--title", "T",
                             "--organisation", "O"]),
        }
        write_output = capsys.readouterr()
    assert reads == dict.fromkeys(reads, 0), read_output.err
    assert "damaged" not in read_output.out + read_output.err
    assert "skytjenester" in read_output.out
    assert {p.name for p in out.iterdir()} >= {"r.docx", "b.zip", "m.csv"}
    assert writes == dict.fromkeys(writes, 1), write_output.err
    errors = write_output.err.strip().splitlines()
    assert errors == [f"digifelt: error: p.digifelt: {FOLDER_MESSAGE}"] * 3 + [
        "digifelt: error: n.digifelt: the folder is read-only; choose one you can write"]
    assert _digest(path) == before
    assert _listing(folder) == listing


def test_changes_waiting_in_a_wal_are_named_not_called_damage(shelf):
    folder, _out = shelf
    folder.chmod(0o755)
    path = folder / "p.digifelt"
    # A crash left changes in the WAL (no -shm: copied from elsewhere).
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE project SET title = 'etter krasj'")
    con.commit()
    wal = Path(f"{path}-wal")
    shutil.copy(path, folder / "p2.digifelt")
    shutil.copy(wal, folder / "p2.digifelt-wal")
    con.close()
    crashed = folder / "p2.digifelt"
    for p in folder.iterdir():
        _give_away(p)
    assert Path(f"{crashed}-wal").stat().st_size > 0
    folder.chmod(0o555)
    before, listing = _digest(crashed), _listing(folder)
    with as_nobody(), pytest.raises(ProjectReadOnlyError) as caught:
        inspect_file(crashed)
    assert str(caught.value) == (
        "p2.digifelt: the folder is read-only, and p2.digifelt-wal holds changes not yet "
        "written into the file; copy both files somewhere you can write")
    assert _digest(crashed) == before
    assert _listing(folder) == listing


def _foreign_wal_database(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    con.commit()
    con.close()


def _zeroed_page(path: Path, blank: Path) -> None:
    data = bytearray(blank.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    data[page * 2: page * 3] = bytes(page)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["foreign-wal-db", "zeroed-page", "foreign-trigger", "healthy"])
def test_looking_at_a_file_creates_nothing_beside_it(tmp_path, blank_project_file, kind):
    path = tmp_path / "f.digifelt"
    if kind == "foreign-wal-db":
        _foreign_wal_database(path)
    elif kind == "zeroed-page":
        _zeroed_page(path, blank_project_file)
    else:
        shutil.copy(blank_project_file, path)
        if kind == "foreign-trigger":
            con = sqlite3.connect(path)
            con.execute("CREATE TRIGGER spy AFTER INSERT ON entry BEGIN SELECT 1; END")
            con.commit()
            con.close()
    before = _digest(path)
    assert _listing(tmp_path) == ["f.digifelt"]
    if kind == "healthy":
        assert inspect_file(path).quick_check == "ok"
    else:
        with pytest.raises((NotAProjectError, ProjectDamagedError)):
            inspect_file(path)
    assert _listing(tmp_path) == ["f.digifelt"]
    assert _digest(path) == before


def test_a_check_that_had_to_create_a_shm_removes_it_when_refusing(tmp_path, blank_project_file):
    """A WAL with changes is read through -shm; a refused file keeps nothing of ours."""
    path = tmp_path / "f.digifelt"
    _foreign_wal_database(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
    con.commit()
    shutil.copy(path, tmp_path / "g.digifelt")
    shutil.copy(f"{path}-wal", tmp_path / "g.digifelt-wal")
    con.close()
    crashed = tmp_path / "g.digifelt"
    listing = _listing(tmp_path)
    with pytest.raises(NotAProjectError):
        inspect_file(crashed)
    assert _listing(tmp_path) == listing


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dev-null", "socket"])
def test_a_special_file_under_a_project_name_is_refused_without_waiting(tmp_path, kind):
    import socket
    import threading

    path = tmp_path / "s.digifelt"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
    else:
        path.symlink_to("/dev/zero" if kind == "dev-zero" else "/dev/null")
    outcome = []

    def look() -> None:
        try:
            inspect_file(path)
        except ProjectFileError as exc:
            outcome.append(str(exc))

    worker = threading.Thread(target=look, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "the check is waiting on a special file"
    assert outcome == ["s.digifelt: not a regular file (a device, pipe or socket)"]
    assert _listing(tmp_path) == ["s.digifelt"]
