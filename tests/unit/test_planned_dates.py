"""Planned times stay apart from actual ones: capture sets the actual start and end, an older
file's times are sorted into the two by the upgrade, and the report gives the actual date, else
the planned one."""

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from docx import Document

from digifelt.core.services import activities, entries, people
from digifelt.core.services.projects import open_project
from digifelt.exports.report import write_report

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"


def _at(day: int, hour: int = 12) -> datetime:
    # Noon UTC: the same calendar day in every time zone the tests run in.
    return datetime(2026, 9, day, hour, tzinfo=UTC)


def test_starting_keeps_the_planned_time_and_sets_the_actual_one_once(project):
    a = activities.add_activity(project, kind="interview", title="Ledere",
                                planned_start=_at(1, 7), planned_end=_at(1, 8))
    assert (a.status, a.started_at) == ("planned", None)
    started = activities.start_activity(project, a.id, at=_at(2, 1))
    assert started.status == "in_progress"
    assert (started.planned_start, started.planned_end) == (_at(1, 7), _at(1, 8))
    assert started.started_at == _at(2, 1)
    again = activities.start_activity(project, a.id, at=_at(3))
    assert again.started_at == _at(2, 1)  # typing on another day never moves it
    done = activities.finish_activity(project, a.id, at=_at(2, 3))
    assert (done.status, done.started_at, done.ended_at) == ("done", _at(2, 1), _at(2, 3))
    assert done.planned_start == _at(1, 7)
    assert activities.reported_dates(done) == (_at(2, 1), _at(2, 3))


def test_marked_done_without_notes_gets_its_actual_start_then(project):
    a = activities.add_activity(project, kind="observation", title="Møte",
                                planned_start=_at(4))
    done = activities.finish_activity(project, a.id, at=_at(5))
    assert (done.started_at, done.ended_at, done.planned_start) == (_at(5), _at(5), _at(4))


@pytest.mark.parametrize(("planned", "actual", "expected"), [
    ((None, None), (None, None), (None, None)),
    ((_at(1, 7), _at(1, 8)), (None, None), (_at(1, 7), _at(1, 8))),
    ((_at(1, 7), _at(1, 8)), (_at(2, 9), None), (_at(2, 9), None)),  # never a mix
    ((None, None), (_at(2, 9), _at(2, 10)), (_at(2, 9), _at(2, 10))),
])
def test_reported_dates_are_actual_else_planned(project, planned, actual, expected):
    a = activities.add_activity(project, kind="interview", title="X",
                                planned_start=planned[0], planned_end=planned[1],
                                started_at=actual[0], ended_at=actual[1])
    assert activities.reported_dates(a) == expected


def test_a_duplicate_keeps_the_plan_but_not_what_happened(project):
    me = people.add_assessor(project, name="Åse Ødegård", initials="ÅØ")
    a = activities.add_activity(project, kind="interview", title="Ansatte",
                                planned_start=_at(1), started_at=_at(2), ended_at=_at(2, 13),
                                info_letter_given=True, consent_given=True, consent_by=me.id)
    copy = activities.duplicate_activity(project, a.id).id
    c = activities.get_activity(project, copy).activity
    assert c.planned_start == _at(1)
    assert (c.started_at, c.ended_at, c.consent_given, c.consent_by) == (None, None, None, None)


def test_plan_order_uses_the_actual_else_the_planned_time(project):
    late = activities.add_activity(project, kind="interview", title="A", planned_start=_at(9))
    early = activities.add_activity(project, kind="interview", title="B", planned_start=_at(3))
    held = activities.add_activity(project, kind="interview", title="C", started_at=_at(5))
    order = [v.activity.id for v in activities.list_activities(project)]
    assert order == [early.id, held.id, late.id]


def _table_texts(path: Path) -> list[list[str]]:
    return [[c.text for c in row.cells] for t in Document(path).tables for row in t.rows]


def test_the_report_dates_an_activity_by_its_actual_day_else_its_planned_day(project, tmp_path):
    typed_next_day = activities.add_activity(project, kind="interview", title="Ledermøtet",
                                             planned_start=_at(1, 7), planned_end=_at(1, 8))
    entries.add_entry(project, activity_id=typed_next_day.id, text="Vi har en strategi.")
    activities.start_activity(project, typed_next_day.id, at=_at(2))
    activities.finish_activity(project, typed_next_day.id, at=_at(2, 14))
    activities.add_activity(project, kind="observation", title="Kommunestyret",
                            planned_start=_at(17))
    out = tmp_path / "rapport.docx"
    write_report(project, out)
    rows = _table_texts(out)
    led = next(r for r in rows if "Ledermøtet" in r)
    assert "2.9.2026" in led
    assert not any("1.9.2026" in cell for cell in led)
    council = next(r for r in rows if "Kommunestyret" in r)
    assert "17.9.2026" in council
    text = "\n".join(p.text for p in Document(out).paragraphs)
    assert "1.9.2026" not in text  # the method period too: the interview was held on the 2nd


def _insert_activity(con, activity_id: str, kind: str, title: str, start: str, end: str):
    con.execute("INSERT INTO activity (id, created_at, updated_at, kind, title, status, "
                "started_at, ended_at) VALUES (?, ?, ?, ?, ?, 'planned', ?, ?)",
                (activity_id, start, start, kind, title, start, end))


def test_upgrading_keeps_times_with_notes_as_actual_and_others_as_planned(tmp_path):
    path = tmp_path / "v0007.digifelt"
    shutil.copy(FIXTURES / path.name, path)
    con = sqlite3.connect(path)
    with con:
        held = con.execute("SELECT id FROM activity WHERE title = 'Intervju 🙂'").fetchone()[0]
        review = con.execute("SELECT id FROM activity WHERE title = 'Plan'").fetchone()[0]
        con.execute("UPDATE activity SET started_at = '2026-09-02 01:41:00.000000', "
                    "ended_at = '2026-09-02 02:30:00.000000' WHERE id IN (?, ?)",
                    (held, review))
        _insert_activity(con, "00000000-0000-4000-8000-000000000001", "interview",
                         "Ikke holdt", "2026-09-10 07:00:00.000000",
                         "2026-09-10 08:00:00.000000")
        # An entry left empty is not notes.
        _insert_activity(con, "00000000-0000-4000-8000-000000000002", "observation",
                         "Tom", "2026-09-11 07:00:00.000000", None)
        con.execute("INSERT INTO entry (id, created_at, updated_at, activity_id, text, "
                    "\"order\") VALUES ('00000000-0000-4000-8000-000000000003', "
                    "'2026-09-01 00:00:00', '2026-09-01 00:00:00', "
                    "'00000000-0000-4000-8000-000000000002', '', 0)")
    con.close()
    db = open_project(path)
    try:
        by_title = {v.activity.title: v.activity for v in activities.list_activities(db)}
    finally:
        db.close()
    for title in ("Intervju 🙂", "Plan"):  # notes; page excerpts
        a = by_title[title]
        assert (a.started_at, a.ended_at) == (datetime(2026, 9, 2, 1, 41, tzinfo=UTC),
                                              datetime(2026, 9, 2, 2, 30, tzinfo=UTC))
        assert a.planned_start is None
    unheld = by_title["Ikke holdt"]
    assert (unheld.started_at, unheld.ended_at) == (None, None)
    assert (unheld.planned_start, unheld.planned_end) == (
        datetime(2026, 9, 10, 7, tzinfo=UTC), datetime(2026, 9, 10, 8, tzinfo=UTC))
    empty = by_title["Tom"]
    assert (empty.started_at, empty.planned_start) == (
        None, datetime(2026, 9, 11, 7, tzinfo=UTC))


def test_the_upgraded_fixture_carries_consent_and_one_interviews_question(tmp_path):
    from digifelt.core.services import guides

    path = tmp_path / "v0008.digifelt"
    shutil.copy(FIXTURES / path.name, path)
    db = open_project(path)
    try:
        by_title = {v.activity.title: v.activity for v in activities.list_activities(db)}
        held, planned = by_title["Intervju 🙂"], by_title["Planlagt"]
        assert (held.info_letter_given, held.consent_given) == (True, True)
        assert held.consent_by == people.list_assessors(db)[0].id
        assert planned.planned_start == datetime(2026, 9, 1, 7, tzinfo=UTC)
        texts = [q.question.text for q in guides.get_guide(
            db, held.guide_id, activity_id=held.id).questions]
        assert texts == ["Felles spørsmål", "Bare her?"]
        assert [q.question.text for q in guides.get_guide(
            db, planned.guide_id, activity_id=planned.id).questions] == ["Felles spørsmål"]
    finally:
        db.close()


def test_consent_names_an_assessor_and_invitations_are_counts(project):
    from digifelt.core.errors import DigifeltError

    a = activities.add_activity(project, kind="interview", title="X")
    with pytest.raises(DigifeltError):
        activities.update_activity(project, a.id, consent_by="no-such-assessor")
    for bad in ({"Ansatte": -1}, {"Ansatte": "12"}, ["Ansatte"], {"Ansatte": True}):
        with pytest.raises(DigifeltError):
            activities.update_activity(project, a.id, survey_invited=bad)
    activities.update_activity(project, a.id, survey_invited={"Ansatte": 40, "Ledere": 0})
    assert activities.get_activity(project, a.id).activity.survey_invited == {
        "Ansatte": 40, "Ledere": 0}


def test_the_scripting_api_adds_a_question_to_one_activity(project):
    from digifelt.api import Project

    p = Project(project)
    guide = p.add_guide(kind="interview", title="Guide")
    a = p.add_activity(kind="interview", title="A", guide_id=guide.id)
    b = p.add_activity(kind="interview", title="B", guide_id=guide.id)
    p.add_question(guide_id=guide.id, text="Felles?", indicators=["1.1"])
    p.add_question(guide_id=guide.id, text="Bare A?", activity_id=a.id)
    from digifelt.core.services import guides

    def texts(activity_id):
        return [q.question.text for q in guides.get_guide(
            project, guide.id, activity_id=activity_id).questions]

    assert (texts(a.id), texts(b.id), texts(None)) == (
        ["Felles?", "Bare A?"], ["Felles?"], ["Felles?"])
    p.undo()
    assert texts(a.id) == ["Felles?"]


def _schema_0008_project(db):
    from digifelt.core.services import guides

    me = people.add_assessor(db, name="Åse Ødegård", initials="ÅØ")
    guide = guides.add_guide(db, kind="interview", title="Guide")
    a = activities.add_activity(db, kind="interview", title="Ledere", guide_id=guide.id,
                                planned_start=_at(1, 7), planned_end=_at(1, 8),
                                info_letter_given=True, consent_given=False, consent_by=me.id,
                                survey_invited={"Ansatte": 120, "Ledere": 9})
    activities.start_activity(db, a.id, at=_at(2, 1))
    question = guides.add_question(db, guide_id=guide.id, text="Bare her?", activity_id=a.id)
    entries.add_entry(db, activity_id=a.id, question_id=question.id, text="Svar.")
    return a, question


def test_the_new_fields_travel_in_a_bundle_streamed_and_whole(project, tmp_path):
    import orjson

    from digifelt.core.services import guides
    from digifelt.core.services.snapshot import read_rows
    from digifelt.core.services.snapshot_stream import raw_connection
    from digifelt.exports.bundle import apply_import, export_bundle
    from digifelt.exports.bundle.convert import document_from_snapshot
    from digifelt.exports.bundle.json_schema import validate_schema
    from digifelt.exports.bundle.stream import Counts, project_json

    a, question = _schema_0008_project(project)
    when = datetime(2026, 3, 4, tzinfo=UTC)
    with project.read() as s:
        snap = read_rows(s)
        streamed = b"".join(project_json(raw_connection(s.connection()), bundle_id=str(a.id),
                                         exported_at=when, exported_by=None, counts=Counts()))
    document = document_from_snapshot(snap, bundle_id=str(a.id), exported_at=when,
                                      exported_by=None, pseudonymised=False)
    assert streamed == orjson.dumps(document)
    validate_schema(orjson.loads(streamed))
    [item] = [x for x in document["activities"] if x["id"] == a.id]
    assert item["planned_start"].startswith("2026-09-01T07:00")
    assert item["survey_invited"] == {"Ansatte": 120, "Ledere": 9}
    assert (item["info_letter_given"], item["consent_given"]) == (True, False)
    out = tmp_path / "b.zip"
    export_bundle(project, out)
    copy = tmp_path / "copy.digifelt"
    apply_import(copy, out)
    db = open_project(copy)
    try:
        got = activities.get_activity(db, a.id).activity
        assert (got.planned_start, got.planned_end, got.started_at) == (
            _at(1, 7), _at(1, 8), _at(2, 1))
        assert (got.info_letter_given, got.consent_given, got.survey_invited) == (
            True, False, {"Ansatte": 120, "Ledere": 9})
        assert got.consent_by == people.list_assessors(db)[0].id
        shared = guides.get_guide(db, got.guide_id).questions
        own = guides.get_guide(db, got.guide_id, activity_id=a.id).questions
        assert (len(shared), [q.question.id for q in own]) == (0, [question.id])
    finally:
        db.close()


def test_deleting_an_activity_takes_its_own_questions_and_sharing_keeps_them(project):
    from digifelt.core.services import guides

    a, question = _schema_0008_project(project)
    guide_id = a.guide_id
    guides.share_question(project, question.id)
    assert [q.question.id for q in guides.get_guide(project, guide_id).questions] == [
        question.id]
    other = activities.add_activity(project, kind="interview", title="B", guide_id=guide_id)
    mine = guides.add_question(project, guide_id=guide_id, text="Bare B?",
                               activity_id=other.id)
    guides.move_question(project, question.id, 0)  # the Plan page's list ignores B's own
    activities.delete_activity(project, other.id)
    with project.read() as s:
        from digifelt.core.models import GuideQuestion

        assert s.get(GuideQuestion, mine.id) is None
        assert s.get(GuideQuestion, question.id) is not None


def test_downgrading_puts_planned_times_back_and_keeps_the_search_triggers(tmp_path):
    from alembic import command

    from digifelt.storage.engine import make_engine
    from digifelt.storage.migrate import alembic_config, upgrade_to_head

    path = tmp_path / "v0008.digifelt"
    shutil.copy(FIXTURES / path.name, path)

    def triggers():
        con = sqlite3.connect(path)
        try:
            return {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        finally:
            con.close()

    before = triggers()
    assert {"fts_activity_ai", "fts_activity_au", "fts_activity_ad"} <= before
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            with conn.begin():
                command.downgrade(alembic_config(conn), "0007")
        assert triggers() == before
        con = sqlite3.connect(path)
        try:
            assert con.execute("SELECT started_at FROM activity WHERE title = 'Planlagt'"
                               ).fetchone() == ("2026-09-01 07:00:00.000000",)
            assert con.execute("SELECT count(*) FROM guide_question WHERE text = 'Bare her?'"
                               ).fetchone() == (1,)  # part of its guide again
        finally:
            con.close()
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    assert triggers() == before


def test_a_bundle_from_before_planned_times_is_read_by_the_upgrades_rule(project):
    """An older digifelt wrote the planned time as started_at until typing began."""
    from digifelt.core.services.snapshot import read_rows
    from digifelt.exports.bundle.convert import document_from_snapshot, rows_from_document
    from digifelt.exports.bundle.model import BundleDocument

    unheld = activities.add_activity(project, kind="interview", title="Ikke holdt",
                                     started_at=_at(10, 7), ended_at=_at(10, 8))
    held = activities.add_activity(project, kind="interview", title="Holdt",
                                   started_at=_at(2, 1))
    entries.add_entry(project, activity_id=held.id, text="Notater.")
    with project.read() as s:
        snap = read_rows(s)
    document = document_from_snapshot(snap, bundle_id=unheld.id,
                                      exported_at=datetime(2026, 3, 4, tzinfo=UTC),
                                      exported_by=None, pseudonymised=False)
    for item in document["activities"]:
        for name in ("planned_start", "planned_end", "info_letter_given", "consent_given",
                     "consent_by", "survey_invited"):
            del item[name]
    rows = {r["id"]: r for r in rows_from_document(
        BundleDocument.model_validate(document))["activity"]}
    assert (rows[unheld.id]["started_at"], rows[unheld.id]["planned_start"]) == (
        None, "2026-09-10T07:00:00.000000Z")
    assert rows[unheld.id]["planned_end"] == "2026-09-10T08:00:00.000000Z"
    assert rows[held.id]["started_at"] == "2026-09-02T01:00:00.000000Z"
    assert "planned_start" not in rows[held.id]  # left to what the project has
    current = {r["id"]: r for r in rows_from_document(BundleDocument.model_validate(
        document_from_snapshot(snap, bundle_id=unheld.id,
                               exported_at=datetime(2026, 3, 4, tzinfo=UTC),
                               exported_by=None, pseudonymised=False)))["activity"]}
    assert current[unheld.id]["started_at"] == "2026-09-10T07:00:00.000000Z"  # as sent
