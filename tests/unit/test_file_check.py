"""The file check started ahead of opening: used only for the same, unchanged file."""

import sqlite3

import pytest

from digifelt.errors import NotAProjectError
from digifelt.storage import file_check
from digifelt.storage.database import create_database, open_database


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "p.digifelt"
    create_database(path).close()
    return path


def test_the_check_started_ahead_is_taken_once(path, monkeypatch):
    file_check.start_inspection(path)
    calls = []
    monkeypatch.setattr(file_check, "inspect_file", lambda p: calls.append(p) or "fresh")
    assert file_check.inspection_for(path).quick_check == "ok"  # the one made ahead
    assert calls == []
    assert file_check.inspection_for(path) == "fresh"  # taken: the next open checks again
    assert calls == [path]


def test_a_file_changed_after_the_check_began_is_checked_again(path):
    file_check.start_inspection(path)
    file_check._ahead[2].result()  # the check has finished…
    con = sqlite3.connect(path)  # …then someone slips in a trigger of their own
    con.execute("CREATE TRIGGER evil AFTER INSERT ON entry BEGIN DELETE FROM finding; END")
    con.commit()
    con.close()
    with pytest.raises(NotAProjectError, match="did not create"):
        open_database(path)


def test_a_check_made_ahead_for_another_file_is_not_used(path, tmp_path):
    other = tmp_path / "other.digifelt"
    other.write_bytes(b"not a project at all")
    file_check.start_inspection(path)
    with pytest.raises(NotAProjectError, match="other.digifelt"):
        open_database(other)


def test_a_refusal_found_ahead_names_the_file(tmp_path):
    bad = tmp_path / "bad.digifelt"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    file_check.start_inspection(bad)
    with pytest.raises(Exception, match="bad.digifelt"):
        open_database(bad)
