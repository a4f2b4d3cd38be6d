"""Importing bundle content the project merged before: recognised by the SHA-256 of its
project.json in the import log, answered without parsing a row, and still refused when the
bag was tampered with."""

import sqlite3
import zipfile

import pytest
from test_bundle_support import (  # noqa: F401  (fixtures)
    canonical_content,
    digest,
    small_demo_file_fixture,
    small_demo_fixture,
)

from digifelt.core.services import findings, rubric
from digifelt.core.services.import_log import imported_with_hash
from digifelt.exports.bundle import BundleError, apply_import, export_bundle, preview_import
from digifelt.exports.bundle import importer as importer_module
from digifelt.storage.database import open_database


def project_json_sha(bundle) -> str:
    with zipfile.ZipFile(bundle) as zf:
        (manifest,) = [n for n in zf.namelist() if n.endswith("/manifest-sha256.txt")]
        for line in zf.read(manifest).decode().splitlines():
            sha, path = line.split(None, 1)
            if path == "data/project.json":
                return sha
    raise AssertionError("project.json is not in the manifest")


def logged_hashes(path) -> list[str | None]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute(
            "SELECT content_sha256 FROM import_log ORDER BY imported_at")]
    finally:
        con.close()


def forbid_parsing(monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("project.json was parsed")

    monkeypatch.setattr(importer_module, "document_from_bag", refuse)
    monkeypatch.setattr(importer_module, "rows_from_document", refuse)


@pytest.fixture(name="imported")
def imported_fixture(tmp_path, small_demo):
    """A bundle of the small demo, and a project created by importing it."""
    bundle = tmp_path / "demo.zip"
    export_bundle(small_demo, bundle)
    target = tmp_path / "mine.digifelt"
    created = apply_import(target, bundle)
    assert created.creates_project
    assert created.totals.new > 500
    return bundle, target


def test_the_merge_logs_the_hash_of_the_content_it_merged(imported):
    bundle, target = imported
    sha = project_json_sha(bundle)
    assert logged_hashes(target) == [sha]
    db = open_database(target, backup=False)
    try:
        first = imported_with_hash(db, sha)
        assert first is not None
        assert first.tzinfo is not None
        assert imported_with_hash(db, "0" * 64) is None
    finally:
        db.close()


def test_reimporting_the_same_bundle_parses_nothing_and_changes_nothing(imported,
                                                                       monkeypatch):
    bundle, target = imported
    before, content = digest(target), canonical_content(target)
    forbid_parsing(monkeypatch)

    plan = preview_import(target, bundle)
    assert plan.already_imported is not None
    assert not plan.changes_anything
    assert plan.previous_imports  # the preview dialog says when
    (line,) = plan.lines()
    assert line == (f"demo.zip: already imported on {plan.already_imported:%Y-%m-%d %H:%M} "
                    "UTC: nothing new")
    assert plan.bundle.title
    assert plan.bundle.organisation

    result = apply_import(target, bundle)
    assert result.already_imported == plan.already_imported
    assert result.backup is None
    assert result.log_id is None
    assert not result.changes_anything
    assert digest(target) == before
    assert canonical_content(target) == content
    assert len(logged_hashes(target)) == 1


def test_the_project_open_in_the_app_is_recognised_too(imported, monkeypatch):
    bundle, target = imported
    content = canonical_content(target)
    forbid_parsing(monkeypatch)
    db = open_database(target, backup=False)
    try:
        assert preview_import(target, bundle, db=db).already_imported is not None
        assert apply_import(target, bundle, db=db).already_imported is not None
    finally:
        db.close()
    assert canonical_content(target) == content


def test_a_tampered_attachment_is_refused_although_project_json_is_the_same(
        imported, tmp_path, monkeypatch):
    bundle, target = imported
    tampered = tmp_path / "tampered.zip"
    changed = None
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if changed is None and "/data/attachments/" in info.filename and data:
                data = bytes([data[0] ^ 0xFF]) + data[1:]
                changed = info.filename
            dst.writestr(info, data)
    assert changed is not None, "the demo has attachments"
    assert project_json_sha(tampered) == project_json_sha(bundle)
    before = digest(target)
    forbid_parsing(monkeypatch)
    for attempt in (lambda: preview_import(target, tampered),
                    lambda: apply_import(target, tampered)):
        with pytest.raises(BundleError, match="checksum mismatch"):
            attempt()
    assert digest(target) == before


def test_a_bundle_with_new_content_is_merged_and_then_recognised(imported, small_demo,
                                                                 tmp_path, monkeypatch):
    bundle, target = imported
    db = open_database(small_demo, backup=False)
    try:
        indicator = rubric.rubric_tree(db)[0].indicators[0]
        findings.update_finding(db, indicator.id, strengths="Ny vurdering fra teamet")
    finally:
        db.close()
    newer = tmp_path / "newer.zip"
    export_bundle(small_demo, newer)
    assert project_json_sha(newer) != project_json_sha(bundle)

    plan = preview_import(target, newer)
    assert plan.already_imported is None
    assert plan.changes_anything
    result = apply_import(target, newer)
    assert result.already_imported is None
    assert result.totals.updated >= 1
    assert result.backup is not None
    assert logged_hashes(target) == [project_json_sha(bundle), project_json_sha(newer)]
    db = open_database(target, backup=False)
    try:
        assert findings.get_finding(db, indicator.id).finding.strengths == "Ny vurdering fra teamet"
    finally:
        db.close()

    forbid_parsing(monkeypatch)
    assert apply_import(target, newer).already_imported is not None
    assert apply_import(target, bundle).already_imported is not None


def test_an_import_logged_without_a_hash_does_not_count(imported, monkeypatch):
    """Imports from before the hash was logged: the bundle is read and merged as before."""
    bundle, target = imported
    con = sqlite3.connect(target)
    with con:
        con.execute("UPDATE import_log SET content_sha256 = NULL")
    con.close()
    parsed = []
    real = importer_module.document_from_bag
    monkeypatch.setattr(importer_module, "document_from_bag",
                        lambda bag, *limits: parsed.append(1) or real(bag, *limits))
    again = apply_import(target, bundle)
    assert parsed == [1]
    assert again.already_imported is None
    assert not again.changes_anything
    assert logged_hashes(target)[-1] == project_json_sha(bundle)
