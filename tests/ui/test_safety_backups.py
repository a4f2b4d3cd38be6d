"""Backups while editing (off the UI thread), File → Restore from backup…, the retention date,
its reminder and the erasure of raw notes; autosave during non-stop typing."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton
from safety_helpers import modal_watchers, when_modal  # noqa: F401 (autouse fixture)
from ui_helpers import activate

from digifelt.core.services import activities, entries, people, projects
from digifelt.storage.backup import list_backups
from digifelt.ui.dialogs.backups import BackupsDialog
from digifelt.ui.dialogs.erase_notes import EraseNotesDialog, confirms
from digifelt.ui.dialogs.privacy import PrivacyDialog


def reasons(path):
    return [b.reason for b in list_backups(path)]


def test_the_on_open_backup_is_taken_on_a_worker_after_opening(qtbot, settings, project_path):
    from digifelt.ui.project_context import ProjectContext

    ctx = ProjectContext.open(project_path, settings)
    try:
        assert reasons(project_path) == []  # opening did not wait for a backup
        with qtbot.waitSignal(ctx.backups.backup_taken, timeout=10_000):
            ctx.backups.start()
        assert reasons(project_path) == ["on-open"]
        assert ctx.backups.timer.isActive()
        assert ctx.backups.timer.interval() == 600_000
    finally:
        ctx.close()


def test_a_periodic_backup_follows_editing(qtbot, open_activity, project_path):
    view = open_activity()
    scheduler = view.ctx.backups
    qtbot.waitUntil(lambda: reasons(project_path) == ["on-open"])
    qtbot.waitUntil(lambda: scheduler.job.outcome == "finished")
    scheduler.edited = False
    before = scheduler.job
    scheduler.tick()  # nothing edited: nothing to back up
    assert scheduler.job is before
    qtbot.keyClicks(view.current_editor(), "Nytt notat.")
    assert view.flush()
    scheduler.tick()  # edited, but the newest backup is younger than ten minutes
    qtbot.waitUntil(lambda: scheduler.job.outcome is not None)
    assert reasons(project_path) == ["on-open"]
    scheduler.minutes = 0
    scheduler.edited = True
    with qtbot.waitSignal(scheduler.backup_taken, timeout=10_000):
        scheduler.tick()
    assert reasons(project_path) == ["periodic", "on-open"]


def test_restore_from_backup_closes_restores_and_reopens(qtbot, controller, window,
                                                         project_path, qtmodeltester):
    qtbot.waitUntil(lambda: reasons(project_path) == ["on-open"])
    activities.add_activity(window.ctx.db, kind="interview", title="Etter sikkerhetskopien")
    chosen = {}

    def pick(dialog):
        qtmodeltester.check(dialog.model)
        chosen["rows"] = [dialog.model.index(0, c).data() for c in range(3)]
        when_modal(qtbot, QMessageBox,
                   lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, BackupsDialog, pick)
    window.actions["restore_backup"].trigger()
    assert chosen["rows"][1] == "When the project was opened"
    assert chosen["rows"][2].endswith(" MB")
    new = controller.window
    assert new is not None
    assert new is not window
    assert activities.list_activities(new.ctx.db) == []
    # The file as it was before the restore is a backup of its own.
    assert reasons(project_path)[0] in ("on-open", "before-restore")
    assert "before-restore" in reasons(project_path)


def test_retention_reminder_and_erasing_raw_notes(qtbot, open_activity, project_path):
    view = open_activity()
    window = view.window()
    ctx = window.ctx
    group = people.add_group(ctx.db, name="Elevrådet")
    people.add_participant(ctx.db, group_id=group.id, name="Kari Nordmann")
    qtbot.keyClicks(view.current_editor(), "Rånotat som skal slettes.")
    assert view.flush()
    assert not window.notices.isVisible()

    def set_date(dialog):
        dialog.has_date.setChecked(True)
        past = date.today() - timedelta(days=1)
        dialog.date.setDate(QDate(past.year, past.month, past.day))
        dialog.accept()

    when_modal(qtbot, PrivacyDialog, set_date)
    window.actions["privacy"].trigger()
    assert projects.get_project(ctx.db).retention_date == date.today() - timedelta(days=1)
    qtbot.waitUntil(window.notices.retention.isVisible)
    assert "has passed" in window.notices.retention.label.text()

    def erase(dialog):
        qtbot.keyClicks(dialog.confirm, "feil")
        assert not dialog.erase_button.isEnabled()
        dialog.confirm.clear()
        qtbot.keyClicks(dialog.confirm, "ERASE")
        assert dialog.erase_button.isEnabled()
        when_modal(qtbot, QMessageBox, lambda box: (done.append(box.text()), box.accept()))
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    done = []
    when_modal(qtbot, EraseNotesDialog, erase)
    qtbot.mouseClick(window.notices.retention.findChild(QPushButton,
                                                        "retentionErase"),
                     Qt.MouseButton.LeftButton)
    assert done
    assert done[0].startswith("Erased 1 notes, 1 participants")
    assert entries.list_entries(ctx.db, view.activity_id) == []
    assert people.list_participants(ctx.db) == []
    assert list_backups(project_path) == []
    qtbot.waitUntil(lambda: not window.notices.isVisible())  # nothing raw left to remind of


def test_opening_a_project_past_its_retention_date_shows_the_reminder(qtbot, controller,
                                                                      project_path):
    from digifelt.core.services.projects import open_project

    db = open_project(project_path)
    activity = activities.add_activity(db, kind="interview", title="Intervju")
    entries.add_entry(db, activity_id=activity.id, text="Rånotat.")
    projects.update_project(db, retention_date=date.today() - timedelta(days=3))
    db.close()
    window = controller.open_project(project_path)
    # Read after the window is up, not while it is being built.
    qtbot.waitUntil(lambda: window.notices.retention.isVisible())
    assert "has passed" in window.notices.retention.label.text()
    assert not window.notices.conflicts.isVisible()


def test_erase_confirmation_words():
    assert confirms("Fjellvik kommune", "Fjellvik kommune")
    assert confirms("  fjellvik   KOMMUNE ", "Fjellvik kommune")
    assert confirms("SLETT", "Fjellvik kommune")
    assert confirms("ERASE", "x")
    assert not confirms("slett", "Fjellvik kommune")
    assert not confirms("", "Fjellvik kommune")
    assert not confirms("Fjellvik", "Fjellvik kommune")


def test_later_hides_the_reminder_for_this_session(qtbot, open_activity):
    view = open_activity()
    window = view.window()
    qtbot.keyClicks(view.current_editor(), "Notat.")
    assert view.flush()
    window.ctx.run("Set the retention date", projects.update_project,
                   retention_date=date.today())
    qtbot.waitUntil(window.notices.retention.isVisible)
    activate(qtbot, window)
    qtbot.mouseClick(window.notices.retention.findChild(QPushButton,
                                                        "retentionLater"),
                     Qt.MouseButton.LeftButton)
    assert not window.notices.isVisible()


def test_non_stop_typing_is_saved_at_least_every_second(qtbot, open_activity):
    view = open_activity()
    editor = view.current_editor()
    keys = QTimer()
    keys.timeout.connect(lambda: qtbot.keyClicks(editor, "ab"))
    keys.start(50)  # faster than the 700 ms debounce can ever see a pause
    try:
        qtbot.waitUntil(lambda: editor.entry_id is not None and bool(
            entries.get_entry(view.ctx.db, editor.entry_id).text), timeout=1500)
        assert keys.isActive()
    finally:
        keys.stop()


def test_qt_reference_workaround_keeps_singletons_alive():
    import sys

    from PySide6.QtCore import QObject, Signal

    from digifelt.ui import qt_workarounds

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    for _ in range(30_000):  # more than enough to exhaust True's count without the workaround
        probe.ping.emit()
        probe.setObjectName("x")
    assert qt_workarounds._applied or not qt_workarounds.drops_references()
    assert sys.getrefcount(True) > 1000
    assert sys.getrefcount(None) > 1000
