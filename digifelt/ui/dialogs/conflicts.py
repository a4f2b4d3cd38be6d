"""Conflict copies left by team merges: both versions side by side, keep one of them."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from digifelt.core.services import conflicts
from digifelt.errors import DigifeltError
from digifelt.ui.dialogs.import_preview import kind_label
from digifelt.ui.errors import show_error
from digifelt.ui.models.base import RowsModel
from digifelt.ui.safety import editing_paused, local_time

FIELD_LABELS = {
    "text": QT_TRANSLATE_NOOP("ConflictFields", "Text"),
    "title": QT_TRANSLATE_NOOP("ConflictFields", "Title"),
    "name": QT_TRANSLATE_NOOP("ConflictFields", "Name"),
    "description": QT_TRANSLATE_NOOP("ConflictFields", "Description"),
    "level": QT_TRANSLATE_NOOP("ConflictFields", "Level"),
    "strengths": QT_TRANSLATE_NOOP("ConflictFields", "Strengths"),
    "improvements": QT_TRANSLATE_NOOP("ConflictFields", "Improvement areas"),
    "actions": QT_TRANSLATE_NOOP("ConflictFields", "Suggested actions"),
    "reflection": QT_TRANSLATE_NOOP("ConflictFields", "Reflection questions"),
    "commissioner": QT_TRANSLATE_NOOP("ConflictFields", "Commissioned by"),
    "assessing_org": QT_TRANSLATE_NOOP("ConflictFields", "Assessing organisation"),
    "report_version": QT_TRANSLATE_NOOP("ConflictFields", "Report version"),
    "summary": QT_TRANSLATE_NOOP("ConflictFields", "Summary"),
    "status": QT_TRANSLATE_NOOP("ConflictFields", "Status"),
    "memo": QT_TRANSLATE_NOOP("ConflictFields", "Memo"),
    "valence": QT_TRANSLATE_NOOP("ConflictFields", "Valence"),
    "kind": QT_TRANSLATE_NOOP("ConflictFields", "Kind"),
    "starred": QT_TRANSLATE_NOOP("ConflictFields", "Starred"),
    "role": QT_TRANSLATE_NOOP("ConflictFields", "Role"),
    "place": QT_TRANSLATE_NOOP("ConflictFields", "Place"),
}
NAMING_FIELDS = ("code", "title", "name", "text", "strengths", "summary")


def field_label(name: str) -> str:
    source = FIELD_LABELS.get(name)
    return QCoreApplication.translate("ConflictFields", source) if source else name


def describe(view, ctx=None, width: int = 60) -> str:
    """A short name for the conflicting object: its title, name or first words."""
    row = view.current or view.other
    if ctx is not None and row.get("indicator_id"):
        indicator = ctx.indicator(row["indicator_id"])
        if indicator is not None:
            return f"{indicator.code} {indicator.title}"[:width]
    for key in NAMING_FIELDS:
        value = row.get(key)
        if value:
            text = " ".join(str(value).split())
            return text if len(text) <= width else text[: width - 1] + "…"
    return view.object_id[:8]


def version_text(row: dict | None, changed: list[str], *, deleted_by: str | None = None,
                 deleted: bool = False) -> str:
    """The fields that differ first, then the rest; timestamps and ids left out."""
    if deleted:
        return (QCoreApplication.translate("ConflictsDialog", "Deleted by %1.").replace(
            "%1", deleted_by) if deleted_by else
            QCoreApplication.translate("ConflictsDialog", "Deleted."))
    if row is None:
        return QCoreApplication.translate(
            "ConflictsDialog", "(deleted — or not applied, because what it belongs to was "
                               "deleted)")
    rest = sorted(k for k in row if k not in changed and k not in ("id", "created_at",
                                                                   "updated_at"))
    lines = []
    for key in [*changed, *rest]:
        value = row.get(key)
        if value in (None, "", []):
            value = "—"
        marker = "● " if key in changed else "   "
        lines.append(f"{marker}{field_label(key)}: {value}")
    return "\n".join(lines)


class ConflictsModel(RowsModel):
    CONTEXT = "ConflictsModel"
    COL_KIND, COL_OBJECT, COL_FIELDS, COL_OTHER_DATE, COL_SOURCE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ConflictsModel", "What"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Which"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Differs in"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Other version from"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Came with"),
    )

    def __init__(self, ctx=None, parent=None):
        super().__init__(parent)
        self.ctx = ctx

    def cell(self, row, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_KIND:
            return kind_label(row.object_kind)
        if column == self.COL_OBJECT:
            return describe(row, self.ctx)
        if column == self.COL_FIELDS:
            if row.other_deleted:
                return QCoreApplication.translate("ConflictsModel", "deleted in the other")
            return ", ".join(field_label(f) for f in row.changed_fields)
        if column == self.COL_OTHER_DATE:
            return local_time(row.other_updated_at)
        return (QCoreApplication.translate("ConflictsModel", "this file")
                if row.source == conflicts.THIS_FILE else row.source)


class ConflictsDialog(QDialog):
    """Open conflicts of the project; resolving one reloads the pages."""

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.window_ = window
        self.ctx = window.ctx
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(960, 640)
        intro = QLabel(self.tr("When you and a teammate changed the same thing without having "
                               "seen each other's change (or one of you deleted what the other "
                               "edited), one version stayed current and the other waits here. "
                               "Choose which one stays; your choice reaches your teammates "
                               "with your next bundle."))
        intro.setWordWrap(True)
        self.model = ConflictsModel(self.ctx, self)
        self.table = QTableView()
        self.table.setObjectName("conflictsTable")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.current_box = QGroupBox(self.tr("Current version"))
        self.current_text = QPlainTextEdit()
        self.current_text.setObjectName("conflictCurrent")
        self.other_box = QGroupBox(self.tr("Other version"))
        self.other_text = QPlainTextEdit()
        self.other_text.setObjectName("conflictOther")
        for box, text in ((self.current_box, self.current_text),
                          (self.other_box, self.other_text)):
            text.setReadOnly(True)
            QVBoxLayout(box).addWidget(text)
        sides = QHBoxLayout()
        sides.addWidget(self.current_box)
        sides.addWidget(self.other_box)
        lower = QGroupBox()
        lower.setFlat(True)
        lower.setLayout(sides)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([220, 380])

        self.keep_button = QPushButton(self.tr("Keep the current version"))
        self.keep_button.setObjectName("conflictKeepCurrent")
        self.keep_button.clicked.connect(lambda: self.resolve("current"))
        self.use_button = QPushButton(self.tr("Use the other version"))
        self.use_button.setObjectName("conflictUseOther")
        self.use_button.clicked.connect(lambda: self.resolve("other"))
        self.empty = QLabel(self.tr("There are no conflicts."))
        self.empty.setObjectName("conflictsEmpty")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.use_button)
        row.addWidget(self.empty)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.reload()

    def reload(self) -> None:
        self.authors = {c["id"]: c for c in conflicts.conflict_summaries(self.ctx.db)}
        self.model.set_rows(conflicts.list_conflicts(self.ctx.db))
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        if has_rows:
            self.table.selectRow(0)
        self._on_current_changed()

    def selected(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_current_changed(self, *_args) -> None:
        view = self.selected()
        self.keep_button.setEnabled(view is not None)
        self.use_button.setEnabled(view is not None)
        if view is None:
            self.current_text.clear()
            self.other_text.clear()
            return
        changed = view.changed_fields
        current_date = (view.current or {}).get("updated_at")
        self.current_box.setTitle(self.tr("Current version (changed %1)").replace(
            "%1", _date_text(current_date)))
        source = (self.tr("this file") if view.source == conflicts.THIS_FILE else view.source)
        self.other_box.setTitle(self.tr("Other version (changed %1, from %2)").replace(
            "%1", local_time(view.other_updated_at)).replace("%2", source))
        authors = self.authors.get(view.id, {})
        if authors.get("current_author"):
            self.current_box.setTitle(self.current_box.title() + " — " + authors["current_author"])
        if authors.get("other_author") and not view.other_deleted:
            self.other_box.setTitle(self.other_box.title() + " — " + authors["other_author"])
        self.current_text.setPlainText(version_text(view.current, changed))
        self.other_text.setPlainText(version_text(
            view.other, changed, deleted=view.other_deleted,
            deleted_by=authors.get("other_author")))
        self.use_button.setText(self.tr("Delete it") if view.other_deleted
                                else self.tr("Use the other version"))

    def resolve(self, keep: str) -> bool:
        view = self.selected()
        if view is None:
            return False
        try:
            # Another version of a row replaces this one: older undo steps would put back
            # rows that no longer exist as they were.
            with editing_paused(self.window_), \
                    self.ctx.op(self.tr("Resolve conflict"), mode="bulk"):
                conflicts.resolve_conflict(self.ctx.db, view.id, keep=keep)
        except DigifeltError as exc:
            show_error(self, str(exc))
            return False
        self.reload()
        return True


def _date_text(value) -> str:
    from digifelt.core.ids import parse_iso_z

    if not value:
        return "—"
    try:
        return local_time(parse_iso_z(value) if isinstance(value, str) else value)
    except (TypeError, ValueError):
        return str(value)
