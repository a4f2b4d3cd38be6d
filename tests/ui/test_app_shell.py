"""Welcome window, opening and closing projects, the action table and its help, error handling."""

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import activate, on_modal

from digifelt.errors import ValidationError
from digifelt.ui import actions as action_table
from digifelt.ui.dialogs.shortcuts import ShortcutsDialog
from digifelt.ui.errors import install_excepthook, user_errors


def test_every_capture_action_has_a_unique_shortcut_and_a_handler(controller, window):
    seen = {}
    for spec in action_table.ACTIONS:
        assert hasattr(window, spec.handler), spec.id
        if spec.menu in ("capture", "go", "edit"):
            assert spec.shortcuts, f"{spec.id} has no shortcut"
        for keys in spec.shortcuts:
            portable = QKeySequence(keys).toString()
            assert portable not in seen, f"{keys} is used by {seen.get(portable)} and {spec.id}"
            seen[portable] = spec.id
    shown = [a.text() for m in window.menus.values() for a in m.actions()]
    assert all(window.actions[s.id].text() in shown for s in action_table.ACTIONS)


def test_help_lists_every_shortcut(qtbot, window):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = []
    for n in range(dialog.tree.topLevelItemCount()):
        group = dialog.tree.topLevelItem(n)
        rows += [(group.child(c).text(0), group.child(c).text(1))
                 for c in range(group.childCount())]
    texts = {what for _keys, what in rows}
    for spec in action_table.ACTIONS:
        if spec.shortcuts:
            assert action_table.tr(spec.text) in texts
    assert ("Alt+Q, Alt+P", "Quote, paraphrase") in rows
    assert len(rows) == sum(1 for s in action_table.ACTIONS if s.shortcuts) + len(
        action_table.KEY_HINTS)


def test_f1_opens_the_shortcut_help(qtbot, window):
    titles = []
    on_modal(qtbot, lambda d: (titles.append(d.windowTitle()), d.reject()))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert titles == ["Keyboard shortcuts"]


def test_ctrl_digits_switch_pages(qtbot, window):
    for n in range(7, 0, -1):
        key = getattr(Qt.Key, f"Key_{n}")
        qtbot.keyClick(window.rail, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() == n - 1


def test_recent_projects_reopen_from_the_welcome_window(qtbot, controller, project_path):
    controller.open_project(project_path)
    controller.close_project(show_welcome=True)
    assert controller.ctx is None
    welcome = controller.welcome
    activate(qtbot, welcome)
    assert welcome.recent.count() == 1
    welcome.recent.setFocus()
    qtbot.keyClick(welcome.recent, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None)
    assert controller.window.windowTitle().startswith("Kartlegging 2026 — Fjellvik kommune")
    assert controller.settings.recent_files[0].endswith("fjellvik.digifelt")


def test_a_file_that_is_not_a_project_gives_one_clear_line(qtbot, controller, tmp_path):
    bad = tmp_path / "notes.digifelt"
    bad.write_text("not a database")
    controller.show_welcome()
    texts = []
    on_modal(qtbot, lambda box: (texts.append(box.text()), box.accept()))
    assert controller.open_project(bad) is None
    assert texts
    assert "\n" not in texts[0]
    assert "notes.digifelt" in texts[0]
    assert controller.welcome is not None


def test_the_same_project_cannot_be_opened_twice(qtbot, controller, window, project_path,
                                                 settings):
    from digifelt.errors import ProjectFileError
    from digifelt.ui.project_context import ProjectContext

    with pytest.raises(ProjectFileError, match="already open"):
        ProjectContext.open(project_path, settings)


def test_the_local_assessor_signs_new_notes(qtbot, open_activity, settings):
    from digifelt.core.services import entries, people

    view = open_activity()
    qtbot.keyClicks(view.current_editor(), "Signert.")
    view.flush()
    [entry] = entries.list_entries(view.ctx.db, view.activity_id)
    assert entry.author_id == settings.assessor_id
    assessor = next(a for a in people.list_assessors(view.ctx.db) if a.id == settings.assessor_id)
    assert (assessor.name, assessor.initials) == ("Test Assessor", "TA")


def test_the_demo_opens_from_the_welcome_window(qtbot, controller):
    welcome = controller.show_welcome()
    activate(qtbot, welcome)
    qtbot.keyClick(welcome, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=30_000)
    assert controller.window.capture.model.rowCount() > 10


def test_service_errors_are_one_message_line(qtbot, window):
    texts = []
    on_modal(qtbot, lambda box: (texts.append(box.text()), box.accept()))
    with user_errors(window) as outcome:
        raise ValidationError("code '1.1' is already used")
    assert outcome.failed
    assert texts == ["code '1.1' is already used"]


def test_unexpected_errors_show_a_dialog_and_the_app_lives_on(qtbot, window, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    seen = []

    def handler(box):
        seen.append((box.icon(), box.text(), box.detailedText()))
        box.accept()

    on_modal(qtbot, handler)
    try:
        raise KeyError("boom")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    icon, text, details = seen[0]
    assert icon == QMessageBox.Icon.Critical
    assert "KeyError" in text
    assert "Traceback" not in text
    assert "Traceback" in details
    assert QApplication.instance() is not None
    assert window.isVisible()


def test_window_layout_is_remembered_in_the_config_folder(qtbot, controller, open_activity,
                                                          project_path):
    from digifelt.storage.paths import config_dir

    view = open_activity()
    view.splitter.setSizes([700, 500])
    wanted = view.splitter.sizes()
    width = controller.window.width()
    controller.window.resize(width, 555)
    controller.window.close()
    assert (config_dir() / "window-state.ini").is_file()
    window = controller.open_project(project_path)
    assert window.height() == 555
    window.resize(width, 555)  # restoreGeometry clamps to offscreen Qt's small screen
    view = window.open_activity(view.activity_id)
    assert view.splitter.sizes() == wanted
