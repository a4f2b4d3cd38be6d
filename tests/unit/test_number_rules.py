"""Numbers the services store: integers SQLite can hold and finite floats, or one clear refusal
that changes nothing (the same rule the bundle importer applies)."""

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digifelt.core.errors import ValidationError
from digifelt.core.number_rules import SQL_MAX, SQL_MIN, number_problem
from digifelt.core.services import activities, entries

BAD_INTS = st.one_of(st.integers(min_value=SQL_MAX + 1), st.integers(max_value=SQL_MIN - 1))
BAD_FLOATS = st.sampled_from([math.inf, -math.inf, math.nan, float("1e999")])


@given(st.integers(SQL_MIN, SQL_MAX))
def test_every_storable_int_passes(value):
    assert number_problem(value) is None


@given(st.one_of(BAD_INTS, BAD_FLOATS))
def test_unstorable_numbers_are_named(value):
    assert number_problem(value)


def snapshot_counts(db):
    acts = activities.list_activities(db)
    return len(acts), sum(len(entries.list_entries(db, a.activity.id)) for a in acts)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bad=st.one_of(BAD_INTS, BAD_FLOATS))
def test_services_refuse_numbers_sqlite_cannot_store(project, bad):
    before = snapshot_counts(project)
    if isinstance(bad, int):
        with pytest.raises(ValidationError, match="headcount"):
            activities.add_activity(project, kind="interview", title="Tall", headcount=bad)
    act = activities.list_activities(project) or [None]
    if act[0] is None:
        activities.add_activity(project, kind="interview", title="Tall")
        before = snapshot_counts(project)
    act_id = activities.list_activities(project)[0].activity.id
    field = "order" if isinstance(bad, int) else "offset_s"
    with pytest.raises(ValidationError, match=field):
        entries.add_entry(project, activity_id=act_id, text="x", **{field: bad})
    assert snapshot_counts(project) == before
    if isinstance(bad, int):
        with pytest.raises(ValidationError, match="headcount"):
            activities.update_activity(project, act_id, headcount=bad)
    else:
        note = entries.add_entry(project, activity_id=act_id, text="y")
        with pytest.raises(ValidationError, match="offset_s"):
            entries.update_entry(project, note.id, offset_s=bad)
        assert entries.get_entry(project, note.id).offset_s is None


def test_the_largest_storable_numbers_are_stored(project):
    act = activities.add_activity(project, kind="interview", title="Grense", headcount=SQL_MAX)
    note = entries.add_entry(project, activity_id=act.id, text="z", offset_s=1e300,
                             order=SQL_MIN)
    assert activities.get_activity(project, act.id).activity.headcount == SQL_MAX
    stored = entries.get_entry(project, note.id)
    assert (stored.offset_s, stored.order) == (1e300, SQL_MIN)
