"""Connection recipe, transactions, file inspection and refusal of foreign or damaged files."""

import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from digifelt.errors import NotAProjectError, ProjectFileError, ProjectTooNewError
from digifelt.storage.database import (
    ProjectDamagedError,
    create_database,
    inspect_file,
    open_database,
)
from digifelt.storage.engine import APPLICATION_ID


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_follow_the_recipe(tmp_path):
    db = create_database(tmp_path / "p.digifelt")
    with db.engine.connect() as conn:
        value = {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in (
            "journal_mode", "synchronous", "foreign_keys", "busy_timeout", "secure_delete",
            "application_id")}
    db.close()
    assert value == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                     "busy_timeout": 5000, "secure_delete": 1, "application_id": APPLICATION_ID}


def test_failed_transaction_changes_nothing(project):
    from digifelt.core.models import RespondentGroup

    def fail_midway():
        with project.transaction() as s:
            s.add(RespondentGroup(name="Midlertidig"))
            s.flush()
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fail_midway()
    with project.transaction() as s:
        names = s.execute(text("SELECT name FROM respondent_group")).scalars().all()
    assert "Midlertidig" not in names


def test_savepoint_rollback_undoes_only_inner_work(project):
    from digifelt.core.models import RespondentGroup

    with project.transaction() as s:
        s.add(RespondentGroup(name="Ytre"))
        s.flush()
        nested = s.begin_nested()
        s.add(RespondentGroup(name="Indre"))
        s.flush()
        nested.rollback()
    with project.transaction() as s:
        names = set(s.execute(text("SELECT name FROM respondent_group")).scalars())
    assert "Ytre" in names
    assert "Indre" not in names


def test_commits_are_visible_to_a_fresh_connection(project):
    from digifelt.core.services.people import add_group

    add_group(project, name="Innbyggere i Guovdageaidnu")
    con = sqlite3.connect(project.path)
    names = {r[0] for r in con.execute("SELECT name FROM respondent_group")}
    con.close()
    assert "Innbyggere i Guovdageaidnu" in names


@pytest.mark.parametrize(("content", "error", "words"), [
    (b"", NotAProjectError, "empty"),
    (b"hello, I am a text file", NotAProjectError, "not a digifelt project"),
    (b"SQLite format 3\x00" + b"\xff" * 200, ProjectDamagedError, "damaged"),
])
def test_non_projects_are_refused(tmp_path, content, error, words):
    path = tmp_path / "x.digifelt"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(error, match=words):
        open_database(path)
    assert digest(path) == before


def test_plain_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(NotAProjectError, match="not a digifelt project"):
        open_database(path)
    assert digest(path) == before
    assert not (tmp_path / "other.db-wal").exists()


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProjectFileError, match="no such file"):
        open_database(tmp_path / "nope.digifelt")
    with pytest.raises(ProjectFileError, match="folder"):
        open_database(tmp_path)


def test_truncated_project_is_reported_damaged(tmp_path):
    from digifelt.core.demo import generate_demo

    path = tmp_path / "demo.digifelt"
    generate_demo(path, size="small", seed=3)
    data = path.read_bytes()
    cut = tmp_path / "cut.digifelt"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProjectFileError):
        open_database(cut)


def test_newer_schema_is_refused_and_file_left_untouched(tmp_path):
    path = tmp_path / "future.digifelt"
    create_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(ProjectTooNewError, match="newer digifelt"):
        open_database(path)
    assert digest(path) == before


def test_foreign_trigger_is_refused(tmp_path):
    path = tmp_path / "evil.digifelt"
    create_database(path).close()
    con = sqlite3.connect(path)
    con.execute("CREATE TRIGGER evil AFTER INSERT ON entry BEGIN DELETE FROM finding; END")
    con.commit()
    con.close()
    with pytest.raises(NotAProjectError, match="did not create"):
        inspect_file(path)


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "a.digifelt"
    path.write_text("precious")
    with pytest.raises(ProjectFileError, match="already exists"):
        create_database(path)
    assert path.read_text() == "precious"


def test_new_files_are_private(tmp_path):
    path = tmp_path / "p.digifelt"
    create_database(path).close()
    assert path.stat().st_mode & 0o077 == 0


def test_close_checkpoints_the_wal(project):
    from digifelt.core.services.people import add_group

    add_group(project, name="Ledere i skolen")
    project.close()
    wal = project.path.with_name(project.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_reads_neither_block_nor_wait_for_a_writer(project):
    import time

    from digifelt.core.services.people import list_groups

    other = sqlite3.connect(project.path, isolation_level=None, timeout=0.1)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    other.execute("INSERT INTO respondent_group (id, created_at, updated_at, name) "
                  "VALUES ('x', '2026-01-01', '2026-01-01', 'Uncommitted')")
    started = time.perf_counter()
    names = {g.name for g in list_groups(project)}
    assert time.perf_counter() - started < 1
    assert "Uncommitted" not in names  # a snapshot of committed data only
    other.execute("ROLLBACK")
    other.close()


def test_list_excerpts_by_ids_keeps_order_beyond_the_variable_limit(project):
    from digifelt.core.services import activities, entries, excerpts, rubric

    ind = rubric.rubric_tree(project)[0].indicators[0]
    act = activities.add_activity(project, kind="interview", title="Mange")
    entry = entries.add_entry(project, activity_id=act.id, text="abcdef")
    made = [excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=3,
                                 indicator_ids=[ind.id]).excerpt.id for _ in range(3)]
    wanted = [made[2], made[0]] + [f"missing-{n}" for n in range(40_000)]
    got = excerpts.list_excerpts(project, ids=wanted)
    assert [v.excerpt.id for v in got] == [made[2], made[0]]
    assert all(v.indicator_ids == [ind.id] for v in got)
