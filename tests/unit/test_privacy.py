"""Retention reminder, erasure of raw notes down to the bytes, small-group detection."""

from datetime import date

from digifelt.core.services import (
    activities,
    entries,
    excerpts,
    findings,
    people,
    privacy,
    projects,
    rubric,
)
from digifelt.storage.backup import list_backups, take_backup

MARKER = "Hemmeligsitat Ŋuolgaš 4711"


def test_retention_due(project):
    assert privacy.retention_due(project) is None
    projects.update_project(project, retention_date=date(2026, 12, 31))
    assert privacy.retention_due(project, today=date(2026, 12, 30)) is None
    assert privacy.retention_due(project, today=date(2027, 1, 1)) == date(2026, 12, 31)


def test_small_groups(project):
    groups = {g.name: g.id for g in people.list_groups(project)}
    activities.add_activity(project, kind="interview", title="a", headcount=3,
                            group_ids=[groups["Folkevalgte"]])
    activities.add_activity(project, kind="interview", title="b", headcount=4,
                            group_ids=[groups["Ledere"]])
    activities.add_activity(project, kind="interview", title="c", headcount=2,
                            group_ids=[groups["Ledere"]])
    # counted per session: Ledere heard 6 people, but in sessions of 4 and 2
    assert privacy.small_groups(project) == {groups["Folkevalgte"], groups["Ledere"]}


def test_erase_raw_notes_keeps_chosen_quotes_and_removes_the_bytes(project):
    ind = rubric.rubric_tree(project)[0].indicators[0]
    group = people.list_groups(project)[0]
    person = people.add_participant(project, group_id=group.id, name="Kari Nordmann")
    act = activities.add_activity(project, kind="interview", title="Intervju",
                                  participant_ids=[person.id])
    entry = entries.add_entry(project, activity_id=act.id,
                              text=f"Vi har en god plan. {MARKER} skal ikke lagres.")
    chosen = excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=18,
                                  indicator_ids=[ind.id])
    excerpts.tag_excerpt(project, entry_id=entry.id, start=19, end=19 + len(MARKER),
                         indicator_ids=[ind.id])
    findings.update_finding(project, ind.id, level=3, strengths="Plan finnes",
                            excerpt_ids=[chosen.excerpt.id])
    take_backup(project.path, "manual")
    result = privacy.erase_raw_notes(project)
    assert (result.entries, result.participants, result.excerpts_kept,
            result.excerpts_removed, result.backups_removed) == (1, 1, 1, 1, 1)
    remaining = excerpts.list_excerpts(project)
    assert [v.excerpt.text for v in remaining] == ["Vi har en god plan"]
    assert remaining[0].excerpt.entry_id is None
    assert findings.get_finding(project, ind.id).excerpt_ids == [chosen.excerpt.id]
    assert list_backups(project.path) == []
    project.close()
    for suffix in ("", "-wal"):
        path = project.path.with_name(project.path.name + suffix)
        if path.exists():
            data = path.read_bytes()
            for needle in (MARKER, "Kari Nordmann"):
                assert needle.encode("utf-8") not in data, (suffix, needle)
