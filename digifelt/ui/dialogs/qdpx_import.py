"""File → Import REFI-QDA project…: read a .qdpx on a worker, show what it creates and which
codes met no indicator, then merge it into the open project."""

from pathlib import Path

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
from digifelt.ui.dialogs.import_preview import ImportCountsModel
from digifelt.ui.errors import show_error
from digifelt.ui.i18n import translate
from digifelt.ui.runner import Job, run_with_progress


class QdpxPreviewDialog(QDialog):
    """What the package would add; Import merges it, Cancel changes nothing."""

    def __init__(self, plan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("qdpxPreview")
        self.setWindowTitle(self.tr("Import %1").replace("%1", plan.qdpx.name))
        self.resize(720, 560)
        header = QLabel(self.tr("“%1”, written by %2.").replace("%1", plan.title).replace(
            "%2", plan.origin or self.tr("an unknown program")))
        header.setWordWrap(True)
        self.model = ImportCountsModel(self)
        self.model.set_rows([(kind, counts) for kind, counts in plan.counts.items()
                             if any(counts.as_dict().values())])
        self.table = QTableView()
        self.table.setObjectName("qdpxCounts")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        new = sum(c.new for c in plan.counts.values())
        self.summary = QLabel(self.tr("%1 new objects; %2 codes match an indicator. A backup "
                                      "of the project is taken first.")
                              .replace("%1", str(new)).replace("%2", str(len(plan.matched))))
        self.summary.setObjectName("qdpxSummary")
        self.summary.setWordWrap(True)
        lines = [*(self.tr("Code “%1” → indicator %2").replace("%1", code).replace("%2", ind)
                   for code, ind in plan.matched.items()),
                 *(self.tr("Not matched: %1").replace("%1", m) for m in plan.unmatched),
                 *(self.tr("Not imported: %1").replace("%1", m) for m in plan.skipped),
                 *(self.tr("Rubric: %1").replace("%1", m) for m in plan.rubric_mismatches)]
        self.details = QPlainTextEdit("\n".join(lines))
        self.details.setObjectName("qdpxDetails")
        self.details.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Codes and indicators, and what is not imported "
                                        "(codings of a code that matches no indicator arrive "
                                        "as untagged excerpts):")))
        layout.addWidget(self.details, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("qdpxConfirm")
        self.import_button.setEnabled(new > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.import_button.setFocus()


def choose_qdpx(parent: QWidget | None) -> Path | None:
    from digifelt.ui.pages.export import export_settings

    settings = export_settings()
    name, _f = QFileDialog.getOpenFileName(
        parent, translate("ImportQdpx", "Import a REFI-QDA project"),
        settings.value("import/folder") or "",
        translate("ImportQdpx", "REFI-QDA projects (*.qdpx);;All files (*)"))
    if not name:
        return None
    settings.setValue("import/folder", str(Path(name).parent))
    settings.sync()
    return Path(name)


def import_qdpx(window, qdpx: Path | None = None):
    """Choose, read and preview (worker), merge (worker), refresh every page.

    Returns the QdpxImportResult, or None when nothing was imported.
    """
    from digifelt.exports.qdpx.importer import apply_qdpx_import, preview_qdpx_import
    from digifelt.ui.safety import editing_paused

    ctx = window.ctx
    if not flush_all():
        show_error(window, translate("ImportQdpx", "Some notes could not be saved; import "
                                     "when the status bar says Saved."))
        return None
    qdpx = qdpx or choose_qdpx(window)
    if qdpx is None:
        return None
    refused = translate("ImportQdpx", "The REFI-QDA project was refused; nothing was changed.")
    check = Job(lambda progress, cancelled: preview_qdpx_import(
        ctx.path, qdpx, db=ctx.db, progress=progress, cancelled=cancelled))
    run_with_progress(window, check, translate("ImportQdpx", "Reading %1…").replace(
        "%1", qdpx.name))
    if check.outcome == "failed":
        show_error(window, check.error, refused)
        return None
    if check.outcome != "finished":
        return None
    dialog = QdpxPreviewDialog(check.result, window)
    accepted = dialog.exec()
    dialog.deleteLater()
    if not accepted:
        return None
    merge = Job(lambda progress, cancelled: apply_qdpx_import(
        ctx.path, qdpx, db=ctx.db, progress=progress, cancelled=cancelled))
    try:
        # Open editors hold text the merge may add to: close, merge, reopen; every page
        # reads again and the undo history starts afresh (the import is not one step).
        with editing_paused(window, translate("ImportQdpx", "Import REFI-QDA project")):
            run_with_progress(window, merge, translate("ImportQdpx", "Importing %1…")
                              .replace("%1", qdpx.name))
    except DigifeltError as exc:
        show_error(window, str(exc), refused)
        return None
    if merge.outcome == "failed":
        show_error(window, merge.error, refused)
        return None
    if merge.outcome != "finished":
        window.statusBar().showMessage(translate("ImportQdpx", "Import cancelled; nothing "
                                                 "was changed."), 8000)
        return None
    result = merge.result
    window.statusBar().showMessage(
        translate("ImportQdpx", "Imported %1: %2 new objects.").replace("%1", qdpx.name)
        .replace("%2", str(sum(c.new for c in result.counts.values()))), 10000)
    return result
