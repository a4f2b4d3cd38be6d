"""Qt's own dialogs speak the UI's language, Norwegian words agree in gender, numbers use the
UI language's decimal sign, English counts are plural, and suggested file names are in one
language."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
)
from ui_helpers import activate

from digifelt.ui import export_registry, i18n
from digifelt.ui.models.attachments import human_size

pytest_plugins = ["demo_project"]  # demo_window, go_to


@pytest.fixture
def norwegian():
    i18n.install_language("nb")
    yield
    i18n.install_language("en")


def _file_dialog(qtbot, mode=QFileDialog.AcceptMode.AcceptSave) -> QFileDialog:
    # The widget dialog is the one a Linux desktop without a native dialog shows.
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _texts(dialog) -> set[str]:
    return ({w.text() for w in dialog.findChildren(QLabel)}
            | {w.text() for w in dialog.findChildren(QAbstractButton)}
            | {w.toolTip() for w in dialog.findChildren(QAbstractButton)})


def test_the_file_dialog_is_norwegian_in_the_norwegian_ui(qtbot, norwegian):
    texts = _texts(_file_dialog(qtbot))
    assert {"&Se i:", "Fil&navn:", "Fil&type:", "&Lagre", "Avbryt"} <= texts
    assert {"Tilbake", "Fremover", "Overordnet mappe", "Opprett ny mappe"} <= texts
    assert not texts & {"&Look in:", "File &name:", "Files of &type:", "&Save", "Cancel",
                        "Back", "Parent Directory", "Create New Folder"}
    opening = _texts(_file_dialog(qtbot, QFileDialog.AcceptMode.AcceptOpen))
    assert "&Åpne" in opening


def test_the_file_dialog_is_english_again_after_switching_back(qtbot):
    i18n.install_language("nb")
    i18n.install_language("en")
    texts = _texts(_file_dialog(qtbot))
    assert {"&Look in:", "File &name:", "&Save"} <= texts
    assert "&Se i:" not in texts


def test_the_folder_list_headings_are_norwegian(qtbot, norwegian):
    from PySide6.QtWidgets import QFileSystemModel

    model = QFileSystemModel()
    headings = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(4)]
    assert headings == ["Navn", "Størrelse", "Filtype", "Sist endret"]


@pytest.mark.parametrize(("language", "titles"), [
    ("nb", {"interview": "Nytt intervju", "observation": "Ny observasjon",
            "document_review": "Ny dokumentgjennomgang", "workshop": "Nytt verksted"}),
    ("en", {"interview": "New interview", "observation": "New observation",
            "document_review": "New document review", "workshop": "New workshop"}),
])
def test_a_new_activity_is_named_with_the_gender_of_its_noun(qtbot, window, language, titles):
    from digifelt.ui.dialogs.activity import ActivityDialog

    i18n.install_language(language)
    try:
        for kind, title in titles.items():
            dialog = ActivityDialog(window.ctx, kind=kind, parent=window)
            qtbot.addWidget(dialog)
            assert dialog.windowTitle() == title
        # Choosing another kind in the dialog names the dialog anew.
        dialog = ActivityDialog(window.ctx, kind="interview", parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.kind.setFocus()
        while dialog.kind.currentData() != "observation":
            qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
        assert dialog.windowTitle() == titles["observation"]
    finally:
        i18n.install_language("en")


def test_decimals_use_a_comma_in_norwegian_and_a_point_in_english(qtbot, settings):
    from digifelt.ui.dialogs.settings import SettingsDialog

    def autosave_text():
        dialog = SettingsDialog(settings)
        qtbot.addWidget(dialog)
        box = dialog.findChild(QDoubleSpinBox, "settingsAutosave")
        box.setValue(0.7)
        return box.text()

    i18n.install_language("nb")
    try:
        assert autosave_text() == "0,7 s"
        assert human_size(1536) == "1,5 KB"
        assert i18n.decimal(12.345, 2) == "12,35"
        assert QLocale().decimalPoint() == ","
    finally:
        i18n.install_language("en")
    assert autosave_text() == "0.7 s"
    assert human_size(1536) == "1.5 KB"


def test_the_bundle_summary_writes_megabytes_in_the_ui_language(norwegian):
    from types import SimpleNamespace

    from digifelt.ui.export_registry import get

    result = SimpleNamespace(path=__import__("pathlib").Path("/tmp/x-bunt.zip"), activities=3,
                             excerpts=10, attachments=1, size=int(2.5 * 2**20),
                             pseudonymised=False)
    assert "2,5 MB" in get("bundle").summary(result)


@pytest.mark.parametrize(("language", "wanted", "not_wanted"), [
    ("en", ["Interviews: <b>", "Observations: <b>", "Document reviews: <b>"],
     ["Interview: <b>"]),
    ("nb", ["Intervjuer: <b>", "Observasjoner: <b>", "Dokumentgjennomganger: <b>"],
     ["Intervju: <b>"]),
])
def test_the_overview_counts_activities_in_the_plural(qtbot, controller, demo_path, language,
                                                      wanted, not_wanted):
    controller.set_language(language)
    try:
        window = controller.open_project(demo_path)
        summary = window.overview.summary
        qtbot.waitUntil(lambda: "<b>" in summary.text(), timeout=10_000)
        text = summary.text()
        assert all(w in text for w in wanted), text
        assert not any(n in text for n in not_wanted), text
    finally:
        controller.set_language("en")


@pytest.mark.parametrize(("language", "names"), [
    ("nb", {"report": "demo-rapport.docx", "bundle": "demo-bunt.zip",
            "qdpx": "demo-refi-qda.qdpx", "matrix": "demo-matrise.xlsx"}),
    ("en", {"report": "demo-report.docx", "bundle": "demo-bundle.zip",
            "qdpx": "demo-refi-qda.qdpx", "matrix": "demo-matrix.xlsx"}),
])
def test_suggested_file_names_are_in_the_ui_language(qtbot, controller, demo_path, go_to,
                                                     language, names):
    controller.set_language(language)
    try:
        window = controller.open_project(demo_path)
        activate(qtbot, window)
        go_to(window, "export")
        page = window.export
        for exporter_id, name in names.items():
            page.choose(exporter_id)
            assert page.path.text().endswith(name), page.path.text()
        by_kind = export_registry.file_stem(demo_path, "matrix", "by-kind")
        assert by_kind == {"nb": "demo-matrise-etter-type", "en": "demo-matrix-by-kind"}[language]
    finally:
        controller.set_language("en")


def test_the_kind_combo_of_a_new_activity_is_still_named_by_kind(qtbot, window, norwegian):
    from digifelt.ui.dialogs.activity import ActivityDialog

    dialog = ActivityDialog(window.ctx, kind="interview", parent=window)
    qtbot.addWidget(dialog)
    kinds = dialog.findChild(QComboBox)
    assert kinds.itemText(0) == "Intervju"


@pytest.mark.parametrize(("language", "wanted"), [
    ("en", {("FindBar", "%n match(es)", 1): "1 match",
            ("FindBar", "%n match(es)", 4): "4 matches",
            ("IndicatorEvidenceView", "%n excerpt(s)", 1): "1 excerpt",
            ("IndicatorEvidenceView", "%n excerpt(s)", 0): "0 excerpts",
            ("IndicatorEvidenceView", "%1 of %n excerpt(s)", 1): "%1 of 1 excerpt"}),
    ("nb", {("FindBar", "%n match(es)", 1): "1 treff",
            ("IndicatorEvidenceView", "%n excerpt(s)", 12): "12 utdrag",
            ("IndicatorEvidenceView", "%1 of %n excerpt(s)", 12): "%1 av 12 utdrag"}),
])
def test_counted_words_agree_with_their_number(qapp, language, wanted):
    from PySide6.QtCore import QCoreApplication

    i18n.install_language(language)
    try:
        for (context, source, n), text in wanted.items():
            assert QCoreApplication.translate(context, source, "", n) == text
    finally:
        i18n.install_language("en")


def test_the_evidence_list_counts_in_the_plural_only_when_plural(qtbot, demo_window, go_to):
    page = demo_window.evidence
    with qtbot.waitSignal(page.matrix_ready, timeout=10_000):
        go_to(demo_window, "evidence")
    page.select_cell("1.1")
    view = page.indicator_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 1, timeout=10_000)
    assert view.count.text().endswith(" excerpts")
    view.text.setFocus()
    qtbot.keyClicks(view.text, "zzzz-ingen-treff")
    qtbot.waitUntil(lambda: view.count.text().startswith("0 of "))
    assert "(s)" not in view.count.text()


@pytest.mark.parametrize(("language", "wanted"), [
    ("en", "Wrote x-report.docx: 1 chapter, 1 quote, 3 placeholders to fill in."),
    ("nb", "Skrev x-report.docx: 1 kapittel, 1 sitat, 3 plassholdere som skal fylles ut."),
])
def test_an_export_result_counts_each_thing_in_its_number(qapp, language, wanted):
    from pathlib import Path
    from types import SimpleNamespace

    i18n.install_language(language)
    try:
        result = SimpleNamespace(path=Path("/tmp/x-report.docx"), chapters=1, quotes=1,
                                 placeholders=3)
        assert export_registry.get("report").summary(result) == wanted
        matrix = SimpleNamespace(path=Path("/tmp/m.csv"), indicators=1, sources=4,
                                 not_triangulated=0, names=None)
        assert export_registry.get("matrix").summary(matrix) == {
            "en": "Wrote m.csv: 1 indicator × 4 sources; 0 not triangulated.",
            "nb": "Skrev m.csv: 1 kjennetegn × 4 kilder; 0 ikke triangulert."}[language]
    finally:
        i18n.install_language("en")


# Norwegian nouns of the app by gender: an adjective or article agrees with its noun
# ("nytt intervju", "et utdrag", "ny observasjon").
NEUTER = ("intervju", "verksted", "dokument", "notat", "sitat", "utdrag", "spørsmål", "funn",
          "område", "kjennetegn", "nivå", "prosjekt", "vedlegg", "skjema", "observasjonsskjema",
          "tiltak", "svar", "kapittel", "bilde")
COMMON = ("observasjon", "dokumentgjennomgang", "gjennomgang", "gruppe", "kartlegging", "guide",
          "aktivitet", "spørreundersøkelse", "linje", "mappe", "fil", "dato", "kilde", "rapport",
          "sikkerhetskopi", "deltaker", "vurdering", "styrke")


def _norwegian_texts():
    import xml.etree.ElementTree as ET

    for path in sorted(i18n.translations_dir().glob("digifelt_nb*.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                yield path.name, message.findtext("source"), text


def test_norwegian_adjectives_and_articles_agree_with_their_nouns():
    import re

    neuter, common = "|".join(NEUTER), "|".join(COMMON)
    wrong = [re.compile(rf"\b(?:[Nn]y|[Ee]n|[Ee]gen) (?:{neuter})\b"),
             re.compile(rf"\b(?:[Nn]ytt|[Ee]t|[Ee]get) (?:{common})\b")]
    assert wrong[0].search("Ny intervju")
    assert wrong[1].search("et observasjon")
    found = [(name, source, text) for name, source, text in _norwegian_texts()
             if any(rule.search(text) for rule in wrong)]
    assert found == []


def test_the_capture_bar_names_what_is_new_in_norwegian(qtbot, controller, project_path,
                                                         go_to):
    controller.set_language("nb")
    try:
        window = controller.open_project(project_path)
        activate(qtbot, window)
        go_to(window, "capture")
        labels = [w.text() for w in window.capture.findChildren(QLabel) if w.isVisible()]
        assert "Ny aktivitet:" in labels  # not "Ny:" before "Intervju"
        assert "Ny:" not in labels
    finally:
        controller.set_language("en")


@pytest.mark.parametrize(("language", "one", "many"), [
    ("en", "1 excerpt: 1 strength, 0 gaps, 0 neutral",
     "3 excerpts: 1 strength, 2 gaps, 0 neutral"),
    ("nb", "1 utdrag: 1 styrke, 0 svakheter, 0 nøytrale",
     "3 utdrag: 1 styrke, 2 svakheter, 0 nøytrale"),
])
def test_a_matrix_cell_counts_in_its_number(qapp, language, one, many):
    from digifelt.core.services.matrix import Cell
    from digifelt.ui.models.matrix import cell_tooltip

    i18n.install_language(language)
    try:
        assert cell_tooltip(Cell(total=1, strengths=1, gaps=0)) == one
        assert cell_tooltip(Cell(total=3, strengths=1, gaps=2)) == many
    finally:
        i18n.install_language("en")


def test_the_folder_list_names_a_folder_in_norwegian(qtbot, tmp_path, norwegian):
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Mappe"
