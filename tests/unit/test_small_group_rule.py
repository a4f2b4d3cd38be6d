"""One small-group rule: the report, the dashboard, the matrix's small groups and
`privacy status` flag the same groups, and a group of unknown size counts as small."""

from docx import Document

from digifelt.cli import main
from digifelt.core.services import activities, dashboard, people, privacy
from digifelt.exports.report import write_report


def _groups(project):
    groups = {g.name: g.id for g in people.list_groups(project)}
    activities.add_activity(project, kind="interview", title="få", headcount=3,
                            group_ids=[groups["Folkevalgte"]])
    activities.add_activity(project, kind="observation", title="ukjent antall",
                            group_ids=[groups["Ansatte"]])  # no head count at all
    activities.add_activity(project, kind="interview", title="mange", headcount=4,
                            group_ids=[groups["Ledere"]])
    activities.add_activity(project, kind="interview", title="flere", headcount=2,
                            group_ids=[groups["Ledere"]])
    return groups


def test_the_rule():
    assert privacy.is_small_group(None)
    assert privacy.is_small_group(0)
    assert privacy.is_small_group(privacy.SMALL_GROUP - 1)
    assert not privacy.is_small_group(privacy.SMALL_GROUP)


def test_report_dashboard_and_status_flag_the_same_groups(project, tmp_path, capsys):
    groups = _groups(project)
    expected = {groups["Folkevalgte"], groups["Ansatte"]}
    assert privacy.small_groups(project) == expected
    board = dashboard.dashboard(project)
    assert {p.key for p in board.by_group if p.small} == expected
    out = tmp_path / "r.docx"
    write_report(project, out)
    text = "\n".join(p.text for p in Document(out).paragraphs)
    flagged = {name for name, gid in groups.items() if f"i gruppen {name}." in text
               or f"in the group {name}." in text}
    assert flagged == {"Folkevalgte", "Ansatte"}
    path = project.path
    project.close()
    assert main(["privacy", "status", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    marked = {line.split(":")[0].removeprefix("group ") for line in lines
              if "quotes may identify people" in line}
    assert marked == {"Folkevalgte", "Ansatte"}
