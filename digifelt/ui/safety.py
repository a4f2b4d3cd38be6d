"""Data safety in the app: backups while editing, files that will not open, restoring backups.

- BackupScheduler: the on-open backup once the window is up, then one every ten minutes of
  editing, each on a worker thread.
- handle_open_failure: one clear explanation of why a file did not open, and the offer to
  restore its newest good backup.
- restore_file: put a backup in place of a (closed) project, under the project lock.
"""

import json
import threading
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from digifelt.errors import (
    DigifeltError,
    NotAProjectError,
    ProjectFileError,
    ProjectTooNewError,
)
from digifelt.ui.autosave import save_status
from digifelt.ui.i18n import translate
from digifelt.ui.runner import Job, run_with_progress

BACKUP_MINUTES = 10


@contextmanager
def editing_paused(window, label: str | None = None):
    """Close the open activity (its editors would write stale text) and reopen it after.

    `label`: the work inside wrote outside any operation (an import, an erasure): the undo
    history no longer applies and every page reads again.
    """
    view = window.capture.view
    activity_id = view.activity_id if view is not None else None
    if not window.capture.close_activity():
        raise DigifeltError(translate("Safety", "Some notes could not be saved; try again "
                                      "when the status bar says Saved."))
    try:
        yield
    finally:
        if label is not None:
            window.ctx.journal.discontinuity(label)
        if activity_id and _still_there(window.ctx.db, activity_id):
            window.open_activity(activity_id)


def _still_there(db, activity_id: str) -> bool:
    from digifelt.core.services import activities

    return any(v.activity.id == activity_id for v in activities.list_activities(db))


def local_time(when: datetime) -> str:
    """A naive UTC time (as backups and conflicts store it) in the computer's time zone."""
    return when.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


# Backups while editing


class BackupScheduler(QObject):
    """Backups of the open project on worker threads, never blocking typing."""

    backup_taken = Signal(str)  # path of the new backup
    backup_failed = Signal(str)

    def __init__(self, ctx, minutes: float = BACKUP_MINUTES):
        super().__init__(ctx)
        self.ctx = ctx
        self.minutes = minutes
        self.edited = False
        self.job: Job | None = None
        # Held while a backup is copied: an erasure waits for it, or a backup begun before
        # the erasure committed would keep the notes after the erasure deleted the others.
        self.busy = threading.Lock()
        self.timer = QTimer(self)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.tick)
        save_status().changed.connect(self._on_save_state)

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        self.timer.setInterval(int(minutes * 60_000))

    def start(self) -> None:
        """The on-open backup (a copy of the file as it was opened), then the timer."""
        from digifelt.storage.backup import take_backup

        path = self.ctx.path
        self._run(lambda: take_backup(path, "on-open"))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _on_save_state(self, state: str) -> None:
        if state == "saving":
            self.edited = True

    def tick(self) -> None:
        """Every few minutes (ten by default): a backup after editing, if the newest is old."""
        from digifelt.core.services.projects import backup_if_due

        if not self.edited or (self.job is not None and self.job.running):
            return
        self.edited = False
        db, minutes = self.ctx.db, self.minutes
        self._run(lambda: backup_if_due(db, minutes=minutes))

    def _run(self, fn) -> None:
        def guarded():
            with self.busy:
                return fn()

        self.job = Job(guarded)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self.backup_failed)
        self.job.start()

    def _on_finished(self, path) -> None:
        if path is not None:
            self.backup_taken.emit(str(path))


# After opening


def finish_after_open(parent: QWidget | None, ctx) -> None:
    """Finish what a digifelt that died left half-done in this project, and say so.

    An erasure of raw notes interrupted after it took effect has its remaining copies
    deleted now; leftover staging files of an interrupted restore are removed.
    """
    from digifelt.core.services.privacy import finish_interrupted_erasure
    from digifelt.storage.copies import remove_stale_staging

    remove_stale_staging(ctx.path)
    done = finish_interrupted_erasure(ctx.db)
    if done is None:
        return
    name = ctx.path.name
    if done.erased:
        text = translate("Safety", "An erasure of the raw notes in %1 was interrupted. digifelt "
                         "has now finished it: %2 copies it had left behind were deleted.")
        text = text.replace("%1", name).replace("%2", str(len(done.copies)))
    else:
        text = translate("Safety", "An erasure of the raw notes in %1 was interrupted before it "
                         "took effect: nothing was erased. Erase them again if they are due.")
        text = text.replace("%1", name)
    box = QMessageBox(QMessageBox.Icon.Information, translate("Safety", "digifelt"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("erasureFinished")
    if done.copies:
        box.setDetailedText("\n".join(str(c.path) for c in done.copies))
    box.exec()
    box.deleteLater()


# Files that do not open


def restorable_backup(path: Path):
    """The newest backup that is sound and that this digifelt can open, or None."""
    from digifelt.storage.backup import restorable_backup as newest_restorable

    return newest_restorable(path)


def lock_holder(path: Path) -> tuple[str, str]:
    """(process id, host) of the digifelt that has `path` open, as its lock file says."""
    from digifelt.storage.lock import lock_path

    try:
        info = json.loads(lock_path(path).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    return str(info.get("pid", "?")), str(info.get("host", "?"))


def explain_open_failure(path: Path, exc: BaseException) -> str:
    """One sentence (translated) saying why `path` did not open."""
    from digifelt.storage.database import ProjectDamagedError
    from digifelt.storage.lock import ProjectLockedError

    name = Path(path).name
    if isinstance(exc, ProjectLockedError):
        return str(exc)
    if isinstance(exc, ProjectDamagedError):
        text = translate("Safety", "%1 is damaged and cannot be opened (%2). digifelt has not "
                         "changed it.")
        return text.replace("%1", name).replace("%2", str(exc).split(" (", 1)[-1].rstrip(")"))
    if isinstance(exc, NotAProjectError):
        try:
            empty = Path(path).stat().st_size == 0
        except OSError:
            empty = False
        if empty:
            return translate("Safety", "%1 is empty: it holds no assessment. digifelt has not "
                             "changed it.").replace("%1", name)
        return translate("Safety", "%1 is not a digifelt project file (another kind of file, or "
                         "one that was overwritten). digifelt has not changed it.").replace(
            "%1", name)
    if isinstance(exc, ProjectTooNewError):
        return translate("Safety", "%1 was saved by a newer version of digifelt. Update "
                         "digifelt to open it; the file was not changed.").replace("%1", name)
    if isinstance(exc, DigifeltError):
        return str(exc)
    return translate("Safety", "%1 could not be opened (%2). digifelt has not changed it.") \
        .replace("%1", name).replace("%2", f"{exc.__class__.__name__}: {exc}")


def handle_open_failure(parent: QWidget | None, path: Path, exc: BaseException,
                        offer_restore: bool = True) -> bool:
    """Explain the failure; True when the user restored a backup and the file may be opened."""
    from digifelt.storage.lock import ProjectLockedError

    path = Path(path)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Safety", "digifelt"),
                      explain_open_failure(path, exc), QMessageBox.StandardButton.Close, parent)
    box.setObjectName("openFailure")
    restore_button = None
    backup = None
    fixable = isinstance(exc, ProjectFileError) and not isinstance(exc, ProjectLockedError)
    if offer_restore and path.is_file() and (fixable or not isinstance(exc, DigifeltError)):
        backup = restorable_backup(path)
    if backup is not None:
        when = local_time(backup.taken_at)
        box.setInformativeText(translate(
            "Safety", "A good backup from %1 exists. Restoring puts it in place of this file; "
            "the current file is kept beside it, never overwritten.").replace("%1", when))
        restore_button = box.addButton(
            translate("Safety", "Restore the newest good backup (%1)").replace("%1", when),
            QMessageBox.ButtonRole.AcceptRole)
        restore_button.setObjectName("restoreNewestBackup")
        box.setDefaultButton(restore_button)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    if restore_button is None or chosen is not restore_button:
        return False
    return restore_file(parent, path, backup.path) is not False


def restore_file(parent: QWidget | None, path: Path, backup: Path):
    """Restore `backup` over the closed project `path` on a worker, under the project lock.

    Returns the path of the kept previous file (or None); False when it failed (the user was
    told why).
    """
    from digifelt.storage.backup import restore_project

    def work():
        return restore_project(path, backup).kept

    job = run_with_progress(parent, Job(work), translate("Safety", "Restoring %1…").replace(
        "%1", Path(path).name), cancellable=False)
    if job.outcome != "finished":
        QMessageBox.warning(parent, translate("Safety", "digifelt"), translate(
            "Safety", "The backup could not be restored: %1").replace("%1", job.error))
        return False
    return job.result
