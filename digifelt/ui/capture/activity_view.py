"""What the capture modes share: header and clock, editors, undo stack, tagging, side panels."""

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import activities, excerpts
from digifelt.errors import DigifeltError
from digifelt.ui.capture.attachments import AttachmentsPanel
from digifelt.ui.capture.excerpt_panel import ExcerptPanel
from digifelt.ui.capture.tag_picker import TagPicker
from digifelt.ui.elided_label import ElidedLabel
from digifelt.ui.errors import user_errors
from digifelt.ui.i18n import translate
from digifelt.ui.labels import format_duration, kind_label, status_label
from digifelt.ui.operation_undo import mirror
from digifelt.ui.runner import Runner
from digifelt.ui.undo import TagChoice, TextEditCommand


class ActivityView(QWidget):
    """Base class; subclasses build the mode's content and say which indicators come first.

    Commands from the Capture menu arrive as run_command("tag_selection") etc. and are
    dispatched to cmd_<name> methods.
    """

    status_message = Signal(str)

    def __init__(self, ctx, activity_id: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = activity_id
        self.activity = activities.get_activity(ctx.db, activity_id).activity
        # Every change made here is one operation of this scope; its undo history outlives
        # the view (reopening the activity, Ctrl+Z still reaches the last tag).
        self.scope = f"activity:{activity_id}"
        self.undo_stack = ctx.undo_stack(self.scope)
        mirror(ctx, self.undo_stack, self.scope)  # typing steps of an earlier view are gone
        ctx.changed.connect(self._on_changed)
        self.excerpt_views: list = []
        self._editors: list = []
        self._current_editor = None

        # A long title must not set the window's minimum width: it ends in "…", whole on hover.
        self.title = ElidedLabel()
        self.title.setObjectName("activityTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel()
        self.clock = QLabel()
        self.clock.setObjectName("activityClock")
        clock_font = self.clock.font()
        clock_font.setPointSizeF(clock_font.pointSizeF() * 1.2)
        self.clock.setFont(clock_font)
        self.done_button = QPushButton(translate("ActivityView", "Mark as done"))
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.clicked.connect(self.cmd_end_activity)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.state)
        header.addSpacing(12)
        header.addWidget(self.clock)
        header.addWidget(self.done_button)

        self.excerpt_panel = ExcerptPanel(ctx)
        self.excerpt_panel.show_requested.connect(self.reveal_excerpt)
        self.excerpt_panel.edit_requested.connect(self.cmd_edit_tag)
        self.excerpt_panel.star_requested.connect(self.cmd_toggle_star)
        self.excerpt_panel.remove_requested.connect(self.cmd_remove_tag)
        self.excerpt_panel.back_requested.connect(self.cmd_focus_notes)
        self._panel_reader = Runner(self, latest_wins=True)
        self._panel_reader.finished.connect(self._on_panel_read)
        self.attachments = AttachmentsPanel(ctx, activity_id)
        self.side = QTabWidget()
        self.side.setObjectName("captureSide")
        self.side.addTab(self.excerpt_panel, translate("ActivityView", "Excerpts"))
        self.side.addTab(self.attachments, translate("ActivityView", "Photos and files"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("captureSplitter")
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._update_header)
        self._clock_timer.start()

    def set_content(self, content: QWidget) -> None:
        """Called once by the subclass with its main widget; the side panels go to its right."""
        self.splitter.addWidget(content)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 360])
        self._update_header()
        self.reload_evidence()

    # Editors

    def register_editor(self, editor) -> None:
        self._editors.append(editor)
        editor.focused.connect(self._on_editor_focused)
        editor.edited.connect(self._on_editor_edited)
        editor.text_undo_step.connect(
            lambda e: self.undo_stack.push(TextEditCommand(e, self.show_editor)))
        editor.undo_requested.connect(self.undo_stack.undo)
        editor.redo_requested.connect(self.undo_stack.redo)
        editor.tag_requested.connect(lambda _e: self.cmd_tag_selection())
        editor.spans_reloaded.connect(lambda _e: self._refresh_panel())
        if self._current_editor is None:
            self._current_editor = editor

    def unregister_editor(self, editor) -> None:
        if editor in self._editors:
            self._editors.remove(editor)
        if self._current_editor is editor:
            self._current_editor = self._editors[0] if self._editors else None

    def editors(self) -> list:
        return list(self._editors)

    def current_editor(self):
        return self._current_editor

    def show_editor(self, editor) -> None:
        """Bring `editor` on screen (subclasses switch question pages) and focus it."""
        editor.setFocus()

    def editor_for_entry(self, entry_id: str):
        return next((e for e in self._editors if e.entry_id == entry_id), None)

    def flush(self) -> bool:
        ok = True
        for editor in self._editors:
            ok = editor.flush() and ok
        return ok

    def _on_editor_focused(self, editor) -> None:
        self._current_editor = editor

    def _on_editor_edited(self, _editor) -> None:
        if self.activity.status == "planned":
            self.ensure_started()

    # Activity state and clock

    def ensure_started(self) -> None:
        if self.activity.status != "planned" and self.activity.started_at is not None:
            return
        with user_errors(self):
            # Part of typing, which the editor undoes: not a step of its own.
            self.activity = self.ctx.run(
                translate("Undo", "Start activity"), activities.start_activity,
                self.activity_id, at=datetime.now(UTC), scope=self.scope, mode="untracked")
        self._update_header()

    def elapsed_seconds(self) -> float | None:
        start = self.activity.started_at
        if start is None:
            return None
        end = self.activity.ended_at if self.activity.status == "done" else None
        return ((end or datetime.now(UTC)) - start).total_seconds()

    def _update_header(self) -> None:
        self.title.setText(self.activity.title)
        self.state.setText(f"{kind_label(self.activity.kind)} · "
                           f"{status_label(self.activity.status)}")
        elapsed = self.elapsed_seconds()
        self.clock.setText(
            translate("ActivityView", "Time %1").replace("%1", format_duration(elapsed))
            if elapsed is not None
            else translate("ActivityView", "The clock starts when you type"))
        self.done_button.setEnabled(self.activity.status != "done")

    def cmd_end_activity(self) -> None:
        if not self.flush():
            return
        now = datetime.now(UTC)
        with user_errors(self):
            self.activity = self.ctx.run(
                translate("Undo", "Mark as done"), activities.finish_activity,
                self.activity_id, at=now, scope=self.scope)
            self.status_message.emit(translate("ActivityView", "Marked as done."))
        self._update_header()

    # Evidence

    def _on_changed(self, changes) -> None:
        """Any operation (here, an undo, another page) that changed what this view shows."""
        if changes.mode == "untracked" and not changes.touches("activity"):
            return  # typing saved by an editor of this view: it shows its text already
        if changes.everything or self.activity_id in changes.ids_of("activity"):
            try:
                self.activity = activities.get_activity(self.ctx.db, self.activity_id).activity
            except DigifeltError:
                return  # the activity is gone; the capture page closes this view
            self._update_header()
            self.activity_reloaded()
        if changes.touches("excerpt"):
            self.reload_evidence()

    def activity_reloaded(self) -> None:
        """The activity's row changed elsewhere (an undo, the Plan page): subclasses show it."""

    def reload_evidence(self) -> None:
        """Re-read the activity's excerpts (after saving editors) into the panel and highlights.

        A read: it announces nothing.
        """
        for editor in self._editors:
            if editor.dirty:
                editor.flush()
        self._panel_reader.cancel()  # this read is newer than one still under way
        self.excerpt_views = excerpts.list_excerpts(self.ctx.db, activity_id=self.activity_id)
        self.excerpt_panel.set_excerpts(self.excerpt_views)
        for editor in self._editors:
            editor.show_excerpts(self.excerpt_views)

    def _refresh_panel(self) -> None:
        """After an autosave: the panel's list is read off the UI thread (see NotesEditor)."""
        db, activity_id = self.ctx.db, self.activity_id
        self._panel_reader.start(lambda: excerpts.list_excerpts(db, activity_id=activity_id))

    def _on_panel_read(self, views: list) -> None:
        self.excerpt_views = views
        self.excerpt_panel.set_excerpts(views)

    def excerpt_view(self, excerpt_id: str | None):
        return next((v for v in self.excerpt_views if v.excerpt.id == excerpt_id), None)

    def preferred_indicators(self, editor) -> list[str]:
        return []

    def _target_excerpt(self):
        """The excerpt a tag command applies to: the panel's when it has focus, else the
        one under the notes cursor, else the panel's selection."""
        focus = QApplication.focusWidget()
        if focus is not self.excerpt_panel.table:
            editor = self.current_editor()
            span = editor.span_at_cursor() if editor is not None else None
            if span is not None:
                return self.excerpt_view(span.excerpt_id)
        return self.excerpt_view(self.excerpt_panel.current_id())

    def cmd_tag_selection(self) -> None:
        editor = self.current_editor()
        # Nothing selected: the sentence under the cursor, so a quote takes one key press.
        if editor is None or (editor.selection_span() is None and not editor.select_sentence()):
            self.status_message.emit(translate(
                "ActivityView", "Select words in the notes first, then press Ctrl+T."))
            return
        if not editor.flush():
            return
        start, end = editor.selection_span()
        quoted = editor.plain_text()[start:end]

        def extend() -> str | None:
            # Ctrl+T again in the open picker: the quote runs on into the next sentence.
            if not editor.extend_to_next_sentence():
                return None
            first, last = editor.selection_span()
            return editor.plain_text()[first:last]

        choice = TagPicker.ask(self.ctx, quoted=quoted, parent=self, extend=extend,
                               preferred_ids=self.preferred_indicators(editor))
        editor.setFocus()
        if choice is None:
            return
        start, end = editor.selection_span() or (start, end)
        codes = self.ctx.codes(choice.indicator_ids)
        with user_errors(self) as outcome:
            self.ctx.run(translate("Undo", "Tag %1").replace("%1", codes),
                         excerpts.tag_excerpt, entry_id=editor.entry_id, start=start, end=end,
                         indicator_ids=choice.indicator_ids, author_id=self.ctx.author_id,
                         scope=self.scope, **choice.fields())
        if outcome.failed:
            return
        cursor = editor.textCursor()
        cursor.setPosition(cursor.selectionEnd())
        editor.setTextCursor(cursor)
        self.status_message.emit(translate("ActivityView", "Tagged to %1.").replace(
            "%1", self.ctx.codes(choice.indicator_ids)))

    def _change_tag(self, view, after: TagChoice) -> None:
        before = TagChoice.of(view)
        if after == before:
            return
        with user_errors(self):
            self.ctx.run(translate("Undo", "Edit tag"), excerpts.update_excerpt,
                         view.excerpt.id, indicator_ids=after.indicator_ids,
                         scope=self.scope, **after.fields())

    def _no_target(self) -> None:
        self.status_message.emit(translate(
            "ActivityView", "Put the cursor in tagged words, or choose an excerpt in the "
            "panel, first."))

    def cmd_edit_tag(self, excerpt_id: str | None = None) -> None:
        view = self.excerpt_view(excerpt_id) if excerpt_id else self._target_excerpt()
        if view is None:
            self._no_target()
            return
        editor = self.editor_for_entry(view.excerpt.entry_id) if view.excerpt.entry_id else None
        after = TagPicker.ask(self.ctx, quoted=view.excerpt.text, initial=TagChoice.of(view),
                              preferred_ids=self.preferred_indicators(editor), parent=self)
        if after is not None:
            self._change_tag(view, after)

    def cmd_toggle_star(self, excerpt_id: str | None = None) -> None:
        view = self.excerpt_view(excerpt_id) if excerpt_id else self._target_excerpt()
        if view is None:
            self._no_target()
            return
        choice = TagChoice.of(view)
        self._change_tag(view, replace(choice, starred=not choice.starred))

    def cmd_remove_tag(self, excerpt_id: str | None = None) -> None:
        view = self.excerpt_view(excerpt_id) if excerpt_id else self._target_excerpt()
        if view is None:
            self._no_target()
            return
        label = translate("Undo", "Remove tag %1").replace(
            "%1", self.ctx.codes(view.indicator_ids))
        with user_errors(self) as outcome:
            self.ctx.run(label, excerpts.delete_excerpt, view.excerpt.id, scope=self.scope)
        if not outcome.failed:
            self.status_message.emit(translate("ActivityView",
                                               "Tag removed (Ctrl+Z brings it back)."))

    def reveal_excerpt(self, excerpt_id: str) -> None:
        view = self.excerpt_view(excerpt_id)
        if view is None or not view.excerpt.entry_id or view.excerpt.detached:
            return
        editor = self.editor_for_entry(view.excerpt.entry_id)
        if editor is not None:
            self.show_editor(editor)
            editor.select_span(view.excerpt.start, view.excerpt.end)

    # Commands common to all modes

    def run_command(self, name: str) -> None:
        handler = getattr(self, f"cmd_{name}", None)
        if handler is None:
            self.status_message.emit(translate("ActivityView",
                                               "Not available for this kind of activity."))
            return
        handler()

    def cmd_excerpts_panel(self) -> None:
        self.side.setCurrentWidget(self.excerpt_panel)
        self.excerpt_panel.focus_table()

    def cmd_add_attachment(self) -> None:
        self.side.setCurrentWidget(self.attachments)
        self.attachments.add_with_dialog()

    def cmd_export_transcript(self, path: Path | None = None) -> Path | None:
        """The notes as a clean transcript for the participants' quote check (sitatsjekk)."""
        from digifelt.exports.transcript import export_transcript
        from digifelt.ui.export_registry import default_folder, file_stem, remember_folder

        if not self.flush():
            return None
        if path is None:
            stem = file_stem(self.ctx.path, QT_TRANSLATE_NOOP("ExportFileNames", "transcript"))
            suggested = default_folder(self.ctx.path, "transcript") / f"{stem}.docx"
            name, _filter = QFileDialog.getSaveFileName(
                self, translate("ActivityView", "Export transcript for quote check"),
                str(suggested), translate("ActivityView", "Word document (*.docx);;"
                                                          "Plain text (*.txt)"))
            if not name:
                return None
            path = Path(name)
            if path.suffix.lower() not in (".docx", ".txt"):
                path = path.with_suffix(".docx")
        with user_errors(self) as outcome:
            export_transcript(self.ctx.db, self.activity_id, path)
        if outcome.failed:
            return None
        remember_folder("transcript", path.parent)
        self.status_message.emit(translate("ActivityView", "Transcript written to %1.")
                                 .replace("%1", str(path)))
        return path

    def cmd_focus_notes(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            self.show_editor(editor)
