"""Interview mode: the guide's questions in order, a notes editor per question, free notes."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import activities, entries, guides
from digifelt.ui.capture.activity_view import ActivityView
from digifelt.ui.capture.consent import ConsentBar
from digifelt.ui.capture.notes_editor import NotesEditor
from digifelt.ui.dialogs.question import QuestionDialog
from digifelt.ui.errors import user_errors
from digifelt.ui.models.outline import OutlineModel, OutlineRow


class QuestionPage(QWidget):
    """One question: its text, its indicators, and the notes editor."""

    def __init__(self, ctx, editor: NotesEditor, number: int, total: int, text: str,
                 indicator_ids: list[str], own: bool = False, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.number = number  # 0 for free notes
        self.own = own  # an ad-hoc question of this interview, not of the guide
        self.indicator_ids = list(indicator_ids)
        self.heading = QLabel(self.tr("Notes outside the guide"))
        self.heading.setStyleSheet("color: palette(placeholder-text);")
        self.relabel(total)
        self.question = QLabel(text)
        self.question.setObjectName("questionText")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.question.setFont(font)
        self.indicators = QLabel()
        self.indicators.setObjectName("questionIndicators")
        self.indicators.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addWidget(self.indicators)
        layout.addWidget(editor, 1)
        self.set_indicators(ctx, indicator_ids)  # after the layout: setVisible on a parentless
        # label would flash it as a window of its own

    def relabel(self, total: int) -> None:
        """'Question 3 of 26' stays right when an ad-hoc question is added."""
        if self.number:
            text = (self.tr("Question %1 of %2 · asked in this interview only") if self.own
                    else self.tr("Question %1 of %2"))
            self.heading.setText(text.replace("%1", str(self.number)).replace("%2", str(total)))

    def set_indicators(self, ctx, indicator_ids: list[str]) -> None:
        by_id = {i.id: i for i in ctx.indicators()}
        shown = [by_id[i] for i in indicator_ids if i in by_id]
        self.indicators.setText("   ".join(f"<b>{i.code}</b> {i.title}" for i in shown))
        self.indicators.setToolTip("\n\n".join(f"{i.code} {i.title}: {i.description or ''}"
                                               for i in shown))
        self.indicators.setVisible(bool(shown))


class InterviewView(ActivityView):
    def __init__(self, ctx, activity_id: str, parent=None):
        super().__init__(ctx, activity_id, parent)
        self.guide = self._read_guide()
        self.outline = OutlineModel(self)
        self.outline_view = QListView()
        self.outline_view.setObjectName("interviewOutline")
        self.outline_view.setAccessibleName(self.tr("Questions of the guide"))
        self.outline_view.setModel(self.outline)
        self.outline_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline_view.setUniformItemSizes(True)
        self.outline_view.setSpacing(1)
        self.outline_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.pages = QStackedWidget()
        self.pages.setObjectName("questionPages")
        self._build_pages()
        self.outline_view.selectionModel().currentRowChanged.connect(self._on_row_changed)

        hint = QLabel(self.tr("Alt+↓/↑ next/previous question · Ctrl+T tag the sentence or the "
                              "selected words · Ctrl+Shift+N ad-hoc question"))
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.consent = ConsentBar(ctx, activity_id, self.scope)
        right_layout.addWidget(self.consent)
        right_layout.addWidget(self.pages, 1)
        right_layout.addWidget(hint)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setObjectName("interviewSplitter")
        body.addWidget(self.outline_view)
        body.addWidget(right)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 3)
        body.setSizes([230, 640])
        self.set_content(body)
        self.go_to(0)

    def activity_reloaded(self) -> None:
        self.consent.show_activity(self.activity)

    # Building

    def _read_guide(self):
        """The guide's questions with this interview's own ad-hoc ones among them."""
        if self.activity.guide_id is None:
            return None
        return guides.get_guide(self.ctx.db, self.activity.guide_id, activity_id=self.activity_id)

    def _build_pages(self) -> None:
        by_question: dict[str | None, list] = {}
        for entry in entries.list_entries(self.ctx.db, self.activity_id):
            by_question.setdefault(entry.question_id, []).append(entry)
        questions = self.guide.questions if self.guide else []
        rows = []
        for number, qv in enumerate(questions, start=1):
            for entry in by_question.pop(qv.question.id, None) or [None]:
                rows.append(self._add_page(qv.question.id, qv.question.text, qv.indicator_ids,
                                           number, len(questions), entry,
                                           own=qv.question.activity_id is not None))
        leftovers = [e for key, group in by_question.items() for e in group]  # free notes
        for entry in leftovers or [None]:
            rows.append(self._add_page(None, self.tr("Free notes"), [], 0, len(questions),
                                       entry))
        self.outline.set_rows(rows)

    def _add_page(self, question_id, text, indicator_ids, number, total, entry,
                  own: bool = False) -> OutlineRow:
        editor = NotesEditor(self.ctx, activity_id=self.activity_id, entry=entry,
                             question_id=question_id)
        editor.setPlaceholderText(self.tr("Type the answer… Select words and press Ctrl+T to "
                                          "tag them."))
        page = QuestionPage(self.ctx, editor, number if question_id else 0, total, text,
                            indicator_ids, own)
        key = self.pages.addWidget(page)
        self.register_editor(editor)
        editor.edited.connect(lambda e, k=key: self.outline.set_has_notes(
            k, bool(e.plain_text().strip())))
        codes = self.ctx.codes(indicator_ids) if indicator_ids else ""
        return OutlineRow(key=key, question_id=question_id, text=text, codes=codes,
                          number=number, has_notes=bool(entry and entry.text.strip()))

    # Navigation

    def current_row(self) -> int:
        return self.outline_view.currentIndex().row()

    def go_to(self, row: int) -> None:
        if not 0 <= row < self.outline.rowCount():
            return
        self.outline_view.selectionModel().setCurrentIndex(
            self.outline.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._on_row_changed(self.outline.index(row, 0))

    def _on_row_changed(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        page = self.pages.widget(self.outline.row_at(current.row()).key)
        old = self.pages.currentWidget()
        if old is not None and old is not page:
            old.editor.flush()
        self.pages.setCurrentWidget(page)
        page.editor.setFocus()
        self._on_editor_focused(page.editor)

    def show_editor(self, editor) -> None:
        for row in range(self.outline.rowCount()):
            if self.pages.widget(self.outline.row_at(row).key).editor is editor:
                if row != self.current_row():
                    self.go_to(row)
                break
        editor.setFocus()

    def current_page(self) -> QuestionPage:
        return self.pages.currentWidget()

    def preferred_indicators(self, editor) -> list[str]:
        for n in range(self.pages.count()):
            page = self.pages.widget(n)
            if page.editor is editor:
                return page.indicator_ids
        return []

    def cmd_next_question(self) -> None:
        self.go_to(min(self.current_row() + 1, self.outline.rowCount() - 1))

    def cmd_previous_question(self) -> None:
        self.go_to(max(self.current_row() - 1, 0))

    def cmd_free_notes(self) -> None:
        for row in range(self.outline.rowCount()):
            if self.outline.row_at(row).question_id is None:
                self.go_to(row)
                return

    def cmd_adhoc_question(self) -> None:
        dialog = QuestionDialog(self.ctx, title=self.tr("Ad-hoc question"), offer_guide=True,
                                parent=self)
        if not dialog.exec():
            self.cmd_focus_notes()
            return
        text, indicator_ids = dialog.values()
        shared = dialog.add_to_guide()
        activity = self.activity
        with user_errors(self) as outcome, self.ctx.op(self.tr("Ad-hoc question"),
                                                       scope=self.scope, mode="untracked"):
            # A guide (if there is none yet), its link and the question: one commit.
            if activity.guide_id is None:
                guide = guides.add_guide(self.ctx.db, kind="interview", title=activity.title)
                activity = activities.update_activity(self.ctx.db, self.activity_id,
                                                      guide_id=guide.id)
            question = guides.add_question(self.ctx.db, guide_id=activity.guide_id,
                                           text=text, indicator_ids=indicator_ids,
                                           activity_id=None if shared else self.activity_id)
        if outcome.failed:
            return
        self.activity = activity
        self.guide = self._read_guide()
        # Insert before the free notes so the outline keeps the guide's order.
        rows = self.outline.rows()
        insert_at = next((n for n, r in enumerate(rows) if r.question_id is None), len(rows))
        total = len(self.guide.questions)
        row = self._add_page(question.id, text, indicator_ids, total, total, None,
                             own=not shared)
        rows.insert(insert_at, row)
        self.outline.set_rows(rows)
        for n in range(self.pages.count()):
            self.pages.widget(n).relabel(total)
        self.go_to(insert_at)
        self.status_message.emit(self.tr("Ad-hoc question added to this interview and the guide.")
                                 if shared else
                                 self.tr("Ad-hoc question added to this interview only."))
