"""The CLI through real subprocesses: exit codes, one-line errors, files left unchanged."""

import hashlib
import subprocess
import sys

import pytest

from digifelt import __version__


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "digifelt", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"digifelt {__version__}"


def test_rubric_list_and_validate(tmp_path):
    listed = run("rubric", "list")
    assert listed.returncode == 0
    assert "digital-ståstedskartlegging-kommune" in listed.stdout
    assert "organisational-digital-maturity" in listed.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: digifelt-rubric\nversion: 1\nid: x\ntitle: ''\nlanguage: nb\n"
                   "scale: [{value: 1, label: a}]\nareas: []\n", encoding="utf-8")
    result = run("rubric", "validate", bad)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "bad.yaml" in lines[0]
    assert "title" in lines[0]
    assert "Traceback" not in result.stderr


def test_new_check_search_on_the_demo(tmp_path):
    demo = tmp_path / "demo.digifelt"
    created = run("demo", demo, "--size", "small", "--seed", "7")
    assert created.returncode == 0, created.stderr
    assert "activities" in created.stdout
    checked = run("check", demo)
    assert checked.returncode == 0
    assert "no problems found" in checked.stdout
    found = run("search", demo, "strategi")
    assert found.returncode == 0
    assert "«strategi" in found.stdout.lower()
    again = run("demo", demo)
    assert again.returncode == 1
    assert "already exists" in again.stderr

    new = tmp_path / "ny.digifelt"
    made = run("new", new, "--rubric", "organisational-digital-maturity", "--title",
               "Baseline", "--organisation", "Sámi Council", "--lang", "en")
    assert made.returncode == 0, made.stderr
    assert run("check", new).returncode == 0


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00junk"])
def test_bad_files_give_one_line_and_stay_unchanged(tmp_path, content):
    path = tmp_path / "bad.digifelt"
    path.write_bytes(content)
    before = digest(path)
    for args in (("search", path, "x"), ("check", path)):
        result = run(*args)
        assert result.returncode != 0
        assert "Traceback" not in result.stderr + result.stdout
        assert digest(path) == before


def test_unknown_rubric_and_missing_file(tmp_path):
    result = run("new", tmp_path / "x.digifelt", "--rubric", "nope", "--title", "T",
                 "--organisation", "O")
    assert result.returncode == 1
    assert "digital-ståstedskartlegging-kommune" in result.stderr
    assert not (tmp_path / "x.digifelt").exists()
    result = run("search", tmp_path / "missing.digifelt", "x")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1


def test_check_reports_damage_with_nonzero_exit(tmp_path):
    import sqlite3

    path = tmp_path / "d.digifelt"
    assert run("demo", path, "--seed", "2").returncode == 0
    con = sqlite3.connect(path)
    con.execute("DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM search_fts LIMIT 5)")
    con.execute("UPDATE excerpt SET start = start + 1 WHERE rowid IN "
                "(SELECT rowid FROM excerpt WHERE start IS NOT NULL LIMIT 1)")
    con.commit()
    con.close()
    result = run("check", path)
    assert result.returncode == 1
    assert "search index" in result.stdout
    assert "no longer points" in result.stdout
