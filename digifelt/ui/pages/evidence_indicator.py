"""All evidence for one indicator, filterable by group, kind, valence and star, with the words
around the chosen excerpt and (optionally) the indicator's framtidsbilde beside it. Where asked,
the survey questions mapped to the indicator are listed too, a chosen one with its answers."""

import html

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.models import ACTIVITY_KINDS, VALENCES
from digifelt.core.services import excerpt_context, matrix, people
from digifelt.errors import DigifeltError
from digifelt.ui.column_sizing import apply_policy
from digifelt.ui.labels import kind_label, valence_label
from digifelt.ui.models.evidence_items import EvidenceFilterProxy, EvidenceItemsModel
from digifelt.ui.models.roles import Role
from digifelt.ui.runner import Runner
from digifelt.ui.survey_summary import distribution_html

# Combo data for "no filter": never None, which PySide6 6.12 on Python 3.11 hands back
# with a reference too few.
ALL = ""


class IndicatorEvidenceView(QWidget):
    """`item_activated(item)` on Enter or double-click; the page decides what that does."""

    item_activated = Signal(object)  # EvidenceItem
    loaded = Signal(str)  # indicator id, once its evidence is in the list

    def __init__(self, ctx, *, framtidsbilde: bool = True, questions: bool = False,
                 parent=None):
        """`questions`: list survey questions beside the excerpts (not where the list is for
        choosing quotes: a question is not an excerpt)."""
        super().__init__(parent)
        self.ctx = ctx
        self.questions = questions
        self.indicator_id: str | None = None
        self._select_after_load: str | None = None
        self.model = EvidenceItemsModel(self)
        self.proxy = EvidenceFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._loader = Runner(self, latest_wins=True)
        self._loader.finished.connect(self._on_loaded)
        self._loader.failed.connect(self._on_load_failed)

        self.heading = QLabel()
        self.heading.setObjectName("indicatorHeading")
        self.heading.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("evidenceCount")
        self.group = QComboBox()
        self.group.setObjectName("filterGroup")
        self.kind = QComboBox()
        self.kind.setObjectName("filterKind")
        self.kind.addItem(self.tr("All kinds of source"), ALL)
        for kind in ACTIVITY_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.valence = QComboBox()
        self.valence.setObjectName("filterValence")
        self.valence.addItem(self.tr("Strengths, gaps and neutral"), ALL)
        for valence in VALENCES:
            self.valence.addItem(valence_label(valence), valence)
        self.starred = QCheckBox(self.tr("★ starred only"))
        self.starred.setObjectName("filterStarred")
        self.text = QLineEdit()
        self.text.setObjectName("filterText")
        self.text.setPlaceholderText(self.tr("Words in the excerpt or source…"))
        self.text.setAccessibleName(self.text.placeholderText())
        self.text.setClearButtonEnabled(True)
        self._fill_groups()
        for combo in (self.group, self.kind, self.valence):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.starred.toggled.connect(self._on_filter_changed)
        self.text.textChanged.connect(self._on_filter_changed)

        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        self.table.setAccessibleName(self.tr("Evidence for this indicator"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # date order, as loaded
        # Fixed widths: sizing a column to its contents asks every one of thousands of rows.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EvidenceItemsModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((EvidenceItemsModel.COL_STAR, 28),
                              (EvidenceItemsModel.COL_VALENCE, 90),
                              (EvidenceItemsModel.COL_SOURCE, 240),
                              (EvidenceItemsModel.COL_GROUPS, 120),
                              (EvidenceItemsModel.COL_DATE, 90)):
            header.resizeSection(column, width)
        apply_policy(self.table, text=EvidenceItemsModel.COL_TEXT, fixed={
            EvidenceItemsModel.COL_VALENCE: lambda: [valence_label(v) for v in VALENCES],
            EvidenceItemsModel.COL_DATE: lambda: ["2026-12-31"]})
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.context = QTextBrowser()
        self.context.setObjectName("excerptContext")
        self.context.setAccessibleName(self.tr("The notes around the excerpt"))
        self.context.setOpenLinks(False)
        self.context.setPlaceholderText(self.tr("Choose an excerpt to read the notes around it."))

        filters = QHBoxLayout()
        for widget in (self.group, self.kind, self.valence, self.starred):
            filters.addWidget(widget)
        for combo in (self.group, self.kind, self.valence):  # may shrink, eliding, at 1280 px
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        filters.addWidget(self.text, 1)

        lists = QSplitter(Qt.Orientation.Vertical)
        lists.setObjectName("evidenceListSplitter")
        lists.addWidget(self.table)
        lists.addWidget(self.context)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 1)

        self.framtidsbilde = QTextBrowser()
        self.framtidsbilde.setObjectName("framtidsbilde")
        self.framtidsbilde.setAccessibleName(self.tr("Ideal picture"))
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setObjectName("indicatorSplitter")
        body.addWidget(lists)
        body.addWidget(self.framtidsbilde)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        self.framtidsbilde.setVisible(framtidsbilde)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(body, 1)
        ctx.watch(self, ("respondent_group",), self._fill_groups)
        self._show_heading()

    # Loading

    @property
    def busy(self) -> bool:
        return self._loader.busy

    def show_indicator(self, indicator_id: str | None, *, kind: str | None = None,
                       group: str | None = None, select: str | None = None) -> None:
        """Load the indicator's evidence (off the UI thread) and preset the kind or group
        filter; the other filters are cleared. `select` is an excerpt to make current."""
        self._set_filter_widgets(kind=kind, group=group)
        self._select_after_load = select
        if indicator_id == self.indicator_id and not self.busy and indicator_id is not None:
            self._apply_filters()
            self._make_current(select)
            return
        self.indicator_id = indicator_id
        self._show_heading()
        if indicator_id is None:
            self._loader.cancel()
            self.model.set_rows([])
            self._update_count()
            return
        self.count.setText(self.tr("Loading…"))
        db, questions = self.ctx.db, self.questions
        self._loader.start(lambda: matrix.cell_evidence(db, indicator_id, questions=questions))

    def reload(self) -> None:
        """Read the current indicator's evidence again (after tags changed)."""
        if self.indicator_id is not None:
            current = self.current_item()
            self._select_after_load = current.excerpt_id if current else None
            db, indicator_id, questions = self.ctx.db, self.indicator_id, self.questions
            self._loader.start(lambda: matrix.cell_evidence(db, indicator_id,
                                                            questions=questions))

    def _on_loaded(self, items: list) -> None:
        self.model.set_rows(items)
        self._apply_filters()
        self._make_current(self._select_after_load)
        self.loaded.emit(self.indicator_id or "")

    def _on_load_failed(self, message: str) -> None:
        self.count.setText(self.tr("Could not read the evidence: %1").replace("%1", message))

    # Filters

    def _fill_groups(self) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All groups"), ALL)
        for g in people.list_groups(self.ctx.db):
            self.group.addItem(g.name, g.name)
        self.group.setCurrentIndex(max(0, self.group.findData(current)))
        self.group.blockSignals(False)

    def _set_filter_widgets(self, *, kind: str | None, group: str | None) -> None:
        widgets = (self.group, self.kind, self.valence, self.starred, self.text)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind or ALL)))
        self.group.setCurrentIndex(max(0, self.group.findData(group or ALL)))
        self.valence.setCurrentIndex(0)
        self.starred.setChecked(False)
        self.text.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filters()

    def set_filters(self, *, group: str | None = None, kind: str | None = None,
                    valence: str | None = None, starred_only: bool = False) -> None:
        self._set_filter_widgets(kind=kind, group=group)
        self.valence.setCurrentIndex(max(0, self.valence.findData(valence or ALL)))
        self.starred.setChecked(starred_only)

    def _on_filter_changed(self, *_args) -> None:
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.proxy.set_filters(group=self.group.currentData() or None,
                               kind=self.kind.currentData() or None,
                               valence=self.valence.currentData() or None,
                               starred_only=self.starred.isChecked(), text=self.text.text())
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        asked = sum(1 for r in range(total) if self.model.row_at(r).is_question)
        if asked:
            shown_asked = sum(1 for item in self.shown_items() if item.is_question)
            self.count.setText(self.tr("%1 excerpts, %2 survey questions")
                               .replace("%1", _part(shown - shown_asked, total - asked))
                               .replace("%2", _part(shown_asked, asked)))
            return
        self.count.setText(self.tr("%n excerpt(s)", "", total) if shown == total
                           else self.tr("%1 of %n excerpt(s)", "", total).replace(
                               "%1", str(shown)))

    # Selection and context

    def current_item(self):
        index = self.table.currentIndex()
        return index.data(Role.ROW) if index.isValid() else None

    def shown_items(self) -> list:
        return [self.proxy.index(r, 0).data(Role.ROW) for r in range(self.proxy.rowCount())]

    def _make_current(self, excerpt_id: str | None) -> None:
        row = self.model.row_of(excerpt_id) if excerpt_id else -1
        if row < 0:
            self.context.clear()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def _on_current_changed(self, current, _previous=None) -> None:
        item = current.data(Role.ROW) if current.isValid() else None
        if item is None:
            self.context.clear()
            return
        if item.is_question:
            self.context.setHtml(distribution_html(item.distribution, item.activity_title))
            return
        try:
            context = excerpt_context.excerpt_context(self.ctx.db, item.excerpt_id)
        except DigifeltError:
            self.context.clear()
            return
        parts = []
        if context.question:
            parts.append(f"<p><i>{html.escape(context.question)}</i></p>")
        parts.append(f"<p>{html.escape(context.before)}<b style='background:#fff3b0'>"
                     f"{html.escape(context.text)}</b>{html.escape(context.after)}</p>")
        source = html.escape(EvidenceItemsModel.source_text(item))
        groups = html.escape(EvidenceItemsModel.groups_text(item))
        parts.append(f"<p style='color:#555'>{source} · {groups} · "
                     f"{html.escape(item.activity_date or '')}</p>")
        if item.memo:
            memo = self.tr("Memo:")
            parts.append(f"<p>{memo} {html.escape(item.memo)}</p>")
        self.context.setHtml("".join(parts))

    def _on_activated(self, index) -> None:
        item = index.data(Role.ROW)
        if item is not None:
            self.item_activated.emit(item)

    def current_excerpt_id(self) -> str | None:
        item = self.current_item()
        return item.excerpt_id if item is not None else None

    # Heading and framtidsbilde

    def _show_heading(self) -> None:
        indicator = self.ctx.indicator(self.indicator_id) if self.indicator_id else None
        if indicator is None:
            self.heading.setText(self.tr("Click a cell of the matrix to see its evidence."))
            self.framtidsbilde.clear()
            return
        self.heading.setText(f"<b>{html.escape(indicator.code)} "
                             f"{html.escape(indicator.title)}</b>")
        area = next((v.area for v in self.ctx.rubric_tree()
                     if any(i.id == indicator.id for i in v.indicators)), None)
        heading, missing = self.tr("Ideal picture"), self.tr("(not written yet)")
        parts = [f"<h3>{heading}</h3>",
                 f"<p>{html.escape(indicator.description or missing)}</p>"]
        if indicator.lookfors:
            lookfors = self.tr("Look-fors")
            parts.append(f"<p><b>{lookfors}</b></p><ul>")
            parts += [f"<li>{html.escape(text)}</li>" for text in indicator.lookfors]
            parts.append("</ul>")
        if area is not None and area.description:
            parts.append(f"<p><b>{html.escape(area.code)} {html.escape(area.title)}</b></p>"
                         f"<p>{html.escape(area.description)}</p>")
        self.framtidsbilde.setHtml("".join(parts))


def _part(shown: int, total: int) -> str:
    """"12", or "3/12" while a filter hides some."""
    return str(total) if shown == total else f"{shown}/{total}"
