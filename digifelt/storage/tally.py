"""Evidence tally: tags counted per activity × indicator, kept exact by SQLite triggers.

The evidence matrix needs these counts on every refresh; grouping 50,000+ tag rows each
time costs a sort that no index removes. The tally is a pure function of the `excerpt`
and `excerpt_indicator` rows (excerpts without an activity are not counted), so every
change to either table adjusts it, whoever writes them (services, bundle merge, demo).

Excerpt deletion: SQLite fires the excerpt's BEFORE DELETE trigger while its tags still
exist, deletes the row, then runs the ON DELETE CASCADE on the tags, whose triggers see
the excerpt already gone (tests/unit/test_tally.py checks this order). So the excerpt
trigger subtracts its tags and the tag trigger counts only tags of an existing excerpt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the file check reads the trigger texts without the database stack
    from sqlalchemy import Connection

from digifelt.storage.trigger_sets import accepted_triggers

TABLE = "evidence_tally"

# Schema 0004 introduced the tally; bump when a trigger's text changes, keeping the old
# texts accepted by storage.database.inspect_file until their migration has run.
TRIGGER_VERSIONS = (1,)
CURRENT_TRIGGERS = TRIGGER_VERSIONS[-1]

_UPSERT = (" ON CONFLICT(activity_id, indicator_id) DO UPDATE SET n = n + excluded.n, "
           "strengths = strengths + excluded.strengths, gaps = gaps + excluded.gaps; ")


def _add_tags_of(r: str) -> str:
    """Count the tags of excerpt {r} (NEW, after it exists or changed)."""
    return (f"INSERT INTO {TABLE} (activity_id, indicator_id, n, strengths, gaps) "
            f"SELECT {r}.activity_id, t.indicator_id, 1, {r}.valence = 'strength', "
            f"{r}.valence = 'gap' FROM excerpt_indicator t "
            f"WHERE t.excerpt_id = {r}.id AND {r}.activity_id IS NOT NULL" + _UPSERT)


def _remove_tags_of(r: str) -> str:
    """Uncount the tags of excerpt {r} (OLD, before it goes or after it changed)."""
    match = (f"activity_id = {r}.activity_id AND indicator_id IN "
             f"(SELECT t.indicator_id FROM excerpt_indicator t WHERE t.excerpt_id = {r}.id)")
    return (f"UPDATE {TABLE} SET n = n - 1, strengths = strengths - ({r}.valence = 'strength'), "
            f"gaps = gaps - ({r}.valence = 'gap') WHERE {match}; "
            f"DELETE FROM {TABLE} WHERE n = 0 AND {match}; ")


def _add_tag(r: str) -> str:
    return (f"INSERT INTO {TABLE} (activity_id, indicator_id, n, strengths, gaps) "
            f"SELECT x.activity_id, {r}.indicator_id, 1, x.valence = 'strength', "
            f"x.valence = 'gap' FROM excerpt x "
            f"WHERE x.id = {r}.excerpt_id AND x.activity_id IS NOT NULL" + _UPSERT)


def _remove_tag(r: str) -> str:
    # With the excerpt gone (or without an activity) the subqueries are NULL and no row
    # matches: the excerpt's own BEFORE DELETE trigger has already uncounted this tag.
    x = f"(SELECT x.%s FROM excerpt x WHERE x.id = {r}.excerpt_id)"
    match = f"activity_id = {x % 'activity_id'} AND indicator_id = {r}.indicator_id"
    return (f"UPDATE {TABLE} SET n = n - 1, "
            f"strengths = strengths - ({x % 'valence'} = 'strength'), "
            f"gaps = gaps - ({x % 'valence'} = 'gap') WHERE {match}; "
            f"DELETE FROM {TABLE} WHERE n = 0 AND {match}; ")


def _triggers(version: int) -> list[str]:
    assert version in TRIGGER_VERSIONS
    return [
        "CREATE TRIGGER tally_tag_ai AFTER INSERT ON excerpt_indicator BEGIN "
        f"{_add_tag('NEW')}END",
        "CREATE TRIGGER tally_tag_ad AFTER DELETE ON excerpt_indicator BEGIN "
        f"{_remove_tag('OLD')}END",
        "CREATE TRIGGER tally_tag_au AFTER UPDATE OF excerpt_id, indicator_id "
        f"ON excerpt_indicator BEGIN {_remove_tag('OLD')}{_add_tag('NEW')}END",
        # Tags normally follow their excerpt, but a merge with deferred foreign keys may
        # write them first.
        f"CREATE TRIGGER tally_excerpt_ai AFTER INSERT ON excerpt BEGIN {_add_tags_of('NEW')}END",
        "CREATE TRIGGER tally_excerpt_bd BEFORE DELETE ON excerpt BEGIN "
        f"{_remove_tags_of('OLD')}END",
        # Merges rewrite whole rows; only a real change of these columns moves counts.
        "CREATE TRIGGER tally_excerpt_au AFTER UPDATE OF id, activity_id, valence ON excerpt "
        "WHEN OLD.id IS NOT NEW.id OR OLD.activity_id IS NOT NEW.activity_id "
        "OR OLD.valence IS NOT NEW.valence "
        f"BEGIN {_remove_tags_of('OLD')}{_add_tags_of('NEW')}END",
    ]


def _names() -> list[str]:
    return [stmt.split()[2] for stmt in _triggers(CURRENT_TRIGGERS)]


def expected_schema_objects() -> dict[str, set[str]]:
    """Trigger name → accepted CREATE texts, one per version."""
    return accepted_triggers(_triggers, TRIGGER_VERSIONS)


def create_triggers(conn: Connection, version: int = CURRENT_TRIGGERS) -> None:
    for stmt in _triggers(version):
        conn.exec_driver_sql(stmt)


def drop_triggers(conn: Connection) -> None:
    for name in _names():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


_RAW_COUNTS = (
    "SELECT x.activity_id, t.indicator_id, count(*), "
    "sum(x.valence = 'strength'), sum(x.valence = 'gap') "
    "FROM excerpt x JOIN excerpt_indicator t ON t.excerpt_id = x.id "
    "WHERE x.activity_id IS NOT NULL GROUP BY x.activity_id, t.indicator_id"
)


def rebuild(conn: Connection) -> None:
    """Recount from the tags (schema migration, repair)."""
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    conn.exec_driver_sql(
        f"INSERT INTO {TABLE} (activity_id, indicator_id, n, strengths, gaps) {_RAW_COUNTS}")


def raw_counts(conn: Connection) -> set[tuple]:
    """(activity, indicator, n, strengths, gaps) grouped from the tags themselves."""
    return set(map(tuple, conn.exec_driver_sql(_RAW_COUNTS).all()))


def tally_counts(conn: Connection) -> set[tuple]:
    return set(map(tuple, conn.exec_driver_sql(
        f"SELECT activity_id, indicator_id, n, strengths, gaps FROM {TABLE}").all()))


def tally_problems(conn: Connection) -> list[str]:
    """How the tally differs from the tags; empty when it is exact."""
    problems = []
    present = {r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tally_%'")}
    missing = sorted(set(_names()) - present)
    if missing:
        problems.append(f"{len(missing)} evidence tally trigger(s) missing")
    raw, kept = raw_counts(conn), tally_counts(conn)
    wrong = len({r[:2] for r in raw ^ kept})
    if wrong:
        problems.append(f"evidence tally disagrees with the tags for {wrong} "
                        "activity × indicator pair(s)")
    return problems


def repair(conn: Connection) -> None:
    drop_triggers(conn)
    create_triggers(conn)
    rebuild(conn)
