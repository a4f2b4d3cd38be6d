"""The summary of one area: its indicators' levels at a glance, then summary, strengths and
improvement areas for the report's area chapter."""

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from digifelt.core.services import findings
from digifelt.ui.autosave import DebouncedSaver
from digifelt.ui.pages.findings_editor import assessor_names, edited_text

FIELDS = ("summary", "strengths", "improvements")


class AreaSummaryEditor(QWidget):
    saved = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.area = None
        self._summary = None  # AreaSummary snapshot, None until something is saved
        self._filling = False
        self._saver = DebouncedSaver(self._save, self)
        self.watches = ()  # the page's ChangeWatches, not to be requested by our own saves

        self.heading = QLabel()
        self.heading.setObjectName("areaHeading")
        self.heading.setWordWrap(True)
        self.framtidsbilde = QLabel()
        self.framtidsbilde.setWordWrap(True)
        self.framtidsbilde.setStyleSheet("color: palette(placeholder-text);")
        self.levels = QLabel()
        self.levels.setObjectName("areaLevels")
        self.levels.setWordWrap(True)
        self.levels.setTextFormat(Qt.TextFormat.RichText)
        self.last_edited = QLabel()
        self.last_edited.setStyleSheet("color: palette(placeholder-text);")

        self.editors: dict[str, QPlainTextEdit] = {}
        texts = QHBoxLayout()
        for name, title in (("summary", self.tr("Summary of the area")),
                            ("strengths", self.tr("Strengths")),
                            ("improvements", self.tr("Improvement areas"))):
            editor = QPlainTextEdit()
            editor.setObjectName(f"area_{name}")
            editor.setTabChangesFocus(True)
            editor.textChanged.connect(self._on_text_changed)
            self.editors[name] = editor
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(editor, 1)
            texts.addLayout(column, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.framtidsbilde)
        layout.addWidget(self.levels)
        layout.addWidget(self.last_edited)
        layout.addLayout(texts, 1)

    def load(self, area_view, finding_views: dict, scale: list) -> None:
        """`finding_views`: indicator id → FindingView for the indicators that have one."""
        self.flush()
        self._filling = True
        try:
            area = area_view.area
            self.area = area
            self._summary = next((s for s in findings.list_area_summaries(self.ctx.db)
                                  if s.area_id == area.id), None)
            self.heading.setText(f"<h3>{html.escape(area.code)} {html.escape(area.title)}</h3>")
            self.framtidsbilde.setText(area.description or "")
            self.framtidsbilde.setVisible(bool(area.description))
            labels = {level.value: level.label for level in scale}
            lines = []
            for ind in area_view.indicators:
                view = finding_views.get(ind.id)
                level = view.finding.level if view is not None else None
                state = view.finding.status if view is not None else "draft"
                shown = (f"{level} – {html.escape(labels.get(level, ''))}" if level is not None
                         else self.tr("no level yet"))
                status = {"agreed": self.tr("agreed"),
                          "not_assessed": self.tr("not assessed")}.get(state, self.tr("draft"))
                lines.append(f"<b>{html.escape(ind.code)}</b> {html.escape(ind.title)}: "
                             f"{shown} ({status})")
            self.levels.setText("<br>".join(lines))
            for name, editor in self.editors.items():
                editor.setPlainText((getattr(self._summary, name) or "") if self._summary
                                    else "")
            self.last_edited.setText(edited_text(self._summary, assessor_names(self.ctx.db)))
        finally:
            self._filling = False

    def _on_text_changed(self) -> None:
        if not self._filling and self.area is not None:
            self._saver.touch()

    def _save(self) -> None:
        changes = {}
        for name, editor in self.editors.items():
            text = editor.toPlainText()
            value = text if text.strip() else None
            if value != (getattr(self._summary, name) if self._summary else None):
                changes[name] = value
        if not changes:
            return
        self._summary = self.ctx.run_shown(
            self.watches, self.tr("Edit area summary"), findings.update_area_summary,
            self.area.id, author_id=self.ctx.author_id, scope="findings", **changes)
        self.last_edited.setText(edited_text(self._summary, assessor_names(self.ctx.db)))
        self.saved.emit()

    def flush(self) -> bool:
        return self._saver.flush()

    def text_editors(self) -> list[QPlainTextEdit]:
        return list(self.editors.values())
