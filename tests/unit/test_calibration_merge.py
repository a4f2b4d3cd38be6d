"""Calibration across laptops: each assessor sets provisional levels in their own file; after
their bundles are imported, the moderation view of one file shows the whole team's levels."""

import shutil

import pytest

from digifelt.core.services import calibration, people, rubric
from digifelt.exports.bundle import apply_import, export_bundle
from digifelt.storage.database import open_database


@pytest.fixture
def laptops(tmp_path, project):
    """Three copies of one project; each assessor registers in their own, as the app does."""
    first, second = [i for a in rubric.rubric_tree(project) for i in a.indicators][:2]
    project.close()
    files = {}
    for who, name, initials in (("lead", "Lise Ek", "LE"), ("a", "Anne Berg", "AB"),
                                ("b", "Berit Carlsen", "BC")):
        files[who] = tmp_path / f"{who}.digifelt"
        shutil.copy(project.path, files[who])
        db = open_database(files[who], backup=False)
        people.ensure_assessor(db, assessor_id=f"00000000-0000-4000-8000-00000000000{len(files)}",
                               name=name, initials=initials)
        db.close()
    return files, first, second


def set_levels(path, levels):
    db = open_database(path, backup=False)
    try:
        me = people.list_assessors(db)[0].id  # each file knows only its own assessor yet
        for indicator, level, rationale in levels:
            calibration.set_provisional_level(db, indicator.id, me, level=level,
                                              rationale=rationale)
        return me
    finally:
        db.close()


def test_bundles_bring_the_teams_levels_together(laptops, tmp_path):
    files, first, second = laptops
    lead = set_levels(files["lead"], [(first, 2, "Planen er ukjent"), (second, 3, None)])
    anne = set_levels(files["a"], [(first, 4, "Ledelsen følger opp"), (second, 3, None)])
    berit = set_levels(files["b"], [(first, 3, None)])
    for who in ("a", "b"):
        out = tmp_path / f"{who}.zip"
        export_bundle(files[who], out)
        apply_import(files["lead"], out)

    db = open_database(files["lead"], backup=False)
    try:
        rows = {r.indicator_id: r for r in calibration.moderation(db)}
        assert set(rows) == {first.id, second.id}
        r = rows[first.id]
        assert [(x.assessor_id, x.short, x.level, x.rationale) for x in r.levels] == [
            (anne, "AB", 4, "Ledelsen følger opp"), (berit, "BC", 3, None),
            (lead, "LE", 2, "Planen er ukjent")]
        assert (r.low, r.high, r.distinct, r.open) == (2, 4, 3, True)
        assert (rows[second.id].distinct, rows[second.id].open) == (1, False)
        # The rows kept the ids every file derives for them.
        assert {p.id for p in calibration.provisional_levels(db)} == {
            calibration.provisional_id(i.id, a) for i, a in (
                (first, lead), (first, anne), (first, berit), (second, lead), (second, anne))}
    finally:
        db.close()
