"""The plain-text notes editor: one entry, autosaved, with tagged spans highlighted and labelled."""

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from digifelt.core.sentences import next_sentence, sentence_at
from digifelt.core.services import entries, excerpts
from digifelt.ui.autosave import DebouncedSaver
from digifelt.ui.labels import excerpt_kind_label, valence_label
from digifelt.ui.models.excerpts import ON_FILL, VALENCE_COLOURS
from digifelt.ui.runner import Runner
from digifelt.ui.text_offsets import cp_to_utf16, utf16_to_cp
from digifelt.ui.undo import TYPING

GUTTER_WIDTH = 72


@dataclass
class TagSpan:
    """One excerpt on this editor's text; the cursor moves with the words as the text is edited."""

    view: object  # ExcerptView snapshot
    cursor: QTextCursor

    @property
    def excerpt_id(self) -> str:
        return self.view.excerpt.id

    def contains(self, pos16: int) -> bool:
        return self.cursor.selectionStart() <= pos16 <= self.cursor.selectionEnd()


class TagGutter(QWidget):
    """Right-hand margin that prints the indicator codes next to each tagged line."""

    def __init__(self, editor: "NotesEditor"):
        super().__init__(editor)
        self._editor = editor
        self.setMouseTracking(True)

    def labels(self) -> list[tuple[float, str, list[TagSpan]]]:
        """(y in viewport coordinates, label, spans) for the spans whose start is visible."""
        editor = self._editor
        by_y: dict[int, list[TagSpan]] = {}
        for span in editor.spans():
            pos = span.cursor.selectionStart()
            block = editor.document().findBlock(pos)
            if not block.isValid() or not block.isVisible():
                continue
            top = editor.blockBoundingGeometry(block).translated(editor.contentOffset()).top()
            line = block.layout().lineForTextPosition(pos - block.position())
            y = top + (line.y() if line.isValid() else 0)
            if -50 < y < self.height():
                by_y.setdefault(int(y), []).append(span)
        out = []
        for y, spans in sorted(by_y.items()):
            parts = [editor.ctx.codes(s.view.indicator_ids) + (" ★" if s.view.excerpt.starred
                                                                 else "") for s in spans]
            out.append((float(y), "; ".join(parts), spans))
        return out

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().base())
        painter.setPen(self.palette().mid().color())
        painter.drawLine(0, event.rect().top(), 0, event.rect().bottom())
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        height = painter.fontMetrics().height()
        painter.setPen(self.palette().placeholderText().color())  # readable in dark mode too
        for y, label, _spans in self.labels():
            rect = QRectF(6, y + 2, self.width() - 8, height)
            text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                    int(rect.width()))
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            for y, _label, spans in self.labels():
                if y <= event.pos().y() <= y + self.fontMetrics().height() + 4:
                    QToolTip.showText(event.globalPos(), self._editor.describe(spans), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


class NotesEditor(QPlainTextEdit):
    """Notes of one entry. The entry is created on the first typed character if it has none.

    Text is committed DEBOUNCE_MS after the last keystroke and on focus loss; undo and redo
    go to the owning activity's QUndoStack so text and tags share one history.
    """

    focused = Signal(object)  # self
    edited = Signal(object)  # self; on every change of the text
    entry_created = Signal(object)  # self
    spans_reloaded = Signal(object)  # self; tags were re-read after a save
    text_undo_step = Signal(object)  # self; the document recorded an undoable edit
    undo_requested = Signal()
    redo_requested = Signal()
    submit_requested = Signal(object)  # self; Enter when submit_on_enter is set
    tag_requested = Signal(object)  # self; from the context menu

    def __init__(self, ctx, *, activity_id: str, entry=None, question_id: str | None = None,
                 offset_s: float | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.entry_id: str | None = entry.id if entry is not None else None
        self.question_id = entry.question_id if entry is not None else question_id
        self.offset_s = entry.offset_s if entry is not None else offset_s
        self.submit_on_enter = False
        self.auto_height = False
        self._spans: list[TagSpan] = []
        self.setObjectName("notesEditor")
        self.setAccessibleName(self.tr("Notes"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.setPlainText(entry.text if entry is not None else "")
        self.moveCursor(QTextCursor.MoveOperation.End)  # notes continue where they stopped
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)
        self._saver = DebouncedSaver(self._save, self)
        # After an autosave the tags are read back (moved or detached by the save) off the
        # UI thread: on a long, much-tagged note the read took tens of milliseconds.
        self._span_reader = Runner(self, latest_wins=True)
        self._span_reader.finished.connect(self._on_spans_read)
        self._gutter = TagGutter(self)
        self.setViewportMargins(0, 0, GUTTER_WIDTH, 0)
        self.textChanged.connect(self._on_text_changed)
        self.updateRequest.connect(lambda *_args: self._gutter.update())
        self.document().undoCommandAdded.connect(lambda: self.text_undo_step.emit(self))

    # Text and saving

    def plain_text(self) -> str:
        """The text as stored: Qt's paragraph and line separators become newlines."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    @property
    def dirty(self) -> bool:
        return self._saver.dirty

    def flush(self) -> bool:
        """Commit pending text now; True when nothing is left unsaved."""
        return self._saver.flush()

    def discard_pending(self) -> None:
        self._saver.discard()

    def _on_text_changed(self) -> None:
        self._saver.touch()
        self.edited.emit(self)
        if self.auto_height:
            self._fit_height()

    def _save(self) -> None:
        text = self.plain_text()
        if self.entry_id is None and not text:
            return
        # Typing is undone by the document, not by the operation history: announced only.
        with self.ctx.op(TYPING, scope=f"activity:{self.activity_id}", mode="untracked"):
            if self.entry_id is None:
                entry = entries.add_entry(self.ctx.db, activity_id=self.activity_id, text=text,
                                          question_id=self.question_id,
                                          offset_s=self.offset_s, author_id=self.ctx.author_id)
            else:
                entries.update_entry_text(self.ctx.db, self.entry_id, text)
        if self.entry_id is None:
            self.entry_id = entry.id
            self.entry_created.emit(self)
        # A new undo step starts after each save, so undo takes back one burst of typing.
        self.document().setModified(False)
        if self._spans:
            self._reload_spans()

    # Tagged spans

    def spans(self) -> list[TagSpan]:
        return list(self._spans)

    def _reload_spans(self) -> None:
        db, entry_id = self.ctx.db, self.entry_id
        self._span_reader.start(lambda: excerpts.list_excerpts(db, entry_id=entry_id))

    def _on_spans_read(self, views: list) -> None:
        if self._saver.dirty:
            return  # typed since: these offsets are behind the text; the next save reads again
        self._set_spans(views)
        self.spans_reloaded.emit(self)

    @property
    def reading_spans(self) -> bool:
        return self._span_reader.busy

    def show_excerpts(self, views: list) -> None:
        """Highlight these excerpts (read from the database after this editor was saved)."""
        if self._saver.dirty:
            self.flush()
            if self.entry_id is not None:
                self._span_reader.cancel()
                self._set_spans(excerpts.list_excerpts(self.ctx.db, entry_id=self.entry_id))
                self.spans_reloaded.emit(self)
            return
        self._span_reader.cancel()  # these are newer than any read still under way
        self._set_spans([v for v in views if v.excerpt.entry_id == self.entry_id]
                        if self.entry_id else [])

    def _set_spans(self, views: list) -> None:
        text = self.plain_text()
        spans = []
        for view in views:
            x = view.excerpt
            if x.detached or x.start is None or x.end is None or text[x.start:x.end] != x.text:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(cp_to_utf16(text, x.start))
            cursor.setPosition(cp_to_utf16(text, x.end), QTextCursor.MoveMode.KeepAnchor)
            spans.append(TagSpan(view, cursor))
        self._spans = spans
        self._apply_highlights()

    def _apply_highlights(self) -> None:
        selections = []
        for span in self._spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = span.cursor
            fmt = selection.format
            fmt.setBackground(QColor(VALENCE_COLOURS.get(span.view.excerpt.valence, "#eeeeee")))
            fmt.setForeground(ON_FILL)
            if span.view.excerpt.starred:
                fmt.setFontUnderline(True)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        self._gutter.update()

    def spans_at(self, pos16: int) -> list[TagSpan]:
        return [s for s in self._spans if s.contains(pos16)]

    def span_at_cursor(self) -> TagSpan | None:
        """The tag under the text cursor (or overlapping the selection), innermost first."""
        cursor = self.textCursor()
        hits = [s for s in self._spans
                if s.cursor.selectionStart() <= cursor.selectionEnd()
                and cursor.selectionStart() <= s.cursor.selectionEnd()]
        hits.sort(key=lambda s: s.cursor.selectionEnd() - s.cursor.selectionStart())
        return hits[0] if hits else None

    def describe(self, spans: list[TagSpan]) -> str:
        parts = []
        for span in spans:
            x = span.view.excerpt
            flags = f"{excerpt_kind_label(x.kind)} · {valence_label(x.valence)}"
            if x.starred:
                flags += " · ★"
            memo = f"\n{x.memo}" if x.memo else ""
            parts.append(f"{self.ctx.describe(span.view.indicator_ids)}\n{flags}{memo}")
        return "\n\n".join(parts)

    # Selection helpers (code-point offsets into plain_text())

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text's span without surrounding whitespace, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        text = self.plain_text()
        start = utf16_to_cp(text, cursor.selectionStart())
        end = utf16_to_cp(text, cursor.selectionEnd())
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_sentence(self) -> bool:
        """Select the sentence under the cursor (or the nearest one); False on empty notes."""
        text = self.plain_text()
        span = sentence_at(text, utf16_to_cp(text, self.textCursor().position()))
        if span is None:
            return False
        self.select_span(*span)
        return True

    def extend_to_next_sentence(self) -> bool:
        """Grow the selection over the sentence after it; False when there is none."""
        current = self.selection_span()
        if current is None:
            return False
        text = self.plain_text()
        following = next_sentence(text, current[1])
        if following is None:
            return False
        self.select_span(current[0], following[1])
        return True

    def select_span(self, start: int, end: int) -> None:
        text = self.plain_text()
        cursor = QTextCursor(self.document())
        cursor.setPosition(cp_to_utf16(text, start))
        cursor.setPosition(cp_to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # Qt events

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo_requested.emit()
            return
        if event.modifiers() == Qt.KeyboardModifier.ShiftModifier and event.key() in (
                Qt.Key.Key_Home, Qt.Key.Key_End):
            # The whole typed line, not the wrapped screen line: a spoken answer is one long
            # paragraph, and the screen line ends wherever the window width puts it.
            cursor = self.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock
                                if event.key() == Qt.Key.Key_Home
                                else QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
            return
        if (self.submit_on_enter and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submit_requested.emit(self)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focused.emit(self)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.flush()
        super().focusOutEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            pos16 = self.cursorForPosition(event.pos()).position()
            spans = self.spans_at(pos16)
            if spans:
                QToolTip.showText(event.globalPos(), self.describe(spans), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        area = self.viewport().geometry()
        self._gutter.setGeometry(QRect(area.right() + 1, area.top(), GUTTER_WIDTH,
                                       area.height()))
        if self.auto_height:
            self._fit_height()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            # The activity's undo stack owns undo; the document's own would bypass it.
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)
        if self.textCursor().hasSelection():
            menu.addSeparator()
            tag = menu.addAction(self.tr("Tag selection…"))
            tag.setShortcut(QKeySequence("Ctrl+T"))
            tag.triggered.connect(lambda: self.tag_requested.emit(self))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _fit_height(self) -> None:
        """Grow with the text (observation log rows), from two lines up."""
        margin = self.document().documentMargin()
        width = max(60, self.viewport().width() - int(2 * margin))
        text = self.plain_text() or " "
        if text.endswith("\n"):
            text += " "
        rect = self.fontMetrics().boundingRect(QRect(0, 0, width, 1_000_000),
                                               Qt.TextFlag.TextWordWrap, text)
        lines = max(2, round(rect.height() / max(1, self.fontMetrics().lineSpacing())))
        height = (lines * self.fontMetrics().lineSpacing() + int(2 * margin)
                  + 2 * self.frameWidth() + 4)
        if height != self.height():
            self.setFixedHeight(height)
