"""File → Import REFI-QDA project…: a preview lists what the package adds and the codes that
match no indicator; Import merges it and the pages show it; Cancel changes nothing."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
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


def _tags_of(db, words: str) -> list[tuple[str, str]]:
    from digifelt.core.services import rubric

    by_id = {i.id: i for view in rubric.rubric_tree(db) for i in view.indicators}
    (x,) = [x for x in excerpts.list_excerpts(db) if x.excerpt.text == words]
    return sorted((by_id[i].code, by_id[i].title) for i in x.indicator_ids)


@pytest.mark.parametrize("typed", ["3.1", "kompetanseoversikt"])
def test_an_unmatched_code_is_mapped_by_keyboard(qtbot, window, typed):
    seen = {}

    def preview(dialog):
        choice = dialog.findChild(QWidget, "qdpxChoice0")
        picker = dialog.findChild(QWidget, "qdpxIndicator0")
        assert not picker.isEnabled()
        choice.setFocus()
        qtbot.waitUntil(choice.hasFocus)
        qtbot.keyClick(choice, Qt.Key.Key_Down)  # Keep untagged → Map to indicator
        assert picker.isEnabled()
        qtbot.keyClick(choice, Qt.Key.Key_Tab)
        qtbot.waitUntil(picker.hasFocus)
        qtbot.keyClicks(picker.lineEdit(), typed)  # type to filter
        qtbot.waitUntil(lambda: "1 mapped" in dialog.summary.text())
        seen["summary"] = dialog.summary.text()
        dialog.import_button.setFocus()
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)

    when_modal(qtbot, QdpxPreviewDialog, preview)
    window.actions["import_qdpx"].trigger()
    qtbot.waitUntil(lambda: "summary" in seen)
    assert "0 stay untagged" in seen["summary"]
    qtbot.waitUntil(lambda: any(x.excerpt.text == "Trivselen er god"
                                for x in excerpts.list_excerpts(window.ctx.db)))
    assert _tags_of(window.ctx.db, "Trivselen er god") == [("3.1", "Kompetanseoversikt og plan")]
    assert list_backups(window.ctx.path)[0].reason == "before-import"


def test_an_unmatched_code_is_added_as_an_indicator_by_keyboard(qtbot, window):
    seen = {}

    def preview(dialog):
        before = dict(dialog.model.rows())
        choice = dialog.findChild(QWidget, "qdpxChoice0")
        choice.setFocus()
        qtbot.waitUntil(choice.hasFocus)
        qtbot.keyClick(choice, Qt.Key.Key_Down)
        qtbot.keyClick(choice, Qt.Key.Key_Down)  # → Add as new indicator
        counts = dict(dialog.model.rows())
        seen["indicators"] = (before.get("indicator"), counts["indicator"].new,
                              counts["area"].new)
        seen["summary"] = dialog.summary.text()
        dialog.import_button.setFocus()
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)

    when_modal(qtbot, QdpxPreviewDialog, preview)
    window.actions["import_qdpx"].trigger()
    qtbot.waitUntil(lambda: "summary" in seen)
    assert seen["indicators"] == (None, 1, 1)  # the preview's counts follow the choice
    assert "1 added as new indicators" in seen["summary"]
    qtbot.waitUntil(lambda: any(x.excerpt.text == "Trivselen er god"
                                for x in excerpts.list_excerpts(window.ctx.db)))
    assert _tags_of(window.ctx.db, "Trivselen er god") == [("Q.1", "Trivsel")]
    from digifelt.core.services import rubric

    areas = [v for v in rubric.rubric_tree(window.ctx.db) if v.area.title == "Fra QDA-prosjekt"]
    assert [i.code for i in areas[0].indicators] == ["Q.1"]
    assert list_backups(window.ctx.path)[0].reason == "before-import"


def test_the_indicator_picker_filters_as_one_types_and_takes_a_suggestion(qtbot, window):
    seen = {}

    def preview(dialog):
        choice = dialog.findChild(QWidget, "qdpxChoice0")
        picker = dialog.findChild(QWidget, "qdpxIndicator0")
        choice.setFocus()
        qtbot.waitUntil(choice.hasFocus)
        qtbot.keyClick(choice, Qt.Key.Key_Down)
        qtbot.keyClick(choice, Qt.Key.Key_Tab)
        qtbot.waitUntil(picker.hasFocus)
        qtbot.keyClicks(picker.lineEdit(), "kompetanse")  # more than one indicator has it
        popup = picker.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        shown = [picker.completer().completionModel().index(r, 0).data()
                 for r in range(picker.completer().completionCount())]
        assert len(shown) > 1
        assert all("kompetanse" in s.casefold() for s in shown)
        assert "0 mapped" in dialog.summary.text()  # not yet one indicator
        wanted = next(s for s in shown if s.startswith("3.1 "))
        for _ in range(shown.index(wanted) + 1):
            qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: picker.currentText() == wanted)
        seen["summary"] = dialog.summary.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(qtbot, QdpxPreviewDialog, preview)
    window.actions["import_qdpx"].trigger()
    qtbot.waitUntil(lambda: "summary" in seen)
    assert "1 mapped" in seen["summary"]
