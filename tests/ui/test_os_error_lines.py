"""The GUI shows an OS-level failure (no permission, disk full, out of memory) as the same one
line as the CLI, translated, instead of "Something unexpected went wrong"."""

import errno
import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from ui_helpers import on_modal

from digifelt.ui import i18n
from digifelt.ui.errors import install_excepthook, user_errors


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def read_box(qtbot, seen: list) -> None:
    on_modal(qtbot, lambda box: (seen.append((box.icon(), box.text())), box.accept()))


def test_a_permission_error_in_a_user_action_is_one_translated_line(qtbot, parent):
    seen: list = []
    i18n.install_language("nb")
    try:
        read_box(qtbot, seen)
        with user_errors(parent) as outcome:
            raise PermissionError(errno.EACCES, "Permission denied", "ro/p.digifelt.lock")
    finally:
        i18n.install_language("en")
    assert outcome.failed
    assert seen == [(QMessageBox.Icon.Warning, "ro/p.digifelt.lock: ingen tilgang")]


def test_a_full_disk_in_english(qtbot, parent):
    seen: list = []
    read_box(qtbot, seen)
    with user_errors(parent) as outcome:
        raise OSError(errno.ENOSPC, "No space left on device", "report.docx")
    assert outcome.failed
    assert seen[0][1] == "report.docx: the disk is full"


def test_a_programming_error_is_not_swallowed_by_user_errors(parent):
    with pytest.raises(KeyError), user_errors(parent):
        raise KeyError("bug")


def test_the_excepthook_gives_os_errors_their_line_not_the_crash_dialog(
        qtbot, parent, monkeypatch, capsys):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    seen: list = []
    read_box(qtbot, seen)
    try:
        raise MemoryError
    except MemoryError:
        sys.excepthook(*sys.exc_info())
    assert seen == [(QMessageBox.Icon.Warning,
                     "not enough memory to finish (the input may be too large)")]
    assert "Traceback" not in capsys.readouterr().err
