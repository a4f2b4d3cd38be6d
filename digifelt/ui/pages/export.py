"""Export page: the exporters from the registry, a file name, options, and a cancellable run."""

import json
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from digifelt.ui import export_registry
from digifelt.ui.autosave import flush_all
from digifelt.ui.errors import show_error
from digifelt.ui.export_registry import export_settings
from digifelt.ui.models.roles import Role
from digifelt.ui.open_folder import OpenFolderButton
from digifelt.ui.pages.export_names import ReplacedNames
from digifelt.ui.runner import Job


class ExportPage(QWidget):
    import_requested = Signal()
    export_finished = Signal(str)  # the summary line

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self._exporters = export_registry.exporters()
        self._options: dict[str, export_registry.ExportOptions] = {}

        heading = QLabel(self.tr("Export"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.list = QListWidget()
        self.list.setObjectName("exportList")
        self.list.setAccessibleName(self.tr("What to export"))
        self.list.setMaximumWidth(240)
        self.option_stack = QStackedWidget()
        for entry in self._exporters:
            item = QListWidgetItem(export_registry.translated(entry.label))
            item.setData(Role.ID, entry.id)
            self.list.addItem(item)
            options = entry.options()
            self._options[entry.id] = options
            self.option_stack.addWidget(options)

        self.description = QLabel()
        self.description.setObjectName("exportDescription")
        self.description.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setAccessibleName(self.tr("Save as:").rstrip(":"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self._on_browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.activated.connect(self._on_format_chosen)
        self.format_label = QLabel(self.tr("File type:"))

        form = QFormLayout()
        form.addRow(self.tr("Save as:"), path_row)
        form.addRow(self.format_label, self.format)
        options_box = QGroupBox(self.tr("Options"))
        QVBoxLayout(options_box).addWidget(self.option_stack)

        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("exportCancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        run_row = QHBoxLayout()
        run_row.addWidget(self.export_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = OpenFolderButton()
        self.open_folder_button.setObjectName("exportOpenFolder")
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        self.names = ReplacedNames()

        import_button = QPushButton(self.tr("Import a teammate's bundle…"))
        import_button.setObjectName("importButton")
        import_button.clicked.connect(self.import_requested)
        import_note = QLabel(self.tr("Merges a bundle exported by a teammate into this project; "
                                     "you see what it changes before anything is written."))
        import_note.setWordWrap(True)
        import_box = QGroupBox(self.tr("Import from a teammate"))
        import_layout = QVBoxLayout(import_box)
        import_layout.addWidget(import_note)
        import_layout.addWidget(import_button, 0, Qt.AlignmentFlag.AlignLeft)

        right = QVBoxLayout()
        right.addWidget(self.description)
        right.addLayout(form)
        right.addWidget(options_box)
        right.addLayout(run_row)
        right.addLayout(result_row)
        right.addWidget(self.names, 1)
        right.addStretch(1)
        from digifelt.ui.dialogs.fact_check import fact_check_box

        right.addWidget(fact_check_box(self))
        right.addWidget(import_box)
        columns = QHBoxLayout()
        columns.addWidget(self.list)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(columns, 1)

        self._restore_options()
        self.list.currentRowChanged.connect(self._on_exporter_changed)
        last = export_settings().value("last")
        rows = [e.id for e in self._exporters]
        self.list.setCurrentRow(rows.index(last) if last in rows else 0)

    # Choosing

    def current(self) -> export_registry.Exporter:
        return self._exporters[max(0, self.list.currentRow())]

    def choose(self, exporter_id: str) -> None:
        self.list.setCurrentRow([e.id for e in self._exporters].index(exporter_id))

    def _on_exporter_changed(self, row: int) -> None:
        if row < 0:
            return
        entry = self._exporters[row]
        self.description.setText(export_registry.translated(entry.description))
        self.option_stack.setCurrentWidget(self._options[entry.id])
        self.format.clear()
        for ext in entry.extensions:
            self.format.addItem(export_registry.translated(entry.file_types.get(ext, ext)), ext)
        remembered = export_settings().value(f"{entry.id}/format")
        self.format.setCurrentIndex(max(0, self.format.findData(remembered)))
        several = len(entry.extensions) > 1
        self.format.setVisible(several)
        self.format_label.setVisible(several)
        self.path.setText(str(export_registry.suggested_path(self.ctx.path, entry,
                                                             self.format.currentData())))
        self._show_result("")
        self.names.clear()

    def _show_result(self, text: str, folder: Path | None = None) -> None:
        """The result line, with "Open folder" once a file is there to be found."""
        self.result.setText(text)
        if folder is None:
            self.open_folder_button.clear()
        else:
            self.open_folder_button.show_for(folder)

    def folder_url(self) -> QUrl | None:
        """Where "Open folder" goes: the folder of the file just exported."""
        return self.open_folder_button.url()

    def _on_format_chosen(self, _index: int) -> None:
        ext = self.format.currentData()
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(ext)))

    def _on_browse(self) -> None:
        entry = self.current()
        filters = ";;".join(export_registry.translated(entry.file_types.get(e, e))
                            for e in entry.extensions)
        name, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export to"),
                                                    self.path.text(), filters)
        if name:
            self.path.setText(name)

    def _output_path(self) -> Path | None:
        entry = self.current()
        text = self.path.text().strip()
        if not text:
            show_error(self, self.tr("Choose where to save the file first."))
            return None
        out = Path(text).expanduser()
        if out.suffix.lower() not in entry.extensions:
            out = out.with_name(out.name + (self.format.currentData() or entry.extensions[0]))
            self.path.setText(str(out))
        if not out.parent.is_dir():
            show_error(self, self.tr("The folder %1 does not exist.").replace(
                "%1", str(out.parent)))
            return None
        if out.exists():
            answer = QMessageBox.question(
                self, self.tr("Replace the file?"),
                self.tr("%1 already exists. Replace it? (It is replaced only when the new file "
                        "is complete.)").replace("%1", out.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return out

    # Running

    def start_export(self) -> Job | None:
        if self.job is not None and self.job.running:
            return self.job
        out = self._output_path()
        if out is None:
            return None
        if not flush_all():
            show_error(self, self.tr("Some notes could not be saved, so the export would miss "
                                     "them. Try again when the status bar says Saved."))
            return None
        entry = self.current()
        options = self._options[entry.id].values()
        self._remember(entry, out, options)
        request = export_registry.ExportRequest(
            db=self.ctx.db, out=out, options=options, author_id=self.ctx.author_id,
            project_language=self.ctx.project.language)
        self.job = Job(lambda progress, cancelled: entry.run(request, progress, cancelled))
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self._set_running(True)
        self.names.clear()
        self._show_result(self.tr("Exporting %1…").replace("%1", out.name))
        self._open_when_done = bool(options.get("open_when_done"))
        self._out = out
        self._summary = entry.summary
        return self.job.start()

    def cancel_export(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self._show_result(self.tr("Stopping…"))

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.list.setEnabled(not running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_finished(self, result) -> None:
        self._set_running(False)
        line = self._summary(result)
        self._show_result(line, Path(getattr(result, "path", None) or self._out).parent)
        self.names.show_report(getattr(result, "names", None))
        self.export_finished.emit(line)
        if self._open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        failed = self.tr("The export failed; nothing was written.")
        self._show_result(failed)
        show_error(self, message, failed)

    def _on_cancelled(self) -> None:
        self._set_running(False)
        self._show_result(self.tr("Cancelled; nothing was written."))

    # Remembering

    def _remember(self, entry, out: Path, options: dict) -> None:
        export_registry.remember_folder(entry.id, out.parent)
        settings = export_settings()
        settings.setValue("last", entry.id)
        settings.setValue(f"{entry.id}/format", out.suffix.lower())
        settings.setValue(f"{entry.id}/options", json.dumps(options))
        settings.sync()

    def _restore_options(self) -> None:
        settings = export_settings()
        for exporter_id, widget in self._options.items():
            raw = settings.value(f"{exporter_id}/options")
            try:
                values = json.loads(raw) if raw else {}
            except (TypeError, ValueError):
                values = {}
            if isinstance(values, dict):
                widget.set_values(values)

    def flush(self) -> bool:
        return True
