"""Demo projects: counts, excerpt anchors, determinism, `check`, privacy of names, search."""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from digifelt.core.demo import DemoStats, generate_demo
from digifelt.core.errors import ProjectFileError, ValidationError
from digifelt.core.services.check import check_project
from digifelt.core.services.projects import open_project
from digifelt.core.services.search import search

GROUPS = ("Folkevalgte", "Ledere", "Ansatte", "Tillitsvalgte")
VISIT_WEEK = (datetime(2026, 9, 7, tzinfo=UTC), datetime(2026, 9, 19, tzinfo=UTC))


@pytest.fixture(autouse=True)
def _app_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("DIGIFELT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DIGIFELT_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> tuple[Path, DemoStats]:
    root = tmp_path_factory.mktemp("small")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DIGIFELT_DATA_DIR", str(root / "data"))
        mp.setenv("DIGIFELT_CONFIG_DIR", str(root / "config"))
        path = root / "fjellvik.digifelt"
        yield path, generate_demo(path, size="small", seed=1)


def _rows(path: Path, sql: str, *args) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _one(path: Path, sql: str, *args):
    return _rows(path, sql, *args)[0][0]


def content_hash(path: Path) -> str:
    """Every row of every table except the schema version, independent of row order."""
    digest = hashlib.sha256()
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name != 'alembic_version' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(repr(r) for r in con.execute(f'SELECT * FROM "{table}"')):
                digest.update(row.encode())
    finally:
        con.close()
    return digest.hexdigest()


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_small_demo_has_a_visit_week(small):
    path, stats = small
    kinds = dict(_rows(path, "SELECT kind, count(*) FROM activity GROUP BY kind"))
    assert kinds == {"interview": 8, "observation": 3, "document_review": 6, "survey": 2,
                     "workshop": 1}
    per_group = dict(_rows(path, (
        "SELECT g.name, count(*) FROM activity a JOIN activity_group ag ON ag.activity_id = a.id "
        "JOIN respondent_group g ON g.id = ag.group_id WHERE a.kind = 'interview' "
        "GROUP BY g.name")))
    assert per_group == dict.fromkeys(GROUPS, 2)
    assert 120 <= stats.excerpts <= 180
    assert stats.attachments == 2
    assert stats.activities == 20
    assert stats.findings == _one(path, "SELECT count(*) FROM indicator")
    assert stats.participants == _one(path, "SELECT count(*) FROM participant") > 0
    assert stats.tags == _one(path, "SELECT count(*) FROM excerpt_indicator")
    assert stats.file_size == path.stat().st_size
    assert _one(path, "SELECT title FROM project") == "Digital ståstedskartlegging 2026"
    assert _one(path, "SELECT count(*) FROM assessor") == 3


def test_interviews_follow_their_group_guide(small):
    path, _ = small
    interviews = _rows(path, (
        "SELECT a.id, a.status, a.headcount, a.started_at, a.ended_at, g.template_key, rg.name "
        "FROM activity a JOIN guide g ON g.id = a.guide_id "
        "JOIN activity_group ag ON ag.activity_id = a.id "
        "JOIN respondent_group rg ON rg.id = ag.group_id WHERE a.kind = 'interview'"))
    assert len(interviews) == 8
    for act_id, status, headcount, started, ended, guide_key, group in interviews:
        assert status == "done"
        assert guide_key == f"intervju-{group.lower()}"
        assert 4 <= headcount <= 8
        people = _rows(path, (
            "SELECT p.name, p.role, rg.name FROM activity_participant ap "
            "JOIN participant p ON p.id = ap.participant_id "
            "JOIN respondent_group rg ON rg.id = p.group_id WHERE ap.activity_id = ?"), act_id)
        assert len(people) == headcount
        assert all(name and role and g == group for name, role, g in people)
        assert VISIT_WEEK[0] <= _when(started) < _when(ended) <= VISIT_WEEK[1]
        assert _one(path, "SELECT count(*) FROM activity_assessor WHERE activity_id = ?",
                    act_id) == 2
        answered = _rows(path, (
            "SELECT e.question_id, q.guide_id = a.guide_id FROM entry e "
            "JOIN activity a ON a.id = e.activity_id "
            "LEFT JOIN guide_question q ON q.id = e.question_id WHERE e.activity_id = ?"), act_id)
        questions = _one(path, "SELECT count(*) FROM guide_question q JOIN activity a "
                               "ON a.guide_id = q.guide_id WHERE a.id = ?", act_id)
        assert all(qid and same for qid, same in answered)
        assert len(answered) > questions * 0.6


def test_observations_and_document_reviews(small):
    path, _ = small
    for (act_id,) in _rows(path, "SELECT id FROM activity WHERE kind = 'observation'"):
        offsets = [r[0] for r in _rows(
            path, 'SELECT offset_s FROM entry WHERE activity_id = ? ORDER BY "order"', act_id)]
        assert offsets
        assert all(o is not None for o in offsets)
        assert offsets == sorted(offsets)
        assert len(set(offsets)) == len(offsets)
    reviews = _rows(path, (
        "SELECT id, doc_title, doc_type, doc_date, doc_owner, doc_reference, doc_attachment_id "
        "FROM activity WHERE kind = 'document_review'"))
    assert len(reviews) == 6
    assert all(all(r[1:6]) for r in reviews)
    titles = " ".join(r[1] for r in reviews)
    for word in ("samfunnsdel", "Handlingsprogram", "Digitaliseringsstrategi", "Årsrapport",
                 "ROS", "Arkivplan"):
        assert word in titles
    with_pdf = [r for r in reviews if r[6]]
    assert len(with_pdf) == 1
    pages = _rows(path, "SELECT page, start, entry_id FROM excerpt WHERE page IS NOT NULL")
    assert pages
    assert all(p >= 1 and s is None and e is None for p, s, e in pages)


def test_attachments_are_real_files(small):
    path, _ = small
    rows = _rows(path, (
        "SELECT t.id, t.filename, t.media_type, t.size, t.caption, t.activity_id, b.sha256, "
        "b.size, b.data, a.kind, a.doc_attachment_id FROM attachment t "
        "JOIN blob b ON b.sha256 = t.sha256 JOIN activity a ON a.id = t.activity_id"))
    assert len(rows) == 2
    by_type = {r[2]: r for r in rows}
    for row in rows:
        assert hashlib.sha256(row[8]).hexdigest() == row[6]
        assert row[3] == row[7] == len(row[8])
    png = by_type["image/png"]
    assert png[9] == "observation"
    assert png[4]
    data = png[8]
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert data.endswith(b"IEND\xaeB`\x82")
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR"
    assert zlib.crc32(data[12:16 + length]) == struct.unpack(
        ">I", data[16 + length:20 + length])[0]
    pdf = by_type["application/pdf"]
    assert pdf[9] == "document_review"
    assert pdf[10] == pdf[0]
    assert pdf[8].startswith(b"%PDF-1.4")
    assert pdf[8].rstrip().endswith(b"%%EOF")
    assert _one(path, "SELECT count(*) FROM blob") == 2


def test_every_excerpt_is_its_entry_span(small):
    path, _ = small
    rows = _rows(path, (
        'SELECT x.text, x.start, x."end", e.text, x.activity_id, e.activity_id, x.kind, '
        "x.valence FROM excerpt x JOIN entry e ON e.id = x.entry_id"))
    assert len(rows) > 100
    for quoted, start, end, body, x_act, e_act, kind, valence in rows:
        assert 0 <= start < end <= len(body)
        assert body[start:end] == quoted
        assert x_act == e_act
        assert kind in ("quote", "paraphrase")
        assert valence in ("strength", "gap", "neutral")
    tags = [r[0] for r in _rows(path, "SELECT count(*) FROM excerpt_indicator GROUP BY excerpt_id")]
    assert len(tags) == _one(path, "SELECT count(*) FROM excerpt")
    assert all(1 <= n <= 2 for n in tags)
    starred = _one(path, "SELECT avg(starred) FROM excerpt")
    assert 0.1 <= starred <= 0.3
    assert _one(path, "SELECT count(*) FROM excerpt WHERE memo IS NOT NULL") >= 2


def test_findings_cover_every_indicator_with_evidence(small):
    path, _ = small
    levels = {r[0] for r in _rows(path, "SELECT value FROM scale_level")}
    findings = _rows(path, (
        "SELECT i.id, f.id, f.level, f.strengths, f.improvements, f.actions, f.status "
        "FROM indicator i LEFT JOIN finding f ON f.indicator_id = i.id"))
    for ind_id, f_id, level, strengths, improvements, actions, status in findings:
        assert f_id is not None
        assert level in levels
        assert status in ("draft", "agreed")
        assert strengths
        assert improvements
        assert actions
        support = _rows(path, (
            "SELECT fe.excerpt_id, EXISTS (SELECT 1 FROM excerpt_indicator ei "
            "WHERE ei.excerpt_id = fe.excerpt_id AND ei.indicator_id = ?) "
            'FROM finding_excerpt fe WHERE fe.finding_id = ? ORDER BY fe."order"'), ind_id, f_id)
        assert 1 <= len(support) <= 3
        assert all(tagged for _, tagged in support)
    assert _one(path, "SELECT count(*) FROM area_summary") == _one(
        path, "SELECT count(*) FROM area")


def test_same_seed_gives_the_same_content(tmp_path):
    a, b, c = tmp_path / "a.digifelt", tmp_path / "b.digifelt", tmp_path / "c.digifelt"
    generate_demo(a, seed=7)
    generate_demo(b, seed=7)
    generate_demo(c, seed=8)
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(c)


def test_small_demo_passes_check(small):
    report = check_project(small[0])
    assert report.ok, report.lines()


def test_participant_names_never_appear_in_notes(small):
    path, _ = small
    names = [r[0] for r in _rows(path, "SELECT name FROM participant")]
    assert "Kari Nordmann" in names
    texts = [r[0] for r in _rows(path, (
        "SELECT text FROM entry UNION ALL SELECT text || ' ' || coalesce(memo, '') FROM excerpt "
        "UNION ALL SELECT coalesce(strengths, '') || coalesce(improvements, '') "
        "|| coalesce(actions, '') FROM finding UNION ALL SELECT title FROM activity"))]
    notes = "\n".join(texts)
    assert [name for name in names if name in notes] == []
    assert {r[0] for r in _rows(path, "SELECT name FROM assessor")}.isdisjoint(names)


def test_search_finds_demo_words(small):
    db = open_project(small[0])
    try:
        assert search(db, "strategi")
        assert search(db, "Guovdageaidnu")
        assert search(db, "pårørende")
    finally:
        db.close()


def test_refuses_an_existing_file(tmp_path):
    path = tmp_path / "taken.digifelt"
    path.write_bytes(b"mine")
    with pytest.raises(ProjectFileError):
        generate_demo(path)
    assert path.read_bytes() == b"mine"


def test_unknown_size_creates_nothing(tmp_path):
    path = tmp_path / "huge.digifelt"
    with pytest.raises(ValidationError):
        generate_demo(path, size="huge")
    assert not path.exists()


@pytest.mark.slow
def test_large_demo_for_benchmarks(tmp_path):
    path = tmp_path / "large.digifelt"
    stats = generate_demo(path, size="large", seed=1)
    assert stats.activities >= 200
    assert stats.entries >= 6000
    assert stats.excerpts >= 20_000
    assert stats.tags >= 40_000
    assert stats.attachments == 100
    assert stats.findings == _one(path, "SELECT count(*) FROM indicator")
    assert stats.participants > 0
    sizes = [r[0] for r in _rows(path, "SELECT size FROM attachment")]
    assert len(sizes) == 100
    assert min(sizes) >= 190 * 1024
    assert _one(path, "SELECT count(DISTINCT sha256) FROM attachment") == 100
    longest = _one(path, "SELECT max(length(text)) FROM entry")
    assert longest > 25_000
    assert _one(path, (
        "SELECT count(*) FROM finding f WHERE NOT EXISTS (SELECT 1 FROM finding_excerpt fe "
        "WHERE fe.finding_id = f.id)")) == 0
    report = check_project(path)
    assert report.ok, report.lines()
