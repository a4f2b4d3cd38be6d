"""The project workspace: navigation rail, pages, menus built from actions.py, save status.

Pages are built the first time they are shown or asked for (`window.findings` builds the
Findings page), so opening a large project costs only the start page.
"""

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QActionGroup, QUndoGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from digifelt.ui import actions as action_table
from digifelt.ui import gc_pauses, runner, window_state
from digifelt.ui.after_paint import after_first_paint
from digifelt.ui.autosave import flush_all, save_status
from digifelt.ui.i18n import LANGUAGES
from digifelt.ui.notices import ProjectNotices
from digifelt.ui.pages.page_stack import PageStack
from digifelt.ui.search.find_bar import attach_find_bar
from digifelt.ui.search.navigate import Navigator

PAGE_NAMES = [name for name, _text in action_table.PAGES]
PAGE_CAPTURE = PAGE_NAMES.index("capture")
STATE_KEY = "main"


def _page(name: str) -> property:
    return property(lambda self: self.stack.page(name), doc=f"The {name} page (built if new).")


class MainWindow(QMainWindow):
    """Composes the pages; project-level requests (open, close, language) go to the app."""

    new_project_requested = Signal()
    open_project_requested = Signal()
    close_project_requested = Signal()
    quit_requested = Signal()
    preferences_requested = Signal()
    language_requested = Signal(str)
    restore_backup_requested = Signal(object)  # the backup's Path
    closed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.keep_project_open = False  # set when the window is rebuilt (language change)
        self.setObjectName("mainWindow")
        self.undo_group = QUndoGroup(self)
        self.navigator = Navigator(self)
        self.stack = PageStack([(name, getattr(self, f"_make_{name}")) for name in PAGE_NAMES])
        self.stack.page_built.connect(self._on_page_built)
        self.rail = QListWidget()
        self.rail.setObjectName("navigationRail")
        self.rail.setFixedWidth(128)
        self.rail.setIconSize(QSize(0, 0))
        for n, (_name, text) in enumerate(action_table.PAGES, start=1):
            item = QListWidgetItem(action_table.tr(text))
            item.setToolTip(f"Ctrl+{n}")
            item.setSizeHint(QSize(120, 36))
            self.rail.addItem(item)
        self.rail.currentRowChanged.connect(self._on_rail_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.rail)
        self.notices = ProjectNotices(ctx)
        column = QVBoxLayout()
        column.addWidget(self.notices)
        column.addWidget(self.stack, 1)
        layout.addLayout(column, 1)
        self.setCentralWidget(central)
        self.find_bar = attach_find_bar(self)

        self.actions = action_table.create_actions(self, self)
        self.menus = action_table.build_menus(self.menuBar(), self.actions)
        self._build_language_menu()
        self.undo_group.canUndoChanged.connect(self.actions["undo"].setEnabled)
        self.undo_group.canRedoChanged.connect(self.actions["redo"].setEnabled)
        self.actions["undo"].setEnabled(False)
        self.actions["redo"].setEnabled(False)

        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_label)
        status = save_status()
        status.changed.connect(self._on_save_state)
        status.failed.connect(self._on_save_failed)
        self._on_save_state(status.state)
        self.search_dialog = None  # made on the first Ctrl+K
        self.notices.erase_requested.connect(self._on_erase_notes)
        self.notices.privacy_requested.connect(self._on_privacy)
        self.notices.conflicts_requested.connect(self._on_conflicts)
        ctx.changed.connect(self._on_changed)
        ctx.watch(self, ProjectNotices.KINDS, self._refresh_notices)
        ctx.status.connect(self._on_status_message)
        self._update_title()
        self.resize(1280, 800)
        window_state.restore(self, STATE_KEY)
        self.rail.setCurrentRow(0)
        after_first_paint(self, self._refresh_notices)
        gc_pauses.freeze_long_lived()

    def _refresh_notices(self) -> None:
        if self.isVisible():  # not once the window is closing (the project may be closed)
            self.notices.refresh()

    # Pages, built on first use

    overview = _page("overview")
    rubric = _page("rubric")
    plan = _page("plan")
    capture = _page("capture")
    evidence = _page("evidence")
    findings = _page("findings")
    export = _page("export")

    def _make_overview(self) -> QWidget:
        from digifelt.ui.pages.overview import OverviewPage

        page = OverviewPage(self.ctx)
        page.new_activity_requested.connect(self._on_new_activity)
        return page

    def _make_rubric(self) -> QWidget:
        from digifelt.ui.pages.rubric import RubricPage

        return RubricPage(self.ctx)

    def _make_plan(self) -> QWidget:
        from digifelt.ui.pages.plan import PlanPage

        page = PlanPage(self.ctx)
        page.open_requested.connect(self.open_activity)
        return page

    def _make_capture(self) -> QWidget:
        from digifelt.ui.pages.capture import CapturePage

        page = CapturePage(self.ctx, self.undo_group)
        page.status_message.connect(self._on_status_message)
        page.new_activity_requested.connect(self._on_new_activity)
        return page

    def _make_evidence(self) -> QWidget:
        from digifelt.ui.pages.evidence import EvidencePage

        page = EvidencePage(self.ctx)
        page.open_excerpt_requested.connect(self.navigator.open_excerpt)
        page.open_activity_requested.connect(self.open_activity)
        page.status_message.connect(self._on_status_message)
        return page

    def _make_findings(self) -> QWidget:
        from digifelt.ui.pages.findings import FindingsPage

        page = FindingsPage(self.ctx)
        page.open_excerpt_requested.connect(self.navigator.open_excerpt)
        return page

    def _make_export(self) -> QWidget:
        from digifelt.ui.pages.export import ExportPage

        page = ExportPage(self.ctx)
        page.import_requested.connect(self._on_import_bundle)
        return page

    def _on_page_built(self, _name: str, page: QWidget) -> None:
        # The window restored its splitters when it was made; a page made later gets its own
        # now, from the same saved state (window_state.save() below writes them all).
        window_state.restore_splitters(page, STATE_KEY)
        gc_pauses.freeze_long_lived()

    def built_pages(self) -> list[QWidget]:
        return self.stack.built_pages()

    def page_index(self, page: QWidget | str) -> int:
        """The rail row of a page (or of a page name)."""
        return self.stack.index_of(page)

    def _build_language_menu(self) -> None:
        menu = self.menus["settings"].addMenu(self.tr("Language"))
        group = QActionGroup(self)
        choices = [("auto", self.tr("Automatic (the system's language)"))]
        choices += list(LANGUAGES.items())
        for code, name in choices:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.ctx.settings.language)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.language_requested.emit(c))

    def _on_changed(self, changes) -> None:
        if changes.touches("project"):
            self._update_title()

    def _update_title(self) -> None:
        p = self.ctx.project
        self.setWindowTitle(f"{p.title} — {p.organisation} — digifelt")

    # Navigation

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def _on_rail_changed(self, row: int) -> None:
        previous = self.stack.built(self.stack.current_name() or "")
        if previous is not None and self.stack.index_of(previous) != row:
            previous.flush()
        page = self.stack.show_page(row)
        self._activate_undo(page)

    def _activate_undo(self, page) -> None:
        """Ctrl+Z undoes what was done on the page on screen: its scope's stack is the active
        one (Capture makes the open activity's stack active itself)."""
        if page is self.stack.built("capture"):
            view = page.view
            self.undo_group.setActiveStack(view.undo_stack if view is not None else None)
            return
        scope = getattr(page, "undo_scope", None)
        if scope is None:
            self.undo_group.setActiveStack(None)
            return
        stack = self.ctx.undo_stack(scope)
        if stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    def _on_go_page(self, index: int) -> None:
        self.rail.setCurrentRow(index)
        if index == PAGE_CAPTURE and self.capture.view is not None:
            self.capture.view.cmd_focus_notes()

    def open_activity(self, activity_id: str):
        self.rail.setCurrentRow(PAGE_CAPTURE)
        return self.capture.open_activity(activity_id)

    # Handlers named in actions.ACTIONS

    def _on_new_activity(self, kind: str) -> None:
        from digifelt.ui.dialogs.activity import ActivityDialog

        if kind == "survey":  # a survey is made from its results, never typed in
            self._on_import_survey()
            return
        if not flush_all():
            return
        dialog = ActivityDialog(self.ctx, kind=kind, parent=self)
        accepted = dialog.exec()
        self.activateWindow()
        if accepted and dialog.activity_id:
            self.open_activity(dialog.activity_id)

    def _on_capture_command(self, name: str) -> None:
        if self.current_page() != PAGE_CAPTURE:
            self.rail.setCurrentRow(PAGE_CAPTURE)
        self.capture.run_command(name)

    def _on_switch_activity(self) -> None:
        self.rail.setCurrentRow(PAGE_CAPTURE)
        self.capture.choose_activity()

    def _on_global_search(self) -> None:
        from digifelt.ui.search.global_search import GlobalSearchDialog

        if self.search_dialog is None:
            self.search_dialog = GlobalSearchDialog(self.ctx, self)
            self.search_dialog.hit_chosen.connect(self.navigator.open_hit)
        self.search_dialog.start()

    def _on_find(self, how: str) -> None:
        """Ctrl+F, F3, Shift+F3: find in the notes of the open activity or the finding."""
        name = self.stack.current_name()
        page = self.stack.built(name or "")
        target = page.view if name == "capture" else (page if name == "findings" else None)
        if name == "evidence":
            self.evidence.focus_filter()
        elif target is None or not target.editors():
            self.statusBar().showMessage(self.tr("Nothing to find in here; Ctrl+K searches "
                                                 "everything."), 4000)
        elif how == "open" or not self.find_bar.is_open():
            self.find_bar.open_for(target)
        else:
            self.find_bar.set_target(target)
            self.find_bar.find(forward=how == "next")

    def _on_undo(self) -> None:
        self.undo_group.undo()

    def _on_redo(self) -> None:
        self.undo_group.redo()

    def _on_save_now(self) -> None:
        if flush_all():
            self.statusBar().showMessage(self.tr("Everything is saved."), 3000)

    def _on_new_project(self) -> None:
        self.new_project_requested.emit()

    def _on_open_project(self) -> None:
        self.open_project_requested.emit()

    def _on_close_project(self) -> None:
        self.close_project_requested.emit()

    def _on_quit(self) -> None:
        self.quit_requested.emit()

    def _on_preferences(self) -> None:
        self.preferences_requested.emit()

    def _on_import_bundle(self) -> None:
        from digifelt.ui.dialogs.import_preview import import_bundle

        import_bundle(self)

    def _on_import_survey(self) -> None:
        from digifelt.ui.dialogs.survey_import import import_survey

        import_survey(self)

    def _on_import_qdpx(self) -> None:
        from digifelt.ui.dialogs.qdpx_import import import_qdpx

        import_qdpx(self)

    def _on_restore_backup(self) -> None:
        from digifelt.ui.dialogs.backups import BackupsDialog

        dialog = BackupsDialog(self.ctx.path, self)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_backup_requested.emit(dialog.chosen.path)

    def _on_follow_up_actions(self) -> None:
        from digifelt.ui.pages.actions_view import ActionsDialog

        # One window, kept beside the findings while the project is open.
        dialog = getattr(self, "_actions_dialog", None)
        if dialog is None:
            dialog = self._actions_dialog = ActionsDialog(self.ctx, self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _on_reassess(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from digifelt.ui.dialogs.reassess_dialog import ReassessDialog

        if not flush_all():
            return
        dialog = ReassessDialog(self.ctx, self)
        if dialog.exec() and dialog.result is not None:
            QMessageBox.information(self, self.tr("New assessment"), self.tr(
                "Made %1. Open it with File → Open.").replace("%1", str(dialog.result.path)))

    def _on_compare(self) -> None:
        from digifelt.ui.dialogs.compare_dialog import CompareDialog

        if flush_all():
            CompareDialog(self.ctx, self).exec()

    def _on_conflicts(self) -> None:
        from digifelt.ui.dialogs.conflicts import ConflictsDialog

        ConflictsDialog(self).exec()
        self.notices.refresh()

    def _on_privacy(self) -> None:
        from digifelt.ui.dialogs.privacy import PrivacyDialog

        PrivacyDialog(self.ctx, self).exec()

    def _on_erase_notes(self) -> None:
        from digifelt.ui.dialogs.erase_notes import erase_notes

        erase_notes(self)

    def _on_show_shortcuts(self) -> None:
        from digifelt.ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def _on_about(self) -> None:
        from digifelt.ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    # Status

    def _on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _on_save_state(self, state: str) -> None:
        text = {"saving": self.tr("Saving…"), "saved": self.tr("Saved"),
                "error": self.tr("NOT SAVED")}[state]
        self.save_label.setText(text)
        self.save_label.setStyleSheet("color: #b00020; font-weight: bold;"
                                      if state == "error" else "")

    def _on_save_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Notes not saved"), self.tr(
            "digifelt could not save your latest notes: %1\n\nYour text is still on screen; "
            "digifelt tries again with every change. Keep this window open.").replace(
            "%1", message))

    # Closing

    def flush(self) -> bool:
        ok = True
        for page in self.built_pages():
            ok = page.flush() and ok
        return flush_all() and ok

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.flush():
            answer = QMessageBox.warning(
                self, self.tr("Notes not saved"),
                self.tr("Some notes could not be saved (%1). Close anyway and lose them?")
                .replace("%1", save_status().last_error),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        capture = self.stack.built("capture")
        if capture is not None:
            capture.close_activity()
        # Reads and jobs this window started end before the file closes
        runner.wait_for_all(cancel=True, timeout_ms=10_000)
        window_state.save(self, STATE_KEY)
        if not self.keep_project_open:
            gc_pauses.release()
        super().closeEvent(event)
        self.closed.emit()
