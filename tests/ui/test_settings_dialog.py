"""The Settings dialog: every option is edited with the keyboard, checked, saved and applied
at once to the open project, the storage layer and the Export page."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from ui_helpers import on_modal

from digifelt.app_settings import load_settings
from digifelt.ui.dialogs.settings import SettingsDialog


def _ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _set(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_settings_are_saved_and_applied_at_once(qtbot, controller, window, tmp_path,
                                                monkeypatch):
    from digifelt.storage import backup, backup_policy, paths
    from digifelt.ui import autosave

    # The backup taken on open runs on a worker: let it land before the folder changes, or
    # it lands in the new folder beside the one this test takes.
    qtbot.waitUntil(lambda: any(b.reason == "on-open"
                                for b in backup.list_backups(window.ctx.path)))
    monkeypatch.delenv("DIGIFELT_DATA_DIR")
    first, second = tmp_path / "first", tmp_path / "second"
    controller.settings.data_folder = str(first)
    controller._apply_settings()
    taken = backup.take_backup(window.ctx.path, "test")
    assert taken.is_relative_to(first)
    template = tmp_path / "hus.dotx"
    template.write_bytes(b"a template")

    def edit(dialog: SettingsDialog) -> None:
        dialog.autosave.setValue(0.4)
        dialog.backup_minutes.setValue(5)
        dialog.backups_kept.setValue(8)
        _set(qtbot, dialog.template, str(template))
        _set(qtbot, dialog.data_folder, str(second))
        _ok(dialog)

    on_modal(qtbot, edit)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    saved = load_settings()
    assert (saved.autosave_delay_ms, saved.backup_minutes, saved.backups_kept) == (400, 5, 8)
    assert saved.report_template == str(template)
    assert saved.data_folder == str(second)
    assert paths.data_dir() == second
    assert [b.path.name for b in backup.list_backups(window.ctx.path)] == [taken.name]
    assert not taken.exists()  # moved, not copied: personal data in one place only
    assert window.ctx.backups.timer.interval() == 5 * 60_000
    assert backup_policy.keep_per_project == 8
    savers = autosave._live_savers()
    assert savers
    assert all(s._timer.interval() == 400 for s in savers)
    from digifelt.ui import export_registry

    assert export_registry._default_report_template == str(template)
    assert Path(template).name in export_registry.ReportOptions().template.placeholderText()


def test_a_bad_template_or_folder_is_explained_and_nothing_changes(qtbot, controller, window,
                                                                   tmp_path):
    before = load_settings()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    problems = []

    def edit(dialog: SettingsDialog) -> None:
        _set(qtbot, dialog.template, str(tmp_path / "missing.docx"))
        _ok(dialog)
        problems.append(dialog.message.text())
        assert dialog.isVisible()
        dialog.template.clear()
        _set(qtbot, dialog.data_folder, str(blocker / "sub"))
        _ok(dialog)
        problems.append(dialog.message.text())
        _set(qtbot, dialog.data_folder, "relative/folder")
        _ok(dialog)
        problems.append(dialog.message.text())
        dialog.reject()

    on_modal(qtbot, edit)
    controller.preferences()
    assert "existing .docx or .dotx" in problems[0]
    assert "cannot write to the data folder" in problems[1]
    assert "full path" in problems[2]
    assert load_settings() == before


def test_the_os_can_hand_the_app_a_file_to_open(qtbot, controller, project_path):
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    controller.show_welcome()
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(project_path)))
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    assert controller.ctx.path == project_path


def test_file_open_goes_to_the_newest_controller_without_an_event_filter(qtbot, settings):
    """The application's own event() takes file-open events: no filter sees every event."""
    from digifelt.ui.app import AppController
    from digifelt.ui.application import DigifeltApplication

    app = QApplication.instance()
    assert isinstance(app, DigifeltApplication)
    controllers = [AppController(settings) for _ in range(3)]
    assert app._open_file() == controllers[-1].open_project
