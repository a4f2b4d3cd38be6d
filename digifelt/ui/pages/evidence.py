"""Evidence page: the matrix of indicators × sources, and the evidence behind a chosen cell.

The matrix is computed off the UI thread, both groupings in one go, and kept: switching
between "by kind" and "by group" swaps the model's data. It is recomputed (debounced) when
evidence, activities, people or the rubric change — at once if the page is on screen,
else the next time it is shown.
"""

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.models import ACTIVITY_KINDS
from digifelt.core.services import matrix as matrix_service
from digifelt.core.services import privacy
from digifelt.errors import DigifeltError
from digifelt.ui import export_registry, window_state
from digifelt.ui.column_sizing import header_width
from digifelt.ui.errors import show_error
from digifelt.ui.models.matrix import FLAG, SMALL, MatrixFilterProxy, MatrixModel
from digifelt.ui.open_folder import OpenFolderButton
from digifelt.ui.pages.evidence_indicator import IndicatorEvidenceView
from digifelt.ui.runner import Job, Runner

# What the counts and the listed evidence rest on. Typed text (entry) and findings are not
# among them: a tag's excerpt changes when its text does, so the list follows that too.
COUNTED_KINDS = ("excerpt", "activity", "indicator", "area", "respondent_group",
                 "participant", "survey_question")


def _compute(db) -> tuple[dict, set]:
    """Runs off the UI thread: both groupings and the small groups, plain data only."""
    return matrix_service.evidence_matrices(db), privacy.small_groups(db)


class EvidencePage(QWidget):
    open_excerpt_requested = Signal(str, str)  # activity id, excerpt id
    open_activity_requested = Signal(str)  # a survey, from one of its questions
    status_message = Signal(str)
    matrix_ready = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True  # not computed yet
        self.recounts = 0  # matrix computations started (each one reads every tag)
        self._clock = QElapsedTimer()
        self.last_load_ms: float | None = None  # page shown (or data changed) → populated
        self.last_switch_ms: float | None = None

        self.model = MatrixModel(self)
        self.proxy = MatrixFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._loader = Runner(self, latest_wins=True)
        self._loader.finished.connect(self._on_matrix_loaded)
        self._loader.failed.connect(self._on_matrix_failed)
        self._loader.busy_changed.connect(self._on_busy_changed)

        self.grouping = QComboBox()
        self.grouping.setObjectName("matrixGrouping")
        self.grouping.addItem(self.tr("By kind of activity"), "kind")
        self.grouping.addItem(self.tr("By respondent group"), "group")
        self.grouping.currentIndexChanged.connect(self._on_grouping_changed)
        self.only_flagged = QCheckBox(self.tr("Only indicators that need more evidence (%1)")
                                      .replace("%1", FLAG))
        self.only_flagged.setObjectName("matrixOnlyFlagged")
        self.only_flagged.toggled.connect(self.proxy.set_only_flagged)
        self.filter = QLineEdit()
        self.filter.setObjectName("matrixFilter")
        self.filter.setPlaceholderText(self.tr("Filter indicators…"))
        self.filter.setAccessibleName(self.filter.placeholderText())
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.busy = QProgressBar()
        self.busy.setObjectName("matrixBusy")
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Counting the evidence…"))
        self.busy_label.hide()
        self.export_button = QPushButton(self.tr("Export matrix…"))
        self.export_button.setObjectName("matrixExport")
        self.export_button.setToolTip(self.tr("Save the matrix shown as a spreadsheet "
                                              "(.xlsx) or .csv"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.export_button.setEnabled(False)
        self._export_job = None  # the matrix export running, if any
        self.open_folder_button = OpenFolderButton()  # where the last export went

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Sources:")))
        bar.addWidget(self.grouping)
        bar.addWidget(self.only_flagged)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.busy)
        bar.addWidget(self.busy_label)
        bar.addWidget(self.export_button)
        bar.addWidget(self.open_folder_button)

        self.legend = QLabel(self.tr(
            "Each cell: excerpts, +strengths −gaps. Colour from red (mostly gaps) to green "
            "(mostly strengths). %1 bold: not triangulated — evidence from fewer than two kinds "
            "of source or fewer than two groups. %2 a group with a session of fewer than five "
            "people, or of unknown size. By group, each excerpt is counted once: interviews "
            "under their group, observations and documents in columns of their own.")
            .replace("%1", FLAG).replace("%2", SMALL))
        self.legend.setObjectName("matrixLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: palette(placeholder-text);")

        self.table = QTableView()
        self.table.setObjectName("matrixTable")
        self.table.setAccessibleName(self.tr("Evidence matrix"))
        self.table.setModel(self.proxy)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.selectionModel().currentChanged.connect(self._on_cell_changed)
        self.proxy.modelReset.connect(self._on_layout_reset)

        self.indicator_view = IndicatorEvidenceView(ctx, questions=True)
        self.indicator_view.item_activated.connect(self._on_item_activated)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("evidenceSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.indicator_view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        hint = QLabel(self.tr("Click a cell to list its excerpts · Enter or double-click an "
                              "excerpt to open it in its activity"))
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(hint)
        window_state.restore_splitters(self, "evidence")

        ctx.watch(self, COUNTED_KINDS, self._refresh)

    # Loading

    @property
    def loading(self) -> bool:
        return self._loader.busy

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and not self._loader.busy:
            self._refresh()

    def reload(self) -> None:
        """Compute the matrix again off the UI thread; the current one stays until then."""
        self._stale = False
        self.recounts += 1
        self._clock.start()
        db = self.ctx.db
        self._loader.start(lambda: _compute(db))

    def _refresh(self) -> None:
        """The matrix and the evidence listed below it, both read again."""
        self.reload()
        self.indicator_view.reload()

    def _on_busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _on_matrix_loaded(self, result) -> None:
        matrices, small = result
        key = self._current_key()
        self.model.set_matrices(matrices, small)
        self._restore_current(*key)
        self.last_load_ms = self._clock.nsecsElapsed() / 1e6
        self.export_button.setEnabled(self._export_job is None)
        self.matrix_ready.emit()

    def _on_matrix_failed(self, message: str) -> None:
        self.status_message.emit(self.tr("The matrix could not be computed: %1")
                                 .replace("%1", message))

    def _on_layout_reset(self) -> None:
        header = self.table.horizontalHeader()
        header.resizeSection(MatrixModel.COL_INDICATOR, 360)
        for column in range(1, self.proxy.columnCount()):
            header.resizeSection(column, max(118, header_width(self.table, column)))

    # Grouping

    def set_grouping(self, by: str) -> None:
        self.grouping.setCurrentIndex(self.grouping.findData(by))

    def _on_grouping_changed(self, _index: int) -> None:
        clock = QElapsedTimer()
        clock.start()
        indicator_id, _key = self._current_key()
        self.model.set_grouping(self.grouping.currentData())
        self._restore_current(indicator_id, None)
        self.last_switch_ms = clock.nsecsElapsed() / 1e6

    # Cells

    def _current_key(self) -> tuple[str | None, str | None]:
        """(indicator id, column key) of the current cell; the key is None in the name column."""
        index = self.proxy.mapToSource(self.table.currentIndex())
        line = self.model.line(index.row()) if index.isValid() else None
        if line is None or line[0] != "indicator":
            return None, None
        return line[1], self.model.column_key(index.column())

    def _restore_current(self, indicator_id: str | None, column_key: str | None) -> None:
        source = self.model.find(indicator_id)
        if not source.isValid():
            return
        column = MatrixModel.COL_INDICATOR
        for c in range(self.model.columnCount()):
            if column_key is not None and self.model.column_key(c) == column_key:
                column = c
        index = self.proxy.mapFromSource(source.siblingAtColumn(column))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_cell(self, indicator_code: str, column_key: str | None = None) -> None:
        """Make a cell current, as a click would (code, and kind or group id; None: the name)."""
        indicator = next((r for r in self.model.indicator_rows() if r.code == indicator_code),
                         None)
        if indicator is not None:
            self._restore_current(indicator.indicator_id, column_key)

    def _on_cell_changed(self, _current, _previous=None) -> None:
        indicator_id, key = self._current_key()
        if indicator_id is None:
            return
        kind = group = None
        if key is not None and (self.model.grouping() == "kind" or key in ACTIVITY_KINDS):
            kind = key  # by group too, a column of observations lists the observations
        elif key is not None:
            group = dict(self.model.matrix().columns).get(key)
        self.indicator_view.show_indicator(indicator_id, kind=kind, group=group)

    def _on_item_activated(self, item) -> None:
        if item.is_question:
            self.open_activity_requested.emit(item.activity_id)
        else:
            self.open_excerpt_requested.emit(item.activity_id, item.excerpt_id)

    def show_indicator(self, indicator_id: str) -> None:
        source = self.model.find(indicator_id)
        if source.isValid():
            self._restore_current(indicator_id, None)
        else:
            self.indicator_view.show_indicator(indicator_id)

    # Export

    def _on_export_clicked(self) -> None:
        by = self.model.grouping()
        stem = export_registry.file_stem(self.ctx.path, "matrix", f"by-{by}")
        suggested = str(export_registry.default_folder(self.ctx.path, "matrix") / f"{stem}.xlsx")
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the evidence matrix"), suggested,
            self.tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path):
        """Write the matrix in the grouping shown, in the project's language, on a worker
        (the same export as the Export page's and `digifelt matrix`); returns the job."""
        if self.model.matrix() is None or self._export_job is not None:
            return None
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        export_registry.remember_folder("matrix", path.parent)
        from digifelt.exports.entry_points import entry_point

        db, by, lang = self.ctx.db, self.model.grouping(), self.ctx.project.language
        # Translated here: the worker thread only fills in the reason.
        not_saved = self.tr("The matrix could not be saved: %1")

        def work(progress, cancelled):
            try:
                return entry_point("matrix").run(db, path, by=by, lang=lang,
                                                 progress=progress, cancelled=cancelled)
            except OSError as exc:
                raise DigifeltError(not_saved.replace("%1", exc.strerror or str(exc))) from exc

        job = Job(work)
        job.finished.connect(self._on_export_finished)
        job.failed.connect(lambda message: show_error(self, message))
        job.done.connect(self._on_export_done)
        self._export_job = job
        self.export_button.setEnabled(False)
        return job.start()

    def _on_export_finished(self, result) -> None:
        self.status_message.emit(self.tr("Matrix saved to %1.").replace("%1", str(result.path)))
        self.open_folder_button.show_for(result.path.parent)

    def _on_export_done(self) -> None:
        self._export_job = None
        self.export_button.setEnabled(self.model.matrix() is not None)

    # Page protocol

    def flush(self) -> bool:
        window_state.save_splitters(self, "evidence")
        return True

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()
