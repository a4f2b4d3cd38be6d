"""The overview dashboard's figures: activities by kind, group and status, evidence and
triangulation coverage, findings — on a project built by hand and on the small demo."""

import pytest

from digifelt.core.services import activities, entries, excerpts, findings, people, privacy, rubric
from digifelt.core.services.dashboard import dashboard
from digifelt.core.services.matrix import evidence_matrices


@pytest.fixture
def visit(project):
    """1.1: interviews with Folkevalgte (3 people) and Ledere (6), an observation → triangulated;
    1.2: only a document review; a planned interview with Ansatte; one agreed finding."""
    groups = {g.name: g.id for g in people.list_groups(project)}
    ind = {i.code: i.id for i in rubric.indicators_by_code(project).values()}

    def interview(group, headcount, status="done"):
        act = activities.add_activity(project, kind="interview", title=f"Intervju {group}",
                                      group_ids=[groups[group]], headcount=headcount)
        activities.update_activity(project, act.id, status=status)
        return act

    for group, heads in (("Folkevalgte", 3), ("Ledere", 6)):
        act = interview(group, heads)
        entry = entries.add_entry(project, activity_id=act.id, text="Planen er kjent.")
        excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=5,
                             indicator_ids=[ind["1.1"]], starred=True)
    obs = activities.add_activity(project, kind="observation", title="Kommunestyret")
    activities.update_activity(project, obs.id, status="in_progress")
    entry = entries.add_entry(project, activity_id=obs.id, text="Saken ble utsatt.")
    excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=5, indicator_ids=[ind["1.1"]])
    doc = activities.add_activity(project, kind="document_review", title="Plan")
    excerpts.add_document_excerpt(project, activity_id=doc.id, text="Side 3", page=3,
                                  indicator_ids=[ind["1.2"]])
    interview("Ansatte", None, status="planned")
    findings.update_finding(project, ind["1.1"], level=3, status="agreed")
    findings.update_finding(project, ind["1.2"], level=2)
    return project, ind, groups


def test_activities_by_kind_and_group(visit):
    db, _ind, groups = visit
    d = dashboard(db)
    kinds = {p.key: p.counts for p in d.by_kind}
    assert [p.key for p in d.by_kind] == ["interview", "observation", "document_review"]
    assert (kinds["interview"].done, kinds["interview"].planned, kinds["interview"].total) == (
        2, 1, 3)
    assert kinds["observation"].in_progress == 1
    assert kinds["document_review"].planned == 1
    by_group = {p.label: p for p in d.by_group}
    assert (by_group["Folkevalgte"].counts.done, by_group["Folkevalgte"].people) == (1, 3)
    assert by_group["Ansatte"].counts.planned == 1
    assert by_group["Tillitsvalgte"].counts.total == 0
    small = {p.key for p in d.by_group if p.small}
    assert small == privacy.small_groups(db) == {groups["Folkevalgte"], groups["Ansatte"]}


def test_evidence_triangulation_and_findings(visit):
    db, ind, _groups = visit
    d = dashboard(db)
    assert d.indicators == 29
    assert d.with_evidence == 2
    assert {r.code for r in d.without_evidence} == set(rubric.indicators_by_code(db)) - {
        "1.1", "1.2"}
    assert d.triangulated == 1
    assert ind["1.1"] not in {r.id for r in d.not_triangulated}
    assert (d.excerpts, d.starred) == (4, 2)
    assert (d.levels_set, d.agreed) == (2, 1)


def test_an_empty_project(project):
    d = dashboard(project)
    assert (d.with_evidence, d.triangulated, d.excerpts) == (0, 0, 0)
    assert all(p.counts.total == 0 for p in d.by_kind)
    assert not any(p.small for p in d.by_group)


def test_the_small_demo_agrees_with_the_matrix(tmp_path):
    from digifelt.core.demo import generate_demo
    from digifelt.core.services.projects import open_project

    path = tmp_path / "demo.digifelt"
    stats = generate_demo(path, size="small", seed=1)
    db = open_project(path)
    try:
        d = dashboard(db)
        matrix = evidence_matrices(db)["kind"]
        assert d.triangulated == sum(r.triangulated for r in matrix.rows)
        assert d.with_evidence == sum(1 for r in matrix.rows if r.total.total)
        assert d.excerpts == stats.excerpts
        assert sum(p.counts.total for p in d.by_kind) == stats.activities
        assert {p.key for p in d.by_group if p.small} == privacy.small_groups(db)
    finally:
        db.close()
