"""Capture page: the activity list and the open activity in its capture mode."""

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from digifelt.ui import gc_pauses, window_state
from digifelt.ui.labels import kind_label
from digifelt.ui.models.activities import ActivitiesModel, load_activity_rows
from digifelt.ui.models.roles import Role
from digifelt.ui.operation_undo import mirror


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
        self.proxy.setSortRole(Role.SORT)
        self.proxy.sort(ActivitiesModel.COL_WHEN)
        # A switcher on top rather than a list at the side: the width goes to the notes.
        self.switcher = QComboBox()
        self.switcher.setObjectName("activitySwitcher")
        self.switcher.setAccessibleName(self.tr("Activity"))
        self.switcher.setModel(self.proxy)
        self.switcher.setModelColumn(ActivitiesModel.COL_TITLE)
        self.switcher.setMinimumContentsLength(24)
        self.switcher.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.switcher.setToolTip(self.tr("Switch activity (Ctrl+J)"))
        self.switcher.activated.connect(self._on_switcher_activated)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Activity:")))
        bar.addWidget(self.switcher, 1)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("New:")))
        for kind, keys in (("interview", "Ctrl+N"), ("observation", "Ctrl+Shift+O"),
                           ("document_review", "Ctrl+Shift+D"), ("workshop", "Ctrl+Shift+W")):
            button = QPushButton(kind_label(kind))
            button.setToolTip(keys)
            button.setObjectName(f"new_{kind}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, k=kind: self.new_activity_requested.emit(k))
            bar.addWidget(button)
        survey = QPushButton(self.tr("Survey…"))
        survey.setToolTip(self.tr("Import survey results (Ctrl+Shift+U)"))
        survey.setObjectName("import_survey")
        survey.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        survey.clicked.connect(lambda: self.new_activity_requested.emit("survey"))
        bar.addWidget(survey)

        self.empty = QLabel(self.tr("Choose an activity above (Ctrl+J), or start a new "
                                    "interview with Ctrl+N.\n\nWhile you type, every note is "
                                    "saved within a second."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        ctx.watch(self, ("activity",), self.reload)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(load_activity_rows(self.ctx.db))
        if self.view is not None and self.model.row_of(self.view.activity_id) < 0:
            self.close_activity(discard=True)  # deleted (on the Plan page) with its notes
        if self.view is not None:
            self._select_in_list(self.view.activity_id)
        else:
            self.switcher.setCurrentIndex(-1)

    def _select_in_list(self, activity_id: str) -> None:
        row = self.model.row_of(activity_id)
        if row >= 0:
            self.switcher.setCurrentIndex(
                self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _on_switcher_activated(self, row: int) -> None:
        activity_id = self.proxy.index(row, 0).data(Role.ID)
        if activity_id and (self.view is None or self.view.activity_id != activity_id):
            self.open_activity(activity_id)

    def choose_activity(self) -> None:
        self.switcher.setFocus()
        self.switcher.showPopup()

    def open_activity(self, activity_id: str):
        """Show the activity in its capture mode; the previous one is saved and closed."""
        from digifelt.ui.capture.document_review import DocumentReviewView
        from digifelt.ui.capture.interview import InterviewView
        from digifelt.ui.capture.observation import ObservationView
        from digifelt.ui.capture.survey_view import SurveyView

        if not self.close_activity():
            return None
        kind = next((r.kind for r in self.model.rows() if r.id == activity_id), None)
        if kind is None:
            self.reload()
            kind = next((r.kind for r in self.model.rows() if r.id == activity_id), "interview")
        # A workshop's facilitator notes and post-its are typed as an observation's log.
        cls = {"interview": InterviewView, "observation": ObservationView,
               "document_review": DocumentReviewView, "survey": SurveyView,
               "workshop": ObservationView}[kind]
        self.view = cls(self.ctx, activity_id)
        self.view.status_message.connect(self.status_message)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        window_state.restore_splitters(self.view, "capture")
        self.undo_group.addStack(self.view.undo_stack)
        self.undo_group.setActiveStack(self.view.undo_stack)
        self._select_in_list(activity_id)
        self.view.cmd_focus_notes()
        gc_pauses.freeze_long_lived()  # the open activity lives as long as it is open
        return self.view

    def close_activity(self, discard: bool = False) -> bool:
        """Save and close the open activity; False (and it stays open) if saving failed.

        `discard` is for an activity that no longer exists: there is nothing to save into.
        """
        if self.view is None:
            return True
        if discard:
            for editor in self.view.editors():
                editor.discard_pending()
        elif not self.view.flush():
            return False
        window_state.save_splitters(self.view, "capture")
        view, self.view = self.view, None
        self.undo_group.removeStack(view.undo_stack)
        # Its typing steps die with its editors; the operations stay undoable.
        mirror(self.ctx, view.undo_stack, view.scope)
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
