"""The finding for one indicator: level on the scale, strengths, improvement areas, suggested
actions, reflection questions, the supporting quotes in order, draft/agreed or deliberately
not assessed, and who edited it last."""

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import findings, matrix, people, rubric
from digifelt.ui.autosave import DebouncedSaver
from digifelt.ui.errors import user_errors
from digifelt.ui.i18n import translate
from digifelt.ui.pages.findings_calibration import ProvisionalEditor
from digifelt.ui.pages.findings_quotes import QuotesEditor

TEXT_FIELDS = ("strengths", "improvements", "actions", "reflection")
NOT_ASSESSED = "not_assessed"
NO_LEVEL = -1  # combo data of "no level yet" (None would come back from Qt miscounted)


def edited_text(record, assessors: dict[str, str]) -> str:
    """'Last edited by TA at 2026-09-14 10:32' (local time), or that nothing is written yet."""
    if record is None or record.updated_at is None:
        return translate("Findings", "Not written yet.")
    who = assessors.get(record.author_id or "", "?")
    when = record.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return translate("Findings", "Last edited by %1 at %2").replace("%1", who).replace(
        "%2", when)


def assessor_names(db) -> dict[str, str]:
    return {a.id: a.initials or a.name for a in people.list_assessors(db)}


class FindingEditor(QWidget):
    saved = Signal(object)  # the FindingView after each successful save
    open_requested = Signal(str, str)  # activity id, excerpt id

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.indicator = None
        self._finding = None  # the Finding snapshot shown (None: nothing saved yet)
        self._filling = False
        self._assessors: dict[str, str] = {}
        self._scale: dict[int, object] = {}
        self._saver = DebouncedSaver(self._save_texts, self)
        self.watches = ()  # the page's ChangeWatches, not to be requested by our own saves

        self.heading = QLabel()
        self.heading.setObjectName("findingHeading")
        self.heading.setWordWrap(True)
        self.framtidsbilde = QLabel()
        self.framtidsbilde.setObjectName("findingFramtidsbilde")
        self.framtidsbilde.setWordWrap(True)
        self.framtidsbilde.setStyleSheet("color: palette(placeholder-text);")
        self.framtidsbilde.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.level = QComboBox()
        self.level.setObjectName("findingLevel")
        self.level.currentIndexChanged.connect(self._on_level_changed)
        self.level_description = QLabel()
        self.level_description.setObjectName("levelDescription")
        self.level_description.setWordWrap(True)
        self.agreed = QCheckBox(self.tr("Agreed by the team"))
        self.agreed.setObjectName("findingAgreed")
        self.agreed.setToolTip(self.tr("Unticked: a draft. Ticked: the team agrees on the level "
                                       "and the texts."))
        self.agreed.toggled.connect(self._on_agreed_toggled)
        self.not_assessed = QCheckBox(self.tr("Not assessed"))
        self.not_assessed.setObjectName("findingNotAssessed")
        self.not_assessed.setToolTip(self.tr(
            "Ticked: the team decided not to assess this indicator; it gets no level and the "
            "report says it was not assessed. Unticked: a draft again."))
        self.not_assessed.toggled.connect(self._on_not_assessed_toggled)
        self.last_edited = QLabel()
        self.last_edited.setObjectName("findingLastEdited")
        self.last_edited.setStyleSheet("color: palette(placeholder-text);")

        self.editors: dict[str, QPlainTextEdit] = {}
        texts = QWidget()
        texts_layout = QHBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        for name, title, hint in (
                ("strengths", self.tr("Strengths (dette fungerer godt)"),
                 self.tr("What works well, with the evidence for it…")),
                ("improvements", self.tr("Improvement areas (forbedringsområder)"),
                 self.tr("What should improve…")),
                ("actions", self.tr("Suggested actions (forslag til tiltak)"),
                 self.tr("What the organisation could do…")),
                ("reflection", self.tr("Reflection questions (refleksjonsspørsmål)"),
                 self.tr("Questions for the organisation to discuss…"))):
            editor = QPlainTextEdit()
            editor.setObjectName(f"finding_{name}")
            editor.setTabChangesFocus(True)
            editor.setPlaceholderText(hint)
            editor.textChanged.connect(self._on_text_changed)
            self.editors[name] = editor
            column = QVBoxLayout()
            label = QLabel(f"<b>{title}</b>")
            label.setWordWrap(True)  # four side by side must fit a 1280 px screen
            column.addWidget(label)
            column.addWidget(editor, 1)
            texts_layout.addLayout(column, 1)

        # The assessor's own level before moderation: kept apart from the agreed level above.
        self.provisional = ProvisionalEditor(ctx)

        self.quotes = QuotesEditor(ctx)
        self.quotes.changed.connect(self._on_quotes_changed)
        self.quotes.open_requested.connect(self.open_requested)

        level_row = QHBoxLayout()
        level_row.addWidget(QLabel(self.tr("Level:")))
        level_row.addWidget(self.level)
        level_row.addSpacing(16)
        level_row.addWidget(self.agreed)
        level_row.addWidget(self.not_assessed)
        level_row.addStretch(1)
        level_row.addWidget(self.last_edited)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("findingSplitter")
        self.splitter.addWidget(texts)
        self.splitter.addWidget(self.quotes)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.framtidsbilde)
        layout.addLayout(level_row)
        layout.addWidget(self.level_description)
        layout.addWidget(self.provisional)
        layout.addWidget(self.splitter, 1)

    # Loading

    def load(self, indicator, view) -> None:
        """Show `indicator` with its FindingView (None when nothing is saved for it yet)."""
        self.flush()
        self._filling = True
        try:
            self.indicator = indicator
            self._finding = view.finding if view is not None else None
            self._assessors = assessor_names(self.ctx.db)
            self._fill_levels()
            from digifelt.ui.pages.actions_previous import previous_level_html

            self.heading.setText(f"<h3>{html.escape(indicator.code)} "
                                 f"{html.escape(indicator.title)}</h3>"
                                 + previous_level_html(self.ctx.db, indicator.id))
            self.framtidsbilde.setText(indicator.description or "")
            self.framtidsbilde.setVisible(bool(indicator.description))
            f = self._finding
            self._show_level_and_status()
            for name, editor in self.editors.items():
                editor.setPlainText((getattr(f, name) or "") if f else "")
            self._show_edited()
            chosen = matrix.evidence_items(self.ctx.db, view.excerpt_ids) if view else []
            self.quotes.set_quotes(indicator.id, chosen)
        finally:
            self._filling = False
        self.provisional.load(indicator)

    def _fill_levels(self) -> None:
        self._scale = {level.value: level for level in rubric.list_scale(self.ctx.db)}
        self.level.clear()
        self.level.addItem(self.tr("— no level yet —"), NO_LEVEL)
        for value, level in sorted(self._scale.items()):
            self.level.addItem(f"{value} – {level.label}", value)
            self.level.setItemData(self.level.count() - 1, level.description or level.label,
                                   Qt.ItemDataRole.ToolTipRole)

    def current_level(self) -> int | None:
        value = self.level.currentData()
        return None if value == NO_LEVEL else value

    def _show_level_description(self) -> None:
        level = self._scale.get(self.level.currentData())
        self.level_description.setText(
            f"<i>{html.escape(level.description or level.label)}</i>" if level is not None
            else self.tr("<i>Choose the level on the scale that the evidence supports.</i>"))

    def _show_edited(self) -> None:
        self.last_edited.setText(edited_text(self._finding, self._assessors))

    # Saving

    def _write(self, label: str, **changes):
        """One undoable operation; the FindingView it saved."""
        return self.ctx.run_shown(self.watches, label, findings.update_finding,
                                  self.indicator.id, author_id=self.ctx.author_id,
                                  scope="findings", **changes)

    def _update(self, label: str, **changes) -> bool:
        """One operation; the result is shown and announced."""
        with user_errors(self) as outcome:
            view = self._write(label, **changes)
        if outcome.failed:
            return False
        self._finding = view.finding
        self._assessors = assessor_names(self.ctx.db)
        self._show_edited()
        self.saved.emit(view)
        return True

    def _on_text_changed(self) -> None:
        if not self._filling and self.indicator is not None:
            self._saver.touch()

    def _save_texts(self) -> None:
        changes = {}
        for name, editor in self.editors.items():
            text = editor.toPlainText()
            value = text if text.strip() else None
            if value != (getattr(self._finding, name) if self._finding else None):
                changes[name] = value
        if not changes:
            return
        view = self._write(self.tr("Edit finding"), **changes)
        self._finding = view.finding
        self._show_edited()
        self.saved.emit(view)

    def _on_level_changed(self, _index: int) -> None:
        self._show_level_description()
        if not self._filling and self.indicator is not None \
                and not self._update(self.tr("Set level"), level=self.current_level()):
            self._show_saved_state()

    def _on_agreed_toggled(self, checked: bool) -> None:
        if self._filling or self.indicator is None:
            return
        self.flush()  # what the team agrees on is the text on screen
        if not self._update(self.tr("Mark as agreed") if checked else self.tr("Mark as draft"),
                            status="agreed" if checked else "draft"):
            self._show_saved_state()

    def _on_not_assessed_toggled(self, checked: bool) -> None:
        if self._filling or self.indicator is None:
            return
        self.flush()
        label = self.tr("Mark as not assessed") if checked else self.tr("Mark as draft")
        self._update(label, status=NOT_ASSESSED if checked else "draft")
        self._show_saved_state()  # the level it cleared, or the refusal

    def _show_level_and_status(self) -> None:
        """Level and status of the finding shown; a finding not assessed has no level to
        choose and cannot be agreed until it is assessed."""
        f = self._finding
        status = f.status if f is not None else "draft"
        level = f.level if f is not None and f.level is not None else NO_LEVEL
        self.level.setCurrentIndex(max(0, self.level.findData(level)))
        self._show_level_description()
        self.agreed.setChecked(status == "agreed")
        self.not_assessed.setChecked(status == NOT_ASSESSED)
        self.level.setEnabled(status != NOT_ASSESSED)
        self.agreed.setEnabled(status != NOT_ASSESSED)
        if status == NOT_ASSESSED:
            self.level_description.setText(self.tr(
                "<i>Not assessed: the report states that this indicator was not assessed.</i>"))

    def _show_saved_state(self) -> None:
        """Level and status as stored (after a change, or after it was refused)."""
        self._filling = True
        try:
            self._show_level_and_status()
        finally:
            self._filling = False

    def _on_quotes_changed(self, ids: list) -> None:
        if not self._filling and self.indicator is not None:
            self._update(self.tr("Choose quotes"), excerpt_ids=ids)

    def reload_quotes(self) -> None:
        """The chosen quotes and the evidence to choose from, read again (texts untouched)."""
        if self.indicator is None:
            return
        view = findings.get_finding(self.ctx.db, self.indicator.id)
        self._filling = True
        try:
            self.quotes.set_quotes(self.indicator.id,
                                   matrix.evidence_items(self.ctx.db, view.excerpt_ids))
        finally:
            self._filling = False
        self.quotes.evidence.reload()

    def flush(self) -> bool:
        saved = self._saver.flush()
        return self.provisional.flush() and saved

    def text_editors(self) -> list[QPlainTextEdit]:
        return list(self.editors.values())
