"""The after-the-visit tables: undoable like every content table, the frozen .docx kept, and
never carried by a bundle."""

import hashlib
import zipfile

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from digifelt.core.models import Blob, FactCheckComment, PreviousLevel, ReportVersion
from digifelt.core.operations import journal, operation
from digifelt.core.services import attachments, rubric


def _version(db, number=1, content=b"draft docx bytes") -> str:
    sha = hashlib.sha256(content).hexdigest()
    with db.transaction() as s:
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=len(content), data=content))
            s.flush()
        version = ReportVersion(number=number, kind="draft", sent_to="Økonomisjef Ådne",
                                docx_sha256=sha, frozen={"findings": {}, "areas": {}})
        s.add(version)
        s.flush()
        s.add(FactCheckComment(version_id=version.id, text="Stemmer ikke", commenter="Rådmann"))
        return version.id


def _count(db, model) -> int:
    with db.read() as s:
        return len(s.exec(select(model)).all())


def test_freezing_a_version_is_undone_and_redone_with_its_comment(project):
    with operation(project, "Send draft", scope="findings"):
        _version(project)
    assert (_count(project, ReportVersion), _count(project, FactCheckComment)) == (1, 1)
    journal(project).undo("findings")
    assert (_count(project, ReportVersion), _count(project, FactCheckComment)) == (0, 0)
    journal(project).redo("findings")
    assert (_count(project, ReportVersion), _count(project, FactCheckComment)) == (1, 1)
    with project.read() as s:
        assert s.exec(select(FactCheckComment)).one().response == "open"


def test_unused_content_collection_keeps_a_frozen_report(project):
    _version(project, content=b"kept")
    orphan = b"nobody uses this"
    with project.transaction() as s:
        s.add(Blob(sha256=hashlib.sha256(orphan).hexdigest(), size=len(orphan), data=orphan))
    assert attachments.collect_unused_content(project) == 1
    with project.read() as s:
        assert [b.data for b in s.exec(select(Blob)).all()] == [b"kept"]


def test_version_numbers_are_unique_and_previous_levels_one_per_source(project):
    _version(project, 1)
    with pytest.raises(IntegrityError):
        _version(project, 1, content=b"other")
    ind = rubric.rubric_tree(project)[0].indicators[0]
    with project.transaction() as s:
        s.add(PreviousLevel(indicator_id=ind.id, level=2, source_title="2025",
                            source_project_id="p1"))
    with pytest.raises(IntegrityError), project.transaction() as s:
        s.add(PreviousLevel(indicator_id=ind.id, level=3, source_title="2025 igjen",
                            source_project_id="p1"))


def test_a_bundle_does_not_carry_versions_or_comments(project, tmp_path):
    from digifelt.exports.bundle.writer import export_bundle

    _version(project, content=b"secret draft")
    out = tmp_path / "b.zip"
    export_bundle(project, out)
    with zipfile.ZipFile(out) as z:
        blob = b"".join(z.read(n) for n in z.namelist())
    for carried in (b"Stemmer ikke", b"secret draft", b'"frozen"', b"fact_check",
                    "Ådne".encode()):
        assert carried not in blob


def test_the_0009_fixture_keeps_its_version_comment_action_and_earlier_level(tmp_path):
    import shutil
    from pathlib import Path

    from digifelt.core.models import ActionItem
    from digifelt.core.services import fact_check, projects

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schemas" / "v0009.digifelt"
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    db = projects.open_project(path)
    try:
        [version] = fact_check.list_versions(db)
        assert (version.number, version.sent_to) == (1, "Kommunedirektør")
        assert fact_check.version_docx(db, 1) == b"PK fixture draft"
        [comment] = fact_check.list_comments(db)
        assert (comment.response, comment.response_text) == ("not_accepted", "Ikke belagt")
        with db.read() as s:
            assert s.exec(select(ActionItem)).one().owner == "Rådmann"
            assert s.exec(select(PreviousLevel)).one().source_title == "Kartlegging 2025"
    finally:
        db.close()
