"""Turn errors into one clear message box line; keep the app alive on unexpected ones."""

import sys
import traceback
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from digifelt import error_text
from digifelt.errors import DigifeltError
from digifelt.ui.i18n import translate


def show_error(parent: QWidget | None, message: str, headline: str | None = None) -> None:
    """One message box. With a `headline` (in the user's language: what happened and that
    nothing changed), the one-line reason goes below it as the detail."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Errors", "digifelt"),
                      headline or message, QMessageBox.StandardButton.Ok, parent)
    if headline:
        box.setInformativeText(message)
    box.exec()


def os_error_message(exc: BaseException) -> str | None:
    """The translated line for an expected OS-level failure (see digifelt/error_text.py), or
    None for anything else."""
    known = error_text.describe(exc)
    if known is None:
        return None
    memory = translate("Errors", "not enough memory to finish (the input may be too large)")
    translations = {
        error_text.PERMISSION: translate("Errors", "%1: permission denied"),
        error_text.READ_ONLY: translate("Errors", "%1: the folder or disk is read-only"),
        error_text.NOT_FOUND: translate("Errors", "%1: no such file or folder"),
        error_text.IS_FOLDER: translate("Errors", "%1: is a folder, not a file"),
        error_text.NOT_FOLDER: translate("Errors", "%1: part of this path is a file, not a folder"),
        error_text.EXISTS: translate("Errors", "%1: already exists"),
        error_text.DISK_FULL: translate("Errors", "%1: the disk is full"),
        error_text.NAME_TOO_LONG: translate("Errors", "%1: the name is too long"),
        error_text.OTHER_FILE: translate("Errors", "%1: %2"),
        error_text.OTHER: translate("Errors", "the system reported an error: %2"),
        error_text.MEMORY: memory,
    }
    return known.format(translations.get(known.template))


class _Outcome:
    failed = False


@contextmanager
def user_errors(parent: QWidget | None):
    """Run service calls; a DigifeltError or an OS-level failure (no permission, disk full)
    becomes a message box and `outcome.failed`. Anything else is a bug and goes on up."""
    outcome = _Outcome()
    try:
        yield outcome
    except DigifeltError as exc:
        outcome.failed = True
        show_error(parent, str(exc))
    except Exception as exc:
        message = os_error_message(exc)
        if message is None:
            raise
        outcome.failed = True
        show_error(parent, message)


def _excepthook(exc_type, exc, tb) -> None:
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    parent = QApplication.activeWindow()
    if isinstance(exc, DigifeltError):
        show_error(parent, str(exc))
        return
    if (message := os_error_message(exc)) is not None:
        print(f"digifelt: error: {error_text.describe(exc).format()}", file=sys.stderr)
        show_error(parent, message)
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
