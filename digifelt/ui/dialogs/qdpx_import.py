"""File → Import REFI-QDA project…: read a .qdpx on a worker, show what it creates and which
codes met no indicator (each can be kept untagged, mapped to an indicator or added as a new
one), then merge it into the open project."""

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services.merge_report import KindCounts
from digifelt.errors import DigifeltError
from digifelt.ui.autosave import flush_all
from digifelt.ui.dialogs.import_preview import ImportCountsModel, choose_import_file
from digifelt.ui.errors import show_error
from digifelt.ui.i18n import translate
from digifelt.ui.runner import Job, run_with_progress


class CodeChoices(QWidget):
    """One row per code that matches no indicator: what becomes of its codings. Tab moves
    from a code's choice to its indicator picker, where typing filters the indicators."""

    changed = Signal()
    KEEP, MAP, ADD = range(3)

    def __init__(self, codes: list[tuple[str, str, int]], indicators: list[tuple[str, str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("qdpxCodeChoices")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[str, str, QComboBox, QComboBox]] = []
        for n, (guid, name, codings) in enumerate(codes):
            label = QLabel(self.tr("“%1” (%n coding(s))", "", codings).replace("%1", name))
            choice = QComboBox()
            choice.setObjectName(f"qdpxChoice{n}")
            choice.addItems([self.tr("Keep untagged"), self.tr("Map to indicator"),
                             self.tr("Add as new indicator")])
            choice.setAccessibleName(self.tr("What becomes of “%1”").replace("%1", name))
            label.setBuddy(choice)
            picker = QComboBox()
            picker.setObjectName(f"qdpxIndicator{n}")
            picker.setEditable(True)
            picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for code, title in indicators:
                picker.addItem(f"{code} {title}", code)
            picker.setCurrentIndex(-1)
            picker.lineEdit().setPlaceholderText(self.tr("Type to find an indicator"))
            picker.setAccessibleName(self.tr("Indicator for “%1”").replace("%1", name))
            completer = picker.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            picker.setEnabled(False)
            choice.currentIndexChanged.connect(
                lambda index, p=picker: (p.setEnabled(index == self.MAP), self.changed.emit()))
            picker.currentIndexChanged.connect(self.changed)
            picker.editTextChanged.connect(self.changed)
            grid.addWidget(label, n, 0)
            grid.addWidget(choice, n, 1)
            grid.addWidget(picker, n, 2)
            self.rows.append((guid, name, choice, picker))
        grid.setColumnStretch(2, 1)

    @staticmethod
    def indicator_of(picker: QComboBox) -> str | None:
        """The indicator code the picker names: an item's text, a code typed alone, or the
        one item whose text contains what was typed."""
        text = " ".join(picker.currentText().split()).casefold()
        if not text:
            return None
        items = [(picker.itemText(i).casefold(), picker.itemData(i))
                 for i in range(picker.count())]
        for item, code in items:
            if item == text or code.casefold() == text or code.casefold() == text.split()[0]:
                return code
        found = [code for item, code in items if text in item]
        return found[0] if len(found) == 1 else None

    def mapping(self) -> dict[str, str]:
        out = {}
        for guid, _name, choice, picker in self.rows:
            code = self.indicator_of(picker)
            if choice.currentIndex() == self.MAP and code:
                out[guid] = code
        return out

    def added(self) -> set[str]:
        return {guid for guid, _n, choice, _p in self.rows if choice.currentIndex() == self.ADD}


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
        self.summary = QLabel()
        self.summary.setObjectName("qdpxSummary")
        self.summary.setWordWrap(True)
        self.choices = CodeChoices(plan.unmatched_codes, plan.indicators)
        self.choices.changed.connect(self._update)
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
        if plan.unmatched_codes:
            heading = QLabel(self.tr("Codes that match no indicator: keep their codings "
                                     "untagged, map them to an indicator, or add the code as "
                                     "a new indicator under “From the QDA project”:"))
            heading.setWordWrap(True)
            layout.addWidget(heading)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(self.choices)
            layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("qdpxConfirm")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()
        self.import_button.setFocus()

    def chosen(self):
        """The user's choices for the import (`rows.Choices`)."""
        from digifelt.exports.qdpx.rows import Choices

        return Choices(mapping=self.choices.mapping(), add=self.choices.added())

    def _update(self) -> None:
        """Counts and summary as the choices stand: an added code adds an indicator (and the
        area for them, the first time)."""
        added = len(self.choices.added())
        mapped = len(self.choices.mapping())
        counts = dict(self.plan.counts)
        if added:
            for kind, more in (("indicator", added), ("area", int(self.plan.needs_area))):
                base = counts.get(kind)
                counts[kind] = dataclasses.replace(base, new=base.new + more) if base \
                    else KindCounts(new=more)
        self.model.set_rows([(kind, c) for kind, c in counts.items()
                             if any(c.as_dict().values())])
        new = sum(c.new for c in counts.values())
        untagged = len(self.plan.unmatched_codes) - added - mapped
        self.summary.setText(
            self.tr("%1 new objects; %2 codes match an indicator, %3 mapped, %4 added as new "
                    "indicators, %5 stay untagged. A backup of the project is taken first.")
            .replace("%1", str(new)).replace("%2", str(len(self.plan.matched)))
            .replace("%3", str(mapped)).replace("%4", str(added)).replace("%5", str(untagged)))
        self.import_button.setEnabled(new > 0)


def choose_qdpx(parent: QWidget | None) -> Path | None:
    return choose_import_file(
        parent, translate("ImportQdpx", "Import a REFI-QDA project"),
        translate("ImportQdpx", "REFI-QDA projects (*.qdpx);;All files (*)"))


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
    choices = dialog.chosen()
    dialog.deleteLater()
    if not accepted:
        return None
    merge = Job(lambda progress, cancelled: apply_qdpx_import(
        ctx.path, qdpx, db=ctx.db, choices=choices, progress=progress, cancelled=cancelled))
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
