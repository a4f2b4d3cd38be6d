"""What a person cannot read on screen: header texts cut short, indicator codes elided.

`cut_texts(root)` looks at every item view visible under `root` and returns one line per
problem, so a test can render a page and assert that the list is empty.
"""

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

# An indicator code at the start of a cell ("1.1", "3.12", "⚑ 2.1"), or a cell of codes only
# ("1.1, 2.2"); the last needs all of its text on screen.
_LEADING_CODE = re.compile(r"^[⚑⚠★\s]*(\d+(?:\.\d+)+)\b")
_CODES_ONLY = re.compile(r"^\s*\d+(?:\.\d+)+(?:\s*[,;·]\s*\d+(?:\.\d+)+)*\s*$")
# Beside a code, at least this many characters of its name must be readable.
NAME_CHARS = 12
# A column shows all of its text or at least this many characters (a quote cut to "«Vi h…"
# tells nothing): more for the view's main text column, fewer for names beside it.
TEXT_CHARS = 16
OTHER_CHARS = 10
MAX_ROWS = 200


def _header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTreeView):
        return None if view.isHeaderHidden() else view.header()
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        return header if header.isVisible() else None
    return None


def _visible_views(root) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView)
            if v.isVisible() and v.model() is not None and v.width() > 0]


def header_problems(view: QAbstractItemView) -> list[str]:
    header = _header(view)
    if header is None:
        return []
    model = view.model()
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    out = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal,
                                Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        # Each line of a header must fit; two margins are Qt's own padding.
        needed = max(metrics.horizontalAdvance(line) for line in str(text).split("\n"))
        needed += 2 * margin
        if header.sectionSize(section) < needed:
            out.append(f"{_name(view)}: header {text!r} is {header.sectionSize(section)} px, "
                       f"needs {needed}")
    return out


def _rows(model):
    """Every index of column 0 down the tree, in order (at most MAX_ROWS)."""
    found = []
    stack = [QModelIndex()]
    while stack and len(found) < MAX_ROWS:
        p = stack.pop(0)
        for row in range(model.rowCount(p)):
            index = model.index(row, 0, p)
            found.append(index)
            if model.hasChildren(index):
                stack.append(index)
    return found


def code_problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    out = []
    if isinstance(view, QTreeView):
        for index in _rows(model):
            parent = index.parent()
            if parent.isValid() and not view.isExpanded(parent):
                continue
            for column in range(model.columnCount(index.parent())):
                out += _cell_problem(view, index.siblingAtColumn(column))
    else:
        columns = model.columnCount() if isinstance(view, QTableView) else 1
        for row in range(min(model.rowCount(), MAX_ROWS)):
            for column in range(columns):
                out += _cell_problem(view, model.index(row, column))
    return out[:10]


def narrow_problems(view: QAbstractItemView) -> list[str]:
    """Columns so narrow that their text is a few letters and an ellipsis."""
    model = view.model()
    if isinstance(view, QTreeView):
        cells = [i.siblingAtColumn(c) for i in _rows(model)
                 if not i.parent().isValid() or view.isExpanded(i.parent())
                 for c in range(model.columnCount(i.parent()))]
    elif isinstance(view, QTableView):
        cells = [model.index(r, c) for r in range(min(model.rowCount(), MAX_ROWS))
                 for c in range(model.columnCount())]
    else:
        return []
    metrics = view.fontMetrics()
    main = _main_text_column(view)
    worst: dict[int, tuple[int, int, str]] = {}
    for index in cells:
        if _hidden(view, index):
            continue
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text.strip():
            continue
        first = text.split("\n")[0]
        rect = view.visualRect(index)
        if rect.width() <= 0:
            continue
        has_icon = index.data(Qt.ItemDataRole.DecorationRole) is not None
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                          view) + 1
        available = rect.width() - 2 * margin - (view.iconSize().width() + 4 if has_icon
                                                 else 0)
        chars = TEXT_CHARS if index.column() == main else OTHER_CHARS
        wanted = min(metrics.horizontalAdvance(first),
                     metrics.horizontalAdvance(first[:chars]))
        if wanted > available and (index.column() not in worst
                                   or wanted - available > worst[index.column()][0]):
            worst[index.column()] = (wanted - available, available, first[:40])
    return [f"{_name(view)}: column {column} shows {available} px of {text!r}"
            for column, (_short, available, text) in sorted(worst.items())]


def _main_text_column(view) -> int | None:
    """The column the view stretches (the quote, the title), by the app's column policy."""
    from digifelt.ui.column_sizing import ColumnPolicy

    policy = view.findChild(ColumnPolicy, "columnPolicy")
    return policy.text if policy is not None else None


def _hidden(view, index) -> bool:
    if isinstance(view, QTableView):
        return view.isColumnHidden(index.column()) or view.isRowHidden(index.row())
    return view.isColumnHidden(index.column())


def _cell_problem(view, index) -> list[str]:
    if isinstance(view, QTableView) and (view.isColumnHidden(index.column())
                                         or view.isRowHidden(index.row())):
        return []
    if isinstance(view, QTreeView) and view.isColumnHidden(index.column()):
        return []
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return []
    text = text.split("\n")[0]
    rect = view.visualRect(index)
    if rect.width() <= 0:
        return []
    metrics = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    has_icon = index.data(Qt.ItemDataRole.DecorationRole) is not None
    available = rect.width() - 2 * margin - (view.iconSize().width() + 4 if has_icon else 0)
    if _CODES_ONLY.match(text):
        wanted = text.strip()
    else:
        m = _LEADING_CODE.match(text)
        if m is None:
            return []
        wanted = text[:m.end() + NAME_CHARS + 1]
    if metrics.horizontalAdvance(wanted) > available:
        return [f"{_name(view)}: {text[:40]!r} shows {available} px of "
                f"{metrics.horizontalAdvance(wanted)} needed for {wanted!r}"]
    return []


def _name(view) -> str:
    return view.objectName() or view.accessibleName() or type(view).__name__


def cut_texts(root) -> list[str]:
    out = []
    for view in _visible_views(root):
        out += header_problems(view)
        out += code_problems(view)
        out += narrow_problems(view)
    return out
