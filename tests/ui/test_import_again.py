"""File → Import bundle… with a bundle this project merged before: the preview says at once
that it has nothing new and when it came, and offers no Import."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from safety_helpers import make_team, modal_watchers, when_modal  # noqa: F401 (autouse fixture)
from ui_helpers import activate

from digifelt.core.services import activities
from digifelt.storage.backup import list_backups
from digifelt.ui.dialogs.import_preview import ImportPreviewDialog


@pytest.fixture
def window_and_bundle(qtbot, controller, project_path, tmp_path, monkeypatch):
    bundle, _activity_id, _entry_id = make_team(project_path, tmp_path)
    window = controller.open_project(project_path)
    activate(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(bundle), "Evidence bundles (*.zip)"))
    return window, bundle


def test_a_bundle_imported_before_is_previewed_as_nothing_new(qtbot, window_and_bundle):
    window, _bundle = window_and_bundle
    when_modal(qtbot, ImportPreviewDialog,
               lambda d: qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton))
    window.actions["import_bundle"].trigger()
    titles = sorted(v.activity.title for v in activities.list_activities(window.ctx.db))
    assert "Kommunestyremøte" in titles
    backups = len(list_backups(window.ctx.path))

    seen = {}

    def preview(dialog):
        seen["summary"] = dialog.summary.text()
        seen["import enabled"] = dialog.import_button.isEnabled()
        seen["rows"] = dialog.model.rowCount()
        seen["previous"] = dialog.plan.previous_imports
        seen["recognised"] = dialog.plan.already_imported is not None
        dialog.reject()

    when_modal(qtbot, ImportPreviewDialog, preview)
    window.actions["import_bundle"].trigger()
    qtbot.waitUntil(lambda: "summary" in seen)
    assert seen["recognised"]  # by its content's hash, without reading its rows
    assert seen["import enabled"] is False
    assert seen["rows"] == 0
    assert len(seen["previous"]) == 1
    assert seen["summary"].startswith("Already imported on ")
    assert seen["summary"].endswith(": nothing new.")
    assert sorted(v.activity.title for v in activities.list_activities(window.ctx.db)) == titles
    assert len(list_backups(window.ctx.path)) == backups
