"""View (attachments panel) and Open (document review) write a stored file only inside a
fresh private temp folder, under a name digifelt makes, whatever name the project holds."""

import os
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from digifelt.core.filenames import safe_filename
from digifelt.core.services import activities, attachments
from digifelt.ui.capture import attachments as attachments_ui


@pytest.fixture
def opened(monkeypatch):
    """Every URL the app asks the desktop to open, instead of opening it."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    # Programs are confirmed first (tests/ui/test_program_confirmation.py); here: always yes.
    monkeypatch.setattr(attachments_ui, "confirm_program", lambda *_args: True)
    return urls


def _set_name(db, attachment_id: str, name: str) -> None:
    """What one SQL UPDATE in a file someone sent does."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE attachment SET filename = ? WHERE id = ?",
                             (name, attachment_id))


def _hostile_names(outside: Path) -> list[str]:
    climb = "../" * 30
    return [str(outside / "ABSOLUTE.sh"), climb + str(outside / "TRAVERSAL.sh").lstrip("/"),
            "..\\..\\..\\evil.bat", "．．／．．／x.sh", "a\u202eb.exe", "CON", "..", "",
            "x" * 4000 + ".pdf", "<img src=x>.pdf"]


def _assert_private_copy(path: Path, data: bytes, stored_name: str) -> None:
    root = Path(attachments_ui._temp_dir.name).resolve()
    assert path.parent.parent == root
    assert path.resolve().parent == path.parent
    assert path.name == safe_filename(stored_name)
    assert path.read_bytes() == data
    assert not path.is_symlink()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_view_writes_only_inside_its_temp_folder(qtbot, project, tmp_path, opened):
    outside = tmp_path / "outside"
    outside.mkdir()
    act = activities.add_activity(project, kind="observation", title="Besøk")
    data = b"#!/bin/sh\necho pwned\n"
    att = attachments.add_attachment(project, data=data, filename="notat.pdf",
                                     media_type="application/pdf", activity_id=act.id)
    panel = attachments_ui.AttachmentsPanel(_context(project), act.id)
    qtbot.addWidget(panel)
    seen = []
    for name in _hostile_names(outside):
        _set_name(project, att.id, name)
        panel.reload()
        panel.table.setCurrentIndex(panel.model.index(0, 0))
        assert panel.current().filename == name
        count = len(opened)
        panel.view_current()
        qtbot.waitUntil(lambda c=count: len(opened) == c + 1)
        path = Path(opened[-1].toLocalFile())
        _assert_private_copy(path, data, name)
        seen.append(path)
    assert list(outside.iterdir()) == []
    assert len(set(seen)) == len(seen)  # a fresh folder each time: nothing is overwritten
    assert all(p.read_bytes() == data for p in seen)


def test_a_planted_link_is_never_followed(qtbot, project, tmp_path, monkeypatch):
    """Even if the folder were not fresh, the write refuses to follow a link at the name."""
    act = activities.add_activity(project, kind="observation", title="Besøk")
    att = attachments.add_attachment(project, data=b"new", filename="x.txt",
                                     activity_id=act.id)
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep me")
    folder = tmp_path / "planted"
    folder.mkdir(mode=0o700)
    os.symlink(victim, folder / "x.txt")
    real_mkdtemp = attachments_ui.tempfile.mkdtemp

    def planted(*args, **kwargs):
        # Only the viewer's own call gets the planted folder; anything else (Qt, pytest)
        # that makes a temporary folder meanwhile gets a real one.
        if not args and kwargs.get("prefix") == "v-":
            return str(folder)
        return real_mkdtemp(*args, **kwargs)

    monkeypatch.setattr(attachments_ui.tempfile, "mkdtemp", planted)
    with pytest.raises(FileExistsError):
        attachments_ui.temp_copy(SimpleNamespace(db=project), att)
    assert victim.read_bytes() == b"keep me"


def test_document_review_open_uses_the_same_private_copy(qtbot, open_activity, tmp_path,
                                                         opened):
    outside = tmp_path / "outside"
    outside.mkdir()
    view = open_activity("document_review", "Årsrapport")
    source = tmp_path / "årsrapport.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    view.attach_document(source)
    doc = view._document()
    for name in _hostile_names(outside):
        _set_name(view.ctx.db, doc.id, name)
        view._show_file()
        assert "<img" not in view.file_label.text()
        count = len(opened)
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda c=count: len(opened) == c + 1)
        _assert_private_copy(Path(opened[-1].toLocalFile()), b"%PDF-1.4 test", name)
    assert list(outside.iterdir()) == []


def _context(db):
    """The panel's project context, as the app makes it (the panel listens to its changes)."""
    from digifelt.app_settings import load_settings
    from digifelt.ui.project_context import ProjectContext

    return ProjectContext(db, load_settings())
