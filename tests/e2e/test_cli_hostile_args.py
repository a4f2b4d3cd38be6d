"""Every CLI verb given hostile arguments fails with exactly one line, `digifelt: error: …`, and
a non-zero exit: missing files, folders for files, files for folders, missing output folders,
empty strings, huge numbers, NUL bytes, pipes and endless devices as input. Nothing hangs, and
the project given is left byte-identical."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys

import pytest

from digifelt.cli import main

RUBRIC = "organisational-digital-maturity"
NEW = ["--rubric", RUBRIC, "--title", "T", "--organisation", "O"]

CASES = [
    ["nosuchverb", "--x"],
    ["--bogus"],
    ["new"],
    ["new", "folder", *NEW],
    ["new", "proj.digifelt", *NEW],
    ["new", "missing/x.digifelt", *NEW],
    ["new", "text.txt/x.digifelt", *NEW],
    ["new", "", *NEW],
    ["new", "n.digifelt", "--rubric", "/dev/zero", "--title", "T", "--organisation", "O"],
    ["new", "n.digifelt", "--rubric", "fifo", "--title", "T", "--organisation", "O"],
    ["new", "n.digifelt", "--rubric", "folder", "--title", "T", "--organisation", "O"],
    ["new", "n.digifelt", "--rubric", "", "--title", "T", "--organisation", "O"],
    ["new", "n.digifelt", "--rubric", "x" * 5000, "--title", "T", "--organisation", "O"],
    ["new", "n.digifelt", "--rubric", RUBRIC, "--title", "", "--organisation", "O"],
    ["new", "n.digifelt", "--rubric", RUBRIC, "--title", "a\x0bb", "--organisation", "O"],
    ["new", "n.digifelt", "--rubric", RUBRIC, "--title", "T", "--organisation", "\u202eO"],
    ["new", "n.digifelt", *NEW, "--lang", "xx"],
    ["new", "n.digifelt", *NEW, "--period", "\x1b[2J"],
    ["new", "fifo", *NEW],
    ["new", "a\x00b.digifelt", *NEW],
    ["demo", "missing/d.digifelt"],
    ["demo", "folder"],
    ["demo", "text.txt/d.digifelt"],
    ["demo", "proj.digifelt"],
    ["demo", "d.digifelt", "--seed", "1" * 5000],
    ["demo", "d.digifelt", "--size", "huge"],
    ["search", "missing.digifelt", "x"],
    ["search", "folder", "x"],
    ["search", "text.txt", "x"],
    ["search", "/dev/zero", "x"],
    ["search", "fifo", "x"],
    ["search", "", "x"],
    ["search", "proj.digifelt", "x", "--limit", "100000000000000000000"],
    ["search", "proj.digifelt", "x", "--limit", "1" * 5000],
    ["search", "proj.digifelt", "x", "--limit", "-1"],
    ["search", "proj.digifelt", "x", "--limit", "0"],
    ["search", "proj.digifelt", "x", "--limit", ""],
    ["search", "proj.digifelt", "x", "--limit", "1e20"],
    ["search", "proj.digifelt", "x\x00"],
    ["check", "missing.digifelt"],
    ["check", "folder"],
    ["check", "fifo"],
    ["check", "/dev/zero"],
    ["check", ""],
    ["rubric"],
    ["rubric", "validate"],
    ["rubric", "validate", "missing.yaml"],
    ["rubric", "validate", "folder"],
    ["rubric", "validate", "/dev/zero"],
    ["rubric", "validate", "fifo"],
    ["rubric", "validate", ""],
    ["rubric", "validate", "proj.digifelt"],
    ["rubric", "validate", "text.txt"],
    ["backup"],
    ["backup", "restore", "proj.digifelt", "99999999999999999999999"],
    ["backup", "restore", "proj.digifelt", "missing.bak"],
    ["backup", "restore", "proj.digifelt", "folder"],
    ["backup", "restore", "missing.digifelt"],
    ["bundle"],
    ["bundle", "export", "proj.digifelt", "-o", "missing/out.zip"],
    ["bundle", "export", "proj.digifelt", "-o", "folder"],
    ["bundle", "export", "proj.digifelt", "-o", "text.txt/out.zip"],
    ["bundle", "export", "proj.digifelt", "-o", ""],
    ["bundle", "export", "proj.digifelt", "-o", "fifo"],
    ["bundle", "export", "missing.digifelt", "-o", "out.zip"],
    ["bundle", "verify", "missing.zip"],
    ["bundle", "verify", "folder"],
    ["bundle", "verify", "text.txt"],
    ["bundle", "verify", "/dev/zero"],
    ["bundle", "verify", "fifo"],
    ["bundle", "verify", ""],
    ["bundle", "import", "proj.digifelt", "missing.zip"],
    ["bundle", "import", "proj.digifelt", "folder"],
    ["bundle", "import", "proj.digifelt", "/dev/zero"],
    ["bundle", "import", "proj.digifelt", "fifo"],
    ["bundle", "import", "proj.digifelt", "text.txt"],
    ["bundle", "import", "folder", "b.zip"],
    ["bundle", "import", "fifo", "b.zip"],
    ["bundle", "import", "missing/x.digifelt", "b.zip"],
    ["bundle", "import", "text.txt", "b.zip"],
    ["matrix", "proj.digifelt", "-o", "missing/m.xlsx"],
    ["matrix", "proj.digifelt", "-o", "folder"],
    ["matrix", "proj.digifelt", "-o", "text.txt/m.xlsx"],
    ["matrix", "proj.digifelt", "-o", "fifo.xlsx"],
    ["matrix", "proj.digifelt", "-o", "m.xlsx", "--by", "xx"],
    ["matrix", "proj.digifelt", "-o", ""],
    ["matrix", "missing.digifelt", "-o", "m.xlsx"],
    ["matrix", "fifo", "-o", "m.csv"],
    ["privacy"],
    ["privacy", "status", "missing.digifelt"],
    ["privacy", "status", "folder"],
    ["privacy", "status", "text.txt"],
    ["privacy", "status", "fifo"],
    ["privacy", "erase-notes", "proj.digifelt"],
    ["privacy", "erase-notes", "missing.digifelt", "--yes"],
    ["qdpx", "proj.digifelt", "-o", "missing/q.qdpx"],
    ["qdpx", "proj.digifelt", "-o", "folder"],
    ["qdpx", "proj.digifelt", "-o", "text.txt/q.qdpx"],
    ["qdpx", "proj.digifelt", "-o", "fifo.qdpx"],
    ["qdpx", "missing.digifelt", "-o", "q.qdpx"],
    ["report", "proj.digifelt", "-o", "missing/r.docx"],
    ["report", "proj.digifelt", "-o", "folder"],
    ["report", "proj.digifelt", "-o", "text.txt/r.docx"],
    ["report", "proj.digifelt", "-o", "fifo.docx"],
    ["report", "proj.digifelt", "-o", "r.docx", "--template", "/dev/zero"],
    ["report", "proj.digifelt", "-o", "r.docx", "--template", "fifo"],
    ["report", "proj.digifelt", "-o", "r.docx", "--template", "missing.dotx"],
    ["report", "proj.digifelt", "-o", "r.docx", "--template", "folder"],
    ["report", "proj.digifelt", "-o", "r.docx", "--template", "text.txt"],
    ["report", "proj.digifelt", "-o", "r.docx", "--lang", "xx"],
    ["report", "missing.digifelt", "-o", "r.docx"],
    ["report", "fifo", "-o", "r.docx"],
]

PIPES = ("fifo", "fifo.xlsx", "fifo.qdpx", "fifo.docx")


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def bundle_zip(tmp_path_factory, blank_project_file):
    out = tmp_path_factory.mktemp("bundle") / "b.zip"
    assert main(["bundle", "export", str(blank_project_file), "-o", str(out)]) == 0
    return out


@pytest.fixture
def workspace(tmp_path, monkeypatch, blank_project_file, bundle_zip):
    shutil.copy(blank_project_file, tmp_path / "proj.digifelt")
    shutil.copy(bundle_zip, tmp_path / "b.zip")
    (tmp_path / "folder").mkdir()
    (tmp_path / "text.txt").write_text("hello\n", encoding="utf-8")
    for name in PIPES:
        os.mkfifo(tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def snapshot(folder) -> dict:
    return {p.name: (digest(p) if p.is_file() else p.stat().st_mode)
            for p in sorted(folder.iterdir())}


def one_line(err: str) -> str:
    assert "Traceback" not in err
    assert "unexpected error" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("digifelt: error: ")
    return lines[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"),
                    reason="needs FIFOs and /dev/zero")
@pytest.mark.parametrize("argv", CASES, ids=lambda argv: " ".join(argv)[:60] or "(empty)")
def test_a_hostile_argument_is_one_line_and_changes_nothing(workspace, capsys, argv):
    before = snapshot(workspace)
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code != 0, out
    line = one_line(err)
    assert "\x1b" not in line
    assert "\x00" not in line
    assert snapshot(workspace) == before


def test_help_and_version_succeed_quietly(capsys):
    assert main(["--help"]) == 0
    assert main(["--version"]) == 0
    assert main(["rubric", "--help"]) == 0
    assert capsys.readouterr().err == ""


def test_a_usage_error_names_the_verb_and_the_help(capsys):
    assert main(["search", "p.digifelt", "x", "--limit", "1e20"]) == 2
    line = one_line(capsys.readouterr().err)
    assert line == ("digifelt: error: search: argument --limit: must be a whole number "
                    "from 1 to 10000, not '1e20' (see: digifelt search --help)")
    assert main(["serch", "p.digifelt"]) == 2  # alone, a word is a file to open in the app
    assert one_line(capsys.readouterr().err).startswith(
        "digifelt: error: argument COMMAND: invalid choice: 'serch'")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("argv", [
    ["rubric", "validate", "{fifo}"],
    ["check", "{fifo}"],
    ["search", "{fifo}", "x"],
    ["bundle", "verify", "{fifo}"],
    ["report", "{fifo}", "-o", "{dir}/r.docx"],
])
def test_a_pipe_as_input_never_hangs_the_real_program(tmp_path, argv):
    """In a real process, with a deadline: a blocked open() would hang an in-process test."""
    fifo = tmp_path / "in"
    os.mkfifo(fifo)
    args = [a.format(fifo=fifo, dir=tmp_path) for a in argv]
    result = subprocess.run([sys.executable, "-m", "digifelt", *args], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1
    assert one_line(result.stderr)


def test_a_file_name_that_is_not_utf8_is_printed_escaped(tmp_path, blank_project_file):
    if sys.platform == "win32":
        pytest.skip("POSIX byte file names")
    name = os.fsdecode(b"caf\xe9.digifelt")
    shutil.copy(blank_project_file, tmp_path / name)
    result = subprocess.run([sys.executable, "-m", "digifelt", "search",
                             os.fsencode(tmp_path / name), "zzzz"],
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
