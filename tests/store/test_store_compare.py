"""Listing and comparing in the store: two organisations, filters, the .xlsx read back."""

import re
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from digifelt.cli import main


@pytest.fixture(scope="session")
def two_demos(tmp_path_factory) -> tuple[Path, Path]:
    """Two organisations' assessments of the same rubric, with different agreed levels."""
    from digifelt.api import Project
    from digifelt.core.demo import generate_demo

    folder = tmp_path_factory.mktemp("two")
    a, b = folder / "fjellvik.digifelt", folder / "havbygd.digifelt"
    generate_demo(a, seed=1)
    generate_demo(b, seed=2)
    with Project.open(a, backup=False) as p:
        p.update_finding(indicator="1.1", level=2, status="agreed")
        p.update_finding(indicator="1.2", level=3, status="agreed")
    with Project.open(b, backup=False) as p:
        p.update_project(organisation="Havbygd kommune", period="2027")
        p.update_finding(indicator="1.1", level=4, status="agreed")
        p.update_finding(indicator="1.2", status="draft")
    return a, b


@pytest.fixture
def published(store, two_demos, tmp_path, capsys) -> str:
    for path in two_demos:
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        assert main(["store", "publish", str(copy), "--url", store]) == 0
    capsys.readouterr()
    return store


def _sheet(path: Path, index: int) -> list[list]:
    wb = load_workbook(path)
    return [list(r) for r in wb.worksheets[index].iter_rows(values_only=True)]


def test_compare_two_organisations(published, tmp_path, capsys):
    out = tmp_path / "compare.xlsx"
    assert main(["store", "compare", "--url", published, "-o", str(out), "--lang", "en"]) == 0
    assert "2 assessments" in capsys.readouterr().out
    levels = _sheet(out, 0)
    head = levels[0]
    assert head[:3] == ["Area", "Indicator", "Title"]
    assert head[3].startswith("Fjellvik kommune")
    assert head[4].startswith("Havbygd kommune")
    assert head[5:] == ["Mean", "Range"]
    by_code = {r[1]: r for r in levels[1:]}
    assert len(by_code) == 29
    assert by_code["1.1"][3:7] == [2, 4, 3, "2–4"]
    assert by_code["1.2"][3] == 3
    assert by_code["1.2"][4] == "–"  # draft in Havbygd: not published
    basis = {r[1]: r for r in _sheet(out, 1)[1:]}
    cell = basis["1.1"][3]
    assert re.fullmatch(r"\d+ \(\+\d+ −\d+\): interview \d+(, [a-z ]+ \d+)*; \d+ kinds?, "
                        r"\d+ groups?, (not )?triangulated; \d+ quotes?", cell), cell
    listed = _sheet(out, 2)
    assert [r[0] for r in listed[1:]] == ["Fjellvik kommune", "Havbygd kommune"]


def test_compare_one_organisation_and_rubric(published, tmp_path, capsys):
    out = tmp_path / "one.xlsx"
    assert main(["store", "compare", "--url", published, "--organisation", "havbygd KOMMUNE",
                 "--rubric", "digital-ståstedskartlegging-kommune", "-o", str(out)]) == 0
    levels = _sheet(out, 0)
    assert levels[0][0] == "Område"  # the assessments' language
    assert len(levels[0]) == 3 + 1 + 2
    assert {r[1]: r[3] for r in levels[1:]}["1.1"] == 4


def test_compare_with_no_match_is_one_line(published, tmp_path, capsys):
    out = tmp_path / "none.xlsx"
    assert main(["store", "compare", "--url", published, "--rubric", "other", "-o",
                 str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no assessment in the store matches" in err
    assert not out.exists()


def test_list(published, capsys):
    assert main(["store", "list", "--url", published]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[1].startswith("Fjellvik kommune")
    assert lines[2].startswith("Havbygd kommune")


def test_list_reads_the_url_from_the_environment(published, monkeypatch, capsys):
    monkeypatch.setenv("DIGIFELT_STORE_URL", published)
    assert main(["store", "list"]) == 0
    assert "Havbygd kommune" in capsys.readouterr().out
