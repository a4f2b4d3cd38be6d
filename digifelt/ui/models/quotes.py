"""The excerpts chosen to support a finding, in the order the report will quote them."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from digifelt.ui.labels import valence_label
from digifelt.ui.models.base import NO_PARENT, RowsModel
from digifelt.ui.models.evidence_items import EvidenceItemsModel
from digifelt.ui.models.excerpts import ON_FILL, VALENCE_COLOURS


class ChosenQuotesModel(RowsModel):
    """Rows are EvidenceItem snapshots; add, remove and move keep the order the user sets.
    The vertical header numbers them as the report will."""

    CONTEXT = "ChosenQuotesModel"
    COL_TEXT, COL_SOURCE = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("ChosenQuotesModel", "Quote"),
        QT_TRANSLATE_NOOP("ChosenQuotesModel", "Source"),
    )

    def row_id(self, row) -> str:
        return row.excerpt_id

    def ids(self) -> list[str]:
        return [row.excerpt_id for row in self._rows]

    def cell(self, item, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_TEXT:
                return f"«{' '.join(item.text.split())}»"
            groups = ", ".join(item.group_names)
            source = EvidenceItemsModel.source_text(item)
            where = f"{groups} · {source}" if groups else source
            return f"{valence_label(item.valence)} · {where}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"«{item.text}»\n\n{valence_label(item.valence)} · "
                    f"{EvidenceItemsModel.source_text(item)}")
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_SOURCE:
            return QColor(VALENCE_COLOURS.get(item.valence, "#eeeeee"))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_SOURCE:
            return ON_FILL
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._rows)):
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def append(self, item) -> int:
        """Add at the end (once); returns its row."""
        existing = self.row_of(item.excerpt_id)
        if existing >= 0:
            return existing
        row = len(self._rows)
        self.beginInsertRows(NO_PARENT, row, row)
        self._rows.append(item)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(NO_PARENT, row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move one row up (delta -1) or down (+1); returns where it is now."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)) or not delta:
            return row
        # Qt's destination is the row *before which* the moved row lands.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(NO_PARENT, row, row, NO_PARENT, destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target
