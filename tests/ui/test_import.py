"""File → Import bundle…: a preview of what the teammate's bundle changes, then the merge on a
worker; Cancel or a broken bundle changes nothing; conflicts are settled in their dialog."""

import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from safety_helpers import make_team, modal_watchers, when_modal  # noqa: F401 (autouse fixture)
from ui_helpers import activate

from digifelt.core.services import activities, conflicts, entries
from digifelt.storage.backup import list_backups
from digifelt.ui.dialogs.conflicts import ConflictsDialog, ConflictsModel
from digifelt.ui.dialogs.import_preview import ImportCountsModel, ImportPreviewDialog


@pytest.fixture
def team(qtbot, controller, project_path, tmp_path, monkeypatch):
    """The lead's window on the shared interview (its note edited after the teammate's)."""
    bundle, activity_id, entry_id = make_team(project_path, tmp_path)
    window = controller.open_project(project_path)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: any(b.reason == "on-open" for b in list_backups(project_path)))
    view = window.open_activity(activity_id)
    view.current_editor().setFocus()
    qtbot.keyClicks(view.current_editor(), " Lederen la til dette.")
    assert view.flush()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(bundle), "Evidence bundles (*.zip)"))
    return window, bundle, activity_id, entry_id


def titles(window):
    return sorted(v.activity.title for v in activities.list_activities(window.ctx.db))


def reasons(path):
    return [b.reason for b in list_backups(path)]


def test_preview_then_import_merges_and_refreshes_the_pages(qtbot, team, qtmodeltester):
    window, bundle, activity_id, entry_id = team
    rows_before = window.capture.model.rowCount()
    seen = {}

    def preview(dialog):
        qtmodeltester.check(dialog.model)
        counts = {kind: c for kind, c in dialog.model.rows()}
        seen["activity"] = counts["activity"].new
        seen["entry"] = (counts["entry"].new, counts["entry"].kept, counts["entry"].conflicting)
        seen["conflicting"] = {k for k, c in counts.items() if c.conflicting}
        seen["summary"] = dialog.summary.text()
        seen["kinds"] = [dialog.model.index(r, ImportCountsModel.COL_KIND).data()
                         for r in range(dialog.model.rowCount())]
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, ImportPreviewDialog, preview)
    window.actions["import_bundle"].trigger()
    assert seen["activity"] == 1
    assert seen["entry"] == (1, 1, 1)
    assert "Activities" in seen["kinds"]
    assert "Notes" in seen["kinds"]
    # Both changed the note, and the interview (the lead's typing started it, the teammate
    # set its place) without seeing each other's change: the lead's versions are newer and
    # stay current, the teammate's wait as conflicts.
    assert seen["conflicting"] == {"activity", "entry"}
    assert "2 conflicts" in seen["summary"]
    assert "Kommunestyremøte" in titles(window)
    qtbot.waitUntil(lambda: window.capture.model.rowCount() == rows_before + 1)  # reloaded
    assert reasons(window.ctx.path)[0] == "before-import"
    # The open activity was closed for the merge and opened again, with the lead's text.
    assert window.capture.view.activity_id == activity_id
    assert window.capture.view.current_editor().plain_text().endswith("Lederen la til dette.")
    assert window.notices.conflicts.isVisible()
    assert window.notices.conflicts.label.text().endswith(": 2.")


def test_cancel_in_the_preview_changes_nothing(qtbot, team):
    window, bundle, _activity_id, _entry_id = team
    before = (titles(window), reasons(window.ctx.path))
    when_modal(qtbot, ImportPreviewDialog, lambda dialog: dialog.reject())
    window.actions["import_bundle"].trigger()
    assert (titles(window), reasons(window.ctx.path)) == before
    assert conflicts.list_conflicts(window.ctx.db) == []
    assert not window.notices.conflicts.isVisible()


@pytest.mark.parametrize("content", [b"PK\x03\x04 not really a zip", "not-a-bag"])
def test_a_broken_bundle_is_one_message_and_changes_nothing(qtbot, team, tmp_path,
                                                            monkeypatch, content):
    window, _bundle, _activity_id, _entry_id = team
    bad = tmp_path / "ødelagt.zip"
    if content == "not-a-bag":
        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("../../evil.txt", "zip slip")
    else:
        bad.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    before = (titles(window), reasons(window.ctx.path))
    texts = []
    when_modal(qtbot, QMessageBox, lambda box: (texts.append((box.text(), box.informativeText())),
                                                box.accept()))
    window.actions["import_bundle"].trigger()
    assert len(texts) == 1
    headline, reason = texts[0]
    assert headline == "The bundle was refused; nothing was changed."
    assert "\n" not in reason
    assert "Traceback" not in reason
    assert "ødelagt.zip" in reason
    assert (titles(window), reasons(window.ctx.path)) == before


def test_a_refused_bundle_is_said_in_norwegian(qtbot, team, tmp_path, monkeypatch):
    from digifelt.ui import i18n

    window, _bundle, _activity_id, _entry_id = team
    bad = tmp_path / "ødelagt.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    before = (titles(window), reasons(window.ctx.path))
    texts = []
    when_modal(qtbot, QMessageBox, lambda box: (texts.append((box.text(), box.informativeText())),
                                                box.accept()))
    i18n.install_language("nb")
    try:
        window.actions["import_bundle"].trigger()
    finally:
        i18n.install_language("en")
    assert [t[0] for t in texts] == ["Pakken ble avvist; ingenting ble endret."]
    assert "ødelagt.zip" in texts[0][1]
    assert (titles(window), reasons(window.ctx.path)) == before


def test_conflicts_dialog_use_the_other_version(qtbot, team, qtmodeltester):
    window, bundle, activity_id, entry_id = team
    when_modal(qtbot, ImportPreviewDialog, lambda d: d.accept())
    window.actions["import_bundle"].trigger()
    dialog = ConflictsDialog(window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    row = next(n for n, v in enumerate(dialog.model.rows()) if v.object_kind == "entry")
    dialog.table.selectRow(row)
    cells = [dialog.model.index(row, c).data() for c in range(dialog.model.columnCount())]
    assert cells[ConflictsModel.COL_KIND] == "Notes"
    assert cells[ConflictsModel.COL_FIELDS] == "Text"
    assert cells[ConflictsModel.COL_SOURCE] == bundle.name
    assert "Lederen la til dette." in dialog.current_text.toPlainText()
    assert "Kollegaens versjon av notatet." in dialog.other_text.toPlainText()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert [v.object_kind for v in dialog.model.rows()] == ["activity"]
    assert entries.get_entry(window.ctx.db, entry_id).text == "Kollegaens versjon av notatet."
    # The notes on screen follow: the activity was closed and reopened around the change.
    assert window.capture.view.current_editor().plain_text() == "Kollegaens versjon av notatet."
    qtbot.waitUntil(lambda: window.notices.conflicts.label.text().endswith(": 1."))
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: not window.notices.conflicts.isVisible())


def test_conflicts_dialog_keep_the_current_version(qtbot, team):
    window, _bundle, _activity_id, entry_id = team
    when_modal(qtbot, ImportPreviewDialog, lambda d: d.accept())
    window.actions["import_bundle"].trigger()
    text = entries.get_entry(window.ctx.db, entry_id).text

    def keep_both(dialog):
        for _n in range(2):
            qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_modal(qtbot, ConflictsDialog, keep_both)
    qtbot.mouseClick(window.notices.conflicts.findChild(QPushButton, "conflictsResolve"),
                     Qt.MouseButton.LeftButton)
    assert entries.get_entry(window.ctx.db, entry_id).text == text
    assert conflicts.list_conflicts(window.ctx.db) == []
    assert not window.notices.conflicts.isVisible()
