"""Choosing the indicators a survey question informs: type a code or words, Ctrl+Space
ticks several, Enter keeps them."""

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
)

from digifelt.ui.models.indicators import IndicatorFilterProxy, IndicatorPickerModel, picker_rows
from digifelt.ui.models.roles import Role

_MOVE = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8, Qt.Key.Key_PageDown: 8}


class IndicatorChooser(QDialog):
    """Modal; `indicator_ids()` after exec(): the ticked ones, in rubric order."""

    def __init__(self, ctx, *, question: str, chosen: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("surveyIndicatorChooser")
        self.setWindowTitle(self.tr("Indicators for a survey question"))
        self.resize(560, 480)
        quote = QLabel("«" + " ".join(question.split())[:300] + "»")
        quote.setWordWrap(True)
        quote.setStyleSheet("font-style: italic;")
        self.filter = QLineEdit()
        self.filter.setObjectName("chooserFilter")
        self.filter.setPlaceholderText(self.tr("Type an indicator code or words…"))
        self.filter.setClearButtonEnabled(True)
        self.model = IndicatorPickerModel(picker_rows(ctx.rubric_tree(), []), self)
        self.model.set_checked(chosen)
        self.proxy = IndicatorFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)
        self.list = QListView()
        self.list.setObjectName("chooserList")
        self.list.setModel(self.proxy)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the filter
        hint = QLabel(self.tr("↑/↓ choose, Ctrl+Space ticks or unticks (to choose several), "
                              "Enter keeps the ticked indicators or else the chosen one, Esc "
                              "cancels."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.filter.installEventFilter(self)
        self.filter.textChanged.connect(self._on_filter_changed)
        self._set_current(0)
        self.filter.setFocus()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.filter and event.type() == QEvent.Type.KeyPress:
            if event.key() in _MOVE:
                rows = self.proxy.rowCount()
                current = self.list.currentIndex().row()
                self._set_current(max(0, min(rows - 1, current + _MOVE[event.key()])))
                return True
            if event.key() == Qt.Key.Key_Space and \
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.toggle_current()
                return True
        return super().eventFilter(obj, event)

    def _set_current(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            index = self.proxy.index(row, 0)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list.scrollTo(index)

    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._set_current(0)

    def toggle_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            self.proxy.setData(index, Qt.CheckState.Unchecked if checked
                               else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def indicator_ids(self) -> list[str]:
        checked = self.model.checked_ids()
        if checked or self.model.rowCount() == 0:
            return checked
        index = self.list.currentIndex()
        return [index.data(Role.ID)] if index.isValid() and self.filter.text().strip() else []
