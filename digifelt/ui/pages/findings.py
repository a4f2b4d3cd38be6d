"""Findings page: areas and indicators on the left (level, status); the finding of the chosen
indicator, or the summary of the chosen area, on the right. Calibration (Ctrl+Shift+K) shows
instead where the team's provisional levels disagree."""

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import findings, rubric
from digifelt.ui import window_state
from digifelt.ui.column_sizing import apply_policy
from digifelt.ui.models.findings import FindingsTreeModel
from digifelt.ui.models.roles import Role
from digifelt.ui.pages.findings_area import AreaSummaryEditor
from digifelt.ui.pages.findings_calibration import ModerationView
from digifelt.ui.pages.findings_editor import FindingEditor

# What the tree and editors show ("assessor": who last edited); evidence kinds change only
# the quotes to choose from.
SHOWN_KINDS = ("finding", "area_summary", "area", "indicator", "scale_level", "assessor")
EVIDENCE_KINDS = ("excerpt", "activity", "attachment", "respondent_group")
CALIBRATION_KEYS = "Ctrl+Shift+K"


class FindingsPage(QWidget):
    open_excerpt_requested = Signal(str, str)  # activity id, excerpt id
    undo_scope = "findings"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._views: dict[str, object] = {}  # indicator id → FindingView
        self._scale: list = []
        self._loaded = False

        self.model = FindingsTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("findingsTree")
        self.tree.setAccessibleName(self.tr("Findings per area and indicator"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        # The code and a few words of the name: the editor beside it needs the rest of 1280 px.
        apply_policy(self.tree, text=FindingsTreeModel.COL_NAME, text_chars=18,
                     fit=(FindingsTreeModel.COL_LEVEL, FindingsTreeModel.COL_STATUS))
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        self.editor = FindingEditor(ctx)
        self.editor.saved.connect(self._on_finding_saved)
        self.editor.open_requested.connect(self.open_excerpt_requested)
        self.area_editor = AreaSummaryEditor(ctx)
        self.empty = QLabel(self.tr("Choose an indicator to write its finding, or an area to "
                                    "write its summary."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        for widget in (self.empty, self.editor, self.area_editor):
            self.stack.addWidget(widget)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("findingsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 900])
        self.moderation = ModerationView(ctx)
        self.moderation.setObjectName("moderationView")
        self.moderation.open_requested.connect(self.open_from_moderation)
        self.modes = QStackedWidget()
        self.modes.addWidget(self.splitter)
        self.modes.addWidget(self.moderation)
        keys = QKeySequence(CALIBRATION_KEYS)
        self.calibration_button = QToolButton()
        self.calibration_button.setObjectName("calibrationToggle")
        self.calibration_button.setText(self.tr("Calibration"))
        self.calibration_button.setCheckable(True)
        self.calibration_button.setToolTip(self.tr(
            "Where the team's provisional levels disagree (%1)").replace(
            "%1", keys.toString(QKeySequence.SequenceFormat.NativeText)))
        self.calibration_button.toggled.connect(self.show_calibration)
        shortcut = QShortcut(keys, self)
        # Anywhere in the window while the page is on screen (a hidden page's shortcut is off),
        # so it works straight after Ctrl+6 with the focus still on the rail.
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.calibration_button.toggle)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 0)
        bar.addStretch(1)
        bar.addWidget(self.calibration_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.modes, 1)
        window_state.restore_splitters(self, "findings")

        self._shown_editor = None  # where the find bar found something last
        self._watch = ctx.watch(self, SHOWN_KINDS, self._on_shown_changed)
        self._evidence_watch = ctx.watch(self, EVIDENCE_KINDS, self._on_evidence_changed)
        # The editors show what they save: their own saves do not reload them.
        self.editor.watches = self.area_editor.watches = (self._watch,)

    # Loading

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Read the rubric, scale and findings again; the current choice stays."""
        index = self.tree.currentIndex()
        current = index.data(Role.ID) if index.isValid() else None
        self._flush_editors()
        self._loaded = True
        views = findings.list_findings(self.ctx.db)
        self._views = {v.finding.indicator_id: v for v in views}
        self._scale = rubric.list_scale(self.ctx.db)
        self.model.set_data(self.ctx.rubric_tree(), views, self._scale)
        self.tree.expandAll()
        self._make_current(current)

    def _on_shown_changed(self) -> None:
        if self._loaded:
            self.reload()

    def _on_evidence_changed(self) -> None:
        # A deleted excerpt leaves the chosen quotes without being a change to the finding.
        if self._loaded and self.stack.currentWidget() is self.editor:
            self.editor.reload_quotes()

    # Choosing

    def show_indicator(self, indicator_id: str) -> None:
        if not self._loaded:
            self.reload()
        self.calibration_button.setChecked(False)
        self._make_current(indicator_id)

    # Calibration

    def calibrating(self) -> bool:
        return self.modes.currentWidget() is self.moderation

    def show_calibration(self, on: bool = True) -> None:
        """The moderation view (on) or the findings tree and editor (off)."""
        if self.calibration_button.isChecked() != on:
            self.calibration_button.setChecked(on)  # comes back here through toggled
            return
        if on == self.calibrating():
            return
        if on:
            self._flush_editors()
            self.modes.setCurrentWidget(self.moderation)
            self.moderation.focus_table()
        else:
            self.modes.setCurrentWidget(self.splitter)
            self.tree.setFocus()

    def open_from_moderation(self, indicator_id: str) -> None:
        """Back to the editor on this indicator, its level combo focused to set the agreed
        level."""
        self.show_indicator(indicator_id)
        if self.stack.currentWidget() is self.editor:
            self.editor.level.setFocus()

    def _make_current(self, object_id: str | None) -> None:
        index = self.model.find(object_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index)
        else:
            self.stack.setCurrentWidget(self.empty)

    def _on_current_changed(self, current, _previous=None) -> None:
        self._flush_editors()
        if not current.isValid():
            self.stack.setCurrentWidget(self.empty)
            return
        object_id = current.data(Role.ID)
        if current.data(Role.KIND) == "indicator":
            indicator = self.ctx.indicator(object_id)
            if indicator is not None:
                self.editor.load(indicator, self._views.get(object_id))
                self.stack.setCurrentWidget(self.editor)
                return
        area_view = next((v for v in self.ctx.rubric_tree() if v.area.id == object_id), None)
        if area_view is not None:
            self.area_editor.load(area_view, self._views, self._scale)
            self.stack.setCurrentWidget(self.area_editor)

    def _on_finding_saved(self, view) -> None:
        self._views[view.finding.indicator_id] = view
        self.model.update_finding(view.finding)

    # Page protocol

    def _flush_editors(self) -> bool:
        return self.editor.flush() and self.area_editor.flush()

    def flush(self) -> bool:
        """Leaving the page or closing the window: commit typed text, keep the layout."""
        window_state.save_splitters(self, "findings")
        return self._flush_editors()

    # The find bar's protocol (Ctrl+F): the editors on screen, the current one, show one

    def editors(self) -> list:
        if self.calibrating():
            return []
        if self.stack.currentWidget() is self.editor:
            return self.editor.text_editors()
        if self.stack.currentWidget() is self.area_editor:
            return self.area_editor.text_editors()
        return []

    def current_editor(self):
        editors = self.editors()
        for candidate in (QApplication.focusWidget(), self._shown_editor):
            if candidate in editors:
                return candidate
        return editors[0] if editors else None

    def show_editor(self, editor) -> None:
        self._shown_editor = editor
        editor.setFocus()
