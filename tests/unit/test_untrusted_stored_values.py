"""A hand-edited project file with values the services never write (an infinite time offset,
a finding level off the scale): `check` reports them and `check --repair` clears them."""

import sqlite3

from digifelt.core.services import activities, entries, findings, rubric
from digifelt.core.services.check import check_project
from digifelt.core.services.repair import repair_project


def _edited(project) -> dict:
    act = activities.add_activity(project, kind="interview", title="Intervju")
    kept = entries.add_entry(project, activity_id=act.id, text="ok", offset_s=12.5)
    bad = [entries.add_entry(project, activity_id=act.id, text=f"n{n}").id for n in range(3)]
    ind1, ind2 = (a.indicators[0] for a in rubric.rubric_tree(project)[:2])
    findings.update_finding(project, ind1.id, level=2)
    off = findings.update_finding(project, ind2.id, level=3).finding.id
    project.close()
    con = sqlite3.connect(project.path)
    with con:
        con.execute("UPDATE entry SET offset_s = 1e999 WHERE id IN (?, ?)", bad[:2])
        con.execute("UPDATE entry SET offset_s = -1e999 WHERE id = ?", (bad[2],))
        con.execute("UPDATE finding SET level = ? WHERE id = ?", (-(2 ** 62), off))
    con.close()
    return {"kept": kept.id, "bad": bad, "off": off}


def test_check_reports_and_repair_clears_values_out_of_rules(project):
    made = _edited(project)
    report = check_project(project.path)
    [item] = [i for i in report.items if i.name.startswith("stored values")]
    assert item.problems == ["3 note(s) have a time offset that is not a finite number",
                             "1 finding(s) have a level that is not on the scale"]
    result = repair_project(project.path)
    assert "cleared 3 time offset(s) that were not finite numbers" in result.fixes
    assert "cleared 1 finding level(s) that were not on the scale" in result.fixes
    con = sqlite3.connect(project.path)
    try:
        offsets = dict(con.execute("SELECT id, offset_s FROM entry"))
        levels = sorted(con.execute("SELECT level FROM finding WHERE level IS NOT NULL"))
        cleared = con.execute("SELECT level FROM finding WHERE id = ?",
                              (made["off"],)).fetchone()
    finally:
        con.close()
    assert offsets[made["kept"]] == 12.5
    assert all(offsets[i] is None for i in made["bad"])
    assert levels == [(2,)]
    assert cleared == (None,)
    assert check_project(project.path).ok
