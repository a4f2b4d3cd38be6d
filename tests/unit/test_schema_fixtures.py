"""Every released schema version has a fixture file; each upgrades to the current schema intact."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from digifelt.core.services import entries, excerpts, findings, people, projects, rubric
from digifelt.core.services.check import check_project
from digifelt.storage import tally
from digifelt.storage.backup import list_backups
from digifelt.storage.schema_version import SCHEMA_HEAD, SCHEMA_REVISIONS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"


def test_a_fixture_exists_for_every_released_revision():
    present = {p.stem.removeprefix("v") for p in FIXTURES.glob("v*.digifelt")}
    assert present == set(SCHEMA_REVISIONS)


@pytest.mark.parametrize("revision", SCHEMA_REVISIONS)
def test_fixture_upgrades_with_content_intact(tmp_path, revision):
    path = tmp_path / f"v{revision}.digifelt"
    shutil.copy(FIXTURES / path.name, path)
    db = projects.open_project(path)
    try:
        assert projects.get_project(db).organisation == "Čáhcesuolu kommune"
        ind = rubric.rubric_tree(db)[0].indicators[0]
        quotes = excerpts.list_excerpts(db, indicator_id=ind.id)
        assert sorted(q.excerpt.text for q in quotes) == ["Digitalisering", "Vi har en strateg"]
        quoted = next(q for q in quotes if q.excerpt.entry_id)
        entry = entries.get_entry(db, quoted.excerpt.entry_id)
        assert "ŋ og č" in entry.text
        view = findings.get_finding(db, ind.id)
        assert view.finding.level == 2
        assert len(view.excerpt_ids) == 1
        assert [p.name for p in people.list_participants(db)] == ["Kari Nordmann"]
        with db.engine.connect() as conn:
            # One strength (interview) and one neutral (document review) on that indicator.
            counts = tally.tally_counts(conn)
            assert counts == tally.raw_counts(conn)
            assert sorted(row[1:] for row in counts) == [(ind.id, 1, 0, 0), (ind.id, 1, 1, 0)]
    finally:
        db.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    con.close()
    assert check_project(path).ok
    if revision != SCHEMA_HEAD:
        assert [b.reason for b in list_backups(path)] == ["before-migration"]
