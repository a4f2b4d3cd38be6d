"""Light and dark mode: the app keeps Qt's system palette, so it follows the OS; where it paints
a fixed colour behind text (valence, agreed findings, the matrix, tag highlights), it also
fixes a text colour that stays readable on it, whatever the palette's text colour is."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView

pytest_plugins = ["demo_project"]  # small_demo_file, demo_path


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colour(value) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    return QColor(value) if isinstance(value, QColor | Qt.GlobalColor) else None


def columns(model, parent) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models keep columnCount private in PySide6
        return 1


def painted_cells(model, parent=None, limit=400):
    parent = QModelIndex() if parent is None else parent
    for row in range(min(model.rowCount(parent), limit)):
        for column in range(columns(model, parent)):
            index = model.index(row, column, parent)
            background = colour(model.data(index, Qt.ItemDataRole.BackgroundRole))
            if background is not None:
                yield index, background, colour(model.data(index, Qt.ItemDataRole.ForegroundRole))
        yield from painted_cells(model, model.index(row, 0, parent), limit)


def test_text_on_fixed_colours_is_readable_in_both_modes(qtbot, controller, demo_path):
    from digifelt.core.services import activities

    window = controller.open_project(demo_path)
    roots = []
    for page in range(window.rail.count()):
        window.rail.setCurrentRow(page)
        roots.append(window.stack.currentWidget())
    for kind in ("interview", "observation", "document_review"):
        window.open_activity(activities.list_activities(window.ctx.db, kind=kind)[0].activity.id)
        roots.append(window.stack.currentWidget())
    problems, checked = [], 0
    for root in roots:
        for view in root.findChildren(QAbstractItemView):
            if view.model() is None:
                continue
            for index, background, foreground in painted_cells(view.model()):
                checked += 1
                if foreground is None or contrast(background, foreground) < 4.5:
                    problems.append(f"{view.objectName()}[{index.row()},{index.column()}] "
                                    f"{background.name()} / "
                                    f"{foreground.name() if foreground else 'palette text'}")
    assert checked > 20
    assert problems[:10] == []
