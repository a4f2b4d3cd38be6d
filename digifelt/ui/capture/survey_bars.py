"""A question's answers per group as horizontal stacked bars, drawn with QPainter.

Only what `surveys.shown_distribution` allows is drawn: a suppressed cell is one row with its
label and "<5", no bar and no percentage.
"""

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from digifelt.core.services.surveys import ShownCell
from digifelt.ui.models.excerpts import ON_FILL

LABEL_WIDTH = 150
N_WIDTH = 64
ROW_HEIGHT = 22
LEGEND_HEIGHT = 20


def scale_colours(steps: int) -> list[QColor]:
    """Low → high, orange through grey to green: the gap and strength colours of the notes,
    deepened so a share of a few per cent is still seen."""
    low, middle, high = QColor("#e8894a"), QColor("#c9ccd1"), QColor("#5aa469")
    if steps <= 1:
        return [middle]
    out = []
    for i in range(steps):
        t = i / (steps - 1)
        a, b, u = (low, middle, t * 2) if t <= 0.5 else (middle, high, (t - 0.5) * 2)
        out.append(QColor(round(a.red() + (b.red() - a.red()) * u),
                          round(a.green() + (b.green() - a.green()) * u),
                          round(a.blue() + (b.blue() - a.blue()) * u)))
    return out


@dataclass(frozen=True)
class BarRow:
    label: str
    cell: ShownCell

    @property
    def n_text(self) -> str:
        return f"n = {self.cell.n_text}"


class DistributionBars(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("surveyBars")
        self.scale: tuple[str, ...] = ()
        self.rows: list[BarRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(LABEL_WIDTH + N_WIDTH + 120)

    def set_rows(self, scale: tuple[str, ...], rows: list[BarRow]) -> None:
        self.scale, self.rows = tuple(scale), list(rows)
        self.setToolTip(self.describe())
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The bars as text: for the tooltip, screen readers and whoever cannot tell colours."""
        lines = []
        for row in self.rows:
            if row.cell.suppressed:
                lines.append(f"{row.label}: {row.n_text}")
                continue
            shares = ", ".join(f"{label} {pct:.0f} %" for label, pct in
                               zip(self.scale, row.cell.percents or (), strict=False))
            lines.append(f"{row.label} ({row.n_text}): {shares}")
        return "\n".join(lines)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, LEGEND_HEIGHT + 6 + ROW_HEIGHT * max(1, len(self.rows)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.minimumWidth(), self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = scale_colours(len(self.scale))
        text = self.palette().text().color()
        muted = self.palette().placeholderText().color()
        metrics = painter.fontMetrics()
        bar_left = LABEL_WIDTH
        bar_width = max(40, self.width() - LABEL_WIDTH - N_WIDTH)

        # Legend: the scale's labels, low → high, each with its colour.
        x = float(bar_left)
        for label, colour in zip(self.scale, colours, strict=True):
            painter.fillRect(QRectF(x, 5, 10, 10), colour)
            x += 14
            width = metrics.horizontalAdvance(label) + 12
            painter.setPen(muted)
            painter.drawText(QRectF(x, 0, width, LEGEND_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            x += width

        y = LEGEND_HEIGHT + 4
        for row in self.rows:
            rect = QRectF(0, y, LABEL_WIDTH - 8, ROW_HEIGHT)
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             metrics.elidedText(row.label, Qt.TextElideMode.ElideRight,
                                                LABEL_WIDTH - 8))
            bar = QRectF(bar_left, y + 3, bar_width, ROW_HEIGHT - 6)
            if row.cell.suppressed or not row.cell.n:
                painter.setPen(muted)
                painter.drawRect(bar)
            else:
                left = bar.left()
                for pct, colour in zip(row.cell.percents or (), colours, strict=False):
                    width = bar.width() * pct / 100.0
                    if width <= 0:
                        continue
                    piece = QRectF(left, bar.top(), width, bar.height())
                    painter.fillRect(piece, colour)
                    share = f"{pct:.0f} %"
                    if metrics.horizontalAdvance(share) + 4 < width:
                        painter.setPen(ON_FILL)
                        painter.drawText(piece, Qt.AlignmentFlag.AlignCenter, share)
                    left += width
            painter.setPen(text)
            painter.drawText(QRectF(bar_left + bar_width + 6, y, N_WIDTH - 6, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             row.n_text)
            y += ROW_HEIGHT
        painter.end()
