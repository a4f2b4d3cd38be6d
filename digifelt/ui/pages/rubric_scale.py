"""The scale editor: levels with label and description, add and remove."""

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from digifelt.core.services import rubric
from digifelt.ui.errors import user_errors
from digifelt.ui.models.scale import ScaleModel


class ScaleEditor(QGroupBox):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Scale"))
        self.ctx = ctx
        self.model = ScaleModel(self._commit, self)
        self.table = QTableView()
        self.table.setObjectName("scaleTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            ScaleModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        add = QPushButton(self.tr("Add level"))
        add.clicked.connect(self.add_level)
        remove = QPushButton(self.tr("Remove level"))
        remove.clicked.connect(self.remove_level)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._watch = ctx.watch(self, ("scale_level",), self.reload)
        self.reload()

    def _run(self, label: str, fn, /, *args, **kwargs):
        """One undoable rubric operation; this table shows its result itself."""
        return self.ctx.run_shown(self._watch, label, fn, *args, scope="rubric", **kwargs)

    def reload(self) -> None:
        self.model.set_rows(rubric.list_scale(self.ctx.db))
        self.table.resizeColumnToContents(ScaleModel.COL_LABEL)

    def _commit(self, value: int, label: str, description: str | None):
        with user_errors(self):
            return self._run(self.tr("Edit level"), rubric.set_scale_level, value=value,
                             label=label, description=description)
        return None

    def add_level(self) -> None:
        values = [level.value for level in self.model.rows()]
        value = max(values, default=0) + 1
        with user_errors(self):
            self._run(self.tr("Add level"), rubric.set_scale_level, value=value,
                      label=self.tr("Level %1").replace("%1", str(value)))
        self.reload()

    def remove_level(self) -> None:
        index = self.table.currentIndex()
        level = self.model.row_at(index.row()) if index.isValid() else None
        if level is None:
            return
        with user_errors(self):
            self._run(self.tr("Remove level"), rubric.delete_scale_level, level.value)
        self.reload()
