"""Side panel listing the current activity's excerpts; Enter shows one, Delete removes its tag."""

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digifelt.ui.labels import valence_label
from digifelt.ui.models.excerpts import VALENCE_COLOURS, ExcerptsModel
from digifelt.ui.models.roles import Role


def _shown(view) -> tuple:
    """What the panel shows of an excerpt (its offsets in the notes are not shown)."""
    x = view.excerpt
    return (x.id, x.starred, x.kind, x.valence, x.text, x.page, x.detached, x.memo,
            tuple(view.indicator_ids))


class ExcerptPanel(QWidget):
    show_requested = Signal(str)  # excerpt id
    edit_requested = Signal(str)
    star_requested = Signal(str)
    remove_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.model = ExcerptsModel(ctx.codes, ctx.describe, self)
        self._shown: list | None = None
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Role.SORT)
        self.table = QTableView()
        self.table.setObjectName("excerptTable")
        self.table.setAccessibleName(self.tr("Excerpts in this activity"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # creation order
        # Kind and valence are in the tooltip and the colour of the codes, leaving the
        # narrow side panel's width to the text.
        self.table.hideColumn(ExcerptsModel.COL_KIND)
        self.table.hideColumn(ExcerptsModel.COL_VALENCE)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ExcerptsModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # Fitting the columns to every row asked the model for each row's every cell: with a
        # hundred excerpts that was a tenth of a second on the UI thread after each save.
        header.setResizeContentsPrecision(0)  # the rows on screen
        self.table.activated.connect(self._on_activated)

        self.count = QLabel()
        legend = QLabel(" ".join(
            f'<span style="background:{VALENCE_COLOURS[key]}">&nbsp;{text}&nbsp;</span>'
            for key, text in (("strength", valence_label("strength")),
                              ("gap", valence_label("gap")),
                              ("neutral", valence_label("neutral"))))
            + "&nbsp; " + self.tr("★ starred (underlined in the notes)"))
        legend.setObjectName("valenceLegend")
        legend.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, signal in ((self.tr("Show"), self.show_requested),
                             (self.tr("Edit…"), self.edit_requested),
                             (self.tr("Star"), self.star_requested),
                             (self.tr("Remove"), self.remove_requested)):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, s=signal: self._emit_current(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        layout.addLayout(buttons)

        for keys, signal in ((QKeySequence.StandardKey.Delete, self.remove_requested),
                             (QKeySequence("F2"), self.edit_requested)):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=signal: self._emit_current(s))
        back = QShortcut(QKeySequence("Esc"), self.table)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.back_requested)

    def set_excerpts(self, views: list) -> None:
        shown = [_shown(v) for v in views]
        if shown == self._shown:
            return  # an autosave moved offsets only: nothing on screen changes
        self._shown = shown
        selected = self.current_id()
        self.model.set_rows(views)
        starred = sum(1 for v in views if v.excerpt.starred)
        self.count.setText(self.tr("%n excerpt(s), %1 starred", "", len(views)).replace(
            "%1", str(starred)))
        if selected:
            self.set_current(selected)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(Role.ID) if index.isValid() else None

    def set_current(self, excerpt_id: str) -> None:
        row = self.model.row_of(excerpt_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _emit_current(self, signal) -> None:
        excerpt_id = self.current_id()
        if excerpt_id:
            signal.emit(excerpt_id)

    def _on_activated(self, index) -> None:
        self.show_requested.emit(index.data(Role.ID))
