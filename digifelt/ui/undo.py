"""Undo commands for capture: typed text (mirroring QTextDocument) and tagging, each committed."""

from dataclasses import dataclass, field

from PySide6.QtGui import QUndoCommand

from digifelt.core.anchoring import nearest_occurrence
from digifelt.errors import DigifeltError
from digifelt.ui.i18n import translate


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


@dataclass
class ExcerptIds:
    """An excerpt re-created by undo/redo gets a new id; commands refer to the first one."""

    current: dict[str, str] = field(default_factory=dict)

    def resolve(self, original: str) -> str:
        seen = {original}
        while original in self.current and self.current[original] not in seen:
            original = self.current[original]
            seen.add(original)
        return original

    def moved(self, original: str, new_id: str) -> None:
        self.current[original] = new_id


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


class _ExcerptCommand(QUndoCommand):
    """Base for tag commands: the first action already ran (so errors surfaced at once)."""

    def __init__(self, text: str, view):
        super().__init__(text)
        self._view = view
        self._first = True

    @property
    def db(self):
        return self._view.ctx.db

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step) -> None:
        try:
            step()
        except DigifeltError as exc:
            self._view.status_message.emit(
                translate("Undo", "Could not undo or redo: %1").replace("%1", str(exc)))
            self.setObsolete(True)
        self._view.reload_evidence()

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _recreate(self, original_id: str, snapshot) -> None:
        """Tag the same words again (wherever they now are) and remember the new id."""
        from digifelt.core.services import entries, excerpts

        x = snapshot.excerpt
        choice = TagChoice.of(snapshot)
        if x.entry_id:
            text = entries.get_entry(self.db, x.entry_id).text
            span = nearest_occurrence(text, x.text, x.start or 0)
            if span is None:
                raise DigifeltError(
                    translate("Undo", "the tagged words are no longer in the notes"))
            new = excerpts.tag_excerpt(self.db, entry_id=x.entry_id, start=span.start,
                                       end=span.end, author_id=x.author_id,
                                       indicator_ids=choice.indicator_ids, **choice.fields())
        else:
            new = excerpts.add_document_excerpt(
                self.db, activity_id=x.activity_id, text=x.text, page=x.page,
                attachment_id=x.attachment_id, author_id=x.author_id,
                indicator_ids=choice.indicator_ids, **choice.fields())
        self._view.ids.moved(original_id, new.excerpt.id)


class AddExcerptCommand(_ExcerptCommand):
    """A new tag (span of notes) or page excerpt; undo deletes it, redo makes it again."""

    def __init__(self, view, created):
        super().__init__(translate("Undo", "Tag %1").replace(
            "%1", view.ctx.codes(created.indicator_ids)), view)
        self._original = created.excerpt.id
        self._snapshot = created

    def do(self) -> None:
        self._recreate(self._original, self._snapshot)

    def revert(self) -> None:
        from digifelt.core.services import excerpts

        excerpts.delete_excerpt(self.db, self._view.ids.resolve(self._original))


class RemoveExcerptCommand(_ExcerptCommand):
    def __init__(self, view, snapshot):
        super().__init__(translate("Undo", "Remove tag %1").replace(
            "%1", view.ctx.codes(snapshot.indicator_ids)), view)
        self._original = snapshot.excerpt.id
        self._snapshot = snapshot

    def do(self) -> None:
        from digifelt.core.services import excerpts

        excerpts.delete_excerpt(self.db, self._view.ids.resolve(self._original))

    def revert(self) -> None:
        self._recreate(self._original, self._snapshot)


class EditExcerptCommand(_ExcerptCommand):
    """Changed indicators or flags (kind, valence, star, memo)."""

    def __init__(self, view, excerpt_id: str, before: TagChoice, after: TagChoice):
        super().__init__(translate("Undo", "Edit tag"), view)
        self._original = excerpt_id
        self._before, self._after = before, after

    def _apply(self, choice: TagChoice) -> None:
        from digifelt.core.services import excerpts

        excerpts.update_excerpt(self.db, self._view.ids.resolve(self._original),
                                indicator_ids=choice.indicator_ids, **choice.fields())

    def do(self) -> None:
        self._apply(self._after)

    def revert(self) -> None:
        self._apply(self._before)
