"""User operations: one transaction each, recorded for undo, announced as a change set."""

from digifelt.core.operations.changes import Changes
from digifelt.core.operations.journal import (
    DEFAULT_SCOPE,
    Journal,
    Operation,
    UndoError,
    journal,
    operation,
)

__all__ = ["DEFAULT_SCOPE", "Changes", "Journal", "Operation", "UndoError", "journal",
           "operation"]
