"""Screen readers: every control a user can reach with Tab has a name that is read out,
on every page, in every capture mode and in every dialog."""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from surfaces import all_dialogs

pytest_plugins = ["demo_project"]  # small_demo_file, demo_path

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView, QAbstractSlider)


def unnamed(root: QWidget) -> list[str]:
    found = []
    for w in root.findChildren(QWidget):
        if (not isinstance(w, CONTROLS) or not w.isVisibleTo(root)
                or w.focusPolicy() == w.focusPolicy().NoFocus):
            continue
        if isinstance(w.parent(), QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin box or combo box: the box itself is named
        interface = QAccessible.queryAccessibleInterface(w)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            found.append(f"{type(root).__name__}: {type(w).__name__} {w.objectName()!r} "
                         f"in {type(w.parent()).__name__}")
    return found


def test_every_control_has_an_accessible_name(qtbot, controller, settings, demo_path):
    from digifelt.core.services import activities

    window = controller.open_project(demo_path)
    problems = []
    for page in range(window.rail.count()):
        window.rail.setCurrentRow(page)
        problems += unnamed(window.stack.currentWidget())
    for kind in ("interview", "observation", "document_review"):
        view = activities.list_activities(window.ctx.db, kind=kind)[0]
        window.open_activity(view.activity.id)
        problems += unnamed(window.stack.currentWidget())
    for dialog in all_dialogs(window, settings):
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += unnamed(dialog)
        dialog.close()
        dialog.deleteLater()
    problems += unnamed(controller.show_welcome())
    assert problems == [], "\n".join(problems)
