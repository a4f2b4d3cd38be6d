"""The open project as the UI sees it: database, local assessor, cached rubric, operations
and the one change channel every page listens to."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from digifelt.app_settings import AppSettings
from digifelt.core.operations import DEFAULT_SCOPE, Changes, Operation, journal
from digifelt.core.services import people, projects, rubric
from digifelt.storage.database import Database
from digifelt.storage.lock import ProjectLockedError
from digifelt.ui.i18n import translate


class ProjectContext(QObject):
    """Shared by every page. Pages change data in operations (`op`, `run`); every committed
    operation is announced once, on `changed`, with what it changed."""

    changed = Signal(object)  # core.operations.Changes
    status = Signal(str)  # a one-line message for the status bar
    # Who signs changed in Settings; the assessor row itself is announced on `changed`.
    signer_changed = Signal()

    def __init__(self, db: Database, settings: AppSettings):
        from digifelt.ui.safety import BackupScheduler

        super().__init__()
        self.db = db
        self.settings = settings
        # Started by the app once the window is up.
        self.backups = BackupScheduler(self, settings.backup_minutes)
        # None until the assessor has given a name: unsigned rather than signed with the
        # computer's login, which would reach the team, bundles and the report.
        self.author_id = settings.assessor_id if settings.has_identity() else None
        if self.author_id is not None:
            people.ensure_assessor(db, assessor_id=settings.assessor_id,
                                   name=settings.display_name(),
                                   initials=settings.assessor_initials.strip() or None)
        self.project = projects.get_project(db)
        self._tree: list[rubric.AreaView] | None = None
        self._index: dict | None = None
        self._order: dict | None = None
        self._stacks: dict = {}
        self.journal = journal(db)
        self.journal.author_id = self.author_id  # named on what this session deletes
        # Before any page: the caches below are fresh when pages hear of a change.
        self.changed.connect(self._on_changed)
        self._unsubscribe = self.journal.subscribe(self.changed.emit)

    def apply_signer(self) -> None:
        """Sign with the name and initials now in the settings, from the next change on.

        The assessor's row in this project is renamed at once (an operation, so pages that
        show it refresh and teammates receive the new name); a name taken away leaves the
        row as it was and makes new work unsigned.
        """
        s = self.settings
        author_id = s.assessor_id if s.has_identity() else None
        if author_id is not None:
            name, initials = s.display_name(), s.assessor_initials.strip() or None
            row = next((a for a in people.list_assessors(self.db) if a.id == author_id), None)
            if row is None or (row.name, row.initials) != (name, initials):
                with self.op(translate("ProjectContext", "Your name"), scope="project",
                             mode="untracked"):
                    people.ensure_assessor(self.db, assessor_id=author_id, name=name,
                                           initials=initials)
        self.author_id = author_id
        self.journal.author_id = author_id
        self.signer_changed.emit()

    @classmethod
    def open(cls, path: Path, settings: AppSettings) -> "ProjectContext":
        """Open `path` for this window; refuses a file another digifelt (or the CLI) has open.

        The storage lock (an OS lock on `<file>.lock`, released by the OS if digifelt dies)
        is held until close(). The on-open backup is left to `backups.start()`, so that a
        large file does not keep the window from appearing.
        """
        from digifelt.ui.safety import lock_holder

        path = Path(path)
        try:
            db = projects.open_for_editing(path, backup=False)
        except ProjectLockedError as exc:
            pid, host = lock_holder(path)
            raise ProjectLockedError(
                translate("ProjectContext", "%1 is already open in digifelt (process %2 on "
                          "%3); close it there first.")
                .replace("%1", path.name).replace("%2", pid).replace("%3", host)) from exc
        try:
            return cls(db, settings)
        except BaseException:
            db.close()
            raise

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        """Stop the backups, let running jobs end, then close the file and drop the lock."""
        from digifelt.ui.runner import wait_for_all

        self.backups.stop()
        wait_for_all(cancel=True)
        self._unsubscribe()
        self._drop_stacks()
        try:
            self.journal.close()  # the undo history ends: content kept for it goes
        finally:
            self.db.close()

    # Operations

    @contextmanager
    def op(self, label: str, *, scope: str = DEFAULT_SCOPE,
           mode: str = "undoable") -> Iterator[Operation]:
        """Run the body as one operation; an undoable one goes on the scope's undo stack."""
        with self.journal.operation(label, scope=scope, mode=mode) as op:
            yield op
        if op.step_id is not None:
            from digifelt.ui.operation_undo import OperationCommand

            self.undo_stack(scope).push(OperationCommand(self, scope, op.step_id, label))

    def run(self, label: str, fn: Callable, *args, scope: str = DEFAULT_SCOPE,
            mode: str = "undoable", **kwargs):
        """fn(self.db, *args, **kwargs) as one operation; returns its result."""
        with self.op(label, scope=scope, mode=mode):
            return fn(self.db, *args, **kwargs)

    @contextmanager
    def op_shown(self, watches, label: str, *, scope: str = DEFAULT_SCOPE,
                 mode: str = "undoable") -> Iterator[Operation]:
        """`op` for a widget that shows the result itself: its own `watches` (one ChangeWatch
        or several) are not requested by this operation, so its editors are not reloaded
        under the cursor; every other watcher hears of it as usual."""
        watches = tuple(watches) if isinstance(watches, (tuple, list)) else (watches,)
        for watch in watches:
            self.changed.disconnect(watch.on_changed)
        try:
            with self.op(label, scope=scope, mode=mode) as op:
                yield op
        finally:
            for watch in watches:
                self.changed.connect(watch.on_changed)

    def run_shown(self, watches, label: str, fn: Callable, /, *args,
                  scope: str = DEFAULT_SCOPE, mode: str = "undoable", **kwargs):
        """`run` as `op_shown`: fn(self.db, *args, **kwargs); returns its result."""
        with self.op_shown(watches, label, scope=scope, mode=mode):
            return fn(self.db, *args, **kwargs)

    def undo_stack(self, scope: str):
        """The Qt undo stack mirroring the core history of `scope` (kept for the session)."""
        stack = self._stacks.get(scope)
        if stack is None:
            from PySide6.QtGui import QUndoStack

            stack = self._stacks[scope] = QUndoStack(self)
        return stack

    def _drop_stacks(self) -> None:
        # Emptied and released here, while every command is alive: left to the garbage
        # collector, a stack can outlive the commands it would delete.
        for stack in self._stacks.values():
            stack.clear()
            stack.setParent(None)
            stack.deleteLater()
        self._stacks.clear()

    def report(self, message: str) -> None:
        self.status.emit(message)

    def watch(self, widget, kinds: tuple[str, ...], refresh: Callable[[], None]):
        """Call `refresh` when an operation changed any of `kinds`: at once if `widget` is
        on screen, else when it is next shown. Returns the LazyRefresh."""
        from digifelt.ui.lazy_refresh import ChangeWatch

        watch = ChangeWatch(widget, refresh, kinds)
        self.changed.connect(watch.on_changed)
        return watch

    def _on_changed(self, changes: Changes) -> None:
        if changes.everything:
            # An import, an erasure or a restore cleared the core's history: the stacks
            # mirroring it would offer steps that no longer exist.
            for stack in self._stacks.values():
                stack.clear()
        if changes.touches("area", "indicator", "scale_level"):
            self._on_rubric_changed()
        if changes.touches("project"):
            self.project = projects.get_project(self.db)

    # Rubric cache: the picker, highlights and labels look indicators up constantly.

    def _on_rubric_changed(self) -> None:
        self._tree = None
        self._index = None
        self._order = None

    def rubric_tree(self) -> list[rubric.AreaView]:
        if self._tree is None:
            self._tree = rubric.rubric_tree(self.db)
        return self._tree

    def indicators(self) -> list:
        return [ind for area in self.rubric_tree() for ind in area.indicators]

    def _by_id(self) -> dict:
        # Table cells ask for codes thousands of times per refresh: build the map once.
        if self._index is None:
            self._index = {i.id: i for i in self.indicators()}
        return self._index

    def indicator(self, indicator_id: str):
        return self._by_id().get(indicator_id)

    def in_rubric_order(self, indicator_ids: list[str]) -> list[str]:
        """`indicator_ids` in the rubric's order (unknown ones last), so a tag reads the same
        in the margin, the status bar, the panel and the undo menu whatever order the
        indicators were picked or stored in."""
        if self._order is None:
            self._order = {ind.id: n for n, ind in enumerate(self.indicators())}
        order = self._order
        return sorted(indicator_ids, key=lambda i: order.get(i, len(order)))

    def codes(self, indicator_ids: list[str]) -> str:
        by_id = self._by_id()
        return ", ".join(by_id[i].code if i in by_id else "?"
                         for i in self.in_rubric_order(indicator_ids))

    def describe(self, indicator_ids: list[str]) -> str:
        by_id = self._by_id()
        return "\n".join(f"{by_id[i].code}  {by_id[i].title}"
                         for i in self.in_rubric_order(indicator_ids) if i in by_id)
