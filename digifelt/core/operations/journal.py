"""Operations: every user-visible change is one transaction that says what it changed.

    with operation(db, "Remove tag", scope="activity:…") as op:
        excerpts.delete_excerpt(db, excerpt_id)       # joins the operation's transaction
    op.changes                                        # kinds and ids, after the commit

Services called inside an operation join its transaction (storage.database), so a workflow
of several steps commits once or not at all. The operation records the before-image of
every row it touched (storage.undo_log), so undo puts back the very same rows, and tells
every subscriber what changed once the commit is done.
"""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

from digifelt.core.errors import ValidationError
from digifelt.core.operations import recorded
from digifelt.core.operations.changes import Changes
from digifelt.core.operations.history import History, Step
from digifelt.core.services import versions
from digifelt.core.services.attachments import KEEP_CONTENT, collect_unused_content
from digifelt.storage import undo_log
from digifelt.storage.database import Database

Mode = Literal["undoable", "untracked", "bulk"]
Listener = Callable[[Changes], None]
DEFAULT_SCOPE = "project"


class UndoError(ValidationError):
    """An undo or redo that cannot be done as things now stand; nothing was changed."""


class _Blocked(Exception):
    def __init__(self, step: Step):
        super().__init__(step.label)
        self.step = step


@dataclass
class Operation:
    """Handed to the body of an operation; holds what changed once it has committed."""

    label: str
    scope: str
    mode: Mode
    changes: Changes = field(default_factory=Changes)
    step_id: int | None = None  # the undo step it became, if any


class Journal:
    """The operations, undo history and change subscribers of one open project."""

    def __init__(self, db: Database):
        self.db = db
        self.history = History()
        self._listeners: list[Listener] = []
        self._lock = threading.RLock()
        self.author_id: str | None = None  # the assessor named on tombstones ("deleted by")

    # Subscribers

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` after every committed operation; returns the unsubscriber."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def notify(self, changes: Changes) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    # Running operations

    @contextmanager
    def operation(self, label: str, *, scope: str = DEFAULT_SCOPE,
                  mode: Mode = "undoable") -> Iterator[Operation]:
        """Run the body as one transaction.

        mode: "undoable" records before-images and becomes an undo step of `scope`;
        "untracked" records only what changed (typing: the editor owns its undo);
        "bulk" records nothing, reports everything changed and clears the undo history
        (imports, erasure, repairs: too large to undo, and they invalidate older steps).
        """
        op = Operation(label, scope, mode)
        if self.db.current_session() is not None:
            # Part of a larger operation: that one commits, records and announces it all.
            yield op
            return
        with self._lock:
            with self.db.transaction() as session:
                conn = session.connection()
                if mode != "bulk":
                    session.info[KEEP_CONTENT] = True
                    undo_log.start(conn, recorded.owner_columns())
                yield op
                session.flush()
                rows = undo_log.finish(conn) if mode != "bulk" else []
                self._advance_history(conn, rows)
            if mode == "bulk":
                op.changes = Changes.all(label)
                self._forget_history()
            else:
                op.changes = _changes(label, rows, mode)
                if mode == "undoable" and rows:
                    step = Step(label, scope, rows, op.changes)
                    self.history.pushed(step)
                    op.step_id = step.id
        self.notify(op.changes)

    def run(self, label: str, fn: Callable, *args, scope: str = DEFAULT_SCOPE,
            mode: Mode = "undoable", **kwargs):
        """fn(*args, **kwargs) as one operation; returns its result."""
        with self.operation(label, scope=scope, mode=mode):
            return fn(*args, **kwargs)

    def _advance_history(self, conn, rows: list[undo_log.LoggedRow]) -> None:
        """Each object the transaction changed gets a new version (undo and redo too: taking
        a step back is a new edit as far as teammates are concerned)."""
        if rows:
            versions.record(conn.connection.driver_connection, recorded.touched_objects(rows),
                            self.db.replica, self.author_id)

    def discontinuity(self, label: str) -> None:
        """Something replaced the project's content outside any operation (a restore): the
        history no longer applies, and everything must be read again."""
        with self._lock:
            self._forget_history()
        self.notify(Changes.all(label))

    def _forget_history(self) -> None:
        """No step can be undone any more: content kept for undo can go too."""
        self.history.clear()
        if not self.db.read_only:
            collect_unused_content(self.db)

    def close(self) -> None:
        """The project is closing: its history ends here."""
        with self._lock:
            self._forget_history()
            self._listeners.clear()

    # Undo and redo

    def can_undo(self, scope: str | None = None) -> str | None:
        """The label of the step undo would take back, or None."""
        step = self.history.top(self.history.undo, scope)
        return step.label if step else None

    def can_redo(self, scope: str | None = None) -> str | None:
        step = self.history.top(self.history.redo, scope)
        return step.label if step else None

    def undo(self, scope: str | None = None, *, step_id: int | None = None) -> Changes:
        """Take back the latest step of `scope` (None: the latest step of any scope).

        `step_id`: the step the caller believes is the latest (a Qt undo stack mirroring
        this history); anything else is refused rather than undone.
        """
        return self._step(self.history.undo, scope, step_id, undoing=True)

    def redo(self, scope: str | None = None, *, step_id: int | None = None) -> Changes:
        return self._step(self.history.redo, scope, step_id, undoing=False)

    def steps(self, scope: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """(id, label) of the undo steps of `scope`, oldest first, and of its redo steps,
        next to redo last."""
        with self._lock:
            return ([(st.id, st.label) for st in self.history.undo.get(scope, [])],
                    [(st.id, st.label) for st in self.history.redo.get(scope, [])])

    def _step(self, stacks, scope: str | None, step_id: int | None, *,
              undoing: bool) -> Changes:
        from digifelt.core.operations.fixups import reanchor_restored

        with self._lock:
            step = self.history.top(stacks, scope)
            if step is None or (step_id is not None and step.id != step_id):
                raise UndoError("there is nothing to undo" if undoing else
                                "there is nothing to redo")
            blocker = self.history.blocker(step)
            try:
                with self.db.transaction() as session:
                    if blocker is not None:
                        raise _Blocked(blocker)
                    session.info[KEEP_CONTENT] = True
                    conn = session.connection()
                    undo_log.start(conn, recorded.owner_columns())
                    undo_log.replay(conn, step.restoring())
                    reanchor_restored(session, step.rows)
                    session.flush()
                    rows = undo_log.finish(conn)
                    self._advance_history(conn, rows)
                    # Cascades reach rows the step itself never named (a finding's quote
                    # of a tag being undone): checked once they are known, then rolled back.
                    blocker = self.history.blocker(
                        step, frozenset((r.table, r.key) for r in rows))
                    if blocker is not None:
                        raise _Blocked(blocker)
            except _Blocked as blocked:
                raise UndoError(f"“{step.label}” cannot be undone or redone yet: "
                                f"“{blocked.step.label}” changed the same data since; "
                                "undo that first") from None
            except Exception as exc:
                self.history.forget(step)
                raise UndoError(f"“{step.label}” could not be undone or redone, as the data "
                                f"changed since ({exc.__class__.__name__}); nothing was "
                                "changed") from exc
            if undoing:
                self.history.undone(step, rows)
            else:
                self.history.redone(step, rows)
            changes = _changes(step.label, rows)
        self.notify(changes)
        return changes


def _changes(label: str, rows: list[undo_log.LoggedRow], mode: Mode = "undoable") -> Changes:
    owners = recorded.owners()
    return Changes.of(label, ((owners[r.table][0], r.owner) for r in rows), mode=mode)


def journal(db: Database) -> Journal:
    """The journal of this open project (one per Database, made on first use)."""
    if db.journal is None:
        db.journal = Journal(db)
    return db.journal


@contextmanager
def operation(db: Database, label: str, *, scope: str = DEFAULT_SCOPE,
              mode: Mode = "undoable") -> Iterator[Operation]:
    with journal(db).operation(label, scope=scope, mode=mode) as op:
        yield op
