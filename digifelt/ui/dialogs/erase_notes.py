"""Project → Erase raw notes…: a strong confirmation, then the irreversible erasure on a worker."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from digifelt.errors import DigifeltError
from digifelt.ui.autosave import flush_all
from digifelt.ui.errors import show_error
from digifelt.ui.i18n import translate
from digifelt.ui.runner import Job, run_with_progress
from digifelt.ui.safety import editing_paused

CONFIRM_WORDS = ("SLETT", "ERASE")


def confirms(typed: str, organisation: str) -> bool:
    """The organisation's name (any case) or SLETT/ERASE in capitals."""
    typed = " ".join(typed.split())
    return bool(typed) and (typed in CONFIRM_WORDS
                            or typed.casefold() == " ".join(organisation.split()).casefold())


class EraseNotesDialog(QDialog):
    def __init__(self, organisation: str, parent=None):
        super().__init__(parent)
        self.organisation = organisation
        self.setObjectName("eraseNotesDialog")
        self.setWindowTitle(self.tr("Erase raw notes"))
        self.resize(560, 320)
        warning = QLabel(self.tr(
            "<b>This cannot be undone.</b> digifelt deletes every note, every participant "
            "record and every excerpt that is not chosen for a finding, overwrites them in the "
            "file, and deletes every copy it has made of this project, since they hold the "
            "notes too: all backups (also those taken under an earlier name or folder), "
            "damaged copies kept by a restore, and unfinished copies."
            "<br><br>Kept: the rubric, the activities (without notes), the findings and the "
            "quotes chosen for them, attributed to their groups.<br><br>Export an evidence "
            "bundle first if the notes must be archived elsewhere."))
        warning.setWordWrap(True)
        prompt = QLabel(self.tr("To confirm, type the organisation's name (%1) or ERASE:")
                        .replace("%1", organisation))
        prompt.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("eraseConfirm")
        self.confirm.setAccessibleName(prompt.text().rstrip(":"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase the raw notes"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm.textChanged.connect(self._on_text)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addStretch(1)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.confirm.setFocus()

    def _on_text(self, text: str) -> None:
        self.erase_button.setEnabled(confirms(text, self.organisation))

    def accept(self) -> None:
        if confirms(self.confirm.text(), self.organisation):
            super().accept()


def _erase(db, backups_busy):
    from digifelt.core.services.privacy import erase_raw_notes

    with backups_busy:  # a backup being copied finishes first, and is then deleted too
        return erase_raw_notes(db)  # merge copies of the notes go too


def erase_notes(window) -> object | None:
    """Confirm, then erase on a worker; the pages reload. Returns the ErasureResult or None."""
    ctx = window.ctx
    if not flush_all():
        show_error(window, translate("EraseNotes", "Some notes could not be saved; try again "
                                     "when the status bar says Saved."))
        return None
    dialog = EraseNotesDialog(ctx.project.organisation, window)
    accepted = dialog.exec()
    dialog.deleteLater()
    if not accepted:
        return None
    job = Job(lambda: _erase(ctx.db, ctx.backups.busy))
    try:
        with editing_paused(window, translate("EraseNotes", "Erase raw notes")):
            run_with_progress(window, job, translate("EraseNotes", "Erasing the raw notes…"),
                              cancellable=False)
    except DigifeltError as exc:
        show_error(window, str(exc))
        return None
    if job.outcome != "finished":
        show_error(window, job.error)
        return None
    r = job.result
    box = QMessageBox(QMessageBox.Icon.Information, translate("EraseNotes", "Raw notes erased"),
                      translate("EraseNotes", "Erased %1 notes, %2 participants, %3 excerpts, "
                                "%4 backups and %5 other copies of the file. Kept %6 quotes "
                                "chosen for findings.")
                      .replace("%1", str(r.entries)).replace("%2", str(r.participants))
                      .replace("%3", str(r.excerpts_removed)).replace("%4", str(r.backups_removed))
                      .replace("%5", str(r.other_copies_removed))
                      .replace("%6", str(r.excerpts_kept)),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("erasureDone")
    if r.copies:  # each deleted copy, for the record
        box.setDetailedText("\n".join(str(c.path) for c in r.copies))
    box.exec()
    box.deleteLater()
    return r
