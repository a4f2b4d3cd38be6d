"""Provisional levels and the moderation view: the scale is checked, the id is the same in
every file, clearing both fields removes the row, and three assessors' levels give the spread
and the disagreement the team moderates."""

import sqlite3
import uuid

import pytest

from digifelt.core.errors import NotFoundError, ValidationError
from digifelt.core.operations import operation
from digifelt.core.services import activities, calibration, entries, excerpts, findings, people
from digifelt.core.services import rubric as rubric_service


def indicators(db):
    return [i for area in rubric_service.rubric_tree(db) for i in area.indicators]


@pytest.fixture
def team(project):
    """Three assessors: Anne (AB), Berit (BC) and Carl (no initials)."""
    return [people.add_assessor(project, name="Anne Berg", initials="AB"),
            people.add_assessor(project, name="Berit Carlsen", initials="BC"),
            people.add_assessor(project, name="Carl Dahl")]


def stored_rows(db):
    """provisional_level as stored in the file, read without the ORM."""
    with sqlite3.connect(db.path) as conn:
        return conn.execute("SELECT id, indicator_id, assessor_id, level, rationale "
                            "FROM provisional_level ORDER BY id").fetchall()


def test_levels_must_be_on_the_scale(project, team):
    ind = indicators(project)[0]
    for bad in (0, 5, 2.5, "3", True):
        with pytest.raises(ValidationError):
            calibration.set_provisional_level(project, ind.id, team[0].id, level=bad)
    assert stored_rows(project) == []
    rubric_service.set_scale_level(project, value=5, label="Ledende")
    calibration.set_provisional_level(project, ind.id, team[0].id, level=5)
    assert [r[3] for r in stored_rows(project)] == [5]


def test_unknown_indicator_or_assessor_is_refused(project, team):
    ind = indicators(project)[0]
    with pytest.raises(NotFoundError):
        calibration.set_provisional_level(project, "nope", team[0].id, level=2)
    with pytest.raises(NotFoundError):
        calibration.set_provisional_level(project, ind.id, "nobody", level=2)
    assert stored_rows(project) == []


def test_rationale_follows_the_text_rules(project, team):
    ind = indicators(project)[0]
    with pytest.raises(ValidationError, match="NUL"):
        calibration.set_provisional_level(project, ind.id, team[0].id, level=2,
                                          rationale="a\x00b")
    with pytest.raises(ValidationError, match="surrogate"):
        calibration.set_provisional_level(project, ind.id, team[0].id, rationale="\ud800")
    assert stored_rows(project) == []
    # Free text keeps a tab and a line break, as notes do.
    calibration.set_provisional_level(project, ind.id, team[0].id,
                                      rationale="Planen finnes\tmen\nbrukes lite")
    assert stored_rows(project)[0][4] == "Planen finnes\tmen\nbrukes lite"


def test_the_id_is_derived_from_indicator_and_assessor(project, team):
    ind = indicators(project)[0]
    row = calibration.set_provisional_level(project, ind.id, team[0].id, level=3)
    expected = calibration.provisional_id(ind.id, team[0].id)
    assert row.id == expected == stored_rows(project)[0][0]
    # A name-based UUID of the pair alone: any file holding the same indicator and assessor
    # (a teammate's, after a bundle) computes the same id without asking this one.
    assert expected == str(uuid.uuid5(uuid.UUID("5b1c2a7e-6f0d-4d57-9a39-64676674d1f7"),
                                      f"provisional-level:{ind.id}/{team[0].id}"))
    assert calibration.provisional_id(ind.id, team[1].id) != expected
    assert calibration.provisional_id(indicators(project)[1].id, team[0].id) != expected
    # Cleared and set again: the same id, not a new row for teammates to merge.
    calibration.set_provisional_level(project, ind.id, team[0].id, level=None)
    again = calibration.set_provisional_level(project, ind.id, team[0].id, level=2)
    assert again.id == expected


def test_updating_keeps_the_other_field_and_clearing_both_removes_the_row(project, team):
    ind = indicators(project)[0]
    a = team[0].id
    calibration.set_provisional_level(project, ind.id, a, level=2, rationale="Lite bruk")
    calibration.set_provisional_level(project, ind.id, a, level=3)
    assert [r[3:] for r in stored_rows(project)] == [(3, "Lite bruk")]
    calibration.set_provisional_level(project, ind.id, a, rationale="Bedre enn antatt")
    assert [r[3:] for r in stored_rows(project)] == [(3, "Bedre enn antatt")]
    calibration.set_provisional_level(project, ind.id, a, level=None)
    assert [r[3:] for r in stored_rows(project)] == [(None, "Bedre enn antatt")]
    # A blank rationale is no rationale: with no level either, the row goes.
    assert calibration.set_provisional_level(project, ind.id, a, rationale="   ") is None
    assert stored_rows(project) == []
    assert calibration.provisional_levels(project) == []
    # Clearing what is not there is no error and stores nothing.
    assert calibration.set_provisional_level(project, ind.id, a, level=None,
                                             rationale=None) is None
    assert stored_rows(project) == []


def test_the_service_joins_the_callers_operation(project, team):
    ind1, ind2 = indicators(project)[:2]
    def two_levels():
        with operation(project, "Two levels", scope="findings"):
            calibration.set_provisional_level(project, ind1.id, team[0].id, level=2)
            calibration.set_provisional_level(project, ind2.id, team[0].id, level=9)

    with pytest.raises(ValidationError):
        two_levels()
    assert stored_rows(project) == []  # the first was rolled back with the second
    with operation(project, "Two levels", scope="findings") as op:
        calibration.set_provisional_level(project, ind1.id, team[0].id, level=2)
        calibration.set_provisional_level(project, ind2.id, team[0].id, level=3)
    assert op.changes.touches("provisional_level")
    assert len(stored_rows(project)) == 2


def test_provisional_levels_are_listed_per_indicator(project, team):
    ind1, ind2 = indicators(project)[:2]
    calibration.set_provisional_level(project, ind1.id, team[1].id, level=2)
    calibration.set_provisional_level(project, ind1.id, team[0].id, level=3)
    calibration.set_provisional_level(project, ind2.id, team[2].id, level=1)
    assert [(p.assessor_id, p.level) for p in calibration.provisional_levels(project, ind1.id)] \
        == [(team[0].id, 3), (team[1].id, 2)]  # by assessor's name
    assert len(calibration.provisional_levels(project)) == 3
    assert calibration.provisional_level(project, ind2.id, team[2].id).level == 1
    assert calibration.provisional_level(project, ind2.id, team[0].id) is None


def tag(db, indicator_id, text="Vi har en plan, men den brukes lite."):
    act = activities.add_activity(db, kind="interview", title="Intervju")
    entry = entries.add_entry(db, activity_id=act.id, text=text)
    return excerpts.tag_excerpt(db, entry_id=entry.id, start=0, end=len(text),
                                indicator_ids=[indicator_id])


def test_moderation_with_three_assessors(project, team):
    first, second, third, fourth = indicators(project)[:4]
    anne, berit, carl = (a.id for a in team)
    # First: 2, 4 and 3 → spread 2–4, three distinct levels; two excerpts as evidence.
    for who, level, why in ((anne, 2, "Planen er ikke forankret"),
                            (berit, 4, "Ledelsen følger opp"), (carl, 3, None)):
        calibration.set_provisional_level(project, first.id, who, level=level, rationale=why)
    tag(project, first.id)
    tag(project, first.id, "Ledergruppen diskuterer digitalisering.")
    # Second: everyone says 3 → no disagreement.
    for who in (anne, berit, carl):
        calibration.set_provisional_level(project, second.id, who, level=3)
    # Third: 1 and 2, but the team has agreed on 2 → settled.
    calibration.set_provisional_level(project, third.id, anne, level=1)
    calibration.set_provisional_level(project, third.id, berit, level=2)
    findings.update_finding(project, third.id, level=2, status="agreed")
    # Fourth: only a rationale → in the list, but takes no side.
    calibration.set_provisional_level(project, fourth.id, carl, rationale="Usikker")

    rows = {r.code: r for r in calibration.moderation(project)}
    assert list(rows) == [first.code, second.code, third.code, fourth.code]  # rubric order

    r = rows[first.code]
    assert [(x.short, x.level, x.rationale) for x in r.levels] == [
        ("AB", 2, "Planen er ikke forankret"), ("BC", 4, "Ledelsen følger opp"),
        ("Carl Dahl", 3, None)]
    assert (r.low, r.high, r.distinct) == (2, 4, 3)
    assert (r.disagrees, r.open, r.settled) == (True, True, False)
    assert (r.finding_level, r.finding_status) == (None, "draft")
    assert r.evidence == 2
    assert r.title == first.title
    assert r.level_of(berit).level == 4

    r = rows[second.code]
    assert (r.low, r.high, r.distinct) == (3, 3, 1)
    assert (r.disagrees, r.open) == (False, False)

    r = rows[third.code]
    assert (r.low, r.high, r.distinct) == (1, 2, 2)
    assert (r.disagrees, r.settled, r.open) == (True, True, False)
    assert (r.finding_level, r.finding_status) == (2, "agreed")
    assert r.evidence == 0

    r = rows[fourth.code]
    assert (r.low, r.high, r.distinct) == (None, None, 0)
    assert not r.disagrees

    # Moving the agreed finding back to draft reopens the disagreement.
    findings.update_finding(project, third.id, status="draft")
    assert {r.code: r.open for r in calibration.moderation(project)}[third.code]


def test_moderation_is_empty_without_provisional_levels(project, team):
    findings.update_finding(project, indicators(project)[0].id, level=2)
    assert calibration.moderation(project) == []


def test_deleting_an_indicator_takes_its_levels(project, team):
    ind1, ind2 = indicators(project)[:2]
    calibration.set_provisional_level(project, ind1.id, team[0].id, level=2)
    calibration.set_provisional_level(project, ind2.id, team[1].id, level=3)
    rubric_service.delete_indicator(project, ind1.id)
    assert [(r[1], r[2]) for r in stored_rows(project)] == [(ind2.id, team[1].id)]
