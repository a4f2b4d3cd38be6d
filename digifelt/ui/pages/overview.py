"""Overview page: the project's own details, what has been captured so far, quick starts."""

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import activities, excerpts, projects
from digifelt.ui.autosave import DebouncedSaver
from digifelt.ui.i18n import LANGUAGES
from digifelt.ui.labels import kind_plural_label, status_label
from digifelt.ui.pages.overview_dashboard import OverviewDashboard
from digifelt.ui.runner import Runner

REPORT_FIELDS = ("commissioner", "assessing_org", "report_version")


def _count(db) -> tuple[Counter, Counter, int, int]:
    """Runs off the UI thread (listing a large project's activities takes a tenth of a second
    or more): activities by kind and by status, excerpts and starred ones."""
    views = activities.list_activities(db)
    total, starred = excerpts.count_excerpts(db)
    return (Counter(v.activity.kind for v in views), Counter(v.activity.status for v in views),
            total, starred)


class OverviewPage(QWidget):
    new_activity_requested = Signal(str)
    undo_scope = "project"

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._filling = False  # the form shows the stored project: not an edit
        p = ctx.project
        self.title = QLineEdit(p.title)
        self.title.setObjectName("projectTitle")
        self.organisation = QLineEdit(p.organisation)
        self.organisation.setObjectName("projectOrganisation")
        self.language = QComboBox()
        self.language.setObjectName("projectLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(p.language)))
        self.period = QLineEdit(p.period or "")
        # Shown on the report's title page: who ordered it, who wrote it, which version.
        self.commissioner = QLineEdit(p.commissioner or "")
        self.commissioner.setObjectName("projectCommissioner")
        self.assessing_org = QLineEdit(p.assessing_org or "")
        self.assessing_org.setObjectName("projectAssessingOrg")
        self.assessing_org.setPlaceholderText(self.tr("Your team's organisation"))
        self.report_version = QLineEdit(p.report_version or "")
        self.report_version.setObjectName("projectReportVersion")
        self.report_version.setPlaceholderText(self.tr("e.g. 0.3"))
        self.description = QPlainTextEdit(p.description or "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self._saver = DebouncedSaver(self._save, self)
        for field in (self.title, self.organisation, self.period, *self._report_fields()):
            field.textEdited.connect(lambda _t: self._saver.touch())
            field.editingFinished.connect(self._saver.flush)
        self.description.textChanged.connect(self._on_description_changed)
        self.language.currentIndexChanged.connect(self._on_language_changed)

        details = QGroupBox(self.tr("Assessment"))
        form = QFormLayout(details)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Language of the project:"), self.language)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Commissioned by:"), self.commissioner)
        form.addRow(self.tr("Assessing organisation:"), self.assessing_org)
        form.addRow(self.tr("Report version:"), self.report_version)

        self.summary = QLabel()
        self.summary.setObjectName("overviewSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self._counter = Runner(self, latest_wins=True)
        self._counter.finished.connect(self._show_counts)
        progress = QGroupBox(self.tr("So far"))
        QVBoxLayout(progress).addWidget(self.summary)

        starts = QHBoxLayout()
        for kind, text in (("interview", self.tr("New interview (Ctrl+N)")),
                           ("observation", self.tr("New observation (Ctrl+Shift+O)")),
                           ("document_review", self.tr("New document review (Ctrl+Shift+D)"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, k=kind: self.new_activity_requested.emit(k))
            starts.addWidget(button)
        starts.addStretch(1)
        self.identity = QLabel()
        self.identity.setStyleSheet("color: palette(placeholder-text);")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(details)
        layout.addWidget(progress)
        self.dashboard = OverviewDashboard(ctx)
        layout.addWidget(self.dashboard)
        layout.addLayout(starts)
        layout.addWidget(self.identity)
        layout.addStretch(1)
        # Scrolls rather than grows: the page stack is as tall as its tallest page, and a
        # dashboard full of figures would otherwise keep the window taller than a laptop's
        # screen, whichever page is showing.
        scroll = QScrollArea()
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._counts_watch = ctx.watch(self, ("activity", "excerpt"), self.refresh)
        self._project_watch = ctx.watch(self, ("project",), self._show_project)
        ctx.watch(self, ("assessor",), self._show_identity)
        ctx.signer_changed.connect(self._show_identity)
        self.refresh()

    def _report_fields(self) -> tuple[QLineEdit, ...]:
        return self.commissioner, self.assessing_org, self.report_version

    def _show_project(self) -> None:
        """Changed elsewhere or undone: the form shows the stored project again."""
        self._saver.flush()
        p = self.ctx.project
        self._filling = True
        try:
            self.title.setText(p.title)
            self.organisation.setText(p.organisation)
            self.language.setCurrentIndex(max(0, self.language.findData(p.language)))
            self.period.setText(p.period or "")
            for name, field in zip(REPORT_FIELDS, self._report_fields(), strict=True):
                field.setText(getattr(p, name) or "")
            if self.description.toPlainText() != (p.description or ""):
                self.description.setPlainText(p.description or "")
        finally:
            self._filling = False

    def _on_description_changed(self) -> None:
        if not self._filling:
            self._saver.touch()

    def _on_language_changed(self, _index: int) -> None:
        if self._filling:
            return
        self._saver.touch()
        self._saver.flush()

    def _save(self) -> None:
        changes = {"title": self.title.text().strip(),
                   "organisation": self.organisation.text().strip(),
                   "language": self.language.currentData(),
                   "period": self.period.text().strip() or None,
                   "description": self.description.toPlainText().strip() or None}
        for name, field in zip(REPORT_FIELDS, self._report_fields(), strict=True):
            changes[name] = field.text().strip() or None
        p = self.ctx.project
        if all(getattr(p, key) == value for key, value in changes.items()):
            return
        self.ctx.run_shown(self._project_watch, self.tr("Edit project"),
                           projects.update_project, scope="project", **changes)

    def flush(self) -> bool:
        return self._saver.flush()

    @property
    def busy(self) -> bool:
        return self._counter.busy or self.dashboard.busy

    def refresh(self) -> None:
        db = self.ctx.db
        self._counter.start(lambda: _count(db))
        self._show_identity()

    def _show_identity(self) -> None:
        settings = self.ctx.settings
        if self.ctx.author_id is None:
            self.identity.setText(self.tr("Your notes are not signed: give your name and "
                                          "initials in Settings (Ctrl+,)."))
            return
        initials = settings.assessor_initials.strip()
        initials = f" ({initials})" if initials else ""
        self.identity.setText(self.tr("Your notes are signed %1. Change it in Settings "
                                      "(Ctrl+,).").replace("%1", settings.display_name()
                                                           + initials))

    def _show_counts(self, counts: tuple[Counter, Counter, int, int]) -> None:
        by_kind, by_status, total, starred = counts
        lines = [f"{kind_plural_label(k)}: <b>{by_kind.get(k, 0)}</b>"
                 for k in ("interview", "observation", "document_review")]
        lines.append(" · ".join(f"{status_label(s)}: {by_status.get(s, 0)}"
                                for s in ("planned", "in_progress", "done")))
        lines.append(self.tr("Excerpts: <b>%1</b>, of which starred: %2").replace(
            "%1", str(total)).replace("%2", str(starred)))
        self.summary.setText("<br>".join(lines))
