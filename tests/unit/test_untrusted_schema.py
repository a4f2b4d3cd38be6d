"""A crafted project file is refused before any SQL of its own can run: every table, index,
trigger and view must be one digifelt's migrations create. Refusals leave the file
byte-identical and nothing beside it."""

import hashlib
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digifelt.errors import NotAProjectError
from digifelt.storage.file_check import inspect_file, normalise_sql
from digifelt.storage.known_schema import TABLES_AND_INDEXES

sys.path.insert(0, str(Path(__file__).parent))
from schema_catalog_source import module_text  # noqa: E402

BOMB = "length(randomblob(400000000)) > 0"
# Indexes and generated columns allow deterministic functions only.
SLOW = "length(hex(zeroblob(400000000))) > 0"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy(blank: Path, folder: Path, name: str = "crafted.digifelt") -> Path:
    path = folder / name
    shutil.copy(blank, path)
    return path


def _set_sql(path: Path, name: str, sql: str) -> None:
    """Change the CREATE text SQLite keeps, as a hand-edited file would."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA writable_schema=ON")
        con.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, name))
        con.commit()
    finally:
        con.close()


def _run(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    try:
        for stmt in statements:
            con.execute(stmt)
        con.commit()
    finally:
        con.close()


def _refused(path: Path, match: str) -> str:
    before, listing = _digest(path), sorted(p.name for p in path.parent.iterdir())
    started = time.perf_counter()
    with pytest.raises(NotAProjectError, match=match) as caught:
        inspect_file(path)
    assert time.perf_counter() - started < 5
    assert _digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path.name}: ")
    return message


def _entry_sql(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT sql FROM sqlite_master WHERE name='entry'").fetchone()[0]
    finally:
        con.close()


def test_the_catalog_is_what_the_migrations_create():
    shipped = Path(__file__).parents[2] / "digifelt" / "storage" / "known_schema.py"
    assert shipped.read_text(encoding="utf-8") == module_text(), (
        "regenerate: python tests/unit/schema_catalog_source.py > "
        "digifelt/storage/known_schema.py")


def test_a_fresh_project_passes(blank_project_file, tmp_path):
    path = _copy(blank_project_file, tmp_path)
    assert inspect_file(path).revision
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crafted.digifelt"]


@pytest.mark.parametrize("how", ["check", "default", "generated", "collate-func"])
def test_an_own_table_with_an_expression_added_is_refused(blank_project_file, tmp_path, how):
    path = _copy(blank_project_file, tmp_path)
    full = _entry_sql(path).rstrip()
    body = full[:-1]  # without the closing parenthesis
    column = "text VARCHAR NOT NULL"
    assert column in full
    crafted = {
        "check": f"{body}, CHECK ({BOMB}))",
        "default": full.replace(column, f"{column} DEFAULT (hex(randomblob(400000000)))"),
        "generated": full.replace(column, f"{column}, g AS ({SLOW})"),
        "collate-func": full.replace(column, f"{column} COLLATE NOCASE"),
    }[how]
    assert crafted != _entry_sql(path)
    _set_sql(path, "entry", crafted)
    _refused(path, r"contains a table \(entry\) that digifelt did not create")


@pytest.mark.parametrize(("stmt", "kind", "name"), [
    (f"CREATE INDEX evil ON entry(({SLOW}))", "index", "evil"),
    (f"CREATE INDEX ix_entry_question_id2 ON entry(question_id) WHERE {SLOW}",
     "index", "ix_entry_question_id2"),
    ("CREATE TABLE extra (x CHECK (randomblob(400000000)))", "table", "extra"),
    ("CREATE VIEW v AS SELECT * FROM entry", "view", "v"),
    ("CREATE TRIGGER t AFTER INSERT ON entry BEGIN DELETE FROM finding; END", "trigger", "t"),
    ("CREATE VIRTUAL TABLE other_fts USING fts5(body)", "table", "other_fts"),
])
def test_anything_added_to_the_schema_is_refused(blank_project_file, tmp_path, stmt, kind, name):
    path = _copy(blank_project_file, tmp_path)
    _run(path, stmt)
    _refused(path, rf"contains a {kind} \({name}\) that digifelt did not create")


def test_an_own_index_redefined_with_an_expression_is_refused(blank_project_file, tmp_path):
    path = _copy(blank_project_file, tmp_path)
    _run(path, "DROP INDEX ix_entry_activity_id",
         f"CREATE INDEX ix_entry_activity_id ON entry(activity_id, ({SLOW}))")
    _refused(path, r"contains a index \(ix_entry_activity_id\)")


def test_the_search_table_with_other_options_is_refused(blank_project_file, tmp_path):
    path = _copy(blank_project_file, tmp_path)
    _set_sql(path, "search_fts",
             "CREATE VIRTUAL TABLE search_fts USING fts5(body, tokenize='porter')")
    _refused(path, r"contains a table \(search_fts\)")


def test_a_name_with_control_characters_is_shown_on_one_line(blank_project_file, tmp_path):
    path = _copy(blank_project_file, tmp_path)
    _run(path, 'CREATE TABLE "evil\nline\x1b[31m" (x)')
    message = _refused(path, r"contains a table \(evil\?line\?\[31m\)")
    assert "\x1b" not in message


def test_a_file_without_a_schema_version_is_not_a_project(blank_project_file, tmp_path):
    path = _copy(blank_project_file, tmp_path)
    _run(path, "DROP TABLE alembic_version")
    _refused(path, r"^crafted.digifelt: not a digifelt project \(no schema version\)$")
    path2 = _copy(blank_project_file, tmp_path, "empty-version.digifelt")
    _run(path2, "DELETE FROM alembic_version")
    _refused(path2, r"not a digifelt project \(no schema version\)")


def test_statistics_from_analyze_are_accepted(blank_project_file, tmp_path):
    path = _copy(blank_project_file, tmp_path)
    _run(path, "ANALYZE")
    assert inspect_file(path).quick_check == "ok"


def test_the_crafted_check_is_never_evaluated(blank_project_file, tmp_path):
    """quick_check evaluates CHECK constraints on every row: the schema is screened first."""
    path = _copy(blank_project_file, tmp_path)
    con = sqlite3.connect(path)
    body = con.execute("SELECT sql FROM sqlite_master WHERE name='project'").fetchone()[0]
    con.close()
    # Evaluating this raises "integer overflow"; the file would then read as damaged.
    _set_sql(path, "project", f"{body.rstrip()[:-1]}, CHECK (abs(-9223372036854775808)))")
    _refused(path, r"contains a table \(project\)")


_TOKEN_GAP = st.sampled_from([" ", "  ", "\n", "\t", "\n\t", " \n "])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_only_white_space_may_differ(blank_project_file, tmp_path_factory, data):
    """Re-spaced CREATE texts are ours; any other change to a table's text is refused."""
    folder = tmp_path_factory.mktemp("fuzz")
    path = _copy(blank_project_file, folder)
    table = data.draw(st.sampled_from(sorted(
        n for n, (kind, texts) in TABLES_AND_INDEXES.items()
        if kind == "table" and texts[0] and not texts[0].startswith("CREATE VIRTUAL")
        and not n.startswith("search_fts_"))))
    con = sqlite3.connect(path)
    original = con.execute("SELECT sql FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
    con.close()
    words = original.split(" ")
    respaced = "".join(w + data.draw(_TOKEN_GAP) for w in words).strip()
    change = data.draw(st.sampled_from(["none", "check", "default", "word"]))
    if change == "check":
        # Before the closing parenthesis of the columns (a table may end WITHOUT ROWID).
        close = respaced.rindex(")")
        respaced = (respaced[:close].rstrip() + ", CHECK (" + data.draw(
            st.sampled_from(["1", BOMB, "zeroblob(1)", "random()"])) + ")" + respaced[close:])
    elif change == "default":
        respaced = respaced.replace(" NOT NULL", " DEFAULT (random()) NOT NULL", 1)
    elif change == "word":
        respaced = respaced.replace("VARCHAR", "BLOB", 1)
    _set_sql(path, table, respaced)
    if normalise_sql(respaced) == normalise_sql(original):
        assert inspect_file(path).quick_check == "ok"
    else:
        _refused(path, rf"contains a table \({table}\) that digifelt did not create")
