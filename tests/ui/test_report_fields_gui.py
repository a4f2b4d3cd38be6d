"""The fields the report's title page and indicators need, edited in the app: reflection
questions and "not assessed" on the Findings page, commissioner, assessing organisation and
report version on the Overview; each saved as one step that Ctrl+Z takes back."""

from PySide6.QtCore import Qt
from ui_helpers import first_indicator, press_undo, type_text

from digifelt.core.services import findings, projects
from digifelt.ui import i18n

pytest_plugins = ["demo_project"]  # go_to

CTRL = Qt.KeyboardModifier.ControlModifier


def undo(qtbot, window, focus) -> None:
    press_undo(qtbot, window, focus)


def test_reflection_questions_are_saved_apart_from_actions_and_undone(qtbot, go_to, window):
    db = window.ctx.db
    indicator = first_indicator(db)
    go_to(window, "findings")
    page = window.findings
    page.show_indicator(indicator.id)
    actions, reflection = page.editor.editors["actions"], page.editor.editors["reflection"]
    assert reflection in page.editor.text_editors()
    actions.setFocus()
    type_text(qtbot, actions, "Lag en plan.")
    assert page.flush()
    reflection.setFocus()
    type_text(qtbot, reflection, "Hvem eier målene?")
    qtbot.waitUntil(lambda: findings.get_finding(db, indicator.id).finding.reflection
                    == "Hvem eier målene?", timeout=1500)
    assert findings.get_finding(db, indicator.id).finding.actions == "Lag en plan."

    undo(qtbot, window, page.tree)
    stored = findings.get_finding(db, indicator.id).finding
    assert (stored.actions, stored.reflection) == ("Lag en plan.", None)
    qtbot.waitUntil(lambda: reflection.toPlainText() == "")
    assert actions.toPlainText() == "Lag en plan."


def test_not_assessed_clears_and_locks_the_level_and_is_undone(qtbot, go_to, window):
    db = window.ctx.db
    indicator = first_indicator(db)
    go_to(window, "findings")
    page = window.findings
    page.show_indicator(indicator.id)
    editor = page.editor
    editor.level.setCurrentIndex(editor.level.findData(3))
    assert findings.get_finding(db, indicator.id).finding.level == 3

    qtbot.mouseClick(editor.not_assessed, Qt.MouseButton.LeftButton)
    stored = findings.get_finding(db, indicator.id).finding
    assert (stored.status, stored.level) == ("not_assessed", None)
    assert editor.current_level() is None
    assert not editor.level.isEnabled()
    assert not editor.agreed.isEnabled()
    assert "Not assessed" in editor.level_description.text()
    status = page.model.find(indicator.id).siblingAtColumn(page.model.COL_STATUS)
    qtbot.waitUntil(lambda: status.data() == "not assessed")

    undo(qtbot, window, page.tree)
    stored = findings.get_finding(db, indicator.id).finding
    assert (stored.status, stored.level) == ("draft", 3)
    qtbot.waitUntil(lambda: editor.current_level() == 3)
    assert not editor.not_assessed.isChecked()
    assert editor.level.isEnabled()

    qtbot.mouseClick(editor.not_assessed, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.not_assessed, Qt.MouseButton.LeftButton)  # assessed after all
    stored = findings.get_finding(db, indicator.id).finding
    assert (stored.status, stored.level) == ("draft", None)
    assert editor.level.isEnabled()


def test_report_fields_on_the_overview_are_saved_and_undone(qtbot, go_to, window):
    db = window.ctx.db
    go_to(window, "overview")
    page = window.overview
    typed = {"commissioner": "Fjellvik kommune", "assessing_org": "DigiTrøndelag",
             "report_version": "0.3"}
    for name, text in typed.items():
        field = getattr(page, name)
        field.setFocus()
        type_text(qtbot, field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field saves it
    stored = projects.get_project(db)
    assert {k: getattr(stored, k) for k in typed} == typed

    undo(qtbot, window, page.summary)
    stored = projects.get_project(db)
    assert stored.report_version is None
    assert stored.assessing_org == "DigiTrøndelag"
    qtbot.waitUntil(lambda: page.report_version.text() == "")
    assert page.assessing_org.text() == "DigiTrøndelag"


def test_the_new_texts_are_norwegian_in_the_norwegian_ui(qtbot, go_to, window):
    i18n.install_language("nb")
    try:
        from digifelt.ui.pages.findings_editor import FindingEditor
        from digifelt.ui.pages.overview import OverviewPage

        editor = FindingEditor(window.ctx)
        qtbot.addWidget(editor)
        assert editor.not_assessed.text() == "Ikke vurdert"
        overview = OverviewPage(window.ctx)
        qtbot.addWidget(overview)
        assert overview.assessing_org.placeholderText() == "Teamets egen organisasjon"
        from digifelt.ui.pages.findings_editor import translate

        assert translate("FindingEditor", "Reflection questions (refleksjonsspørsmål)") \
            == "Refleksjonsspørsmål"
    finally:
        i18n.install_language("en")
