"""The scripting API's contract: the README's example runs as written, and means what it says."""

import re
import shutil
from pathlib import Path

import pytest

from digifelt.api import Project
from digifelt.errors import ProjectFileError

README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_example() -> str:
    section = README.read_text(encoding="utf-8").split("## Scripting", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_readme_example_runs_as_written(tmp_path, blank_project_file, monkeypatch):
    shutil.copy(blank_project_file, tmp_path / "x.digifelt")
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(compile(_readme_example(), "README.md", "exec"), scope)  # noqa: S102
    snap, x = scope["snap"], scope["x"]
    [excerpt] = snap["excerpts"]
    assert excerpt["id"] == x.id
    assert excerpt["created_at"].startswith(x.created_at.strftime("%Y-%m-%dT%H:%M:%S"))
    [finding] = [f for f in snap["findings"] if f["excerpt_ids"]]
    assert finding["excerpt_ids"] == [x.id]
    assert finding["level"] == 2
    assert "exported_at" not in snap
    assert snap["assessors"][-1]["name"] == "Kari Nordmann"
    assert snap["activities"][0]["entries"][0]["author_id"] == snap["assessors"][-1]["id"]


def test_the_example_step_by_step(tmp_path, blank_project_file):
    path = tmp_path / "x.digifelt"
    shutil.copy(blank_project_file, path)
    with Project.open(path, author="Kari Nordmann") as p:
        a = p.add_activity(kind="interview", title="Intervju ledere")
        e = p.add_entry(activity_id=a.id, text="Vi har en plan for digitalisering.")
        x = p.tag_excerpt(entry_id=e.id, start=0, end=15, indicators=["1.1"],
                          valence="strength")
        assert x.text == "Vi har en plan "
        p.update_finding(indicator="1.1", level=2, excerpt_ids=[x.id])
        with_x = p.snapshot()
        p.delete_excerpt(x.id)
        without_x = p.snapshot()
        assert without_x["excerpts"] == []
        assert p.can_undo() == "Remove tag"
        p.undo()
        assert p.snapshot() == with_x
        assert p.finding("1.1").excerpt_ids == [x.id]
        p.redo()
        assert p.snapshot() == without_x
        p.undo()
        assert p.snapshot() == with_x
    # Reopened: the undone deletion stays undone (it was committed like any other change).
    with Project.open(path, backup=False) as p:
        assert p.finding("1.1").excerpt_ids == [x.id]
        assert p.can_undo() is None  # history lasts the session, not the file


def test_a_missing_file_is_an_error_and_is_not_created(tmp_path):
    with pytest.raises(ProjectFileError, match="no such project file"):
        Project.open(tmp_path / "x.digifelt")
    assert list(tmp_path.iterdir()) == []


def test_unknown_indicator_codes_are_refused_and_change_nothing(tmp_path, blank_project_file):
    from digifelt.core.errors import NotFoundError

    path = tmp_path / "x.digifelt"
    shutil.copy(blank_project_file, path)
    with Project.open(path, author="Per") as p:
        a = p.add_activity(kind="interview", title="Intervju")
        e = p.add_entry(activity_id=a.id, text="Noe.")
        before = p.snapshot()
        with pytest.raises(NotFoundError, match="9.9"):
            p.tag_excerpt(entry_id=e.id, start=0, end=3, indicators=["1.1", "9.9"])
        with pytest.raises(NotFoundError):
            p.update_finding(indicator="1.1.1", level=1)
        assert p.snapshot() == before
        assert p.can_undo() == "Add note"
