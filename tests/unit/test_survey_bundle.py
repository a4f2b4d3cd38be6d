"""A project with a survey: its questions, counts, answer links and indicator links travel in
bundles (format 2) and merge like any object; the report and the bundle check accept it."""

import pytest
from docx import Document
from test_bundle_hostile import edit_json
from test_survey_import import do_import, mapping, project, respondents, write_csv  # noqa: F401

from digifelt.api import Project
from digifelt.exports.bundle.errors import BundleError
from digifelt.exports.bundle.importer import apply_import
from digifelt.exports.bundle.verify import verify_bundle


@pytest.fixture
def surveyed(project, mapping, tmp_path):  # noqa: F811 (fixtures of the survey tests)
    do_import(project, write_csv(tmp_path / "svar.csv", respondents()), mapping)
    return project


def test_a_survey_travels_in_a_bundle_and_merges(surveyed, tmp_path):
    with Project.open(surveyed) as p:
        p.export_bundle(tmp_path / "s.zip")
        before = p.snapshot()
    assert len(before["survey_questions"]) == 3
    assert verify_bundle(tmp_path / "s.zip").counts["activities"] == 1
    copy = tmp_path / "copy.digifelt"
    apply_import(copy, tmp_path / "s.zip")
    with Project.open(copy) as p:
        assert p.snapshot() == before
    scale = next(q for q in before["survey_questions"] if q["kind"] == "scale")
    assert sum(scale["distribution"]["all"]["counts"]) == scale["distribution"]["all"]["n"]
    free = next(q for q in before["survey_questions"] if q["kind"] == "free_text")
    assert len(free["entry_ids"]) == 4  # the four written answers, each its own note
    # Deleting the survey travels: the teammate's copy loses it, questions and answers too.
    with Project.open(surveyed, author="Kari Nordmann") as p:
        survey = next(a for a in p.snapshot()["activities"] if a["kind"] == "survey")
        p.delete_activity(survey["id"])
        p.export_bundle(tmp_path / "s2.zip")
    with Project.open(copy) as p:
        p.import_bundle(tmp_path / "s2.zip")
        after = p.snapshot()
    assert after["survey_questions"] == []
    assert [a for a in after["activities"] if a["kind"] == "survey"] == []


@pytest.mark.parametrize(("edit", "expected"), [
    (lambda q, doc: q["distribution"]["all"].__setitem__("n", 999), "add up"),
    (lambda q, doc: q.__setitem__("activity_id", doc["activities"][0]["id"])
     if doc["activities"][0]["kind"] != "survey" else q.__setitem__("kind", "nonsense"),
     "survey|kind"),
    (lambda q, doc: q["distribution"]["groups"].__setitem__(
        "00000000-0000-4000-8000-000000000000", {"n": 0, "missing": 0, "counts": [0, 0, 0, 0]}),
     "missing group"),
])
def test_a_bad_survey_in_a_bundle_is_refused(surveyed, tmp_path, edit, expected):
    with Project.open(surveyed) as p:
        p.export_bundle(tmp_path / "s.zip")

    def bad(doc):
        q = next(q for q in doc["survey_questions"] if q["kind"] == "scale")
        edit(q, doc)
    broken = edit_json(tmp_path / "s.zip", tmp_path / "bad.zip", bad)
    with pytest.raises(BundleError, match=expected):
        apply_import(tmp_path / "new.digifelt", broken)


def test_the_report_of_a_project_with_a_survey(surveyed, tmp_path):
    from digifelt.exports.entry_points import export_report_file

    out = tmp_path / "r.docx"
    export_report_file(surveyed, out)
    cells = [c.text for t in Document(out).tables for row in t.rows for c in row.cells]
    # The activity overview names the survey by its kind and title.
    assert "Spørreundersøkelse" in cells
    assert "Spørreundersøkelse ansatte 2026" in cells


def test_a_script_imports_a_survey_and_undoes_it(project, mapping, tmp_path):  # noqa: F811
    results = write_csv(tmp_path / "svar.csv", respondents())
    with Project.open(project, author="Kari Nordmann") as p:
        p.import_survey(results, mapping)
        [survey] = p.surveys()
        questions = p.survey_questions(survey.activity.id)
        scale = next(q for q in questions if q.question.kind == "scale")
        p.set_survey_valence(scale.question.id, "gap")
        assert next(q for q in p.survey_questions(survey.activity.id)
                    if q.question.id == scale.question.id).question.valence == "gap"
        p.undo()
        p.undo()
        assert p.surveys() == []
