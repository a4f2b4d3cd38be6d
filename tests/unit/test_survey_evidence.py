"""Survey questions as evidence: one item per question and indicator in the matrix (by kind and
by group), in triangulation and the Overview's counts, in the indicator's evidence list, and
found by the search; a suppressed cell never counts for its group."""

import csv

import pytest

from digifelt.core.operations import journal
from digifelt.core.services import (
    activities,
    dashboard,
    entries,
    excerpts,
    people,
    rubric,
    search,
    surveys,
)
from digifelt.core.services.matrix import (
    QUESTION_KIND,
    cell_evidence,
    evidence_matrices,
    untriangulated,
)
from digifelt.core.services.surveys import SUPPRESSED

SCALE = ["Helt uenig", "Litt uenig", "Litt enig", "Helt enig"]
Q1 = "Jeg vet hvor jeg finner kommunens digitaliseringsstrategi"
Q2 = "Vi får opplæring i nye verktøy før de tas i bruk"
Q3 = "Brukerne av tjenestene våre blir spurt (Sámi: čđŋšŧž)"
FREE = "Andre kommentarer"

MAPPING = f"""\
title: Spørreundersøkelse ansatte 2026
group_column: Rolle
groups: {{Ansatt: Ansatte, Leder: Ledere, TV: Tillitsvalgte}}
scale: [{", ".join(SCALE)}]
questions:
  - {{column: "{Q1}", indicators: ["1.1", "2.1"]}}
  - {{column: "{Q2}", indicators: ["1.2"]}}
  - {{column: "{Q3}", indicators: ["1.3"]}}
free_text:
  - {{column: "{FREE}", indicators: []}}
"""


def respondents() -> list[list[str]]:
    """40 Ansatte, 20 Ledere, 8 Tillitsvalgte. Q1: everyone, mostly agreeing (a strength).
    Q2: 3 Tillitsvalgte answer (a small cell, so Ledere are hidden too: 63 − 40 − 20 would
    reveal it), mostly disagreeing (a gap). Q3: only 4 answers at all (nothing may be shown)."""
    rows = []
    for i in range(40):
        rows.append(["Ansatt", "Helt enig" if i < 30 else "Litt uenig", "Litt uenig",
                     "Litt enig" if i < 4 else "",
                     "Vi trenger bedre opplæring i fagsystemet" if i == 0 else ""])
    for i in range(20):
        rows.append(["Leder", "Litt enig", "Helt enig", "", "Strategien er ukjent" if i == 0
                     else ""])
    for i in range(8):
        rows.append(["TV", "Helt enig", "Helt uenig" if i < 3 else "", "", ""])
    return rows


@pytest.fixture
def survey(project, tmp_path):
    results = tmp_path / "svar.csv"
    with results.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Rolle", Q1, Q2, Q3, FREE])
        writer.writerows(respondents())
    mapping = tmp_path / "kart.yaml"
    mapping.write_text(MAPPING, encoding="utf-8")
    made = journal(project).run("Import survey", surveys.import_survey, project, results,
                                mapping)
    ind = {c: i.id for c, i in rubric.indicators_by_code(project).items()}
    groups = {g.name: g.id for g in people.list_groups(project)}
    questions = {q.question.text: q for q in surveys.list_questions(project, made.activity_id)}
    return project, made.activity_id, ind, groups, questions


def row(matrix, code):
    return next(r for r in matrix.rows if r.code == code)


def counts(cell):
    return (cell.total, cell.strengths, cell.gaps) if cell else (0, 0, 0)


def interview(db, group_id, code_id, text="Vi blir hørt."):
    act = activities.add_activity(db, kind="interview", title="Intervju",
                                  group_ids=[group_id])
    entry = entries.add_entry(db, activity_id=act.id, text=text)
    excerpts.tag_excerpt(db, entry_id=entry.id, start=0, end=2, indicator_ids=[code_id])


def test_by_kind_each_question_counts_once_per_indicator_with_its_valence(survey):
    db, _act, _ind, _groups, _questions = survey
    m = evidence_matrices(db)["kind"]
    assert [k for k, _ in m.columns] == ["interview", "observation", "document_review",
                                         "survey"]
    # Q1 is mapped to two indicators: one item for each; Q2 proposed a gap.
    assert counts(row(m, "1.1").cells.get("survey")) == (1, 1, 0)
    assert counts(row(m, "2.1").cells.get("survey")) == (1, 1, 0)
    assert counts(row(m, "1.2").cells.get("survey")) == (1, 0, 1)
    # Q3: four answers in all, so not even its overall result may be shown: no evidence.
    assert counts(row(m, "1.3").cells.get("survey")) == (0, 0, 0)
    assert counts(row(m, "1.1").total) == (1, 1, 0)
    assert sum(r.total.total for r in m.rows) == 3


def test_by_group_a_question_counts_under_each_group_it_may_show(survey):
    db, _act, _ind, groups, _questions = survey
    m = evidence_matrices(db)["group"]
    keys = [k for k, _ in m.columns]
    assert "survey" not in keys  # every question here has a group it may show
    r1 = row(m, "1.1")
    for name in ("Ansatte", "Ledere", "Tillitsvalgte"):
        assert counts(r1.cells.get(groups[name])) == (1, 1, 0), name
    assert groups["Folkevalgte"] not in r1.cells
    assert r1.total.total == 1  # one question, heard from three groups
    # Q2: Tillitsvalgte had 3 answers and Ledere would reveal them: only Ansatte count.
    r2 = row(m, "1.2")
    assert counts(r2.cells.get(groups["Ansatte"])) == (1, 0, 1)
    assert groups["Ledere"] not in r2.cells
    assert groups["Tillitsvalgte"] not in r2.cells
    assert r2.heard == (groups["Ansatte"],)


def test_the_assessor_valence_is_what_counts(survey):
    db, _act, _ind, groups, questions = survey
    journal(db).run("Valence", surveys.set_question_valence, db, questions[Q1].question.id,
                    "gap")
    both = evidence_matrices(db)
    assert counts(row(both["kind"], "1.1").cells["survey"]) == (1, 0, 1)
    assert counts(row(both["kind"], "2.1").cells["survey"]) == (1, 0, 1)
    assert counts(row(both["group"], "2.1").cells[groups["Ledere"]]) == (1, 0, 1)


def test_triangulation_counts_surveys_as_a_kind_and_only_groups_shown(survey):
    db, _act, ind, groups, _questions = survey
    m = evidence_matrices(db)["kind"]
    r1 = row(m, "1.1")
    assert (r1.kinds, r1.groups, r1.triangulated) == (1, 3, False)
    assert untriangulated(r1).only_kind == "survey"
    board = dashboard.dashboard(db)
    flagged = {r.code for r in board.not_triangulated}
    assert {"1.1", "1.2", "2.1"} <= flagged
    assert "1.1" not in {r.code for r in board.without_evidence}
    assert "1.3" in {r.code for r in board.without_evidence}

    interview(db, groups["Folkevalgte"], ind["1.1"])
    interview(db, groups["Ansatte"], ind["1.2"])
    m = evidence_matrices(db)["kind"]
    assert row(m, "1.1").triangulated  # interview + survey, four groups
    r2 = row(m, "1.2")
    # Interview + survey, but only Ansatte heard: the hidden Ledere cell does not count.
    assert (r2.kinds, r2.groups, r2.triangulated) == (2, 1, False)
    assert untriangulated(r2).only_group == groups["Ansatte"]
    flagged = {r.code for r in dashboard.dashboard(db).not_triangulated}
    assert "1.1" not in flagged
    assert {"1.2", "2.1"} <= flagged

    interview(db, groups["Ledere"], ind["1.2"])
    assert row(evidence_matrices(db)["group"], "1.2").triangulated
    assert "1.2" not in {r.code for r in dashboard.dashboard(db).not_triangulated}


def test_a_tagged_free_text_answer_counts_like_a_note(survey):
    db, act, ind, groups, questions = survey
    [answer_id, _other] = questions[FREE].answer_ids
    text = entries.get_entry(db, answer_id).text
    journal(db).run("Tag", excerpts.tag_excerpt, db, entry_id=answer_id, start=0, end=10,
                    indicator_ids=[ind["1.3"]], valence="gap")
    both = evidence_matrices(db)
    assert counts(row(both["kind"], "1.3").cells["survey"]) == (1, 0, 1)
    # No link to who wrote it: by group it is the survey's, not a group's.
    assert counts(row(both["group"], "1.3").cells["survey"]) == (1, 0, 1)
    assert "survey" in [k for k, _ in both["group"].columns]
    items = cell_evidence(db, ind["1.3"], "survey", by="group", questions=True)
    assert [(i.kind, i.activity_id, i.is_question) for i in items] == [
        ("quote", act, False)]
    assert items[0].text == text[:10]


def test_the_indicator_list_shows_the_question_with_what_may_be_shown(survey):
    db, act, ind, groups, questions = survey
    [item] = cell_evidence(db, ind["1.1"], questions=True)
    assert (item.kind, item.text, item.excerpt_id, item.activity_id, item.activity_kind) == (
        QUESTION_KIND, Q1, questions[Q1].question.id, act, "survey")
    assert item.activity_title == "Spørreundersøkelse ansatte 2026"
    assert item.group_names == ("Ansatte", "Ledere", "Tillitsvalgte")
    assert item.valence == "strength"
    d = item.distribution
    assert (d.overall.n, d.overall.counts) == (68, (0, 10, 20, 38))
    assert round(100 * d.share_agreeing) == 85
    assert cell_evidence(db, ind["1.1"]) == []  # the findings' quote list: excerpts only

    [item] = cell_evidence(db, ind["1.2"], questions=True)
    cells = {c.label: c for c in item.distribution.groups}
    assert cells["Ansatte"].n == 40
    assert cells["Ledere"].n_text == SUPPRESSED
    assert cells["Ledere"].percents is None
    assert cells["Tillitsvalgte"].n_text == SUPPRESSED
    assert item.group_names == ("Ansatte",)
    assert cell_evidence(db, ind["1.3"], questions=True) == []
    # One cell: by kind, and by group only under the groups it may show.
    assert len(cell_evidence(db, ind["1.2"], "survey", questions=True)) == 1
    assert cell_evidence(db, ind["1.2"], "interview", questions=True) == []
    assert len(cell_evidence(db, ind["1.2"], groups["Ansatte"], by="group",
                             questions=True)) == 1
    assert cell_evidence(db, ind["1.2"], groups["Ledere"], by="group", questions=True) == []
    assert len(cell_evidence(db, ind["2.1"], groups["Ledere"], by="group",
                             questions=True)) == 1


def test_the_matrix_export_has_the_survey_column(survey, tmp_path):
    from digifelt.exports.matrix import export_matrix

    db, _act, _ind, _groups, _questions = survey
    out = export_matrix(db, tmp_path / "m.csv", by="kind", lang="nb").path
    with out.open(encoding="utf-8-sig") as fh:
        table = list(csv.reader(fh))
    head = table[0]
    assert "spørreundersøkelse" in head
    col = head.index("spørreundersøkelse")
    by_code = {r[1]: r for r in table[1:]}
    assert [by_code[c][col] for c in ("1.1", "1.2", "1.3", "2.1")] == ["1", "1", "0", "1"]
    assert by_code["1.2"][head.index("forbedringsområder")] == "1"

    out = export_matrix(db, tmp_path / "g.csv", by="group", lang="nb").path
    with out.open(encoding="utf-8-sig") as fh:
        table = list(csv.reader(fh))
    head = table[0]
    by_code = {r[1]: r for r in table[1:]}
    assert [by_code["1.1"][head.index(g)] for g in ("Ansatte", "Ledere", "Tillitsvalgte")] == [
        "1", "1", "1"]
    assert [by_code["1.2"][head.index(g)] for g in ("Ansatte", "Ledere", "Tillitsvalgte")] == [
        "1", "0", "0"]


def test_removing_the_survey_removes_its_evidence(survey):
    db, act, _ind, _groups, _questions = survey
    journal(db).run("Delete", activities.delete_activity, db, act)
    m = evidence_matrices(db)["kind"]
    assert "survey" not in [k for k, _ in m.columns]
    assert sum(r.total.total for r in m.rows) == 0


@pytest.mark.parametrize(("query", "found"), [
    ("digitaliseringsstrat", [Q1]),  # a prefix, as typed
    ("KOMMUNENS digital", [Q1]),  # any case, every word
    ("opplæring verktøy", [Q2]),
    ("čđŋ", [Q3]),  # Sámi letters as typed
    ("strategi", []),  # a prefix, not inside a word
    ("opplæring folkevalgte", []),  # every word must be there
])
def test_search_finds_survey_questions(survey, query, found):
    db, act, _ind, _groups, questions = survey
    hits = [h for h in search.search(db, query) if h.kind == "survey_question"]
    assert [questions_text(questions, h.ref_id) for h in hits] == found
    for hit in hits:
        assert hit.activity_id == act
        assert hit.activity_title == "Spørreundersøkelse ansatte 2026"
        assert "[" in hit.snippet_marked()


def questions_text(questions, question_id):
    return next(text for text, q in questions.items() if q.question.id == question_id)


def test_search_marks_the_words_and_keeps_the_other_hits(survey):
    db, act, _ind, _groups, questions = survey
    hits = search.search(db, "opplæring")
    kinds = [h.kind for h in hits]
    assert kinds[0] == "survey_question"
    assert hits[0].snippet_marked() == "Vi får [opplæring] i nye verktøy før de tas i bruk"
    # The free-text answer with the same word is a note of the survey, found by the index.
    assert "entry" in kinds
    assert len(search.search(db, "opplæring", limit=1)) == 1
    assert search.search(db, "  ") == []


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from digifelt.core.demo import generate_demo
    from digifelt.core.services.projects import open_project

    root = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DIGIFELT_DATA_DIR", str(root / "data"))
        mp.setenv("DIGIFELT_CONFIG_DIR", str(root / "config"))
        path = root / "fjellvik.digifelt"
        generate_demo(path, size="small", seed=1)
        db = open_project(path)
        yield path, db
        db.close()


def test_the_demo_has_two_surveys_and_a_council_workshop(demo):
    from digifelt.core.services.check import check_project

    path, db = demo
    listed = {s.activity.title: s for s in surveys.list_surveys(db)}
    assert sorted(listed) == ["Spørreundersøkelse ansatte 2026",
                              "Spørreundersøkelse folkevalgte 2026"]
    staff = listed["Spørreundersøkelse ansatte 2026"]
    assert (staff.respondents, staff.questions, staff.answers) == (77, 5, 7)
    assert staff.groups == [("Ansatte", "63"), ("Ledere", "14")]
    assert listed["Spørreundersøkelse folkevalgte 2026"].groups == [("Folkevalgte", "29")]
    names = {g.id: g.name for g in people.list_groups(db)}
    suppressed = []
    for view in surveys.list_questions(db, staff.activity.id):
        if view.question.kind != "scale":
            continue
        assert view.indicator_ids  # every question informs a real indicator
        shown = surveys.shown_distribution(view.question, names)
        suppressed += [(c.label, c.n_text) for c in shown.groups if c.suppressed]
    # One question with four leaders' answers: that cell, and Ansatte's that would reveal it.
    assert suppressed == [("Ansatte", SUPPRESSED), ("Ledere", SUPPRESSED)]

    [workshop] = activities.list_activities(db, kind="workshop")
    assert workshop.activity.title == "Verksted med kommunestyret"
    assert workshop.activity.headcount == 27
    assert [names[g] for g in workshop.group_ids] == ["Folkevalgte"]
    notes = entries.list_entries(db, workshop.activity.id)
    assert len(notes) >= 6
    assert any("Flip-over" in e.text for e in notes)
    tagged = excerpts.list_excerpts(db, activity_id=workshop.activity.id)
    assert len(tagged) >= 5

    m = evidence_matrices(db)
    assert {"survey", "workshop"} <= {k for k, _ in m["kind"].columns}
    survey_items = sum(r.cells.get("survey").total for r in m["kind"].rows
                       if r.cells.get("survey"))
    # 6 + 5 (question, indicator) pairs, each overall result shown; 5 + 2 tagged answers.
    assert survey_items == 6 + 5 + 5 + 2
    assert sum(r.cells["workshop"].total for r in m["kind"].rows
               if "workshop" in r.cells) == len(tagged)
    row_15 = row(m["kind"], "1.5")
    assert row_15.cells["survey"].strengths == 1
    assert check_project(path).ok
