"""Observation mode: a running log of time-stamped notes and the form's look-fors to tick."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import entries, guides
from digifelt.ui.capture.activity_view import ActivityView
from digifelt.ui.capture.notes_editor import NotesEditor
from digifelt.ui.errors import user_errors
from digifelt.ui.models.checklist import CheckItem, CheckListModel
from digifelt.ui.undo import TYPING


class LogRow(QWidget):
    """One note of the log: when it was written, the look-for it answers, the text."""

    def __init__(self, editor: NotesEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.stamp = QLabel()
        self.stamp.setObjectName("logStamp")
        self.stamp.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.stamp.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.stamp.setMinimumWidth(110)
        self.link = QLabel()
        self.link.setObjectName("logLink")
        self.link.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.link.setStyleSheet("color: palette(placeholder-text);")
        left = QVBoxLayout()
        left.addWidget(self.stamp)
        left.addWidget(self.link)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left)
        layout.addWidget(editor, 1)


class ObservationView(ActivityView):
    def __init__(self, ctx, activity_id: str, parent=None):
        super().__init__(ctx, activity_id, parent)
        self.form = (guides.get_guide(ctx.db, self.activity.guide_id)
                     if self.activity.guide_id else None)
        self._questions = {qv.question.id: qv for qv in (self.form.questions if self.form
                                                          else [])}
        self.rows: list[LogRow] = []

        self.log = QWidget()
        self.log.setObjectName("observationLog")
        self._log_layout = QVBoxLayout(self.log)
        self._log_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.log)
        hint = QLabel(self.tr("Enter: new time-stamped note · Shift+Enter: new line · "
                              "Ctrl+L: look-fors · Ctrl+T: tag the sentence or the selected words"))
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.scroll, 1)
        left_layout.addWidget(hint)

        self.lookfors = CheckListModel(parent=self)
        self.lookfor_view = QListView()
        self.lookfor_view.setObjectName("lookforList")
        self.lookfor_view.setAccessibleName(self.tr("Look-fors"))
        self.lookfor_view.setModel(self.lookfors)
        self.lookfor_view.setWordWrap(True)
        self.lookfor_view.setSpacing(2)
        title = (self.form.guide.title if self.form else
                 self.tr("No observation form chosen for this activity (see Plan)."))
        lookfor_box = QWidget()
        box_layout = QVBoxLayout(lookfor_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        header = QLabel(self.tr("Look-fors: %1").replace("%1", title))
        header.setWordWrap(True)
        box_layout.addWidget(header)
        box_layout.addWidget(self.lookfor_view, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setObjectName("observationSplitter")
        body.addWidget(left)
        body.addWidget(lookfor_box)
        # The notes take the room at 1280 px; look-fors wrap, and without a form there are none.
        body.setStretchFactor(0, 3 if self.form else 6)
        body.setStretchFactor(1, 1)

        for entry in entries.list_entries(ctx.db, activity_id):
            self._add_row(entry=entry)
        if not self.rows:
            self._add_row()
        self._refresh_lookfors()
        self.lookfors.toggled.connect(self._on_lookfor_toggled)
        self.set_content(body)
        QTimer.singleShot(0, lambda: self.show_editor(self.rows[-1].editor))

    # Log rows

    def _add_row(self, *, entry=None, question_id=None, offset_s=None) -> LogRow:
        editor = NotesEditor(self.ctx, activity_id=self.activity_id, entry=entry,
                             question_id=question_id, offset_s=offset_s)
        editor.auto_height = True
        editor.submit_on_enter = True
        editor.setPlaceholderText(self.tr("What do you see? Enter starts the next note."))
        editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor.submit_requested.connect(self._on_submit)
        editor.entry_created.connect(lambda _e: self._refresh_lookfors())
        row = LogRow(editor)
        self._log_layout.insertWidget(self._log_layout.count() - 1, row)
        self.rows.append(row)
        self.register_editor(editor)
        self._update_row(row)
        return row

    def _update_row(self, row: LogRow) -> None:
        offset = row.editor.offset_s
        if offset is None or self.activity.started_at is None:
            row.stamp.setText("")
        else:
            wall = (self.activity.started_at + timedelta(seconds=offset)).astimezone()
            minutes, seconds = divmod(int(offset), 60)
            row.stamp.setText(f"{wall:%H:%M}  +{minutes:02d}:{seconds:02d}")
        qv = self._questions.get(row.editor.question_id)
        row.link.setText(qv.question.text.split()[0] if qv else "")
        row.link.setToolTip(qv.question.text if qv else "")

    def _offset_now(self) -> float:
        self.ensure_started()
        start = self.activity.started_at or datetime.now(UTC)
        return max(0.0, (datetime.now(UTC) - start).total_seconds())

    def new_note(self, question_id: str | None = None) -> LogRow:
        row = self._add_row(question_id=question_id, offset_s=self._offset_now())
        self.show_editor(row.editor)
        return row

    def _on_submit(self, editor) -> None:
        last = self.rows[-1].editor
        if editor is last and not editor.plain_text().strip():
            return  # the empty note at the end is already the new one
        editor.flush()
        if not last.plain_text().strip() and last.entry_id is None:
            self.show_editor(last)
            return
        self.new_note()

    def _on_editor_edited(self, editor) -> None:
        first_text = editor.offset_s is None and editor.entry_id is None
        super()._on_editor_edited(editor)
        if first_text:
            editor.offset_s = self._offset_now()
            for row in self.rows:
                if row.editor is editor:
                    self._update_row(row)

    def show_editor(self, editor) -> None:
        editor.setFocus()
        for row in self.rows:
            if row.editor is editor:
                QTimer.singleShot(0, lambda r=row: self.scroll.ensureWidgetVisible(r))

    # Look-fors

    def _refresh_lookfors(self) -> None:
        items = [CheckItem(q_id, f"{qv.question.text}  [{self.ctx.codes(qv.indicator_ids)}]"
                           if qv.indicator_ids else qv.question.text, qv.question.text)
                 for q_id, qv in self._questions.items()]
        linked = {row.editor.question_id for row in self.rows if row.editor.question_id}
        self.lookfors.set_items(items, checked=list(linked))

    def _on_lookfor_toggled(self, question_id: str, checked: bool) -> None:
        if checked:
            row = self.new_note(question_id)
            with user_errors(self):
                entry = self.ctx.run(TYPING, entries.add_entry, activity_id=self.activity_id,
                                     text="", question_id=question_id,
                                     offset_s=row.editor.offset_s, author_id=self.ctx.author_id,
                                     scope=self.scope, mode="untracked")
                row.editor.entry_id = entry.id
            return
        for row in list(self.rows):
            if row.editor.question_id != question_id:
                continue
            row.editor.flush()
            with user_errors(self):
                if not row.editor.plain_text().strip() and len(self.rows) > 1:
                    if row.editor.entry_id:
                        self.ctx.run(TYPING, entries.delete_entry, row.editor.entry_id,
                                     scope=self.scope, mode="untracked")
                    self._remove_row(row)
                    continue
                if row.editor.entry_id:
                    self.ctx.run(TYPING, entries.update_entry, row.editor.entry_id,
                                 question_id="", scope=self.scope, mode="untracked")
                row.editor.question_id = None
                self._update_row(row)

    def _remove_row(self, row: LogRow) -> None:
        row.editor.discard_pending()
        self.unregister_editor(row.editor)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()

    def preferred_indicators(self, editor) -> list[str]:
        if editor is not None and editor.question_id in self._questions:
            return list(self._questions[editor.question_id].indicator_ids)
        ids = [i for qv in self._questions.values() for i in qv.indicator_ids]
        return list(dict.fromkeys(ids))

    # Commands

    def _step(self, delta: int) -> None:
        editor = self.current_editor()
        index = next((n for n, r in enumerate(self.rows) if r.editor is editor), 0)
        self.show_editor(self.rows[max(0, min(len(self.rows) - 1, index + delta))].editor)

    def cmd_next_question(self) -> None:
        self._step(1)

    def cmd_previous_question(self) -> None:
        self._step(-1)

    def cmd_free_notes(self) -> None:
        self.show_editor(self.rows[-1].editor)

    def cmd_lookfors(self) -> None:
        self.lookfor_view.setFocus()
        if not self.lookfor_view.currentIndex().isValid() and self.lookfors.rowCount():
            self.lookfor_view.setCurrentIndex(self.lookfors.index(0))
