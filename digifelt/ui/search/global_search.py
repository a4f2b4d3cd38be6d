"""Search everything (Ctrl+K): type-ahead over the project's full-text index, results grouped
by activity with the matched words in bold; Enter or double-click jumps to the place."""

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeySequence, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
)

from digifelt.core.services import findings, search
from digifelt.ui.counts import Counts
from digifelt.ui.models.roles import Role
from digifelt.ui.models.search_results import SearchResultsModel
from digifelt.ui.runner import Runner

TYPE_AHEAD_MS = 150
LIMIT = 200


def run_search(db, query: str, codes: dict[str, str]) -> tuple[list, dict]:
    """Off the UI thread: the hits, and for finding hits their indicator (id, "code title")."""
    hits = search.search(db, query, LIMIT)
    found = {}
    if any(h.kind == "finding" for h in hits):
        for view in findings.list_findings(db):
            indicator_id = view.finding.indicator_id
            found[view.finding.id] = (indicator_id, codes.get(indicator_id, "?"))
    return hits, found


class SnippetDelegate(QStyledItemDelegate):
    """Paints Role.SNIPPET_HTML as rich text on one line, so matched words show in bold."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setHtml(index.data(Role.SNIPPET_HTML) or "")
        doc.setTextWidth(-1)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text_rect = (style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
                     if style is not None else opt.rect)
        painter.save()
        painter.translate(text_rect.topLeft())
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     opt.palette.color(QPalette.ColorRole.HighlightedText))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))


class GlobalSearchDialog(QDialog):
    """`hit_chosen(hit, query, indicator_id)` when the user picks a result (then it hides);
    the indicator id is "" unless the hit is a finding."""

    hit_chosen = Signal(object, str, str)
    results_shown = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Search everything"))
        self.setObjectName("globalSearch")
        self.resize(760, 520)
        self.model = SearchResultsModel(self)
        self._query = ""
        self._jump_when_ready = False  # Enter came before the results
        self._searcher = Runner(self, latest_wins=True)
        self._searcher.finished.connect(self._on_results)
        self._searcher.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPE_AHEAD_MS)
        self._timer.timeout.connect(self._on_type_ahead_due)

        self.field = QLineEdit()
        self.field.setObjectName("globalSearchField")
        self.field.setPlaceholderText(self.tr("Words in notes, excerpts, findings, activities…"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._on_field_return)
        self.field.installEventFilter(self)
        self.results = QTreeView()
        self.results.setObjectName("globalSearchResults")
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        self.results.setItemDelegate(SnippetDelegate(self.results))
        self.results.activated.connect(self._on_activated)
        self.status = QLabel()
        self.status.setObjectName("globalSearchStatus")
        hint = QLabel(self.tr("↓ to the results · Enter jumps to the place · Esc closes"))
        hint.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(hint)

    # Opening

    def start(self) -> None:
        """Show (again), with the last query selected so typing replaces it."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    # Searching

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self._searcher.busy

    def _on_text_changed(self, _text: str) -> None:
        self._jump_when_ready = False
        self._timer.start()

    def _on_type_ahead_due(self) -> None:
        query = self.field.text().strip()
        self._query = query
        if not search.build_match(query):
            self._searcher.cancel()
            self.model.set_hits([], {})
            self.status.setText("")
            self.results_shown.emit()
            return
        db = self.ctx.db
        codes = {i.id: f"{i.code} {i.title}" for i in self.ctx.indicators()}
        self.status.setText(self.tr("Searching…"))
        self._searcher.start(lambda: run_search(db, query, codes))

    def _on_results(self, result) -> None:
        hits, found = result
        self.model.set_hits(hits, found)
        self.results.expandAll()
        first = self.model.first_hit()
        if first.isValid():
            self.results.setCurrentIndex(first)
        n, groups = self.model.hit_count(), self.model.group_count()
        if not n:
            self.status.setText(self.tr("Nothing found."))
        else:
            more = self.tr(" (the best %1 are shown)").replace("%1", str(LIMIT)) \
                if n >= LIMIT else ""
            count = Counts()
            self.status.setText(self.tr("%1 in %2").replace("%1", count.results(n))
                                .replace("%2", count.groups(groups)) + more)
        self.results_shown.emit()
        if self._jump_when_ready:
            self._jump_when_ready = False
            self._on_activated(first)

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Search failed: %1").replace("%1", message))

    # Choosing

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.field and event.type() == event.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.first_hit())
            return True
        return super().eventFilter(watched, event)

    def _on_field_return(self) -> None:
        if self.busy:  # Enter before the results: jump to the best one when it comes
            self._jump_when_ready = True
            if self._timer.isActive():
                self._timer.stop()
                self._on_type_ahead_due()
            return
        index = self.results.currentIndex()
        self._on_activated(index if index.isValid() else self.model.first_hit())

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.hit_at(index)
        if hit is None:
            return
        self.hide()
        self.hit_chosen.emit(hit, self._query, self.model.indicator_of(hit) or "")

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.hide()
            return
        super().keyPressEvent(event)
