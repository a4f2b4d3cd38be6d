"""Turn errors into one clear message box line; keep the app alive on unexpected ones."""

import sys
import traceback
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from digifelt.errors import DigifeltError
from digifelt.ui.i18n import translate


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, translate("Errors", "digifelt"), message)


class _Outcome:
    failed = False


@contextmanager
def user_errors(parent: QWidget | None):
    """Run service calls; a DigifeltError becomes a message box and `outcome.failed`."""
    outcome = _Outcome()
    try:
        yield outcome
    except DigifeltError as exc:
        outcome.failed = True
        show_error(parent, str(exc))


def _excepthook(exc_type, exc, tb) -> None:
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, DigifeltError):
        show_error(parent, str(exc))
        return
    traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Errors", "digifelt"),
                      translate("Errors", "Something unexpected went wrong: %1. Saved notes "
                                "are safe; you can keep working.").replace(
                          "%1", f"{exc_type.__name__}: {exc}"),
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = _excepthook
