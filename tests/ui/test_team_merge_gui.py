"""Team merge in the app: File → Import bundle… previews what a teammate's bundle does — an edit
that followed ours replaces it without a conflict, an older bundle does not bring back what we
deleted, and an edit concurrent with our deletion is named as a conflict — and Conflicts shows
who deleted and who edited."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from safety_helpers import modal_watchers, when_modal  # noqa: F401 (autouse fixture)
from ui_helpers import activate

from digifelt.api import Project
from digifelt.core.services import excerpts, findings, rubric
from digifelt.exports.bundle.importer import apply_import
from digifelt.ui.dialogs.conflicts import ConflictsDialog
from digifelt.ui.dialogs.import_preview import ImportPreviewDialog


@pytest.fixture(autouse=True, params=["whole", "streamed"])
def merge_path(request, monkeypatch):
    """Every test twice: bundles merged whole (the planner), and merged as they stream in
    through a scratch project (what a large bundle gets)."""
    from digifelt.core.services import merge_stream
    from digifelt.exports.bundle.zipdir import DEFAULT_LIMITS

    ran = []
    real = merge_stream.StreamMerge.run
    monkeypatch.setattr(merge_stream.StreamMerge, "run",
                        lambda self: ran.append(self) or real(self))
    saved = DEFAULT_LIMITS.stream_from
    if request.param == "streamed":
        object.__setattr__(DEFAULT_LIMITS, "stream_from", 0)
    try:
        yield request.param
    finally:
        object.__setattr__(DEFAULT_LIMITS, "stream_from", saved)
    assert bool(ran) == (request.param == "streamed")


@pytest.fixture
def kari_and_per(project_path, tmp_path):
    """Kari's project (an interview, a tagged excerpt quoted by finding 1.1) and Per's file
    made from her bundle; returns (Per's path, ids, Kari's first bundle)."""
    with Project.open(project_path, author="Kari Nordmann", initials="KN", backup=False) as p:
        a = p.add_activity(kind="interview", title="Intervju ledere")
        e = p.add_entry(activity_id=a.id, text="Vi har en plan for digitalisering i kommunen.")
        x = p.tag_excerpt(entry_id=e.id, start=0, end=17, indicators=["1.1"],
                          valence="strength")
        p.update_finding(indicator="1.1", level=2, excerpt_ids=[x.id])
        p.export_bundle(tmp_path / "kari-1.zip")
    per = tmp_path / "per.digifelt"
    apply_import(per, tmp_path / "kari-1.zip")
    with Project.open(per, author="Per Lien", initials="PL", backup=False):
        pass
    return per, {"activity": a.id, "excerpt": x.id}, tmp_path / "kari-1.zip"


def open_window(qtbot, controller, path, monkeypatch, bundle):
    window = controller.open_project(path)
    activate(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(bundle), "Evidence bundles (*.zip)"))
    return window


def preview_and(qtbot, window, *, accept: bool) -> dict:
    seen = {}

    def look(dialog):
        seen["counts"] = dict(dialog.model.rows())
        seen["summary"] = dialog.summary.text()
        seen["notes"] = dialog.notes.toPlainText()
        seen["can_import"] = dialog.import_button.isEnabled()
        if accept:
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        else:
            dialog.reject()

    when_modal(qtbot, ImportPreviewDialog, look)
    window.actions["import_bundle"].trigger()
    qtbot.waitUntil(lambda: "summary" in seen)
    return seen


def alive_excerpts(window) -> list[str]:
    return [v.excerpt.id for v in excerpts.list_excerpts(window.ctx.db)]


def level_of(window, code: str):
    indicator = rubric.indicators_by_code(window.ctx.db)[code]
    return findings.get_finding(window.ctx.db, indicator.id).finding.level


def test_kari_per_kari_is_an_update_not_a_conflict(qtbot, controller, project_path,
                                                   kari_and_per, tmp_path, monkeypatch):
    per, _ids, _first = kari_and_per
    with Project.open(project_path, author="Kari Nordmann", backup=False) as p:
        p.update_finding(indicator="1.1", level=3, strengths="Planen er vedtatt.")
        p.export_bundle(tmp_path / "kari-2.zip")
    with Project.open(per, author="Per Lien", backup=False) as p:
        p.import_bundle(tmp_path / "kari-2.zip")
        p.update_finding(indicator="1.1", level=4)  # Per goes on from Kari's edit
        p.export_bundle(tmp_path / "per-1.zip")
    window = open_window(qtbot, controller, project_path, monkeypatch, tmp_path / "per-1.zip")
    seen = preview_and(qtbot, window, accept=True)
    assert seen["counts"]["finding"].updated == 1
    assert not any(c.conflicting for c in seen["counts"].values())
    assert "conflict" not in seen["summary"].lower()
    assert seen["notes"] == ""
    qtbot.waitUntil(lambda: level_of(window, "1.1") == 4)
    assert not window.notices.conflicts.isVisible()


def test_an_older_bundle_does_not_bring_back_what_was_deleted(qtbot, controller, project_path,
                                                             kari_and_per, monkeypatch):
    per, ids, first = kari_and_per
    window = open_window(qtbot, controller, project_path, monkeypatch, first)
    window.ctx.run("Remove tag", excerpts.delete_excerpt, ids["excerpt"])
    seen = preview_and(qtbot, window, accept=False)
    assert "changes nothing" in seen["summary"]
    assert not seen["can_import"]
    assert seen["counts"]["excerpt"].new == 0  # the deleted excerpt does not come back
    assert alive_excerpts(window) == []


def test_an_edit_concurrent_with_a_deletion_is_named_and_shown(qtbot, controller,
                                                              project_path, kari_and_per,
                                                              tmp_path, monkeypatch):
    per, ids, _first = kari_and_per
    with Project.open(per, author="Per Lien", backup=False) as p:
        p.update_excerpt(ids["excerpt"], indicators=["1.1", "1.2"])
        p.export_bundle(tmp_path / "per-1.zip")
    window = open_window(qtbot, controller, project_path, monkeypatch, tmp_path / "per-1.zip")
    window.ctx.run("Remove tag", excerpts.delete_excerpt, ids["excerpt"])
    seen = preview_and(qtbot, window, accept=True)
    assert seen["counts"]["excerpt"].conflicting == 1
    assert "edited by PL" in seen["notes"]
    assert "deleted by TA" in seen["notes"]  # the window's assessor (test settings)
    qtbot.waitUntil(lambda: window.notices.conflicts.isVisible())

    shown = {}

    def inspect(dialog):
        shown["other"] = dialog.other_text.toPlainText()
        shown["use"] = dialog.use_button.text()
        shown["current"] = dialog.current_text.toPlainText()
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)  # delete after all
        shown["left"] = dialog.model.rowCount()
        dialog.reject()

    when_modal(qtbot, ConflictsDialog, inspect)
    window.actions["conflicts"].trigger()
    qtbot.waitUntil(lambda: "left" in shown)
    assert shown["other"] == "Deleted by TA."
    assert shown["use"] == "Delete it"
    assert "Vi har en plan" in shown["current"]  # Per's edited excerpt, current until decided
    assert shown["left"] == 0
    assert alive_excerpts(window) == []
