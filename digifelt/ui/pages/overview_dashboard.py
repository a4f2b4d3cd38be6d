"""The state of the visit at a glance (embedded in the Overview page): activities done by kind
and group, indicators with evidence, triangulation, findings with a level and agreed."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QWidget,
)

from digifelt.core.services.dashboard import dashboard
from digifelt.ui.labels import kind_plural_label
from digifelt.ui.runner import Runner

# What the figures count; typed text (entry) is not among them.
COUNTED_KINDS = ("activity", "respondent_group", "area", "indicator", "excerpt", "finding",
                 "survey_question")
MAX_CODES = 12  # indicator codes listed under a bar before "…"


class OverviewDashboard(QWidget):
    refreshed = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.figures = None  # the last core.services.dashboard.Dashboard
        self._stale = True
        self._loader = Runner(self, latest_wins=True)
        self._loader.finished.connect(self._on_loaded)

        self.activities_box = QGroupBox(self.tr("Activities done"))
        self.activities_box.setObjectName("dashboardActivities")
        self.activities_grid = QGridLayout(self.activities_box)
        self.evidence_box = QGroupBox(self.tr("Evidence and findings"))
        self.evidence_box.setObjectName("dashboardEvidence")
        self.evidence_grid = QGridLayout(self.evidence_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.activities_box, 1)
        layout.addWidget(self.evidence_box, 1)
        self.bars: dict[str, QProgressBar] = {}  # by key, for tests and screen readers
        self.notes: dict[str, QLabel] = {}

        self.recounts = 0  # dashboard reads started
        ctx.watch(self, COUNTED_KINDS, self.refresh)

    # Refreshing

    @property
    def busy(self) -> bool:
        return self._loader.busy

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:  # the first time; later changes come through the watch
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.recounts += 1
        db = self.ctx.db
        self._loader.start(lambda: dashboard(db))

    def _on_loaded(self, figures) -> None:
        self.figures = figures
        self._fill_activities(figures)
        self._fill_evidence(figures)
        self.refreshed.emit()

    # Building

    @staticmethod
    def _clear(grid: QGridLayout) -> None:
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _bar(self, key: str, value: int, maximum: int, tip: str = "") -> QProgressBar:
        bar = QProgressBar()
        bar.setObjectName(f"dashboard_{key}")
        bar.setRange(0, max(1, maximum))
        bar.setValue(min(value, max(1, maximum)) if maximum else 0)
        bar.setFormat(self.tr("%1 of %2").replace("%1", str(value)).replace("%2", str(maximum)))
        bar.setToolTip(tip)
        self.bars[key] = bar
        return bar

    def _row(self, grid: QGridLayout, label: str, bar: QProgressBar, note: str = "",
             key: str = "") -> None:
        row = grid.rowCount()
        grid.addWidget(QLabel(label), row, 0)
        grid.addWidget(bar, row, 1)
        detail = QLabel(note)
        detail.setStyleSheet("color: palette(placeholder-text);")
        detail.setWordWrap(True)
        grid.addWidget(detail, row, 2)
        if key:
            self.notes[key] = detail

    def _fill_activities(self, d) -> None:
        self._clear(self.activities_grid)
        for p in d.by_kind:
            c = p.counts
            note = self.tr("%1 planned, %2 in progress").replace("%1", str(c.planned)).replace(
                "%2", str(c.in_progress))
            if p.key == "survey":  # imported when done: who answered says more
                note = self.tr("%1 respondents").replace("%1", str(p.people))
            elif p.key == "workshop" and p.people:
                note += " · " + self.tr("%1 taking part").replace("%1", str(p.people))
            self._row(self.activities_grid, kind_plural_label(p.key),
                      self._bar(f"kind_{p.key}", c.done, c.total), note, f"kind_{p.key}")
        heading = QLabel(self.tr("<b>By respondent group</b>"))
        self.activities_grid.addWidget(heading, self.activities_grid.rowCount(), 0, 1, 3)
        for p in d.by_group:
            c = p.counts
            name = f"⚠ {p.label}" if p.small else p.label
            # Small is per session (privacy.is_small_group): name the smallest session.
            tip = (self.tr("%1 people heard so far; a session had %2 (fewer than five, or not "
                           "counted), so a quote may identify someone.")
                   .replace("%1", str(p.people))
                   .replace("%2", "?" if p.smallest is None else str(p.smallest)) if p.small
                   else self.tr("%1 people heard so far.").replace("%1", str(p.people)))
            note = (self.tr("not planned yet") if not c.total else
                    self.tr("%1 planned, %2 in progress").replace("%1", str(c.planned))
                    .replace("%2", str(c.in_progress)))
            bar = self._bar(f"group_{p.label}", c.done, c.total, tip)
            self._row(self.activities_grid, name, bar, note, f"group_{p.label}")

    def _codes(self, refs: list) -> tuple[str, str]:
        codes = [r.code for r in refs[:MAX_CODES]]
        text = ", ".join(codes) + (" …" if len(refs) > MAX_CODES else "")
        tip = "\n".join(f"{r.code} {r.title}" for r in refs)
        return text, tip

    def _fill_evidence(self, d) -> None:
        self._clear(self.evidence_grid)
        missing, missing_tip = self._codes(d.without_evidence)
        self._row(self.evidence_grid, self.tr("Indicators with evidence"),
                  self._bar("with_evidence", d.with_evidence, d.indicators, missing_tip),
                  self.tr("none yet: %1").replace("%1", missing) if missing else "", "missing")
        flagged, flagged_tip = self._codes(d.not_triangulated)
        self._row(self.evidence_grid, self.tr("Triangulated"),
                  self._bar("triangulated", d.triangulated, d.indicators, flagged_tip),
                  self.tr("need more: %1").replace("%1", flagged) if flagged else "",
                  "untriangulated")
        self._row(self.evidence_grid, self.tr("Findings with a level"),
                  self._bar("levels", d.levels_set, d.indicators))
        self._row(self.evidence_grid, self.tr("Findings agreed"),
                  self._bar("agreed", d.agreed, d.indicators))
        summary = QLabel(self.tr("%n excerpt(s), %1 starred for the report", "",
                                 d.excerpts).replace("%1", str(d.starred)))
        summary.setObjectName("dashboardExcerpts")
        self.evidence_grid.addWidget(summary, self.evidence_grid.rowCount(), 0, 1, 3)
