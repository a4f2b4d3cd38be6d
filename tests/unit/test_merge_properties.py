"""Merge laws, property-based: three teammates edit copies of one project (some edits clash),
each exports a bundle, and the bundles are imported in all six orders into fresh copies.

- order independence: all six results have identical canonical content;
- idempotence: importing the three bundles again changes nothing;
- nothing lost: every object any teammate had is in the result;
- conflicts recorded: every version anyone had is either current or a conflict copy.
"""

import itertools
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_bundle_support import bag_is_valid, canonical_content, populate

from digifelt.core.services import activities, entries, excerpts, findings, people, rubric
from digifelt.core.services.conflicts import list_conflicts
from digifelt.core.services.snapshot import BY_NAME, content_hash, read_snapshot
from digifelt.exports.bundle import apply_import, export_bundle
from digifelt.storage.database import open_database

TEAM = ("a", "b", "c")
WORDS = ("fiber", "sky", "arkiv", "lønn", "velferd", "skole", "ROS", "plan")

# One operation: (teammate, what, which, a number that varies the values).
operations = st.lists(st.tuples(
    st.sampled_from(TEAM),
    st.sampled_from(("entry", "finding", "memo", "new_work", "group", "summary")),
    st.integers(0, 3),
    st.integers(0, 999)), min_size=3, max_size=10)


@pytest.fixture(scope="module")
def base_file(tmp_path_factory):
    from digifelt.core.services.projects import create_project
    from digifelt.core.template import find_template

    path = tmp_path_factory.mktemp("base") / "base.digifelt"
    db = create_project(path, template=find_template("digital-ståstedskartlegging-kommune"),
                        title="Felles", organisation="Fjellvik kommune")
    made = populate(db)
    act = made["activity"]
    for n in range(3):
        entries.add_entry(db, activity_id=act.id, text=f"Notat {n}: " + " ".join(WORDS))
    db.close()
    return path


def apply(db, what: str, which: int, n: int, who: str) -> None:
    tree = rubric.rubric_tree(db)
    indicator = tree[which].indicators[0]
    act = next(v.activity for v in activities.list_activities(db) if v.activity.kind == "interview")
    notes = entries.list_entries(db, act.id)
    if what == "entry":  # clashing edits of the same note, each moving its excerpts
        entry = notes[which % len(notes)]
        entries.update_entry_text(db, entry.id, f"{who}{n} sier: " + entry.text)
    elif what == "finding":  # clashing findings (also made separately in each copy)
        findings.update_finding(db, indicator.id, level=1 + n % 4, strengths=f"{who} {n}")
    elif what == "memo":
        views = excerpts.list_excerpts(db)
        excerpts.update_excerpt(db, views[which % len(views)].excerpt.id, memo=f"{who} {n}",
                                starred=bool(n % 2))
    elif what == "new_work":
        entry = entries.add_entry(db, activity_id=act.id,
                                  text=f"{who} notat {n}: {WORDS[n % len(WORDS)]} og mer")
        start = entry.text.index(WORDS[n % len(WORDS)])
        excerpts.tag_excerpt(db, entry_id=entry.id, start=start,
                             end=start + len(WORDS[n % len(WORDS)]),
                             indicator_ids=[indicator.id], valence="gap")
    elif what == "group":  # the same group name may be added in several copies
        name = f"Gruppe {n % 2}"
        group = next((g for g in people.list_groups(db) if g.name == name), None)
        group = group or people.add_group(db, name=name)
        people.add_participant(db, group_id=group.id, name=f"{who} {n}")
    elif what == "summary":
        findings.update_area_summary(db, tree[which].area.id, summary=f"{who} {n}")


def version_keys(path) -> dict[tuple[str, str], str]:
    """(kind, identity) → content hash, with natural keys and group references as names."""
    db = open_database(path, backup=False)
    try:
        snap = read_snapshot(db)
    finally:
        db.close()
    groups = {i: r["name"] for i, r in snap.rows["respondent_group"].items()}
    out = {}
    for kind_name, rows in snap.rows.items():
        kind = BY_NAME[kind_name]
        for obj_id, row in rows.items():
            row = dict(row)
            for col, target in kind.refs:
                if target == "respondent_group" and row.get(col):
                    row[col] = groups[row[col]]
            for link in kind.links:
                if link.target == "respondent_group":
                    row[link.field] = sorted(groups[g] for g in row[link.field])
            identity = row[kind.natural_key] if kind.natural_key else obj_id
            out[(kind_name, identity)] = content_hash(kind, row)
    return out


def conflict_keys(path) -> set[tuple[str, str, str]]:
    db = open_database(path, backup=False)
    try:
        snap = read_snapshot(db)
        groups = {i: r["name"] for i, r in snap.rows["respondent_group"].items()}
        out = set()
        for c in list_conflicts(db, include_resolved=True):
            kind = BY_NAME[c.object_kind]
            row = dict(c.other)
            for col, target in kind.refs:
                if target == "respondent_group" and row.get(col):
                    row[col] = groups.get(row[col], row[col])
            for link in kind.links:
                if link.target == "respondent_group":
                    row[link.field] = sorted(groups.get(g, g) for g in row[link.field])
            identity = row[kind.natural_key] if kind.natural_key else c.object_id
            out.add((c.object_kind, identity, content_hash(kind, row)))
        return out
    finally:
        db.close()


@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=operations)
def test_three_teammates_merge_in_any_order(tmp_path_factory, base_file, ops):
    work = tmp_path_factory.mktemp("team")
    copies = {}
    for who in TEAM:
        copies[who] = work / f"{who}.digifelt"
        shutil.copy(base_file, copies[who])
    for who, what, which, n in ops:  # one global sequence: distinct, ordered timestamps
        db = open_database(copies[who], backup=False)
        try:
            apply(db, what, which, n, who)
        finally:
            db.close()
    bundles = []
    for who in TEAM:
        bundles.append(work / f"{who}.zip")
        export_bundle(copies[who], bundles[-1])
        bag_is_valid(bundles[-1], work)

    results = []
    for n, order in enumerate(itertools.permutations(bundles)):
        merged = work / f"merged-{n}.digifelt"
        shutil.copy(base_file, merged)
        for bundle in order:
            apply_import(merged, bundle)
        results.append(canonical_content(merged))
    assert all(r == results[0] for r in results[1:]), "merge result depends on import order"

    merged = work / "merged-0.digifelt"
    for bundle in bundles:
        again = apply_import(merged, bundle)
        assert not again.changes_anything
    assert canonical_content(merged) == results[0]

    final = version_keys(merged)
    kept = conflict_keys(merged)
    for source in (base_file, *copies.values()):
        for (kind, identity), content in version_keys(source).items():
            assert (kind, identity) in final, f"{kind} {identity} was lost"
            assert content == final[(kind, identity)] or (kind, identity, content) in kept, (
                f"a version of {kind} {identity} was dropped")
