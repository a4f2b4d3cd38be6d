"""The demo reads as a team would write it: levels agree with their texts, quotes are about the
indicator they are chosen for and never repeated in an area, closing remarks hold for the
evidence, and area summaries give the spread of levels instead of an average."""

import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from digifelt.core.demo import generate_demo, scenes
from digifelt.core.demo.documents import DOCUMENTS
from digifelt.core.demo.texts import STATEMENTS


@pytest.fixture(autouse=True)
def _app_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("DIGIFELT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DIGIFELT_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("coherence")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DIGIFELT_DATA_DIR", str(root / "data"))
        mp.setenv("DIGIFELT_CONFIG_DIR", str(root / "config"))
        path = root / "demo.digifelt"
        generate_demo(path, size="small", seed=1)
        yield path


def rows(path: Path, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute(sql, args).fetchall()


STRENGTH_TEXTS = {s.text for s in STATEMENTS if s.valence == "strength"}
GAP_TEXTS = {s.text for s in STATEMENTS if s.valence == "gap"}


def known_topics() -> dict[str, set[str]]:
    """Text → the indicators the demo's sources write it about."""
    topics: dict[str, set[str]] = defaultdict(set)
    for st in (*STATEMENTS, *scenes.CHANGE_ONE_THING, *scenes.SERVICE_DESK):
        topics[st.text].add(st.code)
    for doc in DOCUMENTS:
        for _prefix, notes in doc.entries:
            for note in notes:
                topics[note.text].add(note.codes[0])
        for quote in doc.quotes:
            topics[quote.text].add(quote.codes[0])
    return topics


def findings(path: Path) -> list[dict]:
    out = []
    for f_id, code, area, level, strengths, improvements in rows(path, (
            "SELECT f.id, i.code, a.code, f.level, f.strengths, f.improvements FROM finding f "
            "JOIN indicator i ON i.id = f.indicator_id JOIN area a ON a.id = i.area_id")):
        quotes = rows(path, (
            "SELECT x.id, x.text, x.valence, x.entry_id FROM finding_excerpt fe "
            'JOIN excerpt x ON x.id = fe.excerpt_id WHERE fe.finding_id = ? ORDER BY fe."order"'),
            f_id)
        out.append(dict(id=f_id, code=code, area=area, level=level, strengths=strengths or "",
                        improvements=improvements or "", quotes=quotes))
    return out


def sentences_in(text: str, pool) -> list[str]:
    return [s for s in pool if s in text]


def check_levels_agree_with_texts(path: Path) -> None:
    levels = [r[0] for r in rows(path, "SELECT value FROM scale_level ORDER BY value")]
    lowest, top = levels[0], levels[-1]
    seen = set()
    for f in findings(path):
        seen.add(f["level"])
        if f["level"] == lowest:
            assert not sentences_in(f["strengths"], STRENGTH_TEXTS), f
            assert not sentences_in(f["strengths"], scenes.FINDING_TAILS), f
            assert not [q for q in f["quotes"] if q[2] == "strength"], f
            assert sentences_in(f["improvements"], GAP_TEXTS), f
        if f["level"] == top:
            assert not sentences_in(f["improvements"], GAP_TEXTS), f
            assert not [q for q in f["quotes"] if q[2] == "gap"], f
            assert sentences_in(f["strengths"], STRENGTH_TEXTS), f
    assert {lowest, top} <= seen  # both ends of the scale are exercised


def check_quotes_are_on_topic_and_unique(path: Path) -> None:
    topics = known_topics()
    question_topic = dict(rows(path, (
        "SELECT e.id, i.code FROM entry e JOIN question_indicator qi ON qi.question_id = "
        'e.question_id JOIN indicator i ON i.id = qi.indicator_id WHERE qi."order" = 0')))
    per_area: dict[str, list[str]] = defaultdict(list)
    quoted = 0
    for f in findings(path):
        ids = [q[0] for q in f["quotes"]]
        texts = [q[1] for q in f["quotes"]]
        assert len(set(ids)) == len(ids), f
        assert len(set(texts)) == len(texts), f
        per_area[f["area"]] += texts
        for x_id, text, _valence, entry_id in f["quotes"]:
            tagged = {r[0] for r in rows(path, (
                "SELECT i.code FROM excerpt_indicator ei JOIN indicator i ON i.id = "
                "ei.indicator_id WHERE ei.excerpt_id = ?"), x_id)}
            assert f["code"] in tagged, (f["code"], text)
            about = topics.get(text) or {question_topic.get(entry_id)}
            assert f["code"] in about, (f["code"], text, about)
            quoted += 1
    for area, texts in per_area.items():
        repeated = {t for t in texts if texts.count(t) > 1}
        assert not repeated, (area, repeated)
    assert quoted


def check_closing_remarks_hold(path: Path) -> None:
    confirmed, documents, both, varies = scenes.FINDING_TAILS
    used = 0
    for f in findings(path):
        evidence = rows(path, (
            "SELECT x.valence, a.kind, (SELECT group_concat(g.name) FROM activity_group ag "
            "JOIN respondent_group g ON g.id = ag.group_id WHERE ag.activity_id = a.id) "
            "FROM excerpt_indicator ei JOIN excerpt x ON x.id = ei.excerpt_id "
            "JOIN activity a ON a.id = x.activity_id JOIN indicator i ON i.id = ei.indicator_id "
            "WHERE i.code = ?"), f["code"])
        for tail in sentences_in(f["strengths"], scenes.FINDING_TAILS):
            used += 1
            if tail == confirmed:
                groups = {g for v, k, names in evidence if v == "strength" and k == "interview"
                          for g in (names or "").split(",") if g}
                assert len(groups) >= 2, (f["code"], tail, groups)
            elif tail == documents:
                assert any(v == "strength" and k == "document_review" for v, k, _ in evidence)
            elif tail == both:
                assert {"interview", "document_review"} <= {k for _, k, _ in evidence}, f
            elif tail == varies:
                assert {"strength", "gap"} <= {v for v, _, _ in evidence}, f
    assert used  # the remarks are still there where they hold


def check_area_summaries(path: Path) -> None:
    labels = dict(rows(path, "SELECT value, label FROM scale_level"))
    for area, summary, strengths, improvements in rows(path, (
            "SELECT a.code, s.summary, s.strengths, s.improvements FROM area_summary s "
            "JOIN area a ON a.id = s.area_id")):
        lowered = summary.lower()
        for word in ("snitt", "gjennomsnitt", "sterkest", "svakest"):
            assert word not in lowered, (area, summary)
        levels = [r[0] for r in rows(path, (
            "SELECT f.level FROM finding f JOIN indicator i ON i.id = f.indicator_id "
            "JOIN area a ON a.id = i.area_id WHERE a.code = ?"), area)]
        for value, label in labels.items():
            assert (f"på nivå {value} («{label}»)" in summary) == (value in levels), summary
        assert strengths or improvements


def test_levels_agree_with_their_texts(small):
    check_levels_agree_with_texts(small)


def test_quotes_are_on_topic_and_never_repeated_in_an_area(small):
    check_quotes_are_on_topic_and_unique(small)


def test_closing_remarks_hold_for_the_evidence(small):
    check_closing_remarks_hold(small)


def test_area_summaries_give_the_spread_not_an_average(small):
    check_area_summaries(small)


@pytest.mark.slow
def test_the_large_demo_is_coherent_too(tmp_path):
    path = tmp_path / "large.digifelt"
    generate_demo(path, size="large", seed=1)
    check_levels_agree_with_texts(path)
    check_quotes_are_on_topic_and_unique(path)
    check_area_summaries(path)
