"""OS-level failures become one plain line (CLI exit 1); programming errors stay "unexpected"
(exit 3) so a tidy line never hides a bug."""

from __future__ import annotations

import errno
import os

import pytest

from digifelt import cli, error_text
from digifelt.error_text import describe


def real_error(action) -> OSError:
    try:
        action()
    except OSError as exc:
        return exc
    raise AssertionError("no error was raised")


@pytest.mark.parametrize(("exc", "line"), [
    (PermissionError(errno.EACCES, "Permission denied", "ro/p.digifelt.lock"),
     "ro/p.digifelt.lock: permission denied"),
    (PermissionError(errno.EPERM, "Operation not permitted", "p.digifelt"),
     "p.digifelt: permission denied"),
    (OSError(errno.EROFS, "Read-only file system", "/media/usb/p.digifelt.lock"),
     "/media/usb/p.digifelt.lock: the folder or disk is read-only"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory", ".x.digifelt.importing"),
     ".x.digifelt.importing: no such file or folder"),
    (IsADirectoryError(errno.EISDIR, "Is a directory", "out"), "out: is a folder, not a file"),
    (NotADirectoryError(errno.ENOTDIR, "Not a directory", "a.txt/b"),
     "a.txt/b: part of this path is a file, not a folder"),
    (FileExistsError(errno.EEXIST, "File exists", "x"), "x: already exists"),
    (OSError(errno.ENOSPC, "No space left on device", "r.docx"), "r.docx: the disk is full"),
    (OSError(errno.ENAMETOOLONG, "File name too long", "n"), "n: the name is too long"),
    (OSError(errno.EIO, "Input/output error", "p.digifelt"), "p.digifelt: Input/output error"),
    (OSError(errno.EIO, "Input/output error"), "the system reported an error: Input/output error"),
    (MemoryError(), "not enough memory to finish (the input may be too large)"),
])
def test_each_os_failure_has_its_line(exc, line):
    assert describe(exc).format() == line


def test_a_rename_names_the_target_not_our_temporary_file():
    exc = PermissionError(errno.EACCES, "Permission denied", ".out.zip.x1.partial", None, "out.zip")
    assert describe(exc).format() == "out.zip: permission denied"


def test_file_names_are_shown_not_obeyed():
    exc = PermissionError(errno.EACCES, "Permission denied", "evil\x1b[2J\nname\u202etxt.exe")
    line = describe(exc).format()
    assert "\x1b" not in line
    assert "\n" not in line
    assert "\u202e" not in line
    assert line.startswith("evil?[2J?name?txt.exe")
    raw = describe(PermissionError(errno.EACCES, "x", b"caf\xff")).format()
    assert raw == "caf\\udcff: permission denied"
    assert len(describe(PermissionError(errno.EACCES, "x", "a" * 5000)).format()) < 400


def test_real_os_errors_are_described(tmp_path):
    (tmp_path / "f.txt").write_text("x")
    cases = {
        lambda: open(tmp_path / "missing"): "no such file or folder",  # noqa: SIM115
        lambda: open(tmp_path): "is a folder, not a file",  # noqa: SIM115
        lambda: open(tmp_path / "f.txt" / "x"): "part of this path is a file",  # noqa: SIM115
        lambda: os.mkdir(tmp_path): "already exists",
        lambda: open(tmp_path / ("n" * 300)): "the name is too long",  # noqa: SIM115
    }
    for action, phrase in cases.items():
        line = describe(real_error(action)).format()
        assert phrase in line
        assert line.startswith((str(tmp_path), "…nnn"))  # a long name keeps its end


@pytest.mark.parametrize("exc", [
    RecursionError("maximum recursion depth exceeded"), OverflowError("int too large"),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), ValueError("x"),
    KeyError("k"), TypeError("t"), OSError("an OSError without errno, raised by a library"),
])
def test_programming_errors_are_not_described(exc):
    assert describe(exc) is None


def _failing(exc):
    def run(_args):
        raise exc
    return run


@pytest.mark.parametrize("exc", [
    PermissionError(errno.EACCES, "Permission denied", "ro/p.digifelt.lock"),
    OSError(errno.EROFS, "Read-only file system", "ro/p.digifelt"),
    FileNotFoundError(errno.ENOENT, "No such file or directory", "gone.digifelt"),
    IsADirectoryError(errno.EISDIR, "Is a directory", "out"),
    NotADirectoryError(errno.ENOTDIR, "Not a directory", "a.txt/b"),
    FileExistsError(errno.EEXIST, "File exists", "x"),
    OSError(errno.ENOSPC, "No space left on device", "r.docx"),
    OSError(errno.ENAMETOOLONG, "File name too long", "n"),
    OSError(errno.EIO, "Input/output error", "p.digifelt"),
    MemoryError(),
])
def test_the_cli_prints_one_line_and_exits_1(monkeypatch, capsys, exc):
    monkeypatch.setattr("digifelt.commands.project._check", _failing(exc))
    assert cli.main(["check", "p.digifelt"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err == f"digifelt: error: {describe(exc).format()}\n"


@pytest.mark.parametrize("exc", [RecursionError("deep"), OverflowError("big"), KeyError("k"),
                                 UnicodeEncodeError("ascii", "ø", 0, 1, "no"),
                                 OSError("no errno")])
def test_a_programming_error_stays_unexpected_with_exit_3(monkeypatch, capsys, exc):
    monkeypatch.setattr("digifelt.commands.project._check", _failing(exc))
    assert cli.main(["check", "p.digifelt"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"digifelt: unexpected error: {type(exc).__name__}")
    assert "--debug" in err
    assert cli.main(["--debug", "check", "p.digifelt"]) == 3
    assert "Traceback" in capsys.readouterr().err


def test_a_closed_output_pipe_ends_quietly(monkeypatch, capsys):
    monkeypatch.setattr("digifelt.commands.project._check", _failing(BrokenPipeError()))
    assert cli.main(["check", "p.digifelt"]) == 1
    assert capsys.readouterr().err == ""


def test_every_template_has_a_translation_in_the_gui():
    import inspect

    from digifelt.ui import errors

    source = inspect.getsource(errors.os_error_message)
    templates = [v for k, v in vars(error_text).items() if k.isupper() and isinstance(v, str)]
    assert len(templates) == 11
    for template in templates:
        assert f'"{template}"' in source, template
