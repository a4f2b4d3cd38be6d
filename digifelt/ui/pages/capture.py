"""Capture page: the activity list and the open activity in its capture mode."""

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from digifelt.ui.models.activities import ActivitiesModel, load_activity_rows
from digifelt.ui.models.base import IdRole, SortRole


class CapturePage(QWidget):
    status_message = Signal(str)
    new_activity_requested = Signal(str)  # kind

    def __init__(self, ctx, undo_group, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.undo_group = undo_group
        self.view = None  # the open ActivityView

        self.model = ActivitiesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.list = QTreeView()
        self.list.setObjectName("captureActivities")
        self.list.setModel(self.proxy)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(ActivitiesModel.COL_WHEN, Qt.SortOrder.AscendingOrder)
        for column in range(self.model.columnCount()):
            if column not in (ActivitiesModel.COL_KIND, ActivitiesModel.COL_TITLE,
                              ActivitiesModel.COL_STATUS):
                self.list.hideColumn(column)
        self.list.header().setSectionResizeMode(ActivitiesModel.COL_TITLE,
                                                QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_activated)

        new_buttons = QVBoxLayout()
        for kind, text in (("interview", self.tr("New interview (Ctrl+N)")),
                           ("observation", self.tr("New observation (Ctrl+Shift+O)")),
                           ("document_review", self.tr("New document review (Ctrl+Shift+D)"))):
            button = QPushButton(text)
            button.setObjectName(f"new_{kind}")
            button.clicked.connect(lambda _c=False, k=kind: self.new_activity_requested.emit(k))
            new_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Activities")))
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(new_buttons)

        self.empty = QLabel(self.tr("Choose an activity on the left, or start a new interview "
                                    "with Ctrl+N.\n\nWhile you type, every note is saved within "
                                    "a second."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("captureMainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([240, 1000])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        ctx.activities_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(load_activity_rows(self.ctx.db))
        if self.view is not None:
            self._select_in_list(self.view.activity_id)

    def _select_in_list(self, activity_id: str) -> None:
        row = self.model.row_of(activity_id)
        if row >= 0:
            self.list.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 1)))

    def _on_list_activated(self, index) -> None:
        activity_id = index.data(IdRole)
        if activity_id and (self.view is None or self.view.activity_id != activity_id):
            self.open_activity(activity_id)

    def open_activity(self, activity_id: str):
        """Show the activity in its capture mode; the previous one is saved and closed."""
        from digifelt.ui.capture.document_review import DocumentReviewView
        from digifelt.ui.capture.interview import InterviewView
        from digifelt.ui.capture.observation import ObservationView

        if not self.close_activity():
            return None
        kind = next((r.kind for r in self.model.rows() if r.id == activity_id), None)
        if kind is None:
            self.reload()
            kind = next((r.kind for r in self.model.rows() if r.id == activity_id), "interview")
        cls = {"interview": InterviewView, "observation": ObservationView,
               "document_review": DocumentReviewView}[kind]
        self.view = cls(self.ctx, activity_id)
        self.view.status_message.connect(self.status_message)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.undo_group.addStack(self.view.undo_stack)
        self.undo_group.setActiveStack(self.view.undo_stack)
        self._select_in_list(activity_id)
        self.view.cmd_focus_notes()
        return self.view

    def close_activity(self) -> bool:
        """Save and close the open activity; False (and it stays open) if saving failed."""
        if self.view is None:
            return True
        if not self.view.flush():
            return False
        view, self.view = self.view, None
        self.undo_group.removeStack(view.undo_stack)
        self.stack.removeWidget(view)
        view.deleteLater()
        self.stack.setCurrentWidget(self.empty)
        return True

    def flush(self) -> bool:
        return self.view.flush() if self.view is not None else True

    def run_command(self, name: str) -> None:
        if self.view is None:
            self.status_message.emit(self.tr("Open an activity first (Ctrl+N starts an "
                                             "interview)."))
            return
        self.view.run_command(name)
