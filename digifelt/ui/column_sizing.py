"""How tables and trees share their width: one policy for every view of the app.

On a 1280×800 screen a view gets what its page leaves it, and Qt's defaults spend it badly:
the last section stretches however empty it is (a huge empty Pseudonym column beside elided
names), interactive sections keep 100 px whatever their header says ("Navn (personopl…"),
and a tree squeezed by its splitter shows "1.1 …". The policy:

- one *text* column (the quote, the title, the indicator's name) takes the width left over,
  elided at the right, and never gets fewer than `TEXT_CHARS` characters: the view asks for
  that much, plus the least the other columns can do with, as its minimum width, so a
  splitter or layout cannot squeeze it further;
- *fit* columns (codes, levels, statuses, dates) are exactly as wide as their contents and
  header, always;
- *names* columns (people, groups) fit their contents up to `NAME_CHARS` characters;
- *fixed* columns get the width of the longest of a known set of texts (the valence labels,
  say), so a table of thousands of rows is never measured row by row;
- other columns keep the width the view gave them, and any column the user drags keeps
  the width it was dragged to;
- when the view is narrower than all of that, names, fixed and other columns give up width
  in proportion, down to `MIN_CHARS` characters, before the text column goes below its
  minimum; no header text is ever cut;
- a cell whose text is elided shows all of it as its tooltip when the model gives none.

Views call `apply_policy(view, text=…, fit=…, names=…, fixed=…)` once, after setModel; the
policy measures again when the model changes and when the view is shown, resized or
expanded (Qt measures only the rows on screen).
"""

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
    QToolTip,
    QTreeView,
)

TEXT_CHARS = 20
NAME_CHARS = 30
MIN_CHARS = 12
# Qt's cell padding: the focus frame's margin on either side, and a little air.
_CELL_PADDING = 12


def header_of(view: QAbstractItemView) -> QHeaderView:
    return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()


def header_width(view: QAbstractItemView, column: int) -> int:
    """Pixels the header of `column` needs to show its whole text (each line of it)."""
    header = header_of(view)
    text = view.model().headerData(column, Qt.Orientation.Horizontal,
                                   Qt.ItemDataRole.DisplayRole) if view.model() else None
    if not text:
        return 0
    metrics = header.fontMetrics()
    style = header.style()
    width = max(metrics.horizontalAdvance(line) for line in str(text).split("\n"))
    width += 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    if header.isSortIndicatorShown():
        width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 4
    return width + 2


def texts_width(view: QAbstractItemView, texts: Iterable[str]) -> int:
    """Pixels a cell needs to show the longest of `texts` whole."""
    metrics = view.fontMetrics()
    return max((metrics.horizontalAdvance(t) for t in texts), default=0) + _CELL_PADDING


def chars_width(view: QAbstractItemView, chars: int) -> int:
    return view.fontMetrics().averageCharWidth() * chars + _CELL_PADDING


class ColumnPolicy(QObject):
    """The policy of one view (see the module's text); kept as the view's child."""

    def __init__(self, view: QAbstractItemView, *, text: int | None, fit: Iterable[int] = (),
                 names: Iterable[int] = (), fixed: dict[int, Callable[[], Iterable[str]]]
                 | None = None, text_chars: int = TEXT_CHARS, name_chars: int = NAME_CHARS):
        super().__init__(view)
        self.setObjectName("columnPolicy")
        self.view = view
        self.text = text
        self.fit = tuple(fit)
        self.names = tuple(names)
        self.fixed = dict(fixed or {})
        self.text_chars = text_chars
        self.name_chars = name_chars
        self._model = None
        self._given: dict[int, int] = {}
        self._chosen: dict[int, int] = {}  # widths the user dragged a column to
        self._applying = False
        # Measured again once the event loop has laid the view out (Qt measures the rows on
        # screen, and a view just shown or expanded has none yet).
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.apply)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header_of(view).sectionResized.connect(self._on_section_resized)
        view.viewport().installEventFilter(self)
        # Qt measures only the rows on screen: a view measured while hidden (another tab) or
        # collapsed is measured again when shown, resized or expanded.
        view.installEventFilter(self)
        if isinstance(view, QTreeView):
            view.expanded.connect(self._later.start)
            view.collapsed.connect(self._later.start)
        self._watch(view.model())
        self.apply()

    def _watch(self, model) -> None:
        if model is self._model or model is None:
            return
        self._model = model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.columnsInserted, model.columnsRemoved,
                       model.dataChanged):
            signal.connect(self._on_model_changed)

    def _on_model_changed(self, *_args) -> None:
        self.apply()
        if self.view.isVisible():
            self._later.start()  # again once laid out, with the rows then on screen

    def apply(self, *_args) -> None:
        self._applying = True  # the sections it resizes are not the user's choice
        try:
            self._apply()
        finally:
            self._applying = False

    def _apply(self) -> None:
        view = self.view
        model = view.model()
        if model is None:
            return
        self._watch(model)
        header = header_of(view)
        header.setStretchLastSection(False)
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        wanted: dict[int, int] = {}
        floor: dict[int, int] = {}
        for column in columns:
            needed = header_width(view, column)
            if column == self.text:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if column in self._chosen:
                width = self._chosen[column]
            elif column in self.fit:
                width = view.sizeHintForColumn(column)
            elif column in self.names:
                width = min(view.sizeHintForColumn(column), chars_width(view, self.name_chars))
            elif column in self.fixed:
                width = texts_width(view, self.fixed[column]())
            else:  # the width the view gave it before the policy
                width = self._given.setdefault(column, header.sectionSize(column))
            wanted[column] = max(width, needed)
            # What a column may give up when the view is narrow: codes and dates nothing,
            # others down to a few words, never below their header.
            floor[column] = wanted[column] if column in self.fit else max(
                needed, min(wanted[column], chars_width(view, MIN_CHARS)))
        text = self._text_minimum()
        room = view.viewport().width() - text if view.isVisible() else 0
        widths = _share(wanted, floor, room) if room > 0 else wanted
        for column, width in widths.items():
            header.resizeSection(column, width)
        if self.text is not None and not header.isHidden():
            scroll = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
            view.setMinimumWidth(sum(floor.values()) + text + scroll + 2 * view.frameWidth()
                                 + 2)

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        # A width the user chose is kept when the policy measures again.
        if not self._applying and column != self.text and new > 0:
            self._chosen[column] = new

    def _text_minimum(self) -> int:
        if self.text is None:
            return 0
        view = self.view
        text = max(chars_width(view, self.text_chars), header_width(view, self.text))
        if isinstance(view, QTreeView) and self.text == 0:
            text += view.indentation() * 2  # an indicator under its area
        return text

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt virtual)
        if watched is self.view and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self._later.start()
        if event.type() == QEvent.Type.ToolTip and watched is self.view.viewport():
            index = self.view.indexAt(event.pos())
            if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None:
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(text, str) and self.is_elided(index):
                    QToolTip.showText(event.globalPos(), text, self.view.viewport())
                    return True
        return super().eventFilter(watched, event)

    def is_elided(self, index) -> bool:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return False
        longest = max(text.split("\n"), key=self.view.fontMetrics().horizontalAdvance)
        rect = self.view.visualRect(index)
        return (self.view.fontMetrics().horizontalAdvance(longest) + _CELL_PADDING
                > rect.width())


def _share(wanted: dict[int, int], floor: dict[int, int], room: int) -> dict[int, int]:
    """Widths within `room`: each column gives up part of what it has above its floor, in
    proportion, until they fit (or all are at their floors)."""
    total = sum(wanted.values())
    if total <= room:
        return dict(wanted)
    spare = sum(wanted[c] - floor[c] for c in wanted)
    if spare <= 0:
        return dict(floor)
    cut = min(1.0, (total - room) / spare)
    return {c: wanted[c] - int((wanted[c] - floor[c]) * cut + 0.999) for c in wanted}


def apply_policy(view: QTableView | QTreeView, *, text: int | None, fit: Iterable[int] = (),
                 names: Iterable[int] = (),
                 fixed: dict[int, Callable[[], Iterable[str]]] | None = None,
                 text_chars: int = TEXT_CHARS, name_chars: int = NAME_CHARS) -> ColumnPolicy:
    """Give `view` the app's column policy (see the module's text); returns it."""
    old = view.findChild(ColumnPolicy, "columnPolicy", Qt.FindChildOption.FindDirectChildrenOnly)
    if old is not None:
        view.viewport().removeEventFilter(old)
        old.deleteLater()
    return ColumnPolicy(view, text=text, fit=fit, names=names, fixed=fixed,
                        text_chars=text_chars, name_chars=name_chars)
