"""The document-review checklist beside a review: its questions with their indicators, the
current one's indicators offered first when tagging, and which questions have evidence yet."""

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from digifelt.core.services import guides
from digifelt.ui.models.roles import Role


class ReviewChecklist(QWidget):
    current_changed = Signal()

    def __init__(self, ctx, guide_id: str | None, activity_id: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.guide = (guides.get_guide(ctx.db, guide_id, activity_id=activity_id)
                      if guide_id else None)
        self.heading = QLabel(html.escape(self.guide.guide.title) if self.guide else "")
        self.heading.setObjectName("checklistTitle")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.list = QListWidget()
        self.list.setObjectName("reviewChecklist")
        self.list.setAccessibleName(self.tr("Questions of the checklist"))
        self.list.setWordWrap(True)
        # Moved through with Alt+↓/↑ from the notes and the excerpt, like an interview guide.
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.detail = QLabel()
        self.detail.setObjectName("checklistIndicators")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        hint = QLabel(self.tr("Alt+↓/↑ next/previous question: its indicators come first "
                              "when you tag"))
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self._covered: set[str] = set()
        for number, qv in enumerate(self.guide.questions if self.guide else [], start=1):
            item = QListWidgetItem()
            item.setData(Role.QUESTION, qv)
            item.setData(Role.NUMBER, number)
            self.list.addItem(item)
        self._relabel()
        self.list.currentRowChanged.connect(self._on_row_changed)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.setVisible(self.guide is not None)

    def questions(self) -> list:
        return [self.list.item(n).data(Role.QUESTION)
                for n in range(self.list.count())]

    def current_indicators(self) -> list[str]:
        item = self.list.currentItem()
        return list(item.data(Role.QUESTION).indicator_ids) if item else []

    def step(self, delta: int) -> None:
        if self.list.count():
            row = max(0, min(self.list.currentRow() + delta, self.list.count() - 1))
            self.list.setCurrentRow(row)

    def set_covered(self, indicator_ids: set[str]) -> None:
        """Indicators the review's excerpts are tagged to: their questions are marked ●."""
        if indicator_ids != self._covered:
            self._covered = set(indicator_ids)
            self._relabel()

    def _relabel(self) -> None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            qv = item.data(Role.QUESTION)
            codes = self.ctx.codes(qv.indicator_ids) if qv.indicator_ids else ""
            mark = "● " if self._covered.intersection(qv.indicator_ids) else "○ "
            number = item.data(Role.NUMBER)
            item.setText(f"{mark}{number}. {qv.question.text}" + (f"  [{codes}]" if codes else ""))
            item.setToolTip(f"{qv.question.text}\n{codes}" if codes else qv.question.text)

    def _on_row_changed(self, _row: int) -> None:
        by_id = {i.id: i for i in self.ctx.indicators()}
        shown = [by_id[i] for i in self.current_indicators() if i in by_id]
        self.detail.setText("<br>".join(f"<b>{html.escape(i.code)}</b> {html.escape(i.title)}"
                                        for i in shown))
        self.detail.setVisible(bool(shown))
        self.current_changed.emit()
