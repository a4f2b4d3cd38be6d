"""Comparing assessments: levels, evidence basis and change per indicator, to .xlsx and
.docx read back; different rubrics refused or compared on what they share."""

import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from digifelt.api import Project
from digifelt.cli import main
from digifelt.core.services.compare import CompareError, compare
from digifelt.core.services.projects import create_project
from digifelt.core.services.reassess import reassess
from digifelt.core.template import find_template
from digifelt.exports.compare_export import export_compare


def _tag(p: Project, kind: str, code: str, n: int) -> None:
    act = p.add_activity(kind=kind, title=f"{kind} {code}")
    for i in range(n):
        entry = p.add_entry(activity_id=act.id, text=f"Utsagn nummer {i} om {code}.")
        p.tag_excerpt(entry_id=entry.id, start=0, end=10, indicators=[code])


@pytest.fixture
def three(tmp_path, blank_project_file):
    """Fjellvik 2026, Elvdal 2027 and Fjellvik 2027 (a re-assessment of the first)."""
    a = Path(tmp_path) / "fjellvik-2026.digifelt"
    shutil.copy(blank_project_file, a)
    with Project.open(a, backup=False) as p:
        p.update_project(period="2026")
        _tag(p, "interview", "1.1", 2)
        _tag(p, "observation", "1.1", 1)
        p.update_finding(indicator="1.1", level=2, status="agreed")
        p.update_finding(indicator="1.2", level=3, status="agreed")
        p.update_finding(indicator="2.1", level=2, status="agreed")
    b = Path(tmp_path) / "fjellvik-2027.digifelt"
    reassess(a, b, period="2027")
    with Project.open(b, backup=False) as p:
        _tag(p, "interview", "1.1", 1)
        p.update_finding(indicator="1.1", level=3, status="agreed")
        p.update_finding(indicator="1.2", level=2, status="agreed")
        p.update_finding(indicator="2.1", level=2, status="agreed")
    c = Path(tmp_path) / "elvdal.digifelt"
    shutil.copy(blank_project_file, c)
    with Project.open(c, backup=False) as p:
        p.update_project(organisation="Elvdal kommune", period="2027")
        p.update_finding(indicator="1.1", level=1, status="agreed")
    return a, c, b


def test_levels_basis_and_change_for_the_same_organisation_only(three):
    a, c, b = three
    before = [f.read_bytes() for f in three]
    result = compare([a, c, b])
    assert [x.label for x in result.assessments] == [
        "Fjellvik kommune 2026", "Elvdal kommune 2027", "Fjellvik kommune 2027"]
    rows = {r.code: r for r in result.rows}
    one = rows["1.1"].cells
    assert [(x.level, x.excerpts, x.kinds, x.change) for x in one] == [
        (2, 3, 2, None), (1, 0, 0, None), (3, 1, 1, "↑")]
    assert [x.change for x in rows["1.2"].cells] == [None, None, "↓"]
    assert [x.change for x in rows["2.1"].cells] == [None, None, "="]
    assert [x.level for x in rows["1.3"].cells] == [None, None, None]
    assert [r.code for r in result.rows][:2] == ["1.1", "1.2"]
    assert [f.read_bytes() for f in three] == before  # only read


def test_xlsx_read_back(three, tmp_path):
    out = tmp_path / "compare.xlsx"
    assert main(["compare", *map(str, three), "-o", str(out), "--lang", "nb"]) == 0
    sheet = openpyxl.load_workbook(out)["Sammenligning"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:6] == ["Område", "Kjennetegn", "Tittel", "Fjellvik kommune 2026: nivå",
                           "Fjellvik kommune 2026: endring", "Fjellvik kommune 2026: grunnlag"]
    one = next(r for r in rows if r[1] == "1.1")
    assert one[3:] == [2, None, "3 · 2 kilder", 1, None, "0 · 0 kilder", 3, "↑", "1 · 1 kilde"]
    two = next(r for r in rows if r[1] == "1.2")
    assert two[9:11] == [2, "↓"]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    notes = openpyxl.load_workbook(out)["Merknader"]
    assert [c.value for c in notes[2]] == ["Fjellvik kommune 2026", "fjellvik-2026.digifelt",
                                          "Fjellvik kommune", "2026"]


def test_docx_read_back_with_the_coloured_table(three, tmp_path):
    out = tmp_path / "compare.docx"
    export_compare(list(three), out, lang="en")
    doc = Document(str(out))
    assert doc.paragraphs[0].text == "Comparison of assessments"
    table = doc.tables[-1]
    assert [c.text for c in table.rows[0].cells] == [
        "Indicator", "Fjellvik kommune 2026", "Elvdal kommune 2027", "Fjellvik kommune 2027"]
    one = next(r for r in table.rows if r.cells[0].text.startswith("1.1 "))
    assert [c.text for c in one.cells[1:]] == [
        "2\n3 · 2 sources", "1\n0 · 0 sources", "3 ↑\n1 · 1 source"]
    # Each level's cell has its scale colour; two cells of the same level share it.
    fills = [c._tc.tcPr.xpath("./w:shd/@w:fill") for c in one.cells[1:]]
    assert all(fills)
    assert len({f[0] for f in fills}) == 3
    legend = doc.tables[0]
    assert legend.rows[0].cells[0].text.startswith("1 ")


def test_a_different_rubric_is_refused_in_one_line(three, tmp_path, capsys):
    other = tmp_path / "other.digifelt"
    create_project(other, template=find_template("organisational-digital-maturity"),
                   title="Maturity", organisation="Elsewhere").close()
    with pytest.raises(CompareError, match="different rubrics"):
        compare([three[0], other])
    out = tmp_path / "x.xlsx"
    assert main(["compare", str(three[0]), str(other), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "different rubrics" in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_rubrics_that_share_indicators_by_code_are_compared_on_those(three, tmp_path, capsys):
    a = three[0]
    edited = tmp_path / "edited.digifelt"
    shutil.copy(a, edited)
    con = sqlite3.connect(edited)
    con.execute("UPDATE project SET template_id = 'egen-rubrikk', organisation = 'Ny kommune'")
    con.execute("UPDATE indicator SET title = 'Noe helt annet' WHERE code = '1.2'")
    con.execute("DELETE FROM indicator WHERE code = '2.1'")
    con.commit()
    con.close()
    result = compare([a, edited])
    codes = [r.code for r in result.rows]
    assert "1.1" in codes
    assert "1.2" not in codes
    assert "2.1" not in codes
    assert result.left_out == ["1.2", "2.1"]
    out = tmp_path / "c.xlsx"
    assert main(["compare", str(a), str(edited), "-o", str(out)]) == 0
    assert "1.2, 2.1" in capsys.readouterr().err


def test_the_same_rubric_with_an_indicator_removed_says_which_is_missing(three, tmp_path):
    a = three[0]
    edited = tmp_path / "e.digifelt"
    shutil.copy(a, edited)
    with Project.open(edited, backup=False) as p:
        p.update_project(period="2028")
        from digifelt.core.services import rubric
        rubric.delete_indicator(p.db, p.indicator_id("2.1"))
    result = compare([a, edited])
    assert result.missing == {"Fjellvik kommune 2028": ["2.1"]}
    row = next(r for r in result.rows if r.code == "2.1")
    assert row.cells[1] is None
