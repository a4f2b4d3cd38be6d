"""Import a teammate's bundle: check it on a worker, show what it changes, then merge it."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digifelt.errors import DigifeltError
from digifelt.ui.autosave import flush_all
from digifelt.ui.errors import show_error
from digifelt.ui.i18n import translate
from digifelt.ui.models.base import RowsModel
from digifelt.ui.runner import Job, run_with_progress
from digifelt.ui.safety import local_time

KIND_LABELS = {
    "project": QT_TRANSLATE_NOOP("Kinds", "Project details"),
    "assessor": QT_TRANSLATE_NOOP("Kinds", "Assessors"),
    "scale_level": QT_TRANSLATE_NOOP("Kinds", "Scale levels"),
    "area": QT_TRANSLATE_NOOP("Kinds", "Areas"),
    "indicator": QT_TRANSLATE_NOOP("Kinds", "Indicators"),
    "respondent_group": QT_TRANSLATE_NOOP("Kinds", "Respondent groups"),
    "participant": QT_TRANSLATE_NOOP("Kinds", "Participants"),
    "guide": QT_TRANSLATE_NOOP("Kinds", "Guides"),
    "guide_question": QT_TRANSLATE_NOOP("Kinds", "Guide questions"),
    "activity": QT_TRANSLATE_NOOP("Kinds", "Activities"),
    "entry": QT_TRANSLATE_NOOP("Kinds", "Notes"),
    "attachment": QT_TRANSLATE_NOOP("Kinds", "Attachments"),
    "excerpt": QT_TRANSLATE_NOOP("Kinds", "Excerpts"),
    "finding": QT_TRANSLATE_NOOP("Kinds", "Findings"),
    "area_summary": QT_TRANSLATE_NOOP("Kinds", "Area summaries"),
    "provisional_level": QT_TRANSLATE_NOOP("Kinds", "Provisional levels"),
}


def kind_label(kind: str) -> str:
    source = KIND_LABELS.get(kind)
    return QCoreApplication.translate("Kinds", source) if source else kind.replace("_", " ")


class ImportCountsModel(RowsModel):
    """One row per kind of object: (kind, KindCounts)."""

    CONTEXT = "ImportCountsModel"
    (COL_KIND, COL_NEW, COL_UPDATED, COL_DELETED, COL_KEPT, COL_CONFLICTING, COL_UNCHANGED,
     COL_SKIPPED) = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportCountsModel", "What"),
        QT_TRANSLATE_NOOP("ImportCountsModel", "New"),
        QT_TRANSLATE_NOOP("ImportCountsModel", "Updated"),
        QT_TRANSLATE_NOOP("ImportCountsModel", "Deleted"),
        QT_TRANSLATE_NOOP("ImportCountsModel", "Ours stays"),
        QT_TRANSLATE_NOOP("ImportCountsModel", "In conflict"),
        QT_TRANSLATE_NOOP("ImportCountsModel", "Unchanged"),
        QT_TRANSLATE_NOOP("ImportCountsModel", "Not merged"),
    )
    FIELDS = ("new", "updated", "deleted", "kept", "conflicting", "unchanged", "skipped")

    def row_id(self, row) -> str:
        return row[0]

    def cell(self, row, column: int, role: int) -> Any:
        kind, counts = row
        if role == Qt.ItemDataRole.DisplayRole:
            return kind_label(kind) if column == self.COL_KIND else getattr(
                counts, self.FIELDS[column - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_KIND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportPreviewDialog(QDialog):
    """What the bundle would change; Import commits, Cancel changes nothing."""

    def __init__(self, plan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import %1").replace("%1", plan.bundle.path.name))
        self.resize(720, 520)
        info = plan.bundle
        when = info.exported_at.strftime("%Y-%m-%d %H:%M")
        source = self.tr("From <b>%1</b> (%2), exported %3 UTC by %4.").replace(
            "%1", _html(info.title)).replace("%2", _html(info.organisation)).replace(
            "%3", when).replace("%4", _html(info.exported_by_name or self.tr("an unknown "
                                                                            "assessor")))
        if info.pseudonymised:
            source += " " + self.tr("The bundle declares itself pseudonymised.")
        header = QLabel(source)
        header.setWordWrap(True)

        self.model = ImportCountsModel(self)
        self.model.set_rows([(kind, counts) for kind, counts in plan.counts.items()
                             if any(counts.as_dict().values())])
        self.table = QTableView()
        self.table.setObjectName("importCounts")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.
                                                           ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        totals = plan.totals
        self.summary = QLabel(self._summary(totals))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        notes = [*(self.tr("Conflict: %1").replace("%1", m) for m in plan.notes),
                 *(self.tr("Rubric: %1").replace("%1", m) for m in plan.rubric_mismatches),
                 *(self.tr("Not merged: %1").replace("%1", m) for m in plan.skipped)]
        self.notes = QPlainTextEdit("\n".join(notes))
        self.notes.setObjectName("importNotes")
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(120)
        self.notes.setVisible(bool(notes))
        if notes:
            layout.addWidget(QLabel(self.tr("Conflicts, differences in the rubric and what is "
                                            "not merged:")))
        layout.addWidget(self.notes)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importConfirm")
        self.import_button.setEnabled(plan.changes_anything)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.import_button if plan.changes_anything
         else self.buttons.button(QDialogButtonBox.StandardButton.Cancel)).setFocus()

    def _summary(self, totals) -> str:
        plan = self.plan
        if plan.already_imported is not None:
            return self.tr("Already imported on %1: nothing new.").replace(
                "%1", local_time(plan.already_imported))
        if not plan.changes_anything:
            text = self.tr("Importing this bundle changes nothing in this project.")
        else:
            text = self.tr("%1 new, %2 updated, %3 deleted, %4 unchanged. A backup of the "
                           "project is taken first.").replace("%1", str(totals.new)).replace(
                "%2", str(totals.updated)).replace("%3", str(totals.deleted)).replace(
                "%4", str(totals.unchanged))
        if plan.conflicts:
            text += " " + self.tr("%1 conflicts: where you changed the same thing without "
                                  "having seen each other's change (or one of you deleted "
                                  "what the other edited), one version stays current and the "
                                  "other waits in Project → Conflicts. Nothing is lost."
                                  ).replace("%1", str(plan.conflicts))
        if plan.previous_imports:
            text += " " + self.tr("This bundle was imported before (%1).").replace(
                "%1", plan.previous_imports[-1])
        return text


def _html(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def choose_import_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """A file to import, starting in the folder the last import came from (remembered)."""
    from digifelt.ui.pages.export import export_settings

    settings = export_settings()
    name, _f = QFileDialog.getOpenFileName(parent, title, settings.value("import/folder") or "",
                                           filters)
    if not name:
        return None
    settings.setValue("import/folder", str(Path(name).parent))
    settings.sync()
    return Path(name)


def choose_bundle(parent: QWidget | None) -> Path | None:
    return choose_import_file(
        parent, translate("ImportBundle", "Import a bundle"),
        translate("ImportBundle", "Evidence bundles (*.zip);;All files (*)"))


def import_bundle(window, bundle: Path | None = None):
    """The whole import: choose, check (worker), preview, merge (worker), refresh the pages.

    Returns the ImportResult, or None when nothing was imported.
    """
    from digifelt.exports.bundle import apply_import, preview_import
    from digifelt.ui.safety import editing_paused

    ctx = window.ctx
    if not flush_all():
        show_error(window, translate("ImportBundle", "Some notes could not be saved; import "
                                     "when the status bar says Saved."))
        return None
    bundle = bundle or choose_bundle(window)
    if bundle is None:
        return None
    check = Job(lambda progress, cancelled: preview_import(
        ctx.path, bundle, db=ctx.db, progress=progress, cancelled=cancelled))
    run_with_progress(window, check, translate("ImportBundle", "Checking %1…").replace(
        "%1", bundle.name))
    refused = translate("ImportBundle", "The bundle was refused; nothing was changed.")
    if check.outcome == "failed":
        show_error(window, check.error, refused)
        return None
    if check.outcome != "finished":
        return None
    dialog = ImportPreviewDialog(check.result, window)
    accepted = dialog.exec()
    dialog.deleteLater()
    if not accepted:
        return None
    merge = Job(lambda progress, cancelled: apply_import(
        ctx.path, bundle, db=ctx.db, progress=progress, cancelled=cancelled))
    try:
        # The open activity's editors hold text the merge may change: close, merge, reopen.
        with editing_paused(window, translate("ImportBundle", "Import bundle")):
            run_with_progress(window, merge, translate("ImportBundle", "Importing %1…")
                              .replace("%1", bundle.name))
    except DigifeltError as exc:
        show_error(window, str(exc), refused)
        return None
    if merge.outcome == "failed":
        show_error(window, merge.error, refused)
        return None
    if merge.outcome != "finished":
        window.statusBar().showMessage(translate("ImportBundle", "Import cancelled; nothing "
                                                 "was changed."), 8000)
        return None
    result = merge.result
    totals = result.totals
    window.statusBar().showMessage(
        translate("ImportBundle", "Imported %1: %2 new, %3 updated, %4 conflict copies.")
        .replace("%1", bundle.name).replace("%2", str(totals.new))
        .replace("%3", str(totals.updated)).replace("%4", str(result.conflicts)), 10000)
    return result
