"""Who signs the notes: asked on the welcome window at first start, applied at once when it
changes in Settings, and never the computer's login name, not in the project and not in the
report."""

import getpass
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from ui_helpers import activate, on_modal, open_db

from digifelt.app_settings import load_settings, save_settings
from digifelt.core.services import entries, people

LOGIN = "oslogin-kari"

pytest_plugins = ["demo_project"]  # go_to: Ctrl+<n> to a page, as a user would


@pytest.fixture
def unnamed(settings, monkeypatch):
    """A first start: no name given yet, on a computer whose login is LOGIN."""
    monkeypatch.setattr(getpass, "getuser", lambda: LOGIN)
    for name in ("USER", "LOGNAME", "USERNAME"):
        monkeypatch.setenv(name, LOGIN)
    settings.assessor_name = ""
    settings.assessor_initials = ""
    save_settings(settings)
    return settings


def _assessors(path_or_db):
    if hasattr(path_or_db, "read"):
        return [(a.id, a.name, a.initials) for a in people.list_assessors(path_or_db)]
    db = open_db(path_or_db)
    try:
        return [(a.id, a.name, a.initials) for a in people.list_assessors(db)]
    finally:
        db.close()


def _docx_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def _export_report(qtbot, window, go_to, out):
    activate(qtbot, window)
    go_to(window, "export")
    page = window.export
    page.choose("report")
    page.path.setText(str(out))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    job = page.job
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30_000)
    assert job.outcome == "finished", job.error


def test_first_start_asks_for_name_and_initials_with_the_keyboard(qtbot, controller, unnamed):
    welcome = controller.show_welcome()
    activate(qtbot, welcome)
    assert welcome.identity is not None
    assert welcome.identity.isVisible()
    qtbot.waitUntil(lambda: welcome.name.hasFocus())
    qtbot.keyClicks(welcome.name, "Kari Nordmann")
    assert welcome.initials.text() == "KN"  # suggested from the name
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert welcome.initials.hasFocus()
    welcome.initials.selectAll()
    qtbot.keyClicks(welcome.initials, "KNO")
    qtbot.keyClick(welcome.initials, Qt.Key.Key_Return)
    saved = load_settings()
    assert (saved.assessor_name, saved.assessor_initials) == ("Kari Nordmann", "KNO")
    assert welcome.identity is None
    # Asked once: the next start goes straight to the assessments.
    assert controller.show_welcome().identity is None


def test_enter_without_a_name_asks_for_one_and_saves_nothing(qtbot, controller, unnamed):
    welcome = controller.show_welcome()
    activate(qtbot, welcome)
    qtbot.keyClick(welcome.name, Qt.Key.Key_Return)
    assert welcome.identity is not None
    assert welcome.identity_message.text() == "Type your name first."
    assert load_settings().assessor_name == ""


def test_without_a_name_nothing_is_signed_with_the_login(qtbot, controller, unnamed,
                                                         project_path, go_to, tmp_path):
    window = controller.open_project(project_path)
    activate(qtbot, window)
    ctx = window.ctx
    assert ctx.author_id is None
    assert "not signed" in window.overview.identity.text()
    assert LOGIN not in window.overview.identity.text()
    assert _assessors(ctx.db) == []
    from digifelt.core.services import activities

    activity = ctx.run("Add activity", activities.add_activity, kind="interview",
                       title="Intervju", scope="plan")
    view = window.open_activity(activity.id)
    qtbot.waitUntil(lambda: view.current_editor() is not None)
    view.current_editor().setFocus()
    qtbot.keyClicks(view.current_editor(), "Usignert notat.")
    view.flush()
    [entry] = entries.list_entries(ctx.db, activity.id)
    assert entry.author_id is None
    out = tmp_path / "rapport.docx"
    _export_report(qtbot, window, go_to, out)
    assert LOGIN not in _docx_text(out)
    controller.close_project(show_welcome=False)
    assert all(LOGIN not in str(row) for row in _assessors(project_path))


def test_a_name_given_in_settings_signs_the_open_project_at_once(qtbot, controller, unnamed,
                                                                  project_path, go_to,
                                                                  tmp_path):
    window = controller.open_project(project_path)
    activate(qtbot, window)
    ctx = window.ctx

    def edit(dialog) -> None:
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Kari Nordmann")
        dialog.initials.selectAll()
        qtbot.keyClicks(dialog.initials, "KN")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(qtbot, edit)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert ctx.author_id == unnamed.assessor_id
    assert _assessors(ctx.db) == [(unnamed.assessor_id, "Kari Nordmann", "KN")]
    assert window.overview.identity.text().startswith("Your notes are signed Kari Nordmann (KN)")
    # Not a step of anyone's undo: Ctrl+Z on the overview does not take the name back.
    assert ctx.undo_stack("project").count() == 0
    out = tmp_path / "rapport.docx"
    _export_report(qtbot, window, go_to, out)
    text = _docx_text(out)
    assert "Kari Nordmann" in text
    assert LOGIN not in text


def test_renaming_in_settings_renames_the_assessor_in_the_open_project(qtbot, controller,
                                                                        window, settings):
    ctx = window.ctx
    assert _assessors(ctx.db) == [(settings.assessor_id, "Test Assessor", "TA")]
    seen = []
    ctx.changed.connect(lambda changes: seen.append(changes.touches("assessor")))

    def edit(dialog) -> None:
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Per Olsen")
        dialog.initials.selectAll()
        qtbot.keyClicks(dialog.initials, "PO")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(qtbot, edit)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert _assessors(ctx.db) == [(settings.assessor_id, "Per Olsen", "PO")]
    assert seen == [True]  # announced as a change: pages showing the team refresh
    assert "Per Olsen (PO)" in window.overview.identity.text()
    # A new interview has the renamed assessor ticked.
    from digifelt.ui.dialogs.activity import ActivityDialog

    dialog = ActivityDialog(ctx, kind="interview", parent=window)
    qtbot.addWidget(dialog)
    assert dialog.assessor_model.checked_ids() == [settings.assessor_id]
    dialog.reject()


def test_taking_the_name_away_makes_new_notes_unsigned(qtbot, controller, window, settings):
    ctx = window.ctx
    controller.set_identity("", "")
    assert ctx.author_id is None
    assert ctx.journal.author_id is None
    assert "not signed" in window.overview.identity.text()
    # The row keeps the name that signed the earlier notes.
    assert _assessors(ctx.db) == [(settings.assessor_id, "Test Assessor", "TA")]


def test_last_edited_by_follows_a_rename_in_settings(qtbot, controller, window, settings,
                                                     go_to):
    from digifelt.core.services import findings

    ctx = window.ctx
    indicator = ctx.indicators()[0]
    ctx.run("Level", findings.update_finding, indicator.id, author_id=ctx.author_id,
            level=2, scope="findings")
    go_to(window, "findings")
    window.findings.show_indicator(indicator.id)
    editor = window.findings.editor
    qtbot.waitUntil(lambda: editor.last_edited.text().startswith("Last edited by TA "))
    settings.assessor_initials = "KN"
    settings.assessor_name = "Kari Nordmann"
    controller._apply_settings()
    qtbot.waitUntil(lambda: editor.last_edited.text().startswith("Last edited by KN "))


def test_own_provisional_level_waits_for_a_name(qtbot, controller, unnamed, project_path,
                                                go_to):
    from digifelt.core.services import calibration

    window = controller.open_project(project_path)
    activate(qtbot, window)
    indicator = window.ctx.indicators()[0]
    go_to(window, "findings")
    window.findings.show_indicator(indicator.id)
    provisional = window.findings.editor.provisional
    assert not provisional.level.isEnabled()
    assert "Settings" in provisional.rationale.placeholderText()
    controller.set_identity("Kari Nordmann", "KN")
    assert provisional.level.isEnabled()
    provisional.level.setFocus()
    qtbot.keyClick(provisional.level, Qt.Key.Key_Down)
    [level] = calibration.provisional_levels(window.ctx.db, indicator.id)
    assert level.assessor_id == unnamed.assessor_id
    assert level.level is not None
