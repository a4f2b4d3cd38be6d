"""The excerpts of one activity: star, indicator codes, kind, valence, text, where."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from digifelt.ui.labels import excerpt_kind_label, valence_label
from digifelt.ui.models.base import RowsModel
from digifelt.ui.models.roles import Role

# Light backgrounds for tagged text and codes; the label always says it too (colour is
# never the only signal).
VALENCE_COLOURS = {"strength": "#d5efcf", "gap": "#fbdcc4", "neutral": "#dbe6f4"}
# Text on those fixed light fills: the palette's text colour is light in dark mode and would
# vanish on them, so every fixed fill comes with this fixed dark text.
ON_FILL = QColor("#1c1c1c")


class ExcerptsModel(RowsModel):
    """Rows are ExcerptView snapshots (excerpt + indicator ids)."""

    CONTEXT = "ExcerptsModel"
    COL_STAR, COL_CODES, COL_KIND, COL_VALENCE, COL_TEXT, COL_WHERE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ExcerptsModel", "★"),
        QT_TRANSLATE_NOOP("ExcerptsModel", "Indicators"),
        QT_TRANSLATE_NOOP("ExcerptsModel", "Kind"),
        QT_TRANSLATE_NOOP("ExcerptsModel", "Valence"),
        QT_TRANSLATE_NOOP("ExcerptsModel", "Text"),
        QT_TRANSLATE_NOOP("ExcerptsModel", "Where"),
    )

    def __init__(self, codes: Callable[[list[str]], str], describe: Callable[[list[str]], str],
                 parent=None):
        super().__init__(parent)
        self._codes = codes
        self._describe = describe

    def row_id(self, row) -> str:
        return row.excerpt.id

    def _where(self, excerpt) -> str:
        if excerpt.detached:
            return QCoreApplication.translate("ExcerptsModel", "detached: text was edited")
        if excerpt.page is not None:
            return QCoreApplication.translate("ExcerptsModel", "p. %1").replace(
                "%1", str(excerpt.page))
        return ""

    def cell(self, row, column: int, role: int) -> Any:
        x = row.excerpt
        if role == Role.VALENCE:
            return x.valence
        if role == Role.ENTRY_ID:
            return x.entry_id
        if role == Role.SORT:
            return (int(x.starred), self._codes(row.indicator_ids), x.kind, x.valence,
                    x.text, x.page or 0)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return ("★" if x.starred else "", self._codes(row.indicator_ids),
                    excerpt_kind_label(x.kind), valence_label(x.valence),
                    " ".join(x.text.split()), self._where(x))[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_CODES:
            return QColor(VALENCE_COLOURS.get(x.valence, "#eeeeee"))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_CODES:
            return ON_FILL
        if role == Qt.ItemDataRole.ToolTipRole:
            memo = f"\n\n{x.memo}" if x.memo else ""
            flags = f"{excerpt_kind_label(x.kind)} · {valence_label(x.valence)}"
            return f"{self._describe(row.indicator_ids)}\n{flags}\n\n«{x.text}»{memo}"
        return None
