"""Start the app: QApplication, translation, the welcome window, and opening/closing projects.

Nothing here imports the database layer at module level: the welcome window is on screen
before sqlalchemy/sqlmodel are loaded (they come with the first project opened).
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from digifelt.app_settings import AppSettings, apply_to_process, load_settings, save_settings
from digifelt.resource_paths import resource_path
from digifelt.ui import gc_pauses
from digifelt.ui.application import DigifeltApplication, route_file_open
from digifelt.ui.autosave import flush_all, set_autosave_delay
from digifelt.ui.errors import install_excepthook, show_error
from digifelt.ui.folders import visible_folder
from digifelt.ui.i18n import current_language, install_language, resolve_language
from digifelt.ui.welcome import WelcomeWindow

DEMO_NAME = "demo-small-1.digifelt"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName("digifelt")
        QApplication.setApplicationDisplayName("digifelt")
        QApplication.setDesktopFileName("digifelt")  # matches installer/linux/digifelt.desktop
        app = DigifeltApplication(argv if argv is not None else sys.argv)
        app.setWindowIcon(app_icon())
        _pause_gc()  # resumed when the first window has painted
    return app


def _pause_gc() -> None:
    """Collections pause while a window is being built (see gc_pauses); the timer brings them
    back whatever happens to that window (it fails to build, or closes before it paints)."""
    gc_pauses.pause_for_start()
    QTimer.singleShot(2000, gc_pauses.resume_after_start)


def app_icon() -> QIcon:
    """The app icon in every shipped size, so high-DPI screens get a sharp one."""
    icon = QIcon()
    for png in sorted(resource_path("icons").glob("digifelt-*.png")):
        icon.addFile(str(png))
    return icon


class AppController(QObject):
    """Owns the windows and the open project; one project per window, one window at a time."""

    def __init__(self, settings: AppSettings | None = None):
        super().__init__()
        self.settings = settings or load_settings()
        self.welcome: WelcomeWindow | None = None
        self.window = None  # MainWindow
        self.ctx = None  # ProjectContext
        apply_to_process(self.settings)
        set_autosave_delay(self.settings.autosave_delay_ms)
        install_language(resolve_language(self.settings.language))
        app = QApplication.instance()
        route_file_open(self.open_project)
        app.aboutToQuit.connect(self._on_about_to_quit)
        app.commitDataRequest.connect(self._on_commit_data)

    @staticmethod
    def _resume_gc_after(window: QWidget) -> None:
        from digifelt.ui.after_paint import after_first_paint

        after_first_paint(window, gc_pauses.resume_after_start)

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as exc:
            show_error(self._parent(), str(exc))

    def _parent(self) -> QWidget | None:
        return self.window or self.welcome

    # Welcome

    def show_welcome(self) -> WelcomeWindow:
        if self.welcome is not None:
            self.welcome.close()
        self.welcome = WelcomeWindow(self.settings)
        self.welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.choose_and_open)
        self.welcome.open_path_requested.connect(self.open_project)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.forget_requested.connect(self._on_forget)
        self.welcome.language_requested.connect(self.set_language)
        self.welcome.identity_given.connect(self.set_identity)
        self.welcome.quit_requested.connect(self.quit)
        self.welcome.destroyed.connect(lambda *_a: self._forget_welcome())
        self.welcome.show()
        self._resume_gc_after(self.welcome)
        return self.welcome

    def _forget_welcome(self) -> None:
        self.welcome = None

    def _close_welcome(self) -> None:
        if self.welcome is not None:
            welcome, self.welcome = self.welcome, None
            welcome.close()

    def _on_forget(self, path: Path) -> None:
        self.settings.forget_recent(path)
        self._save_settings()

    # Projects

    def open_project(self, path: Path, offer_restore: bool = True):
        """Open `path` in the workspace (closing any open project); None if it failed.

        A file that does not open gets one clear explanation and, when it has a good
        backup, the offer to restore that backup and open it instead. The project already
        open is closed only once the new one has opened: a wrong or damaged file chosen from
        inside a project leaves the assessor where they were.
        """
        from digifelt.storage.file_check import start_inspection
        from digifelt.ui.after_paint import after_first_paint

        path = Path(path)
        # The open file's own lock would refuse it: reopening it means closing it first.
        reopening = self.ctx is not None and _same_file(self.ctx.path, path)
        if reopening and self.window is not None and not self.close_project(show_welcome=False):
            return None
        _pause_gc()
        # The file's read-only check runs in C on a worker while the database stack loads.
        start_inspection(path)
        from digifelt.ui.project_context import ProjectContext
        from digifelt.ui.safety import handle_open_failure

        try:
            ctx = ProjectContext.open(path, self.settings)
        except Exception as exc:  # noqa: BLE001 - whatever it is, one message, no traceback
            gc_pauses.resume_after_start()
            restored = handle_open_failure(self._parent(), path, exc, offer_restore)
            if restored:
                return self.open_project(path, offer_restore=False)
            if self.window is None and self.welcome is None:
                self.show_welcome()
            return None
        if self.window is not None and not self.close_project(show_welcome=False):
            ctx.close()  # the assessor kept the open project
            return None
        self.settings.add_recent(path, ctx.project.title)
        self._save_settings()
        self.ctx = ctx
        window = self._show_main()
        self._close_welcome()
        # The on-open backup copies the whole file on a worker: started once the window has
        # painted, so that its reading and writing do not hold up the first frame.
        after_first_paint(window, lambda: self._after_open(window, ctx))
        self._resume_gc_after(window)
        return window

    def _after_open(self, window, ctx) -> None:
        from digifelt.ui.safety import finish_after_open

        if self.ctx is not ctx:
            return  # closed again before its first paint
        finish_after_open(window, ctx)  # an interrupted erasure goes before any new backup
        ctx.backups.start()

    def restore_from_backup(self, backup: Path):
        """Close the project, put `backup` in its place, and open it again."""
        from digifelt.ui.safety import restore_file

        if self.ctx is None:
            return None
        path = self.ctx.path
        if not self.close_project(show_welcome=False):
            return None
        restore_file(None, path, Path(backup))
        return self.open_project(path)

    def _show_main(self):
        from digifelt.ui.export_registry import set_default_report_template
        from digifelt.ui.main_window import MainWindow

        set_default_report_template(self.settings.report_template)  # the Export page's default
        window = MainWindow(self.ctx)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.new_project_requested.connect(self.new_project)
        window.open_project_requested.connect(self.choose_and_open)
        window.close_project_requested.connect(lambda: self.close_project(show_welcome=True))
        window.quit_requested.connect(self.quit)
        window.preferences_requested.connect(self.preferences)
        window.language_requested.connect(self.set_language)
        window.restore_backup_requested.connect(self.restore_from_backup)
        window.closed.connect(lambda w=window: self._on_window_closed(w))
        self.window = window
        window.show()
        return window

    def _on_window_closed(self, window) -> None:
        if window.keep_project_open or window is not self.window:
            return
        self.window = None
        if self.ctx is not None:
            ctx, self.ctx = self.ctx, None
            self._remember_title(ctx)
            ctx.close()

    def _remember_title(self, ctx) -> None:
        """The welcome window lists the title the assessment has now, not its file name."""
        if ctx.project.title and self.settings.recent_title(ctx.path) != ctx.project.title:
            self.settings.set_recent_title(ctx.path, ctx.project.title)
            self._save_settings()

    def close_project(self, show_welcome: bool = True) -> bool:
        """Save and close the open project; False if the user kept it open."""
        if self.window is None:
            return True
        if show_welcome:
            if self.ctx is not None and self.window.flush():  # a title typed just now
                self._remember_title(self.ctx)
            self.show_welcome()
        window = self.window
        if not window.close():
            if show_welcome:
                self._close_welcome()
            return False
        return True

    def new_project(self) -> None:
        from digifelt.ui.dialogs.new_project import NewProjectDialog

        dialog = NewProjectDialog(self.settings, self._parent())
        if dialog.exec() and dialog.created_path is not None:
            self._save_settings()
            self.open_project(dialog.created_path)

    def choose_and_open(self) -> None:
        # Not the data folder the demo lives in, nor any hidden one: Documents then.
        start = str(visible_folder(Path(self.settings.last_project).parent
                                   if self.settings.last_project else None))
        name, _filter = QFileDialog.getOpenFileName(
            self._parent(), self.tr("Open assessment"), start,
            self.tr("digifelt projects (*.digifelt);;All files (*)"))
        if name:
            self.open_project(Path(name))

    def open_demo(self) -> None:
        """Open the small demo, generating it first (off the UI thread) if it is not there."""
        from digifelt.storage.paths import data_dir

        path = data_dir() / DEMO_NAME
        if path.exists():
            self.open_project(path)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        progress = QProgressDialog(self.tr("Making the demo assessment…"), "", 0, 0,
                                   self._parent())
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.show()
        from concurrent.futures import ThreadPoolExecutor

        executor = ThreadPoolExecutor(max_workers=1)
        future = executor.submit(_generate_demo, path)
        timer = QTimer(self)

        def poll() -> None:
            if not future.done():
                return
            timer.stop()
            progress.close()
            executor.shutdown(wait=False)
            error = future.exception()
            if error is not None:
                show_error(self._parent(), str(error))
            else:
                self.open_project(path)

        timer.timeout.connect(poll)
        timer.start(50)

    def quit(self) -> None:
        if self.close_project(show_welcome=False):
            self._close_welcome()
            QApplication.instance().quit()

    # Settings and language

    def preferences(self) -> None:
        from digifelt.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.settings, self._parent())
        if dialog.exec():
            dialog.apply_to(self.settings)
            self._save_settings()
            self._apply_settings()
            self._apply_language()

    def set_identity(self, name: str, initials: str) -> None:
        """The assessor's name and initials (the welcome window's first-start question)."""
        self.settings.assessor_name = name.strip()
        self.settings.assessor_initials = initials.strip()
        self._save_settings()
        if self.ctx is not None:
            self.ctx.apply_signer()

    def _apply_settings(self) -> None:
        """Make changed settings take effect at once, in this window and the storage layer."""
        from digifelt.storage.backup import move_backups
        from digifelt.storage.paths import data_dir

        before = data_dir()
        apply_to_process(self.settings)
        if data_dir() != before:
            try:
                move_backups(before, data_dir())
            except OSError as exc:
                show_error(self._parent(), self.tr(
                    "Some backups could not be moved to the new data folder and are still in "
                    "%1: %2").replace("%1", str(before)).replace("%2", str(exc)))
        set_autosave_delay(self.settings.autosave_delay_ms)
        if self.window is not None:
            from digifelt.ui.export_registry import set_default_report_template

            set_default_report_template(self.settings.report_template)
        if self.ctx is not None:
            self.ctx.backups.set_minutes(self.settings.backup_minutes)
            self.ctx.apply_signer()  # a new name signs from now on, in the open project too

    def set_language(self, code: str) -> None:
        self.settings.language = code
        self._save_settings()
        self._apply_language()

    def _apply_language(self) -> None:
        """Switch the UI language live by rebuilding the windows in the new language."""
        wanted = resolve_language(self.settings.language)
        if wanted == current_language():
            return
        install_language(wanted)
        if self.welcome is not None:
            self.show_welcome()
        old = self.window
        if old is None or not old.flush():
            return
        page = old.current_page()
        capture = old.stack.built("capture")  # not old.capture: that would build the page
        activity_id = capture.view.activity_id if capture and capture.view is not None else None
        old.keep_project_open = True
        self._show_main()
        old.close()
        if activity_id:
            self.window.open_activity(activity_id)
        self.window.rail.setCurrentRow(page)

    # Last-chance saving

    def _on_about_to_quit(self) -> None:
        flush_all()
        if self.ctx is not None:
            ctx, self.ctx = self.ctx, None
            self._remember_title(ctx)
            ctx.close()

    def _on_commit_data(self, _manager) -> None:
        flush_all()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _generate_demo(path: Path) -> None:
    from digifelt.core.demo import generate_demo

    generate_demo(path, size="small", seed=1)


# Smoke tests of frozen and installed builds set this: the app quits by itself once its first
# window is up (exit status 0), or fails fast if a dialog (an error) is in the way.
QUIT_AFTER_START = "DIGIFELT_QUIT_AFTER_START"


def _quit_after_start(controller: AppController) -> None:
    window = controller.window or controller.welcome
    modal = QApplication.activeModalWidget()
    started = window is not None and window.isVisible() and modal is None
    if sys.stderr is not None:  # None in a windowed Windows executable
        seen = (f"{type(window).__name__} «{window.windowTitle()}»" if started else
                f"no usable window: {type(modal).__name__} {getattr(modal, 'text', str)()!r}")
        print(f"digifelt: {QUIT_AFTER_START}: {seen}; quitting", file=sys.stderr, flush=True)
    if started:
        controller.quit()
    else:
        os._exit(2)  # stuck behind a dialog: fail now rather than wait for a click


def run(path: Path | None = None) -> int:
    app = create_application()
    install_excepthook()
    controller = AppController()
    if os.environ.get(QUIT_AFTER_START):
        QTimer.singleShot(1000, lambda: _quit_after_start(controller))
    opened = path is not None and controller.open_project(Path(path)) is not None
    if not opened and controller.welcome is None:
        controller.show_welcome()
    return app.exec()
