"""Capture's own undo pieces: typed text (mirroring QTextDocument) and the tag picker's choice.

Tag changes are core operations (ui/operation_undo.py); typing stays with the editor and
shares the activity's Qt undo stack with them, so the two interleave in the order they
happened.
"""

from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from digifelt.ui.i18n import translate

# The label of the operations that save typed text (never shown: they are not undo steps).
TYPING = "Typing"


@dataclass
class TagChoice:
    """What the tag picker returns: indicators and flags of an excerpt."""

    indicator_ids: list[str]
    kind: str = "quote"
    valence: str = "neutral"
    starred: bool = False
    memo: str | None = None

    @classmethod
    def of(cls, view) -> "TagChoice":
        x = view.excerpt
        return cls(list(view.indicator_ids), x.kind, x.valence, x.starred, x.memo)

    def fields(self) -> dict:
        return {"kind": self.kind, "valence": self.valence, "starred": self.starred,
                "memo": self.memo}


class TextEditCommand(QUndoCommand):
    """One undo step of an editor's QTextDocument, replayed through the document itself."""

    def __init__(self, editor, show=None):
        super().__init__(translate("Undo", "Typing"))
        self._editor = editor
        self._show = show  # brings the editor on screen, so an undo is never invisible
        self._done = True  # the edit has already happened when the document reports it

    def _step(self, action) -> None:
        if self._show is not None:
            self._show(self._editor)
        action()
        self._editor.flush()

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._step(self._editor.document().redo)

    def undo(self) -> None:
        self._step(self._editor.document().undo)
