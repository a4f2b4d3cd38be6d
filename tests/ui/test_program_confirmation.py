"""A stored file the desktop would run (a program, script, installer, shortcut, macro-enabled
document) is only handed over after the user says Open; Cancel is the default and writes
nothing. Other files open at once."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import on_modal

from digifelt.core.filenames import PROGRAM_EXTENSIONS, may_run_as_program, safe_filename
from digifelt.core.services import activities, attachments
from digifelt.ui.capture import attachments as attachments_ui


@pytest.mark.parametrize("name", [
    "oppdatering.exe", "OPPDATERING.EXE", "rapport.pdf.exe", "x.exe.", "x.exe  ", "x．exe",
    "snarvei.lnk", "start.desktop", "install.sh", "makro.docm", "bilde.JPG.scr",
    "../../evil.bat", "a\u202egpj.exe"])
def test_program_endings_are_recognised_however_written(name):
    assert may_run_as_program(name)


@pytest.mark.parametrize("name", ["rapport.pdf", "bilde.jpg", "notat.docx", "exe", "x.exe.pdf",
                                  "", None, "README", "arkiv.tar.gz"])
def test_documents_are_not_programs(name):
    assert not may_run_as_program(name)


@given(st.text(max_size=60))
def test_the_verdict_follows_the_name_the_file_is_written_under(name):
    safe = safe_filename(name)
    ending = safe.rsplit(".", 1)[-1].casefold() if "." in safe else ""
    assert may_run_as_program(name) == (ending in PROGRAM_EXTENSIONS)


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def panel(qtbot, project):
    act = activities.add_activity(project, kind="observation", title="Besøk")
    widget = attachments_ui.AttachmentsPanel(_context(project), act.id)
    qtbot.addWidget(widget)
    widget.act_id = act.id
    return widget


def _select(panel, project, name: str) -> None:
    attachments.add_attachment(project, data=b"MZ\x90\x00", filename=name,
                               media_type="application/octet-stream",
                               activity_id=panel.act_id)
    panel.reload()
    panel.table.setCurrentIndex(panel.model.index(0, 0))


def _temp_files() -> list[Path]:
    root = attachments_ui._temp_dir
    return [p for p in Path(root.name).rglob("*") if p.is_file()] if root else []


def test_cancel_is_the_default_and_nothing_is_written(qtbot, panel, project, opened):
    _select(panel, project, "oppdatering.exe")
    before = _temp_files()
    asked = []

    def press_enter(box):
        asked.append((box.windowTitle(), box.text()))
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    on_modal(qtbot, press_enter)
    panel.view_current()
    assert asked
    assert asked[0][0] == "Open a program?"
    assert "oppdatering.exe" in asked[0][1]
    assert opened == []
    assert _temp_files() == before
    assert QApplication.activeModalWidget() is None


def test_open_hands_the_private_copy_over(qtbot, panel, project, opened):
    _select(panel, project, "install.sh")
    on_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Open).click())
    panel.view_current()
    qtbot.waitUntil(lambda: len(opened) == 1)
    path = Path(opened[0].toLocalFile())
    assert path.name == "install.sh"
    assert path.read_bytes() == b"MZ\x90\x00"


def test_a_document_opens_without_a_question(qtbot, panel, project, opened, monkeypatch):
    asked = []
    monkeypatch.setattr(attachments_ui, "confirm_program", lambda *a: asked.append(a) or False)
    _select(panel, project, "rapport.pdf")
    panel.view_current()
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert asked == []


def test_the_question_is_in_norwegian_when_the_app_is(qtbot, panel, project, opened):
    from digifelt.ui import i18n

    i18n.install_language("nb")
    try:
        _select(panel, project, "makro.docm")
        seen = []
        on_modal(qtbot, lambda box: (seen.append((box.windowTitle(), box.text())),
                                     box.reject()))
        panel.view_current()
    finally:
        i18n.install_language("en")
    assert seen == [("Åpne et program?", seen[0][1])]
    assert "«makro.docm» kan være et program" in seen[0][1]
    assert opened == []


def _context(db):
    """The panel's project context, as the app makes it (the panel listens to its changes)."""
    from digifelt.app_settings import load_settings
    from digifelt.ui.project_context import ProjectContext

    return ProjectContext(db, load_settings())
