"""File → Import REFI-QDA project…: a preview lists what the package adds and the codes that
match no indicator; Import merges it and the pages show it; Cancel changes nothing."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from safety_helpers import modal_watchers, when_modal  # noqa: F401 (autouse fixture)
from ui_helpers import activate

from digifelt.core.services import activities, excerpts
from digifelt.storage.backup import list_backups
from digifelt.ui.dialogs.qdpx_import import QdpxPreviewDialog

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "qdpx" / "qualcoder-export.qdpx"


@pytest.fixture
def window(qtbot, controller, project_path, monkeypatch):
    window = controller.open_project(project_path)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: any(b.reason == "on-open" for b in list_backups(project_path)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(FIXTURE), "REFI-QDA projects (*.qdpx)"))
    return window


def test_preview_then_import_adds_the_source_and_its_codings(qtbot, window, qtmodeltester):
    rows_before = window.capture.model.rowCount()
    seen = {}

    def preview(dialog):
        qtmodeltester.check(dialog.model)
        seen["counts"] = {kind: c.new for kind, c in dialog.model.rows()}
        seen["details"] = dialog.details.toPlainText()
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, QdpxPreviewDialog, preview)
    window.actions["import_qdpx"].trigger()
    qtbot.waitUntil(lambda: "details" in seen)
    assert seen["counts"]["excerpt"] == 3
    assert "Code “Strategi og veikart” → indicator 2.1" in seen["details"]
    assert "Not matched: code “Trivsel” matches no indicator" in seen["details"]
    assert "2 codes match an indicator" in seen["summary"]
    window.actions["page_capture"].trigger()
    # The source and the QualCoder journal, each an activity, on the page that lists them.
    qtbot.waitUntil(lambda: window.capture.model.rowCount() == rows_before + 2)
    titles = {v.activity.title for v in activities.list_activities(window.ctx.db)}
    assert "intervju_ledere.txt" in titles
    quotes = {x.excerpt.text for x in excerpts.list_excerpts(window.ctx.db)}
    assert "opplæringen kommer for sent" in quotes
    assert list_backups(window.ctx.path)[0].reason == "before-import"


def test_cancel_in_the_preview_changes_nothing(qtbot, window):
    before = {v.activity.id for v in activities.list_activities(window.ctx.db)}
    seen = {}

    def cancel(dialog):
        seen["up"] = True
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(qtbot, QdpxPreviewDialog, cancel)
    window.actions["import_qdpx"].trigger()
    qtbot.waitUntil(lambda: seen.get("up"))
    assert {v.activity.id for v in activities.list_activities(window.ctx.db)} == before
    assert all(b.reason != "before-import" for b in list_backups(window.ctx.path))
