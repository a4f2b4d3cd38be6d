"""Export page: choices from the registry, each exporter end to end through the page, options
and folder remembered, one clear message on errors."""

import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from safety_helpers import modal_watchers, when_modal  # noqa: F401 (autouse fixture)
from ui_helpers import on_modal

from digifelt.ui import export_registry
from digifelt.ui.pages.export import ExportPage

pytest_plugins = ["demo_project"]  # small_demo_file, demo_path, demo_window


@pytest.fixture
def page(qtbot, demo_window, go_to):
    go_to(demo_window, "export")
    return demo_window.export


def run_export(qtbot, page, timeout=30_000):
    """Click Export and wait until the job has ended; returns the job."""
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    job = page.job
    assert job is not None
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=timeout)
    return job


def test_the_page_lists_the_registry_in_order(page):
    labels = [page.list.item(n).text() for n in range(page.list.count())]
    assert labels == [export_registry.translated(e.label) for e in export_registry.exporters()]
    assert labels[:4] == ["Word report", "Evidence bundle", "REFI-QDA project", "Evidence matrix"]


def test_a_registered_exporter_appears_on_the_page(qtbot, demo_window, tmp_path):
    @export_registry.exporter("plain", label="Plain text", description="Titles only.",
                              extensions=(".txt",), summary=lambda r: f"wrote {r.name}",
                              order=99)
    def _plain(request, progress, cancelled):
        request.out.write_text("x")
        return request.out

    try:
        page = ExportPage(demo_window.ctx)
        qtbot.addWidget(page)
        page.choose("plain")
        assert page.path.text().endswith("demo-export.txt")
        page.path.setText(str(tmp_path / "t.txt"))
        job = run_export(qtbot, page)
        assert job.outcome == "finished"
        assert page.result.text() == "wrote t.txt"
    finally:
        export_registry.unregister("plain")


def test_word_report_opens_when_done(qtbot, page, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.choose("report")
    options = page._options["report"]
    options.language.setCurrentIndex(options.language.findData("en"))
    options.open_when_done.setChecked(True)
    out = tmp_path / "rapport.docx"
    page.path.setText(str(out))
    job = run_export(qtbot, page)
    assert job.outcome == "finished", job.error
    assert zipfile.ZipFile(out).testzip() is None
    assert page.result.text().startswith("Wrote rapport.docx: ")
    assert [u.toLocalFile() for u in opened] == [str(out)]
    assert not page.progress.isVisible()
    assert page.export_button.isEnabled()


def test_pseudonymised_bundle(qtbot, page, tmp_path):
    from digifelt.exports.bundle import verify_bundle

    page.choose("bundle")
    qtbot.mouseClick(page._options["bundle"].pseudonymise, Qt.MouseButton.LeftButton)
    out = tmp_path / "pakke.zip"
    page.path.setText(str(out))
    job = run_export(qtbot, page)
    assert job.outcome == "finished", job.error
    assert job.result.pseudonymised
    assert verify_bundle(out).pseudonymised  # raises on any damage
    assert page.result.text().endswith("Pseudonymised.")


def test_qdpx_and_both_matrix_formats(qtbot, page, tmp_path):
    page.choose("qdpx")
    page.path.setText(str(tmp_path / "prosjekt.qdpx"))
    assert run_export(qtbot, page).outcome == "finished"
    assert zipfile.ZipFile(tmp_path / "prosjekt.qdpx").namelist()

    page.choose("matrix")
    assert page.format.isVisible()
    page._options["matrix"].by.setCurrentIndex(1)  # by respondent group
    page.format.setCurrentIndex(page.format.findData(".csv"))
    page.format.activated.emit(page.format.currentIndex())
    page.path.setText(str(tmp_path / "matrise"))  # no suffix: the chosen file type is added
    job = run_export(qtbot, page)
    assert job.outcome == "finished", job.error
    csv = (tmp_path / "matrise.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv[0].startswith("område,kjennetegn,tittel,")  # the demo project is Norwegian
    page.format.setCurrentIndex(page.format.findData(".xlsx"))
    page.format.activated.emit(page.format.currentIndex())
    assert page.path.text().endswith("matrise.xlsx")
    assert run_export(qtbot, page).outcome == "finished"
    assert zipfile.ZipFile(tmp_path / "matrise.xlsx").testzip() is None


def test_a_bad_template_is_one_clear_message_and_no_file(qtbot, page, tmp_path):
    folder = tmp_path / "ut"
    folder.mkdir()
    bad = folder / "mal.docx"
    bad.write_text("not a Word file")
    page.choose("report")
    page._options["report"].template.setText(str(bad))
    out = folder / "rapport.docx"
    page.path.setText(str(out))
    texts = []
    when_modal(qtbot, QMessageBox, lambda box: (texts.append((box.text(), box.informativeText())),
                                                box.accept()))
    job = run_export(qtbot, page)
    qtbot.waitUntil(lambda: bool(texts))
    assert job.outcome == "failed"
    headline, reason = texts[0]
    assert headline == "The export failed; nothing was written."
    assert "\n" not in reason
    assert "Traceback" not in reason
    assert "mal.docx" in reason
    assert not out.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["mal.docx"]


def test_an_existing_file_is_replaced_only_when_confirmed(qtbot, page, tmp_path):
    out = tmp_path / "rapport.docx"
    out.write_bytes(b"old")
    page.choose("report")
    page.path.setText(str(out))
    on_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click())
    assert page.start_export() is None
    assert out.read_bytes() == b"old"
    on_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    job = page.start_export()
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    assert job.outcome == "finished"
    assert out.read_bytes()[:2] == b"PK"


def test_folder_exporter_and_options_are_remembered(qtbot, page, demo_window, tmp_path):
    page.choose("bundle")
    page._options["bundle"].pseudonymise.setChecked(True)
    folder = tmp_path / "ut"
    folder.mkdir()
    page.path.setText(str(folder / "pakke.zip"))
    assert run_export(qtbot, page).outcome == "finished"
    again = ExportPage(demo_window.ctx)
    qtbot.addWidget(again)
    assert again.current().id == "bundle"
    assert again._options["bundle"].pseudonymise.isChecked()
    assert again.path.text() == str(folder / "demo-bundle.zip")
    again.choose("report")
    assert again.path.text() == str(folder / "demo-report.docx")
