"""Rubric page: areas → indicators (code, title, framtidsbilde, look-fors), order, scale."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import rubric
from digifelt.errors import DigifeltError
from digifelt.ui.autosave import DebouncedSaver
from digifelt.ui.column_sizing import apply_policy
from digifelt.ui.errors import user_errors
from digifelt.ui.models.roles import Role
from digifelt.ui.models.rubric import RubricTreeModel
from digifelt.ui.pages.rubric_scale import ScaleEditor


class RubricPage(QWidget):
    undo_scope = "rubric"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._current: tuple[str, object] | None = None  # ("area"|"indicator", snapshot)
        self._loading = False  # the tree is being rebuilt: selection changes are not the user's
        self._filling = False  # the form is being filled: text changes are not edits
        self.model = RubricTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("rubricTree")
        self.tree.setAccessibleName(self.tr("Areas and indicators"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        apply_policy(self.tree, text=RubricTreeModel.COL_TITLE, fit=(RubricTreeModel.COL_CODE,))
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        tree_buttons = QHBoxLayout()
        for text, slot, tip in (
                (self.tr("Add area"), self.add_area, ""),
                (self.tr("Add indicator"), self.add_indicator, ""),
                (self.tr("Remove"), self.remove_current, ""),
                ("↑", lambda: self.move_current(-1), self.tr("Move up (Ctrl+Shift+Up)")),
                ("↓", lambda: self.move_current(1), self.tr("Move down (Ctrl+Shift+Down)"))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            tree_buttons.addWidget(button)
        tree_buttons.addStretch(1)
        for keys, slot in (("Ctrl+Shift+Up", lambda: self.move_current(-1)),
                           ("Ctrl+Shift+Down", lambda: self.move_current(1))):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(tree_buttons)

        self.code = QLineEdit()
        self.code.setObjectName("rubricCode")
        self.item_title = QLineEdit()
        self.item_title.setObjectName("rubricTitle")
        self.description = QPlainTextEdit()
        self.description.setObjectName("rubricDescription")
        self.description.setTabChangesFocus(True)
        self.lookfors = QPlainTextEdit()
        self.lookfors.setObjectName("rubricLookfors")
        self.lookfors.setTabChangesFocus(True)
        self.lookfors.setPlaceholderText(self.tr("One look-for per line"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self._saver = DebouncedSaver(self._save, self)
        for field in (self.code, self.item_title):
            field.textEdited.connect(lambda _t: self._saver.touch())
            field.editingFinished.connect(self._saver.flush)
        for field in (self.description, self.lookfors):
            field.textChanged.connect(self._on_text_field_changed)
        self.details = QGroupBox(self.tr("Selected area or indicator"))
        form = QFormLayout(self.details)
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Title:"), self.item_title)
        form.addRow(self.tr("Ideal picture:"), self.description)
        self._lookfor_label = QLabel(self.tr("Look-fors:"))
        form.addRow(self._lookfor_label, self.lookfors)
        form.addRow(self.message)

        self.scale = ScaleEditor(ctx)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 3)
        right_layout.addWidget(self.scale, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("rubricSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._watch = ctx.watch(self, ("area", "indicator"), self._on_rubric_changed)
        self.reload()

    # Tree

    def _run(self, label: str, fn, /, *args, **kwargs):
        """One undoable rubric operation; this page shows its result itself."""
        return self.ctx.run_shown(self._watch, label, fn, *args, scope="rubric", **kwargs)

    def _on_rubric_changed(self) -> None:
        """Changed elsewhere or undone: read again, keeping the choice where it still is."""
        self._saver.flush()
        self.reload(self._selected()[1])

    def reload(self, select_id: str | None = None) -> None:
        self._loading = True
        try:
            self.model.set_tree(self.ctx.rubric_tree())
            self.tree.expandAll()
            self.tree.resizeColumnToContents(0)
        finally:
            self._loading = False
        index = self.model.find(select_id) if select_id else self.model.index(0, 0)
        if not index.isValid():
            index = self.model.index(0, 0)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self._show(index)

    def _on_current_changed(self, current, _previous) -> None:
        if not self._loading:
            self._saver.flush()
            self._show(current)

    def _show(self, index) -> None:
        self._current = None
        kind = index.data(Role.KIND) if index.isValid() else None
        obj = index.data(Role.ROW) if kind else None
        self._filling = True
        try:
            self.code.setText(obj.code if obj else "")
            self.item_title.setText(obj.title if obj else "")
            self.description.setPlainText((obj.description or "") if obj else "")
            self.lookfors.setPlainText("\n".join(obj.lookfors) if kind == "indicator" else "")
        finally:
            self._filling = False
        self.lookfors.setVisible(kind == "indicator")
        self._lookfor_label.setVisible(kind == "indicator")
        self.details.setEnabled(obj is not None)
        self.message.clear()
        self._current = (kind, obj) if obj else None

    def _on_text_field_changed(self) -> None:
        if not self._filling:
            self._saver.touch()

    def _save(self) -> None:
        if self._current is None:
            return
        kind, obj = self._current
        changes = {"code": self.code.text().strip(), "title": self.item_title.text().strip(),
                   "description": self.description.toPlainText().strip() or None}
        if kind == "indicator":
            changes["lookfors"] = [line.strip() for line in self.lookfors.toPlainText()
                                   .splitlines() if line.strip()]
        if all(getattr(obj, key) == value for key, value in changes.items()):
            return
        try:
            if kind == "area":
                saved = self._run(self.tr("Edit area"), rubric.update_area, obj.id, **changes)
            else:
                saved = self._run(self.tr("Edit indicator"), rubric.update_indicator, obj.id,
                                  **changes)
        except DigifeltError as exc:
            self.message.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.message.clear()
        self._current = (kind, saved)
        self._loading = True
        try:
            self.model.set_tree(self.ctx.rubric_tree())
            self.tree.expandAll()
            self.tree.setCurrentIndex(self.model.find(saved.id))
        finally:
            self._loading = False

    def flush(self) -> bool:
        return self._saver.flush()

    def _selected(self) -> tuple[str | None, str | None]:
        index = self.tree.currentIndex()
        return (index.data(Role.KIND), index.data(Role.ID)) if index.isValid() else (None, None)

    def add_area(self) -> None:
        self._saver.flush()
        numbers = [int(v.area.code) for v in self.ctx.rubric_tree() if v.area.code.isdigit()]
        with user_errors(self):
            area = self._run(self.tr("Add area"), rubric.add_area,
                             code=str(max(numbers, default=0) + 1), title=self.tr("New area"))
            self.reload(area.id)
            self.item_title.setFocus()
            self.item_title.selectAll()

    def add_indicator(self) -> None:
        self._saver.flush()
        kind, obj_id = self._selected()
        tree = self.ctx.rubric_tree()
        area = next((v for v in tree if v.area.id == obj_id or
                     any(i.id == obj_id for i in v.indicators)), tree[-1] if tree else None)
        if area is None:
            return
        used = {i.code for v in tree for i in v.indicators}
        n = len(area.indicators) + 1
        while f"{area.area.code}.{n}" in used:
            n += 1
        with user_errors(self):
            ind = self._run(self.tr("Add indicator"), rubric.add_indicator,
                            area_id=area.area.id, code=f"{area.area.code}.{n}",
                            title=self.tr("New indicator"))
            self.reload(ind.id)
            self.item_title.setFocus()
            self.item_title.selectAll()

    def remove_current(self) -> None:
        kind, obj_id = self._selected()
        if not obj_id:
            return
        self._saver.discard()
        tree = self.ctx.rubric_tree()
        if kind == "area":
            area = next(v for v in tree if v.area.id == obj_id)
            label = f"{area.area.code} {area.area.title}"
            used = sum(rubric.indicator_usage(self.ctx.db, i.id) for i in area.indicators)
            question = self.tr("Remove the area %1 with its %n indicator(s)?", "",
                               len(area.indicators)).replace("%1", label)
        else:
            ind = next(i for v in tree for i in v.indicators if i.id == obj_id)
            label = f"{ind.code} {ind.title}"
            used = rubric.indicator_usage(self.ctx.db, obj_id)
            question = self.tr("Remove the indicator %1?").replace("%1", label)
        if used:
            question += "\n\n" + self.tr(
                "Warning: %1 excerpts are tagged to it. Their tags to it and its finding will "
                "be deleted; the excerpts themselves stay.").replace("%1", str(used))
        icon = QMessageBox.Icon.Warning if used else QMessageBox.Icon.Question
        box = QMessageBox(icon, self.tr("Remove from the rubric"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        with user_errors(self):
            if kind == "area":
                self._run(self.tr("Remove area"), rubric.delete_area, obj_id)
            else:
                self._run(self.tr("Remove indicator"), rubric.delete_indicator, obj_id)
        self.reload()

    def move_current(self, delta: int) -> None:
        kind, obj_id = self._selected()
        if not obj_id:
            return
        self._saver.flush()
        row = self.tree.currentIndex().row()
        with user_errors(self):
            if kind == "area":
                self._run(self.tr("Move area"), rubric.move_area, obj_id, max(0, row + delta))
            else:
                self._run(self.tr("Move indicator"), rubric.move_indicator, obj_id,
                          max(0, row + delta))
        self.reload(obj_id)
