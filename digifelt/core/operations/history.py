"""Undo and redo stacks per scope, with the before-images each step restores.

A scope is where the user expects Ctrl+Z to act: one activity while capturing it, one page
elsewhere. Steps of different scopes may touch the same rows (removing a tag in an
interview also drops it from a finding). Undoing a step is refused while a later step of
another scope still stands on the same rows, and a redo step that a later change to its
rows made stale is dropped: nothing is ever restored over someone else's newer change.
"""

import itertools
from dataclasses import dataclass, field

from digifelt.core.operations.changes import Changes
from digifelt.storage.undo_log import LoggedRow

# Steps kept per scope; older ones are forgotten (their changes stay, of course).
LIMIT = 500


@dataclass(eq=False)
class Step:
    """One operation that can be undone (or, once undone, redone)."""

    label: str
    scope: str
    rows: list[LoggedRow]  # what the last run changed, oldest first
    changes: Changes
    tick: int = 0  # when it was last done, undone or redone
    touched: frozenset[tuple[str, str]] = field(default=frozenset())
    id: int = field(default_factory=itertools.count(1).__next__)

    def __post_init__(self) -> None:
        self.retouch(self.rows)

    def retouch(self, rows: list[LoggedRow]) -> None:
        self.rows = rows
        self.touched = self.touched | frozenset((r.table, r.key) for r in rows)

    def restoring(self) -> list[str]:
        return [r.restore for r in reversed(self.rows)]


@dataclass
class History:
    undo: dict[str, list[Step]] = field(default_factory=dict)
    redo: dict[str, list[Step]] = field(default_factory=dict)
    clock: int = 0

    def _tick(self) -> int:
        self.clock += 1
        return self.clock

    def latest_scope(self, stacks: dict[str, list[Step]]) -> str | None:
        tops = [s[-1] for s in stacks.values() if s]
        return max(tops, key=lambda st: st.tick).scope if tops else None

    def top(self, stacks: dict[str, list[Step]], scope: str | None) -> Step | None:
        if scope is None:
            scope = self.latest_scope(stacks)
        steps = stacks.get(scope) if scope is not None else None
        return steps[-1] if steps else None

    def blocker(self, step: Step, rows: frozenset[tuple[str, str]] | None = None) -> Step | None:
        """A step of another scope, done since `step` last ran, that changed the same rows
        (`rows`: those an undo or redo of `step` would change, cascades included)."""
        rows = step.touched if rows is None else rows
        for scope, steps in self.undo.items():
            if scope == step.scope:
                continue
            for other in steps:
                if other.tick > step.tick and other.touched & rows:
                    return other
        return None

    def _drop_stale_redo(self, step: Step) -> None:
        for scope, steps in self.redo.items():
            if scope != step.scope:
                steps[:] = [s for s in steps if not s.touched & step.touched]

    def pushed(self, step: Step) -> None:
        step.tick = self._tick()
        steps = self.undo.setdefault(step.scope, [])
        steps.append(step)
        del steps[:-LIMIT]
        self.redo.pop(step.scope, None)
        self._drop_stale_redo(step)

    def undone(self, step: Step, rows: list[LoggedRow]) -> None:
        self._move(step, rows, self.undo, self.redo)

    def redone(self, step: Step, rows: list[LoggedRow]) -> None:
        self._move(step, rows, self.redo, self.undo)

    def _move(self, step: Step, rows: list[LoggedRow], source: dict, target: dict) -> None:
        """The step ran (rows: what it changed, which restore it next time): off one stack,
        onto the other."""
        source[step.scope].remove(step)
        step.retouch(rows)
        step.tick = self._tick()
        target.setdefault(step.scope, []).append(step)
        self._drop_stale_redo(step)

    def forget(self, step: Step) -> None:
        for stacks in (self.undo, self.redo):
            if step in stacks.get(step.scope, []):
                stacks[step.scope].remove(step)

    def clear(self) -> None:
        self.undo.clear()
        self.redo.clear()
