"""Survey mode: each question's answers per group as bars, its valence, and the free-text
answers to read and tag like any notes."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.models import VALENCES
from digifelt.core.services import entries, people, surveys
from digifelt.errors import DigifeltError
from digifelt.ui.capture.activity_view import ActivityView
from digifelt.ui.capture.notes_editor import NotesEditor
from digifelt.ui.capture.survey_bars import BarRow, DistributionBars
from digifelt.ui.errors import user_errors
from digifelt.ui.labels import kind_label, valence_label

ALL_GROUPS = "*"


class AnswerRow(QWidget):
    """One free-text answer: its own note, taggable; no link to the respondent's other answers."""

    def __init__(self, editor: NotesEditor, question_id: str | None, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.question_id = question_id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(editor, 1)


class QuestionCard(QFrame):
    """A scale question: its text and indicators, the bars per group, and its valence."""

    def __init__(self, view: "SurveyView", question: surveys.QuestionView, parent=None):
        super().__init__(parent)
        self.view = view
        self.question_id = question.question.id
        self.setObjectName("surveyQuestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.codes = QLabel()
        self.codes.setStyleSheet("color: palette(placeholder-text);")
        self.bars = DistributionBars()
        self.valence = QComboBox()
        self.valence.setObjectName("surveyValence")
        for key in VALENCES:
            self.valence.addItem(valence_label(key), key)
        self.valence.activated.connect(self._on_valence_chosen)
        self.proposal = QLabel()
        self.proposal.setStyleSheet("color: palette(placeholder-text);")
        valence_label_widget = QLabel(self.tr("&Valence:"))
        valence_label_widget.setBuddy(self.valence)
        bottom = QHBoxLayout()
        bottom.addWidget(valence_label_widget)
        bottom.addWidget(self.valence)
        bottom.addWidget(self.proposal, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.codes)
        layout.addWidget(self.bars)
        layout.addLayout(bottom)
        self.question = question
        self.shown = None
        self.set_question(question)

    def set_question(self, question: surveys.QuestionView) -> None:
        self.question = question
        self.shown = surveys.shown_distribution(question.question, self.view.group_names)
        self.text.setText(question.question.text)
        codes = self.view.ctx.codes(question.indicator_ids)
        self.codes.setText(self.tr("Indicators: %1").replace("%1", codes) if codes
                           else self.tr("No indicator"))
        self.valence.setAccessibleName(self.tr("Valence of «%1»").replace(
            "%1", question.question.text))
        self.valence.setCurrentIndex(max(0, self.valence.findData(question.question.valence)))
        share = self.shown.share_agreeing
        if share is None:
            self.proposal.setText(self.tr("Too few answers to propose a valence."))
        else:
            proposed = surveys.proposed_valence(self.shown.overall.counts or (),
                                                self.shown.overall.n)
            self.proposal.setText(self.tr("%1 % in the upper half of the scale; proposed: %2")
                                  .replace("%1", f"{100 * share:.0f}")
                                  .replace("%2", valence_label(proposed)))
        self.show_group(self.view.group_filter.currentData())

    def show_group(self, group_key: str | None) -> None:
        rows = [BarRow(self.tr("All"), self.shown.overall)]
        rows += [BarRow(cell.label, cell) for cell in self.shown.groups
                 if group_key in (None, ALL_GROUPS) or cell.key == group_key]
        self.bars.set_rows(self.shown.scale, rows)

    def _on_valence_chosen(self, _index: int) -> None:
        valence = self.valence.currentData()
        if valence == self.question.question.valence:
            return
        with user_errors(self) as outcome:
            self.view.ctx.run(self.tr("Set valence of %1").replace(
                "%1", self.question.question.text[:40]), surveys.set_question_valence,
                self.question_id, valence, scope=self.view.scope)
        if outcome.failed:
            self.valence.setCurrentIndex(self.valence.findData(self.question.question.valence))


class SurveyView(ActivityView):
    def __init__(self, ctx, activity_id: str, parent=None):
        super().__init__(ctx, activity_id, parent)
        # A survey is imported whole: there is no clock to run and nothing to mark done.
        self.clock.hide()
        self.done_button.hide()
        self.group_names = {g.id: g.name for g in people.list_groups(ctx.db)}
        self.questions = surveys.list_questions(ctx.db, activity_id)
        self.cards: list[QuestionCard] = []
        self.rows: list[AnswerRow] = []
        self.sections: list[tuple[QLabel, list[str], list[AnswerRow]]] = []

        self.group_filter = QComboBox()
        self.group_filter.setObjectName("surveyGroupFilter")
        self.group_filter.setAccessibleName(self.tr("Group"))
        self.group_filter.addItem(self.tr("All groups"), ALL_GROUPS)
        group_ids = dict.fromkeys(g for q in self.questions
                                  for g in (q.question.distribution or {}).get("groups", {}))
        for gid in sorted(group_ids, key=lambda g: self.group_names.get(g, "").casefold()):
            self.group_filter.addItem(self.group_names.get(gid, "?"), gid)
        self.indicator_filter = QComboBox()
        self.indicator_filter.setObjectName("surveyIndicatorFilter")
        self.indicator_filter.setAccessibleName(self.tr("Indicator"))
        self.indicator_filter.addItem(self.tr("All indicators"), None)
        linked = dict.fromkeys(i for q in self.questions for i in q.indicator_ids)
        for iid in sorted(linked, key=lambda i: self._sort_key(i)):
            indicator = ctx.indicator(iid)
            self.indicator_filter.addItem(f"{indicator.code} {indicator.title}"
                                          if indicator else "?", iid)
        self.group_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.indicator_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        group_label = QLabel(self.tr("Gro&up:"))
        group_label.setBuddy(self.group_filter)
        indicator_label = QLabel(self.tr("In&dicator:"))
        indicator_label.setBuddy(self.indicator_filter)
        bar = QHBoxLayout()
        bar.addWidget(group_label)
        bar.addWidget(self.group_filter)
        bar.addSpacing(12)
        bar.addWidget(indicator_label)
        bar.addWidget(self.indicator_filter, 1)

        self.cards_box = QWidget()
        self.cards_box.setObjectName("surveyQuestions")
        cards_layout = QVBoxLayout(self.cards_box)
        for question in self.questions:
            if question.question.kind == "scale":
                card = QuestionCard(self, question)
                self.cards.append(card)
                cards_layout.addWidget(card)
        if not self.cards:
            cards_layout.addWidget(QLabel(self.tr("This survey has no questions on a scale.")))
        cards_layout.addStretch(1)
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setWidget(self.cards_box)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.cards_scroll, 1)

        self.answers_box = QWidget()
        self.answers_box.setObjectName("surveyAnswers")
        self._answers_layout = QVBoxLayout(self.answers_box)
        self._build_answers()
        self._answers_layout.addStretch(1)
        self.answers_scroll = QScrollArea()
        self.answers_scroll.setWidgetResizable(True)
        self.answers_scroll.setWidget(self.answers_box)
        hint = QLabel(self.tr("Free-text answers, one note each. Alt+↓/↑: next/previous "
                              "answer · Ctrl+T: tag the sentence or selected words"))
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.answers_scroll, 1)
        bottom_layout.addWidget(hint)

        body = QSplitter(Qt.Orientation.Vertical)
        body.setObjectName("surveySplitter")
        body.addWidget(top)
        body.addWidget(bottom)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        self.set_content(body)
        self.apply_filters()
        if self.rows:
            QTimer.singleShot(0, lambda: self.show_editor(self.rows[0].editor))

    def _sort_key(self, indicator_id: str):
        indicator = self.ctx.indicator(indicator_id)
        code = indicator.code if indicator else ""
        return tuple(int(p) if p.isdigit() else 0 for p in code.split(".")), code

    # Free-text answers

    def _build_answers(self) -> None:
        notes = {e.id: e for e in entries.list_entries(self.ctx.db, self.activity_id)}
        placed: set[str] = set()
        for question in self.questions:
            if question.question.kind != "free_text":
                continue
            codes = self.ctx.codes(question.indicator_ids)
            title = question.question.text + (f"  [{codes}]" if codes else "")
            ids = [i for i in question.answer_ids if i in notes]
            placed.update(ids)
            self._add_section(title, question.question.id, question.indicator_ids,
                              [notes[i] for i in ids])
        rest = [e for e in notes.values() if e.id not in placed]
        if rest:
            self._add_section(self.tr("Other notes"), None, [], rest)
        if not self.rows:
            self._answers_layout.addWidget(QLabel(self.tr("This survey has no free-text "
                                                          "answers.")))

    def _add_section(self, title: str, question_id: str | None, indicator_ids: list[str],
                     notes: list) -> None:
        header = QLabel(title + f"  ({len(notes)})")
        header.setObjectName("surveyFreeTextQuestion")
        header.setWordWrap(True)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        self._answers_layout.addWidget(header)
        rows = []
        for entry in notes:
            editor = NotesEditor(self.ctx, activity_id=self.activity_id, entry=entry,
                                 question_id=None)
            editor.auto_height = True
            editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            row = AnswerRow(editor, question_id)
            self._answers_layout.addWidget(row)
            self.rows.append(row)
            rows.append(row)
            self.register_editor(editor)
        self.sections.append((header, list(indicator_ids), rows))

    # Filters

    def apply_filters(self) -> None:
        group = self.group_filter.currentData()
        indicator = self.indicator_filter.currentData()
        for card in self.cards:
            card.setVisible(indicator is None or indicator in card.question.indicator_ids)
            card.show_group(group)
        for header, indicator_ids, rows in self.sections:
            shown = indicator is None or indicator in indicator_ids
            header.setVisible(shown)
            for row in rows:
                row.setVisible(shown)

    def visible_cards(self) -> list[QuestionCard]:
        return [c for c in self.cards if not c.isHidden()]

    # What ActivityView asks of a mode

    def ensure_started(self) -> None:
        """Typing in an answer does not start an imported survey again."""

    def _update_header(self) -> None:
        super()._update_header()
        respondents = self.activity.headcount or 0
        self.state.setText(self.tr("%1 · respondents: %2").replace(
            "%1", kind_label(self.activity.kind)).replace("%2", str(respondents)))

    def _on_changed(self, changes) -> None:
        super()._on_changed(changes)
        if changes.touches("respondent_group"):  # renamed on the Plan page
            self.group_names = {g.id: g.name for g in people.list_groups(self.ctx.db)}
            for n in range(1, self.group_filter.count()):
                self.group_filter.setItemText(
                    n, self.group_names.get(self.group_filter.itemData(n), "?"))
        if changes.touches("survey_question", "respondent_group"):
            try:
                self.questions = surveys.list_questions(self.ctx.db, self.activity_id)
            except DigifeltError:
                return  # the survey is gone; the capture page closes this view
            by_id = {q.question.id: q for q in self.questions}
            for card in self.cards:
                if card.question_id in by_id:
                    card.set_question(by_id[card.question_id])

    def show_editor(self, editor) -> None:
        editor.setFocus()
        for row in self.rows:
            if row.editor is editor:
                QTimer.singleShot(0, lambda r=row: self.answers_scroll.ensureWidgetVisible(r))

    def preferred_indicators(self, editor) -> list[str]:
        row = next((r for r in self.rows if r.editor is editor), None)
        if row is None or row.question_id is None:
            return []
        question = next((q for q in self.questions if q.question.id == row.question_id), None)
        return list(question.indicator_ids) if question else []

    # Commands

    def _visible_rows(self) -> list[AnswerRow]:
        return [r for r in self.rows if not r.isHidden()]

    def _step(self, delta: int) -> None:
        rows = self._visible_rows()
        if not rows:
            return
        editor = self.current_editor()
        index = next((n for n, r in enumerate(rows) if r.editor is editor), -1)
        self.show_editor(rows[max(0, min(len(rows) - 1, index + delta))].editor)

    def cmd_next_question(self) -> None:
        self._step(1)

    def cmd_previous_question(self) -> None:
        self._step(-1)

    def cmd_end_activity(self) -> None:
        # Its dates are the survey's own (from the mapping); marking it done would overwrite them.
        self.status_message.emit(self.tr("A survey is imported whole: there is nothing to mark "
                                         "as done."))

    def cmd_focus_notes(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            self.show_editor(editor)
        else:
            self.group_filter.setFocus()
