"""Erasing raw notes reaches every copy digifelt made of the project, even after a crash.

Copies under test: backups taken under an earlier name and under another hard-link name, a
half-written backup, the `.damaged-*` file a real restore keeps, a restore's leftover staging
file. After the erasure the raw bytes of every file in the data folder, the project folder
and TMPDIR are searched for the erased words.
"""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from digifelt.core.services import (
    activities,
    entries,
    excerpts,
    findings,
    people,
    privacy,
    projects,
    rubric,
)
from digifelt.storage import copies, erasure
from digifelt.storage.backup import list_backups, restore_backup, take_backup
from digifelt.storage.paths import data_dir

NOTE_MARK = b"ERASEME-NOTE-7f3a"
NAME_MARK = b"Erasemeperson"
OTHER_MARK = b"KEEPME-OTHER-91c2"
KEPT_QUOTE = "Vi har en god plan"


def fill(path: Path, note_mark: bytes = NOTE_MARK, name_mark: bytes = NAME_MARK) -> None:
    """A participant, a note holding the marker, one quote chosen for a finding."""
    db = projects.open_project(path)
    try:
        ind = rubric.rubric_tree(db)[0].indicators[0]
        group = people.list_groups(db)[0]
        person = people.add_participant(db, group_id=group.id,
                                        name=f"Kari {name_mark.decode()}")
        act = activities.add_activity(db, kind="interview", title="Intervju",
                                      participant_ids=[person.id])
        text = f"{KEPT_QUOTE}. {note_mark.decode()} fortalte om budsjettet."
        entry = entries.add_entry(db, activity_id=act.id, text=text)
        chosen = excerpts.tag_excerpt(db, entry_id=entry.id, start=0, end=len(KEPT_QUOTE),
                                      indicator_ids=[ind.id])
        excerpts.tag_excerpt(db, entry_id=entry.id, start=len(KEPT_QUOTE) + 2,
                             end=len(KEPT_QUOTE) + 2 + len(note_mark), indicator_ids=[ind.id])
        findings.update_finding(db, ind.id, level=3, strengths="Plan finnes",
                                excerpt_ids=[chosen.excerpt.id])
    finally:
        db.close()


def files_under(*roots: Path) -> list[Path]:
    out = []
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            out += [Path(folder) / n for n in names]
    return out


def holding(marker: bytes, *roots: Path) -> list[Path]:
    """Files whose raw bytes hold `marker` (as UTF-8, or UTF-16 as SQLite may store text)."""
    forms = (marker, marker.decode().encode("utf-16-le"))
    hits = []
    for item in files_under(*roots):
        try:
            data = item.read_bytes()
        except OSError:
            continue
        if any(form in data for form in forms):
            hits.append(item)
    return hits


def cli(*args: str, tmpdir: Path, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "TMPDIR": str(tmpdir)}
    result = subprocess.run([sys.executable, "-m", "digifelt", *args], capture_output=True,
                            text=True, env=env, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    path.write_bytes(bytes(data))


@pytest.fixture
def scene(tmp_path, blank_project_file):
    """A project with notes and copies of it in every place digifelt ever puts one."""
    folder = tmp_path / "work"
    folder.mkdir()
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    old = folder / "old-name.digifelt"
    shutil.copy(blank_project_file, old)
    fill(old)
    take_backup(old, "before-import")
    take_backup(old, "before-repair")
    # Half-written backup of a process killed while copying.
    half = list_backups(old)[0].path.with_name("20260101T000000000000Z-periodic.partial")
    shutil.copy(list_backups(old)[0].path, half)
    project = folder / "project.digifelt"
    os.replace(old, project)
    good = take_backup(project, "manual")
    damage(project)
    kept = restore_backup(project, good)  # keeps project.digifelt.damaged-<time>
    assert ".damaged-" in kept.name
    alias = folder / "alias.digifelt"
    os.link(project, alias)
    take_backup(alias, "on-open")
    staging = folder / ".project.digifelt.restoring"
    shutil.copy(good, staging)
    Path(f"{staging}-wal").write_bytes(b"wal frame " + NOTE_MARK)
    other = folder / "other.digifelt"
    shutil.copy(blank_project_file, other)
    con = sqlite3.connect(other)  # another assessment (a plain copy would be the same one)
    con.execute("UPDATE project SET id = '00000000-0000-4000-8000-0000000000aa'")
    con.commit()
    con.close()
    fill(other, OTHER_MARK, b"Otherperson")
    take_backup(other, "on-open")
    roots = (data_dir(), folder, tmpdir)
    assert len(holding(NOTE_MARK, *roots)) >= 8
    return {"project": project, "alias": alias, "other": other, "tmpdir": tmpdir,
            "roots": roots, "kept": kept, "staging": staging}


def test_erasure_reaches_every_copy_and_names_each(scene):
    result = cli("privacy", "erase-notes", str(scene["project"]), "--yes",
                 tmpdir=scene["tmpdir"])
    assert holding(NOTE_MARK, *scene["roots"]) == []
    assert holding(NAME_MARK, *scene["roots"]) == []
    # Another project's notes and backups are none of this erasure's business.
    assert len(holding(OTHER_MARK, *scene["roots"])) == 2
    out = result.stdout
    assert f"deleted damaged copy {scene['kept']}\n" in out
    assert f"deleted unfinished copy {scene['staging']} (left by an interrupted restore)" \
        in result.stderr
    assert out.count("deleted backup ") == 5  # four backups and one half-written
    assert "5 backups and 1 other copies" in out
    # The quote chosen for the report is kept by design, with its words only.
    con = sqlite3.connect(scene["project"])
    try:
        assert con.execute("SELECT text, entry_id FROM excerpt").fetchall() == [
            (KEPT_QUOTE, None)]
        assert con.execute("SELECT count(*) FROM entry").fetchone() == (0,)
    finally:
        con.close()
    assert erasure.pending() == []
    assert copies.registered(copies.project_id_of(scene["project"])) == []


def test_erasure_in_process_reports_every_copy(scene):
    db = projects.open_for_editing(scene["project"], backup=False)
    try:
        result = privacy.erase_raw_notes(db)
    finally:
        db.close()
    kinds = sorted({c.kind for c in result.copies})
    assert kinds == ["backup", "damaged", "staging"]
    assert result.backups_removed == 5
    assert all(not c.path.exists() for c in result.copies)
    assert holding(NOTE_MARK, *scene["roots"]) == []


KILL_CHILD = """
import os, signal, sys
from digifelt.storage import copies, erasure
point = sys.argv[2]

def then_die(fn):
    def wrapped(*args):
        fn(*args)
        os.kill(os.getpid(), signal.SIGKILL)
    return wrapped

def die(*args):
    os.kill(os.getpid(), signal.SIGKILL)

if point == "before-commit":    # the marker is written, the transaction never starts
    erasure.begin = then_die(erasure.begin)
elif point == "at-commit":      # committed, but the marker does not say so yet
    erasure.committed = die
elif point == "after-commit":   # committed and marked, no copy deleted yet
    erasure.committed = then_die(erasure.committed)
else:                           # some copies deleted, the rest not
    real, count = copies.destroy, [0]
    def destroy_some(path):
        count[0] += 1
        if count[0] > 2:
            die()
        return real(path)
    copies.destroy = destroy_some
from digifelt.cli import main
main(["privacy", "erase-notes", sys.argv[1], "--yes"])
"""


@pytest.mark.parametrize("point",
                         ["before-commit", "at-commit", "after-commit", "while-deleting"])
def test_a_killed_erasure_is_finished_on_the_next_start_and_the_user_told(scene, point):
    env = {**os.environ, "TMPDIR": str(scene["tmpdir"])}
    child = subprocess.run([sys.executable, "-c", KILL_CHILD, str(scene["project"]), point],
                           capture_output=True, text=True, env=env, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert len(erasure.pending()) == 1
    after = cli("backup", "list", str(scene["project"]), tmpdir=scene["tmpdir"])
    assert erasure.pending() == []
    if point == "before-commit":
        # Killed before the commit: nothing was erased, and the copies rightly stay.
        assert "interrupted before it took effect; nothing was erased" in after.stderr
        assert holding(NOTE_MARK, scene["project"].parent)
        assert list_backups(scene["project"])
        return
    assert "finished an interrupted erasure of raw notes in project.digifelt" in after.stderr
    assert holding(NOTE_MARK, *scene["roots"]) == []
    assert "no backups of project.digifelt" in after.stdout


def test_a_killed_erasure_is_finished_when_the_project_is_opened_after_a_move(scene):
    env = {**os.environ, "TMPDIR": str(scene["tmpdir"])}
    child = subprocess.run([sys.executable, "-c", KILL_CHILD, str(scene["project"]),
                            "after-commit"], capture_output=True, text=True, env=env,
                           timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    moved = scene["project"].parent / "renamed.digifelt"
    for suffix in ("", "-wal", "-shm"):  # the killed process's commit is still in its WAL
        os.replace(f"{scene['project']}{suffix}", f"{moved}{suffix}")
    # Its copies are found by the id inside them and by the registry, not by its new name.
    db = projects.open_for_editing(moved, backup=False)
    try:
        done = privacy.finish_interrupted_erasure(db)
    finally:
        db.close()
    assert done.erased
    assert {c.kind for c in done.copies} == {"backup", "damaged"}  # staging: gone already
    assert holding(NOTE_MARK, *scene["roots"]) == []
    assert erasure.pending() == []


def test_a_new_data_folder_takes_the_registry_and_pending_erasures_along(
        scene, tmp_path, monkeypatch):
    from digifelt.storage.backup import move_backups
    from digifelt.storage.paths import set_data_dir

    project_id = copies.project_id_of(scene["project"])
    erasure.begin(project_id, scene["project"])
    old = data_dir()
    new = tmp_path / "new-data"
    assert copies.registered(project_id)
    move_backups(old, new)
    monkeypatch.setenv("DIGIFELT_DATA_DIR", str(new))
    set_data_dir(new)
    assert [c.kind for c in copies.registered(project_id)] == ["damaged"]
    assert [p.project_id for p in erasure.pending()] == [project_id]
    assert not any((old / "erasure-pending").glob("*.json"))


@pytest.mark.parametrize("job", ["report", "bundle-export", "search"])
def test_any_job_finishes_a_killed_erasure_before_it_reads_the_project(scene, job, tmp_path):
    """A report, bundle or search made after a killed erasure must not carry erased notes from
    a backup or damaged copy the erasure had not reached yet."""
    env = {**os.environ, "TMPDIR": str(scene["tmpdir"])}
    child = subprocess.run([sys.executable, "-c", KILL_CHILD, str(scene["project"]),
                            "after-commit"], capture_output=True, text=True, env=env,
                           timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert len(erasure.pending()) == 1
    args = {"report": ("report", str(scene["project"]), "-o", str(tmp_path / "r.docx")),
            "bundle-export": ("bundle", "export", str(scene["project"]), "-o",
                              str(tmp_path / "b.zip")),
            "search": ("search", str(scene["project"]), "ERASEME")}[job]
    after = cli(*args, tmpdir=scene["tmpdir"])
    assert "finished an interrupted erasure of raw notes in project.digifelt" in after.stderr
    assert erasure.pending() == []
    assert holding(NOTE_MARK, *scene["roots"]) == []
