"""Evidence matrix counts and the triangulation rule, on a project built by hand."""

import csv

import pytest
from openpyxl import load_workbook

from digifelt.core.services import activities, entries, excerpts, people, rubric
from digifelt.core.services.matrix import cell_evidence, evidence_matrix
from digifelt.exports.matrix import MatrixExportError, write_matrix


@pytest.fixture
def evidence(project):
    """1.1: interview (Folkevalgte) 2 strengths + 1 gap, observation 1 gap, doc 1 neutral;
    1.2: two interviews with Ledere and Ansatte, 1 gap each; 1.3: nothing."""
    groups = {g.name: g.id for g in people.list_groups(project)}
    ind = {i.code: i.id for a in rubric.rubric_tree(project) for i in a.indicators}

    def note(kind, group, text):
        act = activities.add_activity(project, kind=kind, title=f"{kind} {group}",
                                      group_ids=[groups[group]] if group else [])
        return act, entries.add_entry(project, activity_id=act.id, text=text)

    def tag(entry, codes, valence):
        excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=5,
                             indicator_ids=[ind[c] for c in codes], valence=valence)

    _, e1 = note("interview", "Folkevalgte", "Målene er kjente.")
    tag(e1, ["1.1"], "strength")
    tag(e1, ["1.1"], "strength")
    tag(e1, ["1.1"], "gap")
    _, e2 = note("observation", None, "Møtet manglet saksframlegg.")
    tag(e2, ["1.1"], "gap")
    doc = activities.add_activity(project, kind="document_review", title="Kommuneplan")
    excerpts.add_document_excerpt(project, activity_id=doc.id, text="Digitalisering nevnes",
                                  page=4, indicator_ids=[ind["1.1"]])
    _, e3 = note("interview", "Ledere", "Lite opplæring.")
    _, e4 = note("interview", "Ansatte", "Lite opplæring.")
    tag(e3, ["1.2"], "gap")
    tag(e4, ["1.2"], "gap")
    return project, ind, groups


def row(matrix, code):
    return next(r for r in matrix.rows if r.code == code)


def test_counts_by_kind(evidence):
    db, _ind, _groups = evidence
    m = evidence_matrix(db, by="kind")
    assert [c[0] for c in m.columns] == ["interview", "observation", "document_review"]
    r = row(m, "1.1")
    assert (r.cells["interview"].total, r.cells["interview"].strengths,
            r.cells["interview"].gaps) == (3, 2, 1)
    assert r.cells["observation"].gaps == 1
    assert r.cells["document_review"].total == 1
    assert (r.total.total, r.total.strengths, r.total.gaps) == (5, 2, 2)
    assert (r.kinds, r.groups, r.triangulated) == (3, 1, False)
    r2 = row(m, "1.2")
    assert (r2.kinds, r2.groups, r2.triangulated) == (1, 2, False)
    assert row(m, "1.3").total.total == 0
    assert len(m.rows) == 29


def test_counts_by_group_and_triangulation(evidence):
    db, ind, groups = evidence
    m = evidence_matrix(db, by="group")
    assert {label for _k, label in m.columns} >= {"Folkevalgte", "Ledere", "Ansatte"}
    r = row(m, "1.1")
    assert r.cells[groups["Folkevalgte"]].total == 3
    assert groups["Ledere"] not in r.cells
    # add an interview with another group for 1.1 → two kinds and two groups
    act = activities.add_activity(db, kind="interview", title="Tillitsvalgte",
                                  group_ids=[groups["Tillitsvalgte"]])
    e = entries.add_entry(db, activity_id=act.id, text="Vi blir hørt.")
    excerpts.tag_excerpt(db, entry_id=e.id, start=0, end=2, indicator_ids=[ind["1.1"]])
    assert row(evidence_matrix(db, by="group"), "1.1").triangulated


def test_cell_evidence_lists_the_excerpts(evidence):
    db, ind, groups = evidence
    items = cell_evidence(db, ind["1.1"], "interview", by="kind")
    assert len(items) == 3
    assert all(i.group_names == ("Folkevalgte",) for i in items)
    assert [i.page for i in cell_evidence(db, ind["1.1"], "document_review")] == [4]
    assert len(cell_evidence(db, ind["1.2"], groups["Ledere"], by="group")) == 1
    assert len(cell_evidence(db, ind["1.1"])) == 5


def test_csv_and_xlsx_read_back(evidence, tmp_path):
    db, _ind, _groups = evidence
    m = evidence_matrix(db, by="kind")
    out = write_matrix(m, tmp_path / "m.csv", lang="nb")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["område", "kjennetegn", "tittel", "intervju", "observasjon",
                       "dokumentgjennomgang", "styrker", "forbedringsområder", "totalt",
                       "triangulert"]
    r11 = next(r for r in rows if r[1] == "1.1")
    assert r11[3:] == ["3", "1", "1", "2", "2", "5", "nei"]
    names = {gid: name for name, gid in _groups.items()}
    xlsx = write_matrix(m, tmp_path / "m.xlsx", lang="en", group_names=names)
    sheet = load_workbook(xlsx).active
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    assert values[0] == ["Indicator", "Interview", "Observation", "Document review", "Total",
                         "Not triangulated because"]
    line = next(v for v in values if v[0].startswith("⚑ 1.1  "))
    assert line[1:5] == [3, 1, 1, 5]
    assert line[5] == ("Not triangulated: only one group (Folkevalgte). Look for another "
                       "kind of source or another group.")
    # one line per indicator and one above each area's indicators with their sums
    assert len(values) == 1 + 29 + len({r[0] for r in rows[1:]})
    assert len(rows) == 30
    assert values[1][0].startswith("1  ")
    assert values[1][1:5] == [5, 1, 1, 7]  # interviews: 3 for 1.1 and 2 for 1.2


def test_by_group_columns_add_up_to_the_total(evidence):
    """Every excerpt lands in exactly one "by group" column: interviews under their group,
    observations and documents under their kind, several groups or none in columns of their
    own; the columns of each row add up to the row's total, and to the "by kind" total."""
    db, ind, groups = evidence
    both = activities.add_activity(db, kind="interview", title="Fellesmøte",
                                   group_ids=[groups["Ledere"], groups["Ansatte"]])
    e = entries.add_entry(db, activity_id=both.id, text="Vi deler erfaringer.")
    excerpts.tag_excerpt(db, entry_id=e.id, start=0, end=2, indicator_ids=[ind["1.1"]])
    lone = activities.add_activity(db, kind="interview", title="Uten gruppe")
    e = entries.add_entry(db, activity_id=lone.id, text="Ingen vet.")
    excerpts.tag_excerpt(db, entry_id=e.id, start=0, end=2, indicator_ids=[ind["1.1"]],
                         valence="gap")
    m = evidence_matrix(db, by="group")
    keys = [k for k, _label in m.columns]
    assert keys[-4:] == ["~several", "~none", "observation", "document_review"]
    by_kind = {r.indicator_id: r for r in evidence_matrix(db, by="kind").rows}
    for r in m.rows:
        summed = [sum(getattr(c, f) for c in r.cells.values())
                  for f in ("total", "strengths", "gaps")]
        assert summed == [r.total.total, r.total.strengths, r.total.gaps], r.code
        assert r.total.total == by_kind[r.indicator_id].total.total
        assert set(r.cells) <= set(keys)
    r11 = row(m, "1.1")
    assert r11.cells[groups["Folkevalgte"]].total == 3
    assert r11.cells["observation"].total == 1
    assert r11.cells["document_review"].total == 1
    assert r11.cells["~several"].total == 1
    assert (r11.cells["~none"].total, r11.cells["~none"].gaps) == (1, 1)
    assert r11.total.total == 7
    # the cell's excerpts are the ones counted in it
    for key in keys:
        assert len(cell_evidence(db, ind["1.1"], key, by="group")) == (
            r11.cells[key].total if key in r11.cells else 0), key
    assert r11.groups == 3  # Folkevalgte, Ledere, Ansatte: the rule still sees every group


def test_bad_output_name(evidence, tmp_path):
    db, _ind, _groups = evidence
    with pytest.raises(MatrixExportError, match="csv or .xlsx"):
        write_matrix(evidence_matrix(db), tmp_path / "m.pdf")
    assert list(tmp_path.glob("m.*")) == []


def test_both_groupings_at_once_equal_the_single_ones(evidence):
    from dataclasses import astuple

    from digifelt.core.services.matrix import evidence_matrices

    db, _ind, _groups = evidence

    def plain(m):
        return (m.by, m.columns, [(r.indicator_id, {k: astuple(c) for k, c in r.cells.items()},
                                   astuple(r.total), r.kinds, r.groups) for r in m.rows])

    both = evidence_matrices(db)
    assert set(both) == {"kind", "group"}
    for by in ("kind", "group"):
        assert plain(both[by]) == plain(evidence_matrix(db, by=by))
    assert [r.triangulated for r in both["kind"].rows] == [
        r.triangulated for r in both["group"].rows]


def test_evidence_items_keep_the_order_given(evidence):
    from digifelt.core.services.matrix import evidence_items

    db, ind, _groups = evidence
    items = cell_evidence(db, ind["1.1"])
    wanted = [items[3].excerpt_id, items[0].excerpt_id, "no-such-id", items[3].excerpt_id]
    got = evidence_items(db, wanted)
    assert [i.excerpt_id for i in got] == [items[3].excerpt_id, items[0].excerpt_id]
    assert got[1] == items[0]


def test_excerpt_context_and_question(project):
    from digifelt.core.services import guides
    from digifelt.core.services.excerpt_context import excerpt_context

    guide = next(g for g in guides.list_guides(project) if g.kind == "interview")
    question = guides.get_guide(project, guide.id).questions[0].question
    act = activities.add_activity(project, kind="interview", title="Ledere", guide_id=guide.id)
    text = "Før. " + "ord " * 100 + "Vi mangler en plan. " + "etter " * 100
    entry = entries.add_entry(project, activity_id=act.id, text=text, question_id=question.id)
    start = text.index("Vi mangler")
    ind = rubric.rubric_tree(project)[0].indicators[0]
    x = excerpts.tag_excerpt(project, entry_id=entry.id, start=start, end=start + 18,
                             indicator_ids=[ind.id])
    ctx = excerpt_context(project, x.excerpt.id, width=40)
    assert ctx.text == "Vi mangler en plan"
    assert ctx.before.startswith("…")
    assert ctx.before.endswith("ord ")
    assert ctx.after.startswith(". etter")
    assert ctx.after.endswith("…")
    assert max(len(ctx.before), len(ctx.after)) <= 41
    assert ctx.question == question.text
    doc = activities.add_activity(project, kind="document_review", title="Plan")
    page = excerpts.add_document_excerpt(project, activity_id=doc.id, text="Side sju",
                                         page=7, indicator_ids=[ind.id])
    assert excerpt_context(project, page.excerpt.id) == type(ctx)("", "Side sju", "", None)
