"""Choosing and ordering the quotes that support a finding: the indicator's evidence on the
left, the chosen quotes on the right (add, remove, Alt+Up/Alt+Down to reorder)."""

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digifelt.ui.column_sizing import apply_policy
from digifelt.ui.models.quotes import ChosenQuotesModel
from digifelt.ui.pages.evidence_indicator import IndicatorEvidenceView

_MOVE_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


class ChosenTable(QTableView):
    """Alt+Up/Alt+Down move the current quote: they win over the window's shortcuts
    (next/previous question) while this table has the focus."""

    move_requested = Signal(int)  # -1 up, +1 down

    def _move_key(self, event) -> int:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier:
            return _MOVE_KEYS.get(event.key(), 0)
        return 0

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._move_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        delta = self._move_key(event)
        if delta:
            self.move_requested.emit(delta)
            return
        super().keyPressEvent(event)


class QuotesEditor(QWidget):
    """`changed(ids)` after every add, remove or move, with the chosen excerpt ids in order."""

    changed = Signal(list)
    open_requested = Signal(str, str)  # activity id, excerpt id

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.evidence = IndicatorEvidenceView(ctx, framtidsbilde=False)
        self.evidence.setObjectName("findingEvidence")
        self.evidence.item_activated.connect(self._on_evidence_activated)

        self.model = ChosenQuotesModel(self)
        self.table = ChosenTable()
        self.table.setObjectName("chosenQuotes")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChosenQuotesModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ChosenQuotesModel.COL_SOURCE, 200)
        apply_policy(self.table, text=ChosenQuotesModel.COL_TEXT)
        self.table.move_requested.connect(self.move_current)
        self.table.doubleClicked.connect(self._on_chosen_double_clicked)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_current)

        self.add_button = QPushButton(self.tr("Add to the report →"))
        self.add_button.setObjectName("addQuote")
        self.add_button.setToolTip(self.tr("Add the chosen excerpt (Enter or double-click "
                                           "in the list does the same)"))
        self.add_button.clicked.connect(self.add_current)
        self.open_button = QPushButton(self.tr("Open in its activity"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setToolTip("Alt+Up")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setToolTip("Alt+Down")
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.remove_button.clicked.connect(self.remove_current)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Evidence for this indicator</b>")))
        left_layout.addWidget(self.evidence, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.open_button)
        left_buttons.addStretch(1)
        left_buttons.addWidget(self.add_button)
        left_layout.addLayout(left_buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.chosen_label = QLabel()
        right_layout.addWidget(self.chosen_label)
        right_layout.addWidget(self.table, 1)
        right_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            right_buttons.addWidget(button)
        right_buttons.addStretch(1)
        right_layout.addLayout(right_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("quotesSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_label()

    def set_quotes(self, indicator_id: str, items: list) -> None:
        """The indicator's evidence is loaded off the UI thread; `items` are the chosen ones."""
        self.model.set_rows(items)
        self._update_label()
        self.evidence.show_indicator(indicator_id)

    def ids(self) -> list[str]:
        return self.model.ids()

    def _update_label(self) -> None:
        self.chosen_label.setText(self.tr("<b>Chosen for the report</b> (%1, in order)")
                                  .replace("%1", str(self.model.rowCount())))

    # Editing

    def _on_evidence_activated(self, item) -> None:
        self.add(item)

    def add_current(self) -> None:
        item = self.evidence.current_item()
        if item is not None:
            self.add(item)

    def add(self, item) -> None:
        before = self.model.rowCount()
        row = self.model.append(item)
        self._make_current(row)
        if self.model.rowCount() != before:
            self._changed()

    def remove_current(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self.model.remove(row)
        self._make_current(min(row, self.model.rowCount() - 1))
        self._changed()

    def move_current(self, delta: int) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        new_row = self.model.move(row, delta)
        self._make_current(new_row)
        if new_row != row:
            self._changed()

    def _make_current(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, ChosenQuotesModel.COL_TEXT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _changed(self) -> None:
        self._update_label()
        self.changed.emit(self.model.ids())

    # Opening

    def _on_open_clicked(self) -> None:
        item = self.evidence.current_item()
        if item is not None:
            self.open_requested.emit(item.activity_id, item.excerpt_id)

    def _on_chosen_double_clicked(self, index) -> None:
        item = self.model.row_at(index.row())
        if item is not None:
            self.open_requested.emit(item.activity_id, item.excerpt_id)
