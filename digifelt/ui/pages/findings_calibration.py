"""Calibration on the Findings page: the assessor's own provisional level and rationale in the
finding editor, and the moderation view of the indicators where the team's levels disagree.

Provisional levels are the team's working material (core/services/calibration.py); the
agreed level is still the finding's level, set in the editor after moderation.
"""

import html

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digifelt.core.services import calibration, people, rubric
from digifelt.ui.errors import user_errors
from digifelt.ui.i18n import translate
from digifelt.ui.models.base import NO_PARENT, Index, RowsModel
from digifelt.ui.models.roles import Role

NO_LEVEL = -1  # combo data of "no provisional level" (None would come back from Qt miscounted)
SCOPE = "findings"
# What the moderation view shows: the levels, the finding, the rubric, the evidence counts.
MODERATION_KINDS = ("provisional_level", "finding", "assessor", "indicator", "area",
                    "scale_level", "excerpt", "activity")
_OPEN = QColor("#fde7c8")  # a disagreement still to moderate


def _status_text(status: str) -> str:
    return {"agreed": translate("Calibration", "agreed"),
            "not_assessed": translate("Calibration", "not assessed")}.get(
        status, translate("Calibration", "draft"))


def team_text(levels, own_id: str | None) -> str:
    """'AB 2 · BC 4 · CD –' for the teammates' provisional levels (the assessor's own left out)."""
    return " · ".join(f"{x.short} {x.level if x.level is not None else '–'}"
                      for x in levels if x.assessor_id != own_id)


def levels_tooltip(levels) -> str:
    """One line per assessor: name, level and rationale."""
    lines = []
    for x in levels:
        level = str(x.level) if x.level is not None else "–"
        why = f": {x.rationale}" if x.rationale else ""
        lines.append(f"{x.name} ({level}){why}")
    return "\n".join(lines)


class ProvisionalEditor(QWidget):
    """The current assessor's provisional level (a combo) and rationale (one line) for the
    indicator in the finding editor, with the teammates' levels beside them. Each change is one
    undoable step of the Findings page."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.indicator = None
        self._stored = None  # the ProvisionalLevel shown (None: none given)
        self._filling = False

        self.level = QComboBox()
        self.level.setObjectName("provisionalLevel")
        self.level.setAccessibleName(self.tr("My provisional level"))
        self.level.setToolTip(self.tr(
            "Your own level before the team moderates. Your teammates see it after a bundle; "
            "the report never shows it."))
        self.level.currentIndexChanged.connect(self._on_level_changed)
        self.rationale = QLineEdit()
        self.rationale.setObjectName("provisionalRationale")
        self.rationale.setAccessibleName(self.tr("Rationale for my provisional level"))
        self.rationale.setPlaceholderText(self.tr("Why this level, in a few words…"))
        self.rationale.editingFinished.connect(self._save_rationale)
        self.team = QLabel()
        self.team.setObjectName("teamProvisional")
        self.team.setStyleSheet("color: palette(placeholder-text);")

        caption = QLabel(self.tr("My provisional level:"))
        caption.setBuddy(self.level)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.level)
        row.addWidget(self.rationale, 1)
        row.addWidget(self.team)
        self._watch = ctx.watch(self, ("provisional_level", "assessor", "scale_level"),
                                self.reload)
        ctx.signer_changed.connect(self._show_signer)
        self._show_signer()

    def _show_signer(self) -> None:
        """A level is one assessor's own: it waits until the assessor has given a name."""
        signed = self.ctx.author_id is not None
        self.level.setEnabled(signed)
        self.rationale.setEnabled(signed)
        self.rationale.setPlaceholderText(
            self.tr("Why this level, in a few words…") if signed else
            self.tr("Give your name in Settings (Ctrl+,) to set your own level."))
        self.reload()

    # Loading

    def load(self, indicator) -> None:
        self.flush()
        self.indicator = indicator
        self.reload(keep_typed=False)

    def reload(self, keep_typed: bool = True) -> None:
        """The stored provisional level and the team's, read again (an undo, a bundle). A
        rationale being typed is kept: it is saved when the assessor confirms it."""
        if self.indicator is None:
            return
        keep_typed = keep_typed and self.rationale.isModified()
        own_id = self.ctx.author_id
        team = {a.id: a for a in people.list_assessors(self.ctx.db)}
        given = calibration.provisional_levels(self.ctx.db, self.indicator.id)
        others = [calibration.AssessorLevel(p.assessor_id, team[p.assessor_id].name,
                                            team[p.assessor_id].initials, p.level, p.rationale)
                  for p in given if p.assessor_id != own_id and p.assessor_id in team]
        self._filling = True
        try:
            self._fill_levels()
            self._stored = next((p for p in given if p.assessor_id == own_id), None)
            self._show_stored(keep_typed)
            text = team_text(others, own_id)
            self.team.setText(self.tr("Team: %1").replace("%1", text) if text else "")
            self.team.setToolTip(levels_tooltip(others))
        finally:
            self._filling = False

    def _fill_levels(self) -> None:
        current = self.level.currentData()
        self.level.clear()
        self.level.addItem(self.tr("— none —"), NO_LEVEL)
        for level in rubric.list_scale(self.ctx.db):
            self.level.addItem(f"{level.value} – {level.label}", level.value)
            self.level.setItemData(self.level.count() - 1, level.description or level.label,
                                   Qt.ItemDataRole.ToolTipRole)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))

    def _show_stored(self, keep_typed: bool = False) -> None:
        p = self._stored
        level = p.level if p is not None and p.level is not None else NO_LEVEL
        self.level.setCurrentIndex(max(0, self.level.findData(level)))
        if not keep_typed:
            self.rationale.setText((p.rationale or "") if p is not None else "")
            self.rationale.setModified(False)

    def current_level(self) -> int | None:
        value = self.level.currentData()
        return None if value in (NO_LEVEL, None) else value

    # Saving

    def _save(self, label: str, **changes) -> bool:
        with user_errors(self) as outcome:
            self._stored = self.ctx.run_shown(
                (self._watch,), label, calibration.set_provisional_level, self.indicator.id,
                self.ctx.author_id, scope=SCOPE, **changes)
        if outcome.failed:
            self._filling = True
            try:
                self._show_stored(keep_typed=self.rationale.isModified())
            finally:
                self._filling = False
        return not outcome.failed

    def _on_level_changed(self, _index: int) -> None:
        if self._filling or self.indicator is None:
            return
        stored = self._stored.level if self._stored is not None else None
        if self.current_level() != stored:
            self._save(self.tr("Set provisional level"), level=self.current_level())

    def _save_rationale(self) -> bool:
        if self._filling or self.indicator is None:
            return True
        text = self.rationale.text()
        value = text if text.strip() else None
        stored = self._stored.rationale if self._stored is not None else None
        if value == stored:
            return True
        saved = self._save(self.tr("Edit provisional rationale"), rationale=value)
        if saved:
            self.rationale.setModified(False)
        return saved

    def flush(self) -> bool:
        """Commit a rationale typed but not yet confirmed (leaving the indicator or page)."""
        return self._save_rationale()


class ModerationModel(RowsModel):
    """calibration.ModerationRow per row: code, indicator, one column per assessor who gave a
    provisional level (their initials), spread, evidence, the finding's current level."""

    CONTEXT = "ModerationModel"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._assessors: list[tuple[str, str, str]] = []  # (id, short, name)
        self._labels: dict[int, str] = {}

    def set_data(self, rows, scale) -> None:
        seen: dict[str, tuple[str, str, str]] = {}
        for row in rows:
            for x in row.levels:
                seen.setdefault(x.assessor_id, (x.assessor_id, x.short, x.name))
        self._assessors = sorted(seen.values(), key=lambda a: (a[2].casefold(), a[0]))
        self._labels = {level.value: level.label for level in scale}
        self.set_rows(rows)

    def assessor_ids(self) -> list[str]:
        return [a[0] for a in self._assessors]

    def _headers(self) -> list[str]:
        return ([translate("ModerationModel", "Code"),
                 translate("ModerationModel", "Indicator")]
                + [short for _id, short, _name in self._assessors]
                + [translate("ModerationModel", "Spread"),
                   translate("ModerationModel", "Evidence"),
                   translate("ModerationModel", "Finding")])

    def columnCount(self, parent: Index = NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5 + len(self._assessors)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        first = 2
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.columnCount():
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and first <= section < first + len(
                self._assessors):
            return self._assessors[section - first][2]
        return None

    def row_id(self, row) -> str:
        return row.indicator_id

    def cell(self, row, column: int, role: int):
        n = len(self._assessors)
        if role == Role.CODE:
            return row.code
        if role == Role.LEVEL:
            return row.finding_level
        if role == Qt.ItemDataRole.BackgroundRole and row.open:
            return QBrush(_OPEN)
        if column == 0:
            return row.code if role == Qt.ItemDataRole.DisplayRole else None
        if column == 1:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return row.title
            return None
        if 2 <= column < 2 + n:
            given = row.level_of(self._assessors[column - 2][0])
            if given is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                level = str(given.level) if given.level is not None else "–"
                return f"{level} ✎" if given.rationale else level
            if role == Qt.ItemDataRole.ToolTipRole:
                return levels_tooltip([given])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return None
        column -= n
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return Qt.AlignmentFlag.AlignCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 2:
            if row.low is None:
                return "–"
            return str(row.low) if row.low == row.high else f"{row.low}–{row.high}"
        if column == 3:
            return str(row.evidence)
        if column == 4:
            level = str(row.finding_level) if row.finding_level is not None else "–"
            if row.finding_status == "not_assessed":
                return _status_text(row.finding_status)
            return f"{level} ({_status_text(row.finding_status)})"
        return None


class ModerationView(QWidget):
    """The indicators where the team's provisional levels disagree. Enter or a double click
    opens the indicator in the finding editor (`open_requested`), where the agreed level is
    set."""

    open_requested = Signal(str)  # indicator id

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = False
        self._all: list = []

        intro = QLabel(self.tr(
            "Indicators where the team's provisional levels differ. Open one (Enter) to set "
            "the agreed level. The report never shows provisional levels."))
        intro.setWordWrap(True)
        self.show_settled = QCheckBox(self.tr("Show agreed and not assessed too"))
        self.show_settled.setObjectName("moderationShowSettled")
        self.show_settled.toggled.connect(self._show_rows)
        self.model = ModerationModel(self)
        self.table = QTableView()
        self.table.setObjectName("moderationTable")
        self.table.setAccessibleName(self.tr("Disagreements to moderate"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.empty = QLabel(self.tr(
            "No disagreements: every indicator with provisional levels has one level, or the "
            "team has settled it."))
        self.empty.setObjectName("moderationEmpty")
        self.empty.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("moderationDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Every assessor's line is read here without a mouse: never squeezed by the table.
        self.detail.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.show_settled)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        self._watch = ctx.watch(self, MODERATION_KINDS, self.reload)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        self._all = calibration.moderation(self.ctx.db)
        self._show_rows()

    def _show_rows(self) -> None:
        index = self.table.currentIndex()
        current = index.data(Role.ID) if index.isValid() else None
        settled = self.show_settled.isChecked()
        rows = [r for r in self._all if r.open or (settled and r.disagrees)]
        self.model.set_data(rows, rubric.list_scale(self.ctx.db))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        row = max(0, self.model.row_of(current))
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_detail()

    def _show_detail(self, *_args) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            self.detail.clear()
            return
        lines = [f"<b>{html.escape(row.code)} {html.escape(row.title)}</b>"]
        for x in row.levels:
            level = str(x.level) if x.level is not None else "–"
            why = f" — {html.escape(x.rationale)}" if x.rationale else ""
            lines.append(f"{html.escape(x.name)}: {level}{why}")
        self.detail.setText("<br>".join(lines))

    def rows(self) -> list:
        return self.model.rows()

    def _on_activated(self, index) -> None:
        indicator_id = index.data(Role.ID)
        if indicator_id:
            self.open_requested.emit(indicator_id)

    def focus_table(self) -> None:
        target = self.table if self.table.isVisible() else self.show_settled
        target.setFocus()
