"""One small-group rule, counted per session: the report, the dashboard, the matrix export and
`privacy status` flag the same groups; a session of unknown size counts as small; an
observation's audience never makes an interviewed group large."""

from docx import Document
from openpyxl import load_workbook

from digifelt.cli import main
from digifelt.core.services import activities, dashboard, people, privacy
from digifelt.exports.matrix import export_matrix
from digifelt.exports.report import write_report


def _groups(project):
    """Tillitsvalgte: sessions of 6 and 4 (10 heard, still small); Ledere: sessions of 6 and 5;
    Folkevalgte: an interview of 6 and a public meeting of 200 (the audience is not heard);
    Ansatte: one interview of unknown size; Innbyggere: only observed, 200 in the audience."""
    groups = {g.name: g.id for g in people.list_groups(project)}
    if "Innbyggere" not in groups:
        groups["Innbyggere"] = people.add_group(project, name="Innbyggere").id

    def add(kind, title, group, headcount=None):
        activities.add_activity(project, kind=kind, title=title, headcount=headcount,
                                group_ids=[groups[group]])

    add("interview", "hovedtillitsvalgte", "Tillitsvalgte", 4)
    add("interview", "plasstillitsvalgte", "Tillitsvalgte", 6)
    add("interview", "ledergruppa", "Ledere", 6)
    add("interview", "mellomledere", "Ledere", 5)
    add("interview", "formannskapet", "Folkevalgte", 6)
    add("observation", "kommunestyremøte", "Folkevalgte", 200)
    add("interview", "ukjent antall", "Ansatte")
    add("observation", "folkemøte", "Innbyggere", 200)
    return groups


def test_the_rule():
    assert privacy.is_small_group(None)
    assert privacy.is_small_group(0)
    assert privacy.is_small_group(privacy.SMALL_GROUP - 1)
    assert not privacy.is_small_group(privacy.SMALL_GROUP)
    assert privacy.is_small_group([6, 4])  # per session, not summed
    assert privacy.is_small_group([6, None])
    assert not privacy.is_small_group([6, 5])


def test_sessions_are_counted_one_by_one(project):
    groups = _groups(project)
    heard = privacy.group_sessions(project)
    assert sorted(heard[groups["Tillitsvalgte"]].headcounts) == [4, 6]
    assert heard[groups["Tillitsvalgte"]].people == 10
    assert heard[groups["Tillitsvalgte"]].smallest == 4
    assert heard[groups["Folkevalgte"]].headcounts == (6,)  # the audience of 200 left out
    assert heard[groups["Innbyggere"]].observed
    assert heard[groups["Ansatte"]].smallest is None
    assert privacy.small_groups(project) == {groups["Tillitsvalgte"], groups["Ansatte"]}


def test_every_consumer_flags_the_same_groups(project, tmp_path, capsys):
    groups = _groups(project)
    expected = {"Tillitsvalgte", "Ansatte"}
    names = {gid: name for name, gid in groups.items()}
    assert {names[g] for g in privacy.small_groups(project)} == expected

    board = dashboard.dashboard(project)
    assert {p.label for p in board.by_group if p.small} == expected
    tv = next(p for p in board.by_group if p.label == "Tillitsvalgte")
    assert (tv.people, tv.smallest) == (10, 4)

    out = tmp_path / "r.docx"
    write_report(project, out)
    text = "\n".join(p.text for p in Document(out).paragraphs)
    flagged = {name for name in groups if f"med gruppen {name} hadde færre" in text
               or f"with the group {name} had fewer" in text}
    assert flagged == expected

    xlsx = export_matrix(project, tmp_path / "m.xlsx", by="group", lang="en").path
    header = [c.value for c in load_workbook(xlsx)["Matrix"][1]]
    assert {h.removeprefix("⚠ ") for h in header if h and h.startswith("⚠ ")} == expected

    path = project.path
    project.close()
    assert main(["privacy", "status", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    marked = {line.split(":")[0].removeprefix("group ") for line in lines
              if "quotes may identify people" in line}
    assert marked == expected
    assert any(line.startswith("group Tillitsvalgte: 10 people heard in 2 sessions, smallest 4")
               for line in lines)
    assert any(line.startswith("group Innbyggere: 200 people heard in 1 observation")
               for line in lines)
