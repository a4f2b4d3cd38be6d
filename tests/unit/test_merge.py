"""Team merge: teammates' copies of one project, exported as bundles and imported back."""

import shutil

import pytest
from test_bundle_support import bag_is_valid, canonical_content, digest, populate

from digifelt.core.errors import NotFoundError, ValidationError
from digifelt.core.services import (
    activities,
    entries,
    excerpts,
    findings,
    people,
    projects,
    rubric,
)
from digifelt.core.services.conflicts import (
    discard_conflicts,
    list_conflicts,
    resolve_conflict,
)
from digifelt.exports.bundle import BundleError, apply_import, export_bundle, preview_import
from digifelt.storage.backup import list_backups
from digifelt.storage.database import open_database


@pytest.fixture
def team(tmp_path, project):
    """The lead's project with content, and two teammates' copies of it."""
    made = populate(project)
    project.close()
    files = {}
    for who in ("lead", "a", "b"):
        files[who] = tmp_path / f"{who}.digifelt"
        shutil.copy(project.path, files[who])
    return files, made


def opened(path):
    return open_database(path, backup=False)


def bundle_of(path, tmp_path, name=None):
    out = tmp_path / f"{name or path.stem}.zip"
    export_bundle(path, out)
    bag_is_valid(out, tmp_path)  # every bag checked by bagit's own validator too
    return out


def test_new_work_from_a_teammate_is_added(team, tmp_path):
    files, made = team
    db = opened(files["a"])
    act = activities.add_activity(db, kind="observation", title="Kommunestyremøte")
    entry = entries.add_entry(db, activity_id=act.id, text="Saken om fiber ble vedtatt.")
    ex = excerpts.tag_excerpt(db, entry_id=entry.id, start=9, end=14,
                              indicator_ids=[made["indicators"][0].id])
    db.close()
    result = apply_import(files["lead"], bundle_of(files["a"], tmp_path))
    assert result.counts["activity"].new == 1
    assert result.counts["excerpt"].new == 1
    assert result.conflicts == 0
    assert result.totals.updated == 0
    assert [b.reason for b in list_backups(files["lead"])] == ["before-import"]
    assert result.backup == list_backups(files["lead"])[0].path
    db = opened(files["lead"])
    view = excerpts.list_excerpts(db, entry_id=entry.id)
    assert [v.excerpt.id for v in view] == [ex.excerpt.id]
    assert view[0].excerpt.text == "fiber"
    db.close()


def test_newer_edit_wins_and_the_other_is_kept_as_a_conflict(team, tmp_path):
    files, made = team
    entry = made["entry"]
    db = opened(files["a"])
    entries.update_entry_text(db, entry.id, "Teammate A: " + entry.text)
    db.close()
    db = opened(files["lead"])  # the lead edits the same note later: the lead's is newer
    entries.update_entry_text(db, entry.id, entry.text + " Lead added this.")
    db.close()
    bundle = bundle_of(files["a"], tmp_path)
    plan = preview_import(files["lead"], bundle)
    assert plan.counts["entry"].kept == 1
    assert plan.counts["entry"].conflicting == 1
    result = apply_import(files["lead"], bundle)
    assert result.conflicts >= 1
    db = opened(files["lead"])
    assert entries.get_entry(db, entry.id).text.endswith("Lead added this.")
    (conflict,) = [c for c in list_conflicts(db) if c.object_kind == "entry"]
    assert conflict.object_id == entry.id
    assert conflict.other["text"].startswith("Teammate A")
    assert conflict.current["text"].endswith("Lead added this.")
    assert conflict.source == bundle.name
    assert "text" in conflict.changed_fields
    # Keep the teammate's version: it becomes current, the excerpts follow their words,
    # and the displaced version is kept too (resolved).
    resolved = resolve_conflict(db, conflict.id, keep="other")
    assert resolved.resolved
    text = entries.get_entry(db, entry.id).text
    assert text.startswith("Teammate A")
    for view in excerpts.list_excerpts(db, entry_id=entry.id):
        assert text[view.excerpt.start:view.excerpt.end] == view.excerpt.text
    assert not [c for c in list_conflicts(db) if c.object_kind == "entry"]
    history = [c for c in list_conflicts(db, include_resolved=True) if c.object_kind == "entry"]
    assert any(c.other["text"].endswith("Lead added this.") for c in history)
    # Erasing notes for privacy must be able to take their conflict copies too.
    assert discard_conflicts(db, ("entry", "excerpt")) >= 2
    assert not [c for c in list_conflicts(db, include_resolved=True)
                if c.object_kind in ("entry", "excerpt")]
    db.close()


def test_importing_twice_changes_nothing(team, tmp_path):
    files, made = team
    db = opened(files["a"])
    findings.update_finding(db, made["indicators"][0].id, level=1, strengths="A mener")
    db.close()
    db = opened(files["lead"])
    findings.update_finding(db, made["indicators"][0].id, level=2, strengths="Lead mener")
    db.close()
    bundle = bundle_of(files["a"], tmp_path)
    apply_import(files["lead"], bundle)
    once = canonical_content(files["lead"])
    again = apply_import(files["lead"], bundle)
    assert not again.changes_anything
    assert again.previous_imports
    assert canonical_content(files["lead"]) == once


def test_findings_made_separately_become_one(team, tmp_path):
    files, made = team
    ind = rubric.rubric_tree(opened_and_close := opened(files["lead"]))[2].indicators[0]
    opened_and_close.close()
    ids = {}
    for who, level in (("a", 1), ("b", 4)):
        db = opened(files[who])
        ids[who] = findings.update_finding(db, ind.id, level=level,
                                           strengths=f"{who} skrev").finding.id
        db.close()
    assert ids["a"] == ids["b"]  # derived from the indicator: the same on every laptop
    first = tmp_path / "first.digifelt"
    second = tmp_path / "second.digifelt"
    shutil.copy(files["lead"], first)
    shutil.copy(files["lead"], second)
    ba, bb = bundle_of(files["a"], tmp_path), bundle_of(files["b"], tmp_path)
    for path, order in ((first, (ba, bb)), (second, (bb, ba))):
        for bundle in order:
            apply_import(path, bundle)
    assert canonical_content(first) == canonical_content(second)
    db = opened(first)
    view = findings.get_finding(db, ind.id)
    assert view.finding.id == min(ids.values())
    assert (view.finding.level, view.finding.strengths) == (4, "b skrev")  # b's is newer
    assert [c.other["strengths"] for c in list_conflicts(db)
            if c.object_kind == "finding"] == ["a skrev"]
    db.close()


def test_groups_of_the_same_name_merge_into_one(team, tmp_path):
    files, _made = team
    people_of = {}
    for who in ("a", "b"):
        db = opened(files[who])
        group = people.add_group(db, name="Ungdomsrådet")
        people_of[who] = people.add_participant(db, group_id=group.id, name=f"P {who}").id
        activities.add_activity(db, kind="interview", title=f"Ungdom {who}",
                                group_ids=[group.id])
        db.close()
    ba, bb = bundle_of(files["a"], tmp_path), bundle_of(files["b"], tmp_path)
    other = tmp_path / "other.digifelt"
    shutil.copy(files["lead"], other)
    for bundle in (ba, bb):
        apply_import(files["lead"], bundle)
    for bundle in (bb, ba):
        apply_import(other, bundle)
    assert canonical_content(files["lead"]) == canonical_content(other)
    db = opened(files["lead"])
    (group,) = [g for g in people.list_groups(db) if g.name == "Ungdomsrådet"]
    members = {p.id: p.group_id for p in people.list_participants(db)}
    assert members[people_of["a"]] == members[people_of["b"]] == group.id
    for view in activities.list_activities(db):
        if view.activity.title.startswith("Ungdom"):
            assert view.group_ids == [group.id]
    db.close()


def test_a_different_rubric_merges_where_ids_match(team, tmp_path):
    files, made = team
    db = opened(files["a"])
    area = rubric.add_area(db, code="8", title="Bærekraft")
    new_ind = rubric.add_indicator(db, area_id=area.id, code="8.1", title="Gjenbruk")
    excerpts.update_excerpt(db, made["quote"].excerpt.id,
                            indicator_ids=[made["indicators"][0].id, new_ind.id])
    findings.update_finding(db, new_ind.id, level=2, strengths="Bra")
    rubric.update_indicator(db, made["indicators"][1].id, title="Ny tittel fra A")
    db.close()
    result = apply_import(files["lead"], bundle_of(files["a"], tmp_path))
    text = "\n".join(result.rubric_mismatches + result.skipped)
    assert "8.1" in text
    assert "area 8" in text
    assert result.counts["indicator"].skipped == 1
    assert result.counts["finding"].skipped == 1
    db = opened(files["lead"])
    codes = {i.code: i for a in rubric.rubric_tree(db) for i in a.indicators}
    assert "8.1" not in codes
    assert codes[made["indicators"][1].code].title == "Ny tittel fra A"
    view = next(v for v in excerpts.list_excerpts(db) if v.excerpt.id == made["quote"].excerpt.id)
    assert view.indicator_ids == [made["indicators"][0].id]  # the tag to 8.1 was not merged
    db.close()


def test_swapped_codes_merge_and_clashing_codes_are_refused(team, tmp_path):
    files, made = team
    first, second = made["indicators"]
    db = opened(files["a"])
    rubric.update_indicator(db, first.id, code="tmp")
    rubric.update_indicator(db, second.id, code=first.code)
    rubric.update_indicator(db, first.id, code=second.code)
    db.close()
    apply_import(files["lead"], bundle_of(files["a"], tmp_path))
    db = opened(files["lead"])
    codes = {i.id: i.code for a in rubric.rubric_tree(db) for i in a.indicators}
    assert (codes[first.id], codes[second.id]) == (second.code, first.code)
    db.close()
    # b renames one indicator to 9.9, the lead (later) another one: both cannot be 9.9.
    third = rubric.rubric_tree(opened_db := opened(files["b"]))[3].indicators[0]
    rubric.update_indicator(opened_db, third.id, code="9.9")
    opened_db.close()
    db = opened(files["lead"])
    rubric.update_indicator(db, rubric.rubric_tree(db)[4].indicators[0].id, code="9.9")
    db.close()
    before = digest(files["lead"])
    with pytest.raises(BundleError, match="9.9"):
        apply_import(files["lead"], bundle_of(files["b"], tmp_path))
    assert digest(files["lead"]) == before


def test_local_excerpts_follow_a_teammates_newer_text(team, tmp_path):
    files, made = team
    entry = made["entry"]
    db = opened(files["lead"])
    start = entry.text.index("digitalisering")
    local = excerpts.tag_excerpt(db, entry_id=entry.id, start=start, end=start + 14,
                                 indicator_ids=[made["indicators"][1].id])
    db.close()
    db = opened(files["a"])
    entries.update_entry_text(db, entry.id, "Innledning fra A. " + entry.text)
    db.close()
    apply_import(files["lead"], bundle_of(files["a"], tmp_path))
    db = opened(files["lead"])
    text = entries.get_entry(db, entry.id).text
    moved = next(v.excerpt for v in excerpts.list_excerpts(db, entry_id=entry.id)
                 if v.excerpt.id == local.excerpt.id)
    assert text[moved.start:moved.end] == "digitalisering"
    assert not moved.detached
    db.close()


def test_a_bundle_of_another_assessment_is_refused(team, tmp_path, nb_template):
    files, _made = team
    other = projects.create_project(tmp_path / "other.digifelt", template=nb_template,
                                    title="Annen", organisation="Annen kommune")
    other.close()
    before = digest(files["lead"])
    with pytest.raises(BundleError, match="another assessment"):
        apply_import(files["lead"], bundle_of(other.path, tmp_path))
    assert digest(files["lead"]) == before


def test_import_into_a_project_open_elsewhere_is_refused(team, tmp_path):
    from digifelt.storage.lock import ProjectLock, ProjectLockedError

    files, _made = team
    bundle = bundle_of(files["a"], tmp_path)
    before = digest(files["lead"])
    with ProjectLock(files["lead"]), pytest.raises(ProjectLockedError):
        apply_import(files["lead"], bundle)
    assert digest(files["lead"]) == before


def test_import_into_an_open_project(team, tmp_path):
    """The GUI path: the project is open (and locked) in this process."""
    files, made = team
    db = opened(files["a"])
    excerpts.update_excerpt(db, made["tail"].excerpt.id, memo="A's memo")
    db.close()
    bundle = bundle_of(files["a"], tmp_path)
    db = projects.open_for_editing(files["lead"])
    try:
        result = apply_import(None, bundle, db=db)
        assert result.counts["excerpt"].updated == 1
        assert result.backup is not None
        view = next(v for v in excerpts.list_excerpts(db)
                    if v.excerpt.id == made["tail"].excerpt.id)
        assert view.excerpt.memo == "A's memo"
    finally:
        db.close()


def test_conflict_service_errors(project):
    with pytest.raises(NotFoundError):
        resolve_conflict(project, "nope")
    with pytest.raises(ValidationError):
        resolve_conflict(project, "nope", keep="both")
    assert list_conflicts(project) == []


def test_preview_of_an_older_file_leaves_it_as_it_was(tmp_path):
    import sqlite3
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schemas" / "v0001.digifelt"
    old, current = tmp_path / "old.digifelt", tmp_path / "current.digifelt"
    shutil.copy(fixture, old)
    shutil.copy(fixture, current)
    bundle = bundle_of(current, tmp_path)  # opening `current` upgrades it
    before = digest(old)
    plan = preview_import(old, bundle)
    assert plan.totals.new == 0
    assert plan.totals.unchanged > 100
    assert digest(old) == before
    con = sqlite3.connect(old)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()


def test_keeping_the_current_version_closes_the_conflict(team, tmp_path):
    files, made = team
    db = opened(files["a"])
    findings.update_finding(db, made["indicators"][0].id, strengths="A sin versjon")
    db.close()
    db = opened(files["lead"])
    findings.update_finding(db, made["indicators"][0].id, strengths="Lederens versjon")
    db.close()
    apply_import(files["lead"], bundle_of(files["a"], tmp_path))
    db = opened(files["lead"])
    try:
        finding_id = findings.get_finding(db, made["indicators"][0].id).finding.id
        (conflict,) = list_conflicts(db, object_id=finding_id)
        assert conflict.other["strengths"] == "A sin versjon"
        assert conflict.changed_fields == ["strengths"]
        kept = resolve_conflict(db, conflict.id, keep="current")
        assert kept.resolved
        assert kept.current["strengths"] == "Lederens versjon"
        assert list_conflicts(db) == []
        assert findings.get_finding(db, made["indicators"][0].id).finding.strengths == (
            "Lederens versjon")
    finally:
        db.close()
    # Importing the same bundle again does not reopen a decided conflict.
    again = apply_import(files["lead"], bundle_of(files["a"], tmp_path, "a-again"))
    assert again.conflicts == 0
    db = opened(files["lead"])
    assert list_conflicts(db) == []
    db.close()


def test_preview_copy_of_an_older_file_is_owner_only_and_removed(tmp_path, monkeypatch):
    """The upgraded copy a preview works on holds every note: never readable by others, even
    for a moment, and gone afterwards; a file name with URL characters still opens."""
    import os
    import sqlite3
    import stat
    import tempfile
    from pathlib import Path

    from digifelt.storage import migrate

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schemas" / "v0001.digifelt"
    old, current = tmp_path / "old ?#%41.digifelt", tmp_path / "current.digifelt"
    shutil.copy(fixture, old)
    shutil.copy(fixture, current)
    bundle = bundle_of(current, tmp_path)
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    previous = os.umask(0o022)
    seen = []
    real_upgrade = migrate.upgrade_file

    def spying_upgrade(*args, **kwargs):
        for made in temp.rglob("*"):
            seen.append((made.name, stat.S_IMODE(made.stat().st_mode)))
        return real_upgrade(*args, **kwargs)

    monkeypatch.setattr(migrate, "upgrade_file", spying_upgrade)
    try:
        before = digest(old)
        plan = preview_import(old, bundle)
    finally:
        os.umask(previous)
    assert plan.totals.unchanged > 100
    assert digest(old) == before
    assert seen, "the preview upgraded no copy"
    assert all(mode & 0o077 == 0 for _name, mode in seen), seen
    assert list(temp.iterdir()) == []
    con = sqlite3.connect(old)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    con.close()
