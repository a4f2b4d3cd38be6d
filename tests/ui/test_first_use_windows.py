"""A new user's first visit: the welcome window by keyboard, the new-assessment dialog on a
computer without Documents, a wrong file opened from inside a project, the Overview's counts
and one order of indicator codes everywhere."""

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton
from ui_helpers import activate, on_modal, open_db, type_text

from digifelt.core.services import excerpts, projects
from digifelt.ui import i18n

pytest_plugins = ["demo_project"]  # demo_path, demo_window


@pytest.fixture
def quits(controller, monkeypatch):
    """What the welcome window's quit reaches (the real one would end the test run's app)."""
    calls = []
    monkeypatch.setattr(controller, "quit", lambda: calls.append("quit"))
    return calls


# Welcome window

def test_esc_and_ctrl_q_quit_from_the_welcome_window(qtbot, controller, quits):
    welcome = controller.show_welcome()
    activate(qtbot, welcome)
    qtbot.keyClick(QApplication.focusWidget() or welcome, Qt.Key.Key_Escape)
    assert quits == ["quit"]
    qtbot.keyClick(QApplication.focusWidget() or welcome, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier)
    assert quits == ["quit", "quit"]


def test_enter_opens_the_newest_assessment_without_a_click(qtbot, controller, project_path):
    controller.open_project(project_path)
    controller.close_project(show_welcome=True)
    welcome = controller.welcome
    activate(qtbot, welcome)
    qtbot.waitUntil(lambda: welcome.recent.hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None)
    assert controller.ctx.path == project_path


def test_enter_presses_the_focused_welcome_button(qtbot, controller, settings):
    settings.recent_files = []
    opened = []
    welcome = controller.show_welcome()
    welcome.open_requested.disconnect()
    welcome.open_requested.connect(lambda: opened.append("open"))
    activate(qtbot, welcome)
    new = welcome.findChild(QPushButton, "newButton")
    qtbot.waitUntil(new.hasFocus)
    qtbot.keyClick(new, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is welcome.findChild(QPushButton, "openButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert opened == ["open"]


def test_recent_assessments_are_listed_by_title(qtbot, controller, project_path):
    window = controller.open_project(project_path)
    activate(qtbot, window)
    ctx = window.ctx
    ctx.run("Edit project", projects.update_project, title="Kartlegging høst 2026",
            scope="project")
    controller.close_project(show_welcome=True)
    welcome = controller.welcome
    first = welcome.recent.item(0).text().split("\n")
    assert first[0] == "Kartlegging høst 2026"  # the title now, not the file's name
    assert first[1].startswith("fjellvik.digifelt")
    from digifelt.app_settings import load_settings

    assert load_settings().recent_title(str(project_path.resolve())) == "Kartlegging høst 2026"


# Opening a wrong file from inside a project

def test_a_bad_file_opened_from_a_project_leaves_the_project_open(qtbot, controller, window,
                                                                  project_path, tmp_path):
    bad = tmp_path / "notes.digifelt"
    bad.write_text("not a database")
    ctx = window.ctx
    texts = []
    on_modal(qtbot, lambda box: (texts.append(box.text()), box.accept()))
    assert controller.open_project(bad) is None
    assert texts
    assert "notes.digifelt" in texts[0]
    assert controller.window is window
    assert window.isVisible()
    assert controller.ctx is ctx
    assert projects.get_project(ctx.db).title == "Kartlegging 2026"  # still open and usable
    assert controller.settings.recent_files[0] == str(project_path.resolve())


def test_another_good_file_replaces_the_open_project(qtbot, controller, window, demo_path):
    old = window.ctx
    assert controller.open_project(demo_path) is not None
    assert controller.ctx is not old
    assert controller.ctx.path == demo_path
    # The first project was closed: its lock is free for another program.
    db = open_db(old.path)
    db.close()


# The new-assessment dialog

@pytest.fixture
def no_documents(tmp_path, monkeypatch):
    """A computer whose Documents folder does not exist; home is tmp_path/home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    real = QStandardPaths.writableLocation

    def location(kind):
        if kind == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(home / "Documents")
        return real(kind)

    monkeypatch.setattr(QStandardPaths, "writableLocation", location)
    return home


def _new_dialog(qtbot, settings):
    from digifelt.ui.dialogs.new_project import NewProjectDialog

    dialog = NewProjectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


def test_a_new_assessment_is_saved_without_a_documents_folder(qtbot, settings, no_documents):
    dialog = _new_dialog(qtbot, settings)
    organisation = dialog.findChild(QLineEdit, "newOrganisation")
    type_text(qtbot, organisation, "Fjellvik kommune")
    assert dialog.findChild(QLineEdit, "newPath").text() == str(
        no_documents / "fjellvik-kommune.digifelt")
    period = dialog.findChild(QLineEdit, "newPeriod")
    type_text(qtbot, period, "Høsten 2026")
    qtbot.keyClick(period, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()
    assert dialog.created_path == no_documents / "fjellvik-kommune.digifelt"
    db = open_db(dialog.created_path)
    try:
        p = projects.get_project(db)
        assert (p.organisation, p.period) == ("Fjellvik kommune", "Høsten 2026")
    finally:
        db.close()


def test_a_missing_folder_in_the_path_is_made(qtbot, settings, tmp_path):
    dialog = _new_dialog(qtbot, settings)
    type_text(qtbot, dialog.findChild(QLineEdit, "newOrganisation"), "Fjellvik kommune")
    path = dialog.findChild(QLineEdit, "newPath")
    path.clear()
    target = tmp_path / "kartlegginger" / "2026" / "fjellvik.digifelt"
    type_text(qtbot, path, str(target))
    qtbot.keyClick(path, Qt.Key.Key_Return)
    assert dialog.created_path == target
    assert target.is_file()


def test_problems_with_the_file_are_said_in_norwegian(qtbot, settings, tmp_path):
    i18n.install_language("nb")
    try:
        dialog = _new_dialog(qtbot, settings)
        type_text(qtbot, dialog.findChild(QLineEdit, "newOrganisation"), "Fjellvik kommune")
        taken = tmp_path / "fjellvik.digifelt"
        taken.write_bytes(b"")
        path = dialog.findChild(QLineEdit, "newPath")
        path.clear()
        type_text(qtbot, path, str(taken))
        qtbot.keyClick(path, Qt.Key.Key_Return)
        assert dialog.created_path is None
        assert dialog.message.text() == "fjellvik.digifelt finnes allerede; velg et annet navn."
        blocker = tmp_path / "en-fil"
        blocker.write_text("x")
        path.clear()
        type_text(qtbot, path, str(blocker / "ny.digifelt"))
        qtbot.keyClick(path, Qt.Key.Key_Return)
        assert dialog.message.text().startswith(f"Mappen {blocker} kunne ikke opprettes: ")
    finally:
        i18n.install_language("en")


def test_the_suggested_title_follows_the_rubric_language(qtbot, settings):
    i18n.install_language("nb")
    try:
        dialog = _new_dialog(qtbot, settings)
        title = dialog.findChild(QLineEdit, "newTitle")
        assert title.text() == "Digital ståstedskartlegging"
        combo = dialog.findChild(QComboBox, "templateCombo")
        combo.setFocus()
        english = next(n for n in range(combo.count())
                       if (combo.itemData(n) or (None, None))[1] == "en")
        while combo.currentIndex() != english:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert dialog.findChild(QComboBox, "newLanguage").currentData() == "en"
        assert title.text() == "Digital assessment"
        # A title the assessor typed stays whatever rubric is chosen after it.
        title.selectAll()
        qtbot.keyClicks(title, "Kartlegging 2026")
        qtbot.keyClick(combo, Qt.Key.Key_Up)
        assert title.text() == "Kartlegging 2026"
    finally:
        i18n.install_language("en")


# The Overview's counts and the order of codes

def test_the_overview_counts_every_starred_excerpt(qtbot, demo_window):
    db = demo_window.ctx.db
    views = excerpts.list_excerpts(db)
    starred = sum(1 for v in views if v.excerpt.starred)
    assert starred > 1
    assert excerpts.count_excerpts(db) == (len(views), starred)
    summary = demo_window.overview.summary
    qtbot.waitUntil(lambda: f"Excerpts: <b>{len(views)}</b>, of which starred: {starred}"
                    in summary.text())


def test_codes_read_in_rubric_order_in_margin_status_bar_and_undo(qtbot, open_activity,
                                                                  monkeypatch):
    from digifelt.ui.capture.tag_picker import TagPicker
    from digifelt.ui.undo import TagChoice

    view = open_activity()
    ctx = view.ctx
    by_code = {i.code: i.id for i in ctx.indicators()}
    # Picked in the opposite order of the rubric.
    monkeypatch.setattr(TagPicker, "ask", classmethod(
        lambda cls, *a, **k: TagChoice([by_code["3.3"], by_code["2.2"]])))
    editor = view.current_editor()
    qtbot.keyClicks(editor, "Vi har en plan.")
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.moveCursor(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    window = view.window()
    qtbot.keyClick(editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(excerpts.list_excerpts(ctx.db, activity_id=view.activity_id)))
    assert window.statusBar().currentMessage() == "Tagged to 2.2, 3.3."
    gutter = editor._gutter
    qtbot.waitUntil(lambda: [label for _y, label, _s in gutter.labels()] == ["2.2, 3.3"])
    assert ctx.undo_stack(view.scope).undoText() == "Tag 2.2, 3.3"
    assert Path(ctx.path).exists()


def test_initials_are_suggested_from_the_name_in_the_new_assessment(qtbot, settings):
    settings.assessor_name = settings.assessor_initials = ""
    dialog = _new_dialog(qtbot, settings)
    name = dialog.findChild(QLineEdit, "newAssessorName")
    initials = dialog.findChild(QLineEdit, "newAssessorInitials")
    type_text(qtbot, name, "Åse Ødegård")
    assert initials.text() == "ÅØ"
    initials.selectAll()
    qtbot.keyClicks(initials, "AO")
    type_text(qtbot, name, " Berg")
    assert initials.text() == "AO"  # typed by the assessor: kept
