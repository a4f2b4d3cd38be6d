"""The indicator picker: type-ahead by code or words, flags on Alt+key, Enter saves."""

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
)

from digifelt.ui.models.indicators import IndicatorFilterProxy, IndicatorPickerModel, picker_rows
from digifelt.ui.models.roles import Role
from digifelt.ui.undo import TagChoice

_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class TagPicker(QDialog):
    """Modal; after exec(), `choice()` is the TagChoice. Keys are listed in actions.KEY_HINTS."""

    def __init__(self, ctx, *, quoted: str, preferred_ids: list[str] | None = None,
                 initial: TagChoice | None = None, extend=None, parent=None):
        super().__init__(parent)
        self.setObjectName("tagPicker")
        self.setWindowTitle(self.tr("Tag to indicator"))
        self.resize(620, 520)
        initial = initial or TagChoice([])

        # extend() grows the quoted words (Ctrl+T) and returns them, or None at the end.
        self._extend = extend
        self.quote = quote = QLabel()
        quote.setObjectName("pickerQuote")
        quote.setWordWrap(True)
        quote.setStyleSheet("font-style: italic;")
        self._show_quote(quoted)
        self.filter = QLineEdit()
        self.filter.setObjectName("pickerFilter")
        self.filter.setPlaceholderText(self.tr("Type an indicator code or words…"))
        self.filter.setClearButtonEnabled(True)

        self.model = IndicatorPickerModel(picker_rows(ctx.rubric_tree(), preferred_ids or []),
                                          self)
        self.model.set_checked(initial.indicator_ids)
        self.proxy = IndicatorFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)
        self.list = QListView()
        self.list.setObjectName("pickerList")
        self.list.setModel(self.proxy)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always goes to the filter
        self.list.setUniformItemSizes(True)

        # Alt+letter → flag. Handled in the text fields' event filter, not as QShortcuts, so
        # a flag key can never end up typed into the filter.
        self._alt_keys = {}
        self._kind = QButtonGroup(self)
        self._valence = QButtonGroup(self)
        flags = QHBoxLayout()
        flags.addWidget(QLabel(self.tr("Kind:")))
        for key, text, shortcut in (("quote", self.tr("Quote"), "Alt+Q"),
                                    ("paraphrase", self.tr("Paraphrase"), "Alt+P")):
            self._add_flag(flags, self._kind, key, text, shortcut)
        flags.addSpacing(16)
        flags.addWidget(QLabel(self.tr("Valence:")))
        for key, text, shortcut in (("strength", self.tr("Strength"), "Alt+S"),
                                    ("gap", self.tr("Gap"), "Alt+G"),
                                    ("neutral", self.tr("Neutral"), "Alt+N")):
            self._add_flag(flags, self._valence, key, text, shortcut)
        flags.addSpacing(16)
        self.star = QCheckBox(self.tr("★ Star (*)"))
        self.star.setObjectName("pickerStar")
        self.star.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.star.setToolTip(self.tr("Wanted in the report. Keys: * or Alt+8"))
        flags.addWidget(self.star)
        self._alt_keys[Qt.Key.Key_8] = self.star.toggle
        flags.addStretch(1)
        self._check("kind", initial.kind)
        self._check("valence", initial.valence)
        self.star.setChecked(initial.starred)

        self.memo = QLineEdit(initial.memo or "")
        self.memo.setObjectName("pickerMemo")
        self.memo.setPlaceholderText(self.tr("Memo (optional, Tab)"))

        hint_text = self.tr("Bold: indicators of the current question. Enter saves, Esc "
                            "cancels, Ctrl+Space tags several indicators.")
        if extend is not None:
            hint_text += " " + self.tr("Ctrl+T adds the next sentence to the quote.")
        hint = QLabel(hint_text)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save tag"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addLayout(flags)
        layout.addWidget(self.memo)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setTabOrder(self.filter, self.memo)

        self.filter.installEventFilter(self)
        self.memo.installEventFilter(self)
        self.filter.textChanged.connect(self._on_filter_changed)
        self._select_first(initial.indicator_ids[:1])
        self.filter.setFocus()

    def _show_quote(self, quoted: str) -> None:
        self.quote.setText("«" + " ".join(quoted.split())[:300] + "»")

    def extend_quote(self) -> None:
        quoted = self._extend() if self._extend is not None else None
        if quoted is not None:
            self._show_quote(quoted)

    def _add_flag(self, layout, group: QButtonGroup, key: str, text: str, shortcut: str) -> None:
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        button = QRadioButton(f"{text} ({keys})")
        button.setObjectName(f"picker_{key}")
        button.setProperty("flag", key)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        group.addButton(button)
        layout.addWidget(button)
        self._alt_keys[QKeySequence(shortcut)[0].key()] = button.click

    def _check(self, which: str, key: str) -> None:
        group = self._kind if which == "kind" else self._valence
        for button in group.buttons():
            if button.property("flag") == key:
                button.setChecked(True)

    def _flag(self, group: QButtonGroup) -> str:
        return group.checkedButton().property("flag")

    # Keyboard handling in the filter field

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or obj not in (self.filter, self.memo):
            return super().eventFilter(obj, event)
        key, mods = event.key(), event.modifiers()
        if mods & Qt.KeyboardModifier.AltModifier and key in self._alt_keys:
            self._alt_keys[key]()
            return True
        if key == Qt.Key.Key_T and mods == Qt.KeyboardModifier.ControlModifier:
            self.extend_quote()
            return True
        if obj is self.filter:
            if key in _MOVE_KEYS:
                self._move(key)
                return True
            if key == Qt.Key.Key_Space and mods & Qt.KeyboardModifier.ControlModifier:
                self.toggle_current()
                return True
            if event.text() == "*":
                self.star.toggle()
                return True
        return super().eventFilter(obj, event)

    def _move(self, key) -> None:
        rows = self.proxy.rowCount()
        if not rows:
            return
        current = self.list.currentIndex().row()
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8,
                Qt.Key.Key_PageDown: 8}[key]
        row = max(0, min(rows - 1, (current if current >= 0 else -1) + step))
        self._set_current(row)

    def _set_current(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    def _select_first(self, ids: list[str]) -> None:
        for row in range(self.proxy.rowCount()):
            if not ids or self.proxy.index(row, 0).data(Role.ID) in ids:
                self._set_current(row)
                return

    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self.message.clear()
        if self.proxy.rowCount():
            self._set_current(0)
        else:
            self.list.clearSelection()

    def toggle_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            self.proxy.setData(index, Qt.CheckState.Unchecked if checked
                               else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    # Result

    def indicator_ids(self) -> list[str]:
        """The ticked indicators, or else the highlighted one."""
        checked = self.model.checked_ids()
        if checked:
            return checked
        index = self.list.currentIndex()
        return [index.data(Role.ID)] if index.isValid() else []

    def choice(self) -> TagChoice:
        return TagChoice(self.indicator_ids(), self._flag(self._kind), self._flag(self._valence),
                         self.star.isChecked(), self.memo.text().strip() or None)

    def _on_accept(self) -> None:
        if not self.indicator_ids():
            self.message.setText(self.tr("No indicator matches; change the words or press Esc."))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx, *, quoted: str, preferred_ids=None, initial=None, extend=None,
            parent=None) -> TagChoice | None:
        picker = cls(ctx, quoted=quoted, preferred_ids=preferred_ids, initial=initial,
                     extend=extend, parent=parent)
        try:
            return picker.choice() if picker.exec() == QDialog.DialogCode.Accepted else None
        finally:
            picker.deleteLater()
            if parent is not None:
                # Give the keyboard straight back to the notes (some platforms leave the
                # main window inactive after a dialog, and its shortcuts then sleep).
                parent.window().activateWindow()
