"""Where exports are suggested: never the app's hidden data folder (the demo lives there), the
folder last used per export, the Evidence page's matrix export too, and "Open folder" after an
export."""

import shutil

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from safety_helpers import modal_watchers, when_modal  # noqa: F401 (autouse fixture)
from ui_helpers import activate

from digifelt.storage.paths import data_dir
from digifelt.ui import export_registry

pytest_plugins = ["demo_project"]  # small_demo_file, go_to


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder of the test's own (Path.home() and Qt's standard paths read $HOME)."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


@pytest.fixture
def demo_in_data_folder(small_demo_file):
    """The demo where `digifelt demo` and the welcome window put it: in the data folder."""
    path = data_dir() / "demo.digifelt"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(small_demo_file, path)
    return path


@pytest.fixture
def demo(qtbot, controller, demo_in_data_folder, home):
    window = controller.open_project(demo_in_data_folder)
    activate(qtbot, window)
    return window


def run_export(qtbot, page):
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    job = page.job
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30_000)
    assert job.outcome == "finished"
    return job


def test_the_demo_exports_to_documents_not_to_the_data_folder(qtbot, demo, home, go_to):
    documents = home / "Documents"
    documents.mkdir()
    go_to(demo, "export")
    demo.export.choose("report")
    suggested = demo.export.path.text()
    assert suggested == str(documents / "demo-report.docx")
    assert str(data_dir()) not in suggested


def test_without_documents_the_home_folder_is_suggested(qtbot, demo, home, go_to):
    go_to(demo, "export")
    demo.export.choose("bundle")
    assert demo.export.path.text() == str(home / "demo-bundle.zip")


def test_a_hidden_folder_is_never_suggested(qtbot, controller, small_demo_file, home, go_to):
    hidden = home / ".local" / "share" / "elsewhere"
    hidden.mkdir(parents=True)
    shutil.copy2(small_demo_file, hidden / "kopi.digifelt")
    window = controller.open_project(hidden / "kopi.digifelt")
    activate(qtbot, window)
    go_to(window, "export")
    window.export.choose("qdpx")
    assert window.export.path.text() == str(home / "kopi-refi-qda.qdpx")


def test_a_project_in_a_visible_folder_exports_beside_itself(qtbot, controller, small_demo_file,
                                                            home, go_to):
    folder = home / "kartlegginger"
    folder.mkdir()
    shutil.copy2(small_demo_file, folder / "fjellvik.digifelt")
    window = controller.open_project(folder / "fjellvik.digifelt")
    activate(qtbot, window)
    go_to(window, "export")
    window.export.choose("report")
    assert window.export.path.text() == str(folder / "fjellvik-report.docx")


def test_each_export_remembers_its_own_folder(qtbot, demo, home, tmp_path, go_to):
    go_to(demo, "export")
    page = demo.export
    reports, bundles = tmp_path / "rapporter", tmp_path / "pakker"
    reports.mkdir()
    bundles.mkdir()
    page.choose("report")
    page.path.setText(str(reports / "demo-report.docx"))
    run_export(qtbot, page)
    page.choose("bundle")
    assert page.path.text() == str(reports / "demo-bundle.zip")  # the last folder used
    page.path.setText(str(bundles / "demo-bundle.zip"))
    run_export(qtbot, page)
    page.choose("report")
    assert page.path.text() == str(reports / "demo-report.docx")  # its own folder
    page.choose("matrix")
    assert page.path.text() == str(bundles / "demo-matrix.xlsx")  # never exported: the last
    # A folder that has gone is not suggested.
    shutil.rmtree(reports)
    page.choose("report")
    assert page.path.text() == str(bundles / "demo-report.docx")


def test_open_folder_after_an_export_points_at_its_folder(qtbot, demo, tmp_path, go_to,
                                                         monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    go_to(demo, "export")
    page = demo.export
    assert not page.open_folder_button.isVisible()
    out = tmp_path / "ut" / "demo-bundle.zip"
    out.parent.mkdir()
    page.choose("bundle")
    page.path.setText(str(out))
    run_export(qtbot, page)
    assert page.open_folder_button.isVisible()
    assert page.open_folder_button.text() == "Open folder"
    assert page.folder_url() == QUrl.fromLocalFile(str(out.parent))
    page.open_folder_button.setFocus()
    qtbot.keyClick(page.open_folder_button, Qt.Key.Key_Space)
    assert opened == [QUrl.fromLocalFile(str(out.parent))]
    assert out.is_file()
    # Choosing another export clears the line and its action.
    page.choose("report")
    assert not page.open_folder_button.isVisible()
    assert page.folder_url() is None


class _SaveDialog:
    """Stands in for QFileDialog on the Evidence page: records the suggestion, answers."""

    suggested: list[str] = []
    answer = ""

    @classmethod
    def getSaveFileName(cls, _parent, _title, suggested, _filters):  # noqa: N802 (Qt's name)
        cls.suggested.append(suggested)
        return cls.answer, ""


def test_the_evidence_page_suggests_the_same_folder_and_remembers_it(qtbot, demo, home,
                                                                      tmp_path, go_to,
                                                                      monkeypatch):
    from digifelt.ui.pages import evidence as evidence_page

    documents = home / "Documents"
    documents.mkdir()
    monkeypatch.setattr(evidence_page, "QFileDialog", _SaveDialog)
    _SaveDialog.suggested = []
    _SaveDialog.answer = ""
    page = demo.evidence
    with qtbot.waitSignal(page.matrix_ready, timeout=10_000):
        go_to(demo, "evidence")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert _SaveDialog.suggested == [str(documents / "demo-matrix-by-kind.xlsx")]
    out = tmp_path / "matriser" / "demo.xlsx"
    out.parent.mkdir()
    _SaveDialog.answer = str(out)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.is_file() and page.export_button.isEnabled(), timeout=20_000)
    assert page.open_folder_button.isVisible()
    assert page.open_folder_button.url() == QUrl.fromLocalFile(str(out.parent))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(out.parent))]
    page.set_grouping("group")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert _SaveDialog.suggested[-1] == str(out.parent / "demo-matrix-by-group.xlsx")
    # The Export page's matrix goes where the Evidence page's went.
    assert export_registry.default_folder(demo.ctx.path, "matrix") == out.parent


class _OpenDialog:
    """Stands in for QFileDialog's open functions: records where they start, answers."""

    started: list[str] = []
    answer: list[str] = []

    @classmethod
    def getOpenFileName(cls, _parent, _title, start, _filters=""):  # noqa: N802 (Qt's name)
        cls.started.append(start)
        return (cls.answer[0] if cls.answer else ""), ""

    @classmethod
    def getOpenFileNames(cls, _parent, _title, start="", _filters=""):  # noqa: N802
        cls.started.append(start)
        return list(cls.answer), ""


def test_open_starts_in_documents_when_the_last_project_was_the_demo(
        qtbot, controller, demo_in_data_folder, home, monkeypatch):
    from digifelt.ui import app

    documents = home / "Documents"
    documents.mkdir()
    monkeypatch.setattr(app, "QFileDialog", _OpenDialog)
    _OpenDialog.started, _OpenDialog.answer = [], []
    controller.settings.last_project = str(demo_in_data_folder)
    controller.choose_and_open()
    assert _OpenDialog.started == [str(documents)]
    mine = home / "kartlegginger"
    mine.mkdir()
    controller.settings.last_project = str(mine / "fjellvik.digifelt")
    controller.choose_and_open()
    assert _OpenDialog.started[-1] == str(mine)


def test_attaching_a_file_starts_in_documents_then_where_the_last_one_came_from(
        qtbot, home, tmp_path, monkeypatch):
    from digifelt.ui.capture import attachments

    documents = home / "Documents"
    documents.mkdir()
    monkeypatch.setattr(attachments, "QFileDialog", _OpenDialog)
    _OpenDialog.started, _OpenDialog.answer = [], []
    assert attachments.choose_files(None, "Attach") == []
    assert _OpenDialog.started == [str(documents)]
    photo = tmp_path / "bilder" / "tavle.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"x")
    _OpenDialog.answer = [str(photo)]
    assert attachments.choose_files(None, "Attach") == [photo]
    _OpenDialog.answer = []
    attachments.choose_files(None, "Attach")
    assert _OpenDialog.started[-1] == str(photo.parent)
