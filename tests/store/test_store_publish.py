"""Publishing to the organisation store, read back from a real PostgreSQL with SQL."""

import re
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from digifelt.cli import main

SCHEMA = "digifelt"


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    from digifelt.core.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "small.digifelt"
    generate_demo(path, size="small", seed=1)
    return path


def _participants(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM participant WHERE name IS NOT NULL")]


@pytest.fixture
def assessment(tmp_path, demo_file) -> Path:
    """The small demo with four more agreed findings, whose texts and chosen quote name a
    participant in other Unicode forms and cases."""
    from digifelt.api import Project

    path = tmp_path / "fjellvik.digifelt"
    shutil.copy(demo_file, path)
    # A name with a letter that has two Unicode forms (å, ø, æ): written decomposed below.
    name = next(n for n in _participants(path) if unicodedata.normalize("NFD", n) != n)
    assessor = _assessors(path)[0]
    first, last = name.split()[0], name.split()[-1]
    with Project.open(path, backup=False) as p:
        entry = p.add_entry(activity_id=_interview_id(path), text=(
            f"Vi snakket med {last.upper()} om planene. Rådmannen har styringen på plass."))
        excerpt = p.tag_excerpt(entry_id=entry.id, start=0, end=len(f"Vi snakket med "
                                                                    f"{last.upper()} om planene."),
                                indicators=["1.1"])
        p.update_finding(indicator="1.1", level=2, status="agreed",
                         strengths=f"{unicodedata.normalize('NFD', first)} leder arbeidet godt.",
                         improvements=f"Mangler plan (ifølge {first.lower()} {last}).",
                         actions="Lag en plan.", excerpt_ids=[excerpt.id])
        p.update_finding(indicator="1.2", level=3, status="agreed",
                         strengths=f"Godt forankret, sier {assessor.upper()}.")
        for code, level in (("2.1", 4), ("3.1", 1)):
            p.update_finding(indicator=code, level=level, status="agreed")
    return path


def _assessors(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM assessor ORDER BY name")]


def _interview_id(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id FROM activity WHERE kind = 'interview' "
                            "ORDER BY started_at LIMIT 1").fetchone()[0]


def _agreed(path: Path) -> dict[str, int | None]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute(
            "SELECT i.code, f.level FROM finding f JOIN indicator i ON i.id = f.indicator_id "
            "WHERE f.status = 'agreed'"))


def _rows(url: str, sql: str, **params) -> list:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), params).all()
    finally:
        engine.dispose()


def _text_values(url: str) -> list[str]:
    """Every value of every text column of every table of the store."""
    columns = _rows(url, "SELECT table_name, column_name FROM information_schema.columns "
                         "WHERE table_schema = :s AND data_type IN ('text', 'character varying')",
                    s=SCHEMA)
    values = []
    for table, column in columns:
        values += [r[0] for r in _rows(url, f'SELECT "{column}" FROM {SCHEMA}."{table}" '
                                            f'WHERE "{column}" IS NOT NULL')]
    return values


def _folded(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def _publish(path, url, capsys) -> str:
    assert main(["store", "publish", str(path), "--url", url]) == 0
    return capsys.readouterr().out


def test_publish_agreed_content_and_read_back(assessment, store, capsys):
    out = _publish(assessment, store, capsys)
    assert "published" in out
    agreed = _agreed(assessment)
    assert {"1.1", "1.2", "2.1", "3.1"} <= agreed.keys()
    assert len(agreed) > 4
    rows = dict(_rows(store, "SELECT indicator_code, level FROM digifelt.finding"))
    assert rows == agreed
    assert _rows(store, "SELECT DISTINCT status FROM digifelt.finding") == [("agreed",)]
    texts = _rows(store, "SELECT strengths, improvements, actions FROM digifelt.finding "
                         "WHERE indicator_code = '1.1'")[0]
    assert texts[2] == "Lag en plan."
    assert texts[0].endswith("leder arbeidet godt.")
    assert texts[1].startswith("Mangler plan")
    (title, org, rubric) = _rows(store, "SELECT a.title, o.name, a.rubric_template_id FROM "
                                        "digifelt.assessment a JOIN digifelt.organisation o "
                                        "ON o.id = a.organisation_id")[0]
    assert org == "Fjellvik kommune"
    assert rubric == "digital-ståstedskartlegging-kommune"
    with sqlite3.connect(assessment) as conn:
        n_indicators = conn.execute("SELECT count(*) FROM indicator").fetchone()[0]
        chosen = conn.execute(
            "SELECT count(*) FROM finding_excerpt fe JOIN finding f ON f.id = fe.finding_id "
            "WHERE f.status = 'agreed'").fetchone()[0]
        notes = [r[0] for r in conn.execute("SELECT text FROM entry WHERE length(text) > 200")]
        memos = [r[0] for r in conn.execute("SELECT memo FROM excerpt WHERE memo IS NOT NULL "
                                            "AND length(memo) > 20")]
    assert _rows(store, "SELECT count(*) FROM digifelt.indicator")[0][0] == n_indicators
    assert _rows(store, "SELECT count(*) FROM digifelt.quote")[0][0] == chosen > 0
    # Never raw notes or memos: no stored text holds a whole note of the file.
    values = _text_values(store)
    assert notes
    for note in notes + memos:
        assert not any(note in v for v in values)


def test_no_participant_or_assessor_name_in_any_text_column(assessment, store, capsys):
    _publish(assessment, store, capsys)
    values = [_folded(v) for v in _text_values(store)]
    names = _participants(assessment) + _assessors(assessment)
    assert len(names) > 10
    for name in names:
        for part in name.split():
            if len(part) < 3:
                continue
            word = re.compile(rf"(?<!\w){re.escape(_folded(part))}(?!\w)")
            assert not any(word.search(v) for v in values), part
    pseudonym = r"(Informant \d+|\[navn\])"
    (quote,) = _rows(store, "SELECT text FROM digifelt.quote WHERE text LIKE 'Vi snakket%'")
    assert re.fullmatch(rf"Vi snakket med {pseudonym} om planene\.", quote[0])
    strengths, improvements = _rows(store, "SELECT strengths, improvements FROM "
                                           "digifelt.finding WHERE indicator_code = '1.1'")[0]
    assert re.fullmatch(rf"{pseudonym} leder arbeidet godt\.", strengths)
    assert re.fullmatch(rf"Mangler plan \(ifølge {pseudonym}\)\.", improvements)
    with sqlite3.connect(assessment) as conn:
        initials = conn.execute("SELECT initials FROM assessor ORDER BY name").fetchone()[0]
    assert _rows(store, "SELECT strengths FROM digifelt.finding WHERE indicator_code = '1.2'"
                 ) == [(f"Godt forankret, sier {initials}.",)]


def test_counts_per_indicator_kind_and_group_leave_small_groups_out(assessment, store,
                                                                    capsys):
    from digifelt.core.services.matrix import evidence_matrices
    from digifelt.core.services.privacy import small_groups
    from digifelt.core.services.projects import open_project

    out = _publish(assessment, store, capsys)
    db = open_project(assessment)
    try:
        matrices = evidence_matrices(db)
        small = small_groups(db)
    finally:
        db.close()
    assert small, "the small demo has groups under the rule"
    names = dict(matrices["group"].columns)
    stored = {(code, dim, source): (total, s, g) for code, dim, source, total, s, g in _rows(
        store, "SELECT indicator_code, dimension, source, total, strengths, gaps "
               "FROM digifelt.evidence_count")}
    expected = {}
    for dim, matrix in matrices.items():
        for row in matrix.rows:
            for key, cell in row.cells.items():
                if cell.total and not (dim == "group" and key in small):
                    source = names[key] if dim == "group" and key in names and key not in (
                        k for k, _ in matrices["kind"].columns) else key
                    expected[(row.code, dim, source)] = (cell.total, cell.strengths, cell.gaps)
    assert stored == expected
    sources = {s for _c, _d, s in stored}
    for gid in small:
        assert names[gid] not in sources
    assert "Ledere" in sources
    assert "interview" in sources
    assert "small groups left out of the counts by group" in out
    basis = _rows(store, "SELECT code, evidence, kinds, groups, triangulated FROM "
                         "digifelt.indicator")
    by_code = {r.code: r for r in matrices["kind"].rows}
    for code, evidence, kinds, groups, tri in basis:
        row = by_code[code]
        assert (evidence, kinds, groups, tri) == (row.total.total, row.kinds, row.groups,
                                                  row.triangulated)


def test_publishing_again_updates_and_removes(assessment, store, capsys):
    from digifelt.api import Project

    _publish(assessment, store, capsys)
    before = {t: _rows(store, f"SELECT count(*) FROM digifelt.{t}")[0][0]
              for t in ("indicator", "finding", "quote", "evidence_count")}
    _publish(assessment, store, capsys)  # unchanged: the same rows, none twice
    assert before == {t: _rows(store, f"SELECT count(*) FROM digifelt.{t}")[0][0]
                      for t in before}
    with Project.open(assessment, backup=False) as p:
        p.update_finding(indicator="1.2", level=1)
        p.update_finding(indicator="2.1", status="draft")  # no longer agreed
        p.update_finding(indicator="1.1", excerpt_ids=[])  # its quote taken out
        p.update_project(title="Kartlegging 2026, endelig")
    out = _publish(assessment, store, capsys)
    assert out.startswith("updated")
    assert "removed" in out
    levels = dict(_rows(store, "SELECT indicator_code, level FROM digifelt.finding"))
    assert levels == _agreed(assessment)
    assert levels["1.2"] == 1
    assert "2.1" not in levels
    assert _rows(store, "SELECT count(*) FROM digifelt.quote WHERE indicator_code = '1.1'"
                 )[0][0] == 0
    assert _rows(store, "SELECT count(*) FROM digifelt.finding")[0][0] == before["finding"] - 1
    assert _rows(store, "SELECT count(*), count(DISTINCT (assessment_id, indicator_code)) "
                        "FROM digifelt.finding")[0] == (len(levels), len(levels))
    assert _rows(store, "SELECT title FROM digifelt.assessment") == [
        ("Kartlegging 2026, endelig",)]
    assert _rows(store, "SELECT count(*) FROM digifelt.assessment")[0][0] == 1


def test_renamed_organisation_replaces_the_old_name(assessment, store, capsys):
    from digifelt.api import Project

    _publish(assessment, store, capsys)
    with Project.open(assessment, backup=False) as p:
        p.update_project(organisation="Nye Fjellvik kommune")
    _publish(assessment, store, capsys)
    assert _rows(store, "SELECT name FROM digifelt.organisation") == [("Nye Fjellvik kommune",)]


def test_action_items_are_published_when_the_file_has_them(assessment, store, capsys):
    with sqlite3.connect(assessment) as conn:
        has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'action_item'").fetchone()
        if not has:
            pytest.skip("this version's project files have no action list")
        name = _participants(assessment)[0]
        ind = conn.execute("SELECT id FROM indicator WHERE code = '1.1'").fetchone()[0]
        conn.execute(
            "INSERT INTO action_item (id, created_at, updated_at, indicator_id, text, owner, "
            "due_date, status, notes, \"order\") VALUES ('a1', '2026-01-01 00:00:00', "
            "'2026-01-01 00:00:00', ?, 'Lag en plan', ?, '2026-06-01', 'planned', NULL, 0)",
            (ind, name))
    _publish(assessment, store, capsys)
    rows = _rows(store, "SELECT indicator_code, text, owner, status, due_date::text "
                        "FROM digifelt.action")
    assert len(rows) == 1
    code, words, owner, status, due = rows[0]
    assert (code, words, status, due) == ("1.1", "Lag en plan", "planned", "2026-06-01")
    assert name.split()[-1] not in owner
