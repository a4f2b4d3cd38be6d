"""Core undo steps on Qt undo stacks: Ctrl+Z on a page undoes that page's latest operation.

The core keeps the history (before-images, per scope); a Qt stack per scope mirrors it so
the Edit menu, the QUndoGroup and typing commands (which stay in the editor) line up. An
OperationCommand's undo and redo go through the core, naming the step they stand for.
"""

import weakref

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from digifelt.core.operations import UndoError
from digifelt.ui.i18n import translate


class OperationCommand(QUndoCommand):
    def __init__(self, ctx, scope: str, step_id: int, label: str, *, done: bool = True):
        super().__init__(label)
        # Weakly: the context owns the stack that owns this command; a strong reference
        # back would make a cycle that the garbage collector tears down in the wrong order.
        self._context = weakref.ref(ctx)
        self._scope, self._step_id = scope, step_id
        self._skip = done  # the operation already ran when it was pushed
        self._silent = False  # set while mirroring, so nothing runs in the core

    @property
    def _ctx(self):
        return self._context()

    def redo(self) -> None:
        if self._skip or self._silent:
            self._skip = False
            return
        self._run("redo", undoing=False)

    def undo(self) -> None:
        if self._silent:
            return
        self._run("undo", undoing=True)

    def _run(self, which: str, *, undoing: bool) -> None:
        ctx = self._ctx
        if ctx is None:
            return  # the project is closed
        try:
            getattr(ctx.journal, which)(self._scope, step_id=self._step_id)
        except UndoError as exc:
            self._ctx.report(translate("Undo", "Could not undo or redo: %1")
                             .replace("%1", str(exc)))
            self._put_back(undoing)

    def _put_back(self, undoing: bool) -> None:
        """The core did not move: move the Qt stack back without running anything."""
        stack = self._ctx.undo_stack(self._scope)

        def restore() -> None:
            self._silent = True
            try:
                (stack.redo if undoing else stack.undo)()
            finally:
                self._silent = False

        QTimer.singleShot(0, restore)


def mirror(ctx, stack: QUndoStack, scope: str) -> None:
    """Fill `stack` with the core's steps of `scope` (after the editors that owned typing
    commands on it are gone): undo and redo reach the same steps as before."""
    undo_steps, redo_steps = ctx.journal.steps(scope)
    stack.clear()
    for step_id, label in undo_steps:
        stack.push(OperationCommand(ctx, scope, step_id, label))
    # Pushed in the order they were done, then stepped back without touching the core.
    waiting = [OperationCommand(ctx, scope, step_id, label) for step_id, label
               in reversed(redo_steps)]
    for command in waiting:
        stack.push(command)
    for command in reversed(waiting):
        command._silent = True
        stack.undo()
        command._silent = False
