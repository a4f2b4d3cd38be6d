"""Reflection questions, "not assessed" findings and the project's report fields: services,
bundle export/import (old bundles without them too), pseudonymisation and merge."""

import json
import shutil
import zipfile

import jsonschema
import pytest
from test_bundle_hostile import edit_json
from test_bundle_support import NAMES, populate

from digifelt.core.errors import ValidationError
from digifelt.core.services import findings, people, projects, rubric
from digifelt.exports.bundle import apply_import, export_bundle, verify_bundle
from digifelt.exports.bundle.json_schema import schema

REPORT_FIELDS = {"commissioner": "Trøndelag fylkeskommune", "assessing_org": "DigiTrøndelag",
                 "report_version": "0.3"}


def _indicator(db, n=0):
    return rubric.rubric_tree(db)[0].indicators[n]


def _project_json(bundle) -> dict:
    with zipfile.ZipFile(bundle) as zf:
        name = next(n for n in zf.namelist() if n.endswith("/data/project.json"))
        return json.loads(zf.read(name))


def test_reflection_is_kept_apart_from_actions(project):
    ind = _indicator(project)
    findings.update_finding(project, ind.id, actions="Lag en plan",
                            reflection="Hvem eier planen?")
    stored = findings.get_finding(project, ind.id).finding
    assert stored.actions == "Lag en plan"
    assert stored.reflection == "Hvem eier planen?"


def test_not_assessed_clears_the_level_and_a_level_makes_a_draft_again(project):
    ind = _indicator(project)
    findings.update_finding(project, ind.id, level=3, status="agreed")
    findings.update_finding(project, ind.id, status="not_assessed")
    stored = findings.get_finding(project, ind.id).finding
    assert (stored.status, stored.level) == ("not_assessed", None)
    with pytest.raises(ValidationError, match="no level"):
        findings.update_finding(project, ind.id, status="not_assessed", level=2)
    findings.update_finding(project, ind.id, strengths="Tekst")  # other edits keep the state
    assert findings.get_finding(project, ind.id).finding.status == "not_assessed"
    findings.update_finding(project, ind.id, level=2)
    stored = findings.get_finding(project, ind.id).finding
    assert (stored.status, stored.level) == ("draft", 2)
    findings.update_finding(project, ind.id, status="not_assessed", level=None)
    assert findings.get_finding(project, ind.id).finding.level is None


def test_project_report_fields_are_stored_and_held_to_the_name_rules(project):
    projects.update_project(project, **REPORT_FIELDS)
    stored = projects.get_project(project)
    assert {k: getattr(stored, k) for k in REPORT_FIELDS} == REPORT_FIELDS
    with pytest.raises(ValidationError, match="assessing_org"):
        projects.update_project(project, assessing_org="Digi\u202eTrøndelag")
    assert projects.get_project(project).assessing_org == "DigiTrøndelag"
    projects.update_project(project, report_version=None)
    assert projects.get_project(project).report_version is None


def test_api_update_project_is_one_undoable_step(tmp_path):
    from digifelt.api import Project

    with Project.create(tmp_path / "a.digifelt", title="T", organisation="Fjellvik kommune") as p:
        p.update_project(commissioner="Fjellvik kommune", report_version="1.0")
        assert projects.get_project(p.db).report_version == "1.0"
        p.undo()
        assert projects.get_project(p.db).commissioner is None
        assert projects.get_project(p.db).report_version is None


def _with_fields(db):
    projects.update_project(db, **REPORT_FIELDS)
    ind, other = _indicator(db, 0), _indicator(db, 1)
    findings.update_finding(db, ind.id, level=2, actions="Tiltak", reflection="Spørsmål?")
    findings.update_finding(db, other.id, status="not_assessed", reflection="Hvorfor ikke?")
    return ind, other


def test_fields_travel_through_a_bundle(tmp_path, project):
    ind, other = _with_fields(project)
    out = tmp_path / "b.zip"
    export_bundle(project, out)
    doc = _project_json(out)
    jsonschema.Draft202012Validator(schema()).validate(doc)
    assert {k: doc["project"][k] for k in REPORT_FIELDS} == REPORT_FIELDS
    assert verify_bundle(out).lines()[0].find("ok") >= 0
    copy = tmp_path / "copy.digifelt"
    apply_import(copy, out)
    db = projects.open_project(copy)
    try:
        stored = projects.get_project(db)
        assert {k: getattr(stored, k) for k in REPORT_FIELDS} == REPORT_FIELDS
        first = findings.get_finding(db, ind.id).finding
        assert (first.actions, first.reflection, first.level) == ("Tiltak", "Spørsmål?", 2)
        second = findings.get_finding(db, other.id).finding
        assert (second.status, second.level, second.reflection) == (
            "not_assessed", None, "Hvorfor ikke?")
    finally:
        db.close()


def _strip_new_fields(doc):
    for key in REPORT_FIELDS:
        doc["project"].pop(key, None)
    for finding in doc["findings"]:
        finding.pop("reflection", None)


def test_a_bundle_without_the_fields_imports(tmp_path, project):
    populate(project)
    ind = _indicator(project)
    findings.update_finding(project, ind.id, level=2, actions="Tiltak")
    out = tmp_path / "b.zip"
    export_bundle(project, out)
    old = edit_json(out, tmp_path / "old.zip", _strip_new_fields)
    assert "commissioner" not in _project_json(old)["project"]
    verify_bundle(old)
    copy = tmp_path / "copy.digifelt"
    apply_import(copy, old)
    db = projects.open_project(copy)
    try:
        assert projects.get_project(db).commissioner is None
        stored = findings.get_finding(db, ind.id).finding
        assert (stored.actions, stored.reflection) == ("Tiltak", None)
    finally:
        db.close()


def test_a_newer_edit_from_an_older_digifelt_keeps_the_fields_it_does_not_know(
        tmp_path, project):
    ind, _other = _with_fields(project)
    mate = tmp_path / "mate.digifelt"
    shutil.copy(project.path, mate)
    db = projects.open_project(mate)
    try:
        projects.update_project(db, title="Ny tittel")
        findings.update_finding(db, ind.id, actions="Nytt tiltak")
        out = tmp_path / "mate.zip"
        export_bundle(db, out)
    finally:
        db.close()
    old = edit_json(out, tmp_path / "old.zip", _strip_new_fields)
    apply_import(project.path, old, db=project)
    stored = projects.get_project(project)
    assert stored.title == "Ny tittel"
    assert {k: getattr(stored, k) for k in REPORT_FIELDS} == REPORT_FIELDS
    finding = findings.get_finding(project, ind.id).finding
    assert (finding.actions, finding.reflection) == ("Nytt tiltak", "Spørsmål?")


def test_pseudonymised_bundle_scrubs_names_from_the_new_texts(tmp_path, project):
    populate(project)
    ind = _indicator(project)
    findings.update_finding(project, ind.id, reflection=f"Hva mener {NAMES[0]}?")
    projects.update_project(project, commissioner=f"{NAMES[1]}, kommunedirektør")
    out = tmp_path / "p.zip"
    export_bundle(project, out, pseudonymise=True)
    doc = _project_json(out)
    finding = next(f for f in doc["findings"] if f["indicator_id"] == ind.id)
    for name in NAMES[:2]:
        for part in name.split():
            assert part not in finding["reflection"]
            assert part not in doc["project"]["commissioner"]
    assert finding["reflection"].startswith("Hva mener ")
    assert doc["project"]["commissioner"].endswith(", kommunedirektør")
    assert people.list_participants(project)  # the project itself is untouched


def test_reflection_questions_reach_the_refi_qda_export(tmp_path, project):
    from digifelt.exports.qdpx import NS, export_qdpx

    ind = _indicator(project)
    findings.update_finding(project, ind.id, actions="Tiltak", reflection="Hvem eier målene?")
    out = tmp_path / "p.qdpx"
    export_qdpx(project, out)
    with zipfile.ZipFile(out) as zf:
        qde = zf.read("project.qde").decode("utf-8")
    assert f"xmlns=\"{NS}\"" in qde
    assert "Refleksjonsspørsmål:\nHvem eier målene?" in qde
