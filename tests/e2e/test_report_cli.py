"""`digifelt report` through real subprocesses: summary line, one-line errors, no leftovers."""

import hashlib
import subprocess
import sys
import zipfile

import pytest


def run(*args):
    return subprocess.run([sys.executable, "-m", "digifelt", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.digifelt"
    made = run("demo", path, "--size", "small", "--seed", "3")
    assert made.returncode == 0, made.stderr
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_report_writes_a_docx_and_one_summary_line(demo, tmp_path):
    out = tmp_path / "rapport.docx"
    before = digest(demo)
    result = run("report", demo, "-o", out)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert "rapport.docx" in lines[0]
    assert "29 indicators" in lines[0]
    assert zipfile.is_zipfile(out)
    with zipfile.ZipFile(out) as zf:
        assert "Sammendrag" in zf.read("word/document.xml").decode()
    assert digest(demo) == before  # the project is only read

    english = run("report", demo, "-o", tmp_path / "report.docx", "--lang", "en")
    assert english.returncode == 0, english.stderr
    with zipfile.ZipFile(tmp_path / "report.docx") as zf:
        assert "Recommendations" in zf.read("word/document.xml").decode()


def test_bad_template_gives_one_line_exit_1_and_no_file(demo, tmp_path):
    bad = tmp_path / "mal.dotx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "ut" / "rapport.docx"
    out.parent.mkdir()
    result = run("report", demo, "-o", out, "--template", bad)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "mal.dotx" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert list(out.parent.iterdir()) == []

    out.write_bytes(b"previous report")
    again = run("report", demo, "-o", out, "--template", tmp_path / "missing.docx")
    assert again.returncode == 1
    assert "no such template file" in again.stderr
    assert out.read_bytes() == b"previous report"
    assert [p.name for p in out.parent.iterdir()] == ["rapport.docx"]


def test_output_is_required_and_bad_project_is_one_line(tmp_path):
    missing_o = run("report", tmp_path / "x.digifelt")
    assert missing_o.returncode == 2
    assert "-o" in missing_o.stderr
    not_project = tmp_path / "x.digifelt"
    not_project.write_text("hei", encoding="utf-8")
    result = run("report", not_project, "-o", tmp_path / "r.docx")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "r.docx").exists()
