"""The report's structure read back from the .docx: chapters in order, Word's own heading
numbering, the title page, document properties, table widths, the TOC, language marks, and
what LibreOffice makes of it."""

import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from digifelt.exports.report import write_report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CHAPTERS_NB = ["Forord", "Sammendrag", "Om kommunen", "Innledning", "Metode"]
CLOSING_NB = ["Samlet vurdering og tverrgående funn", "Anbefalinger",
              "Videre arbeid og oppfølging", "Vedlegg"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The small demo with the title-page fields filled, its report in nb and en."""
    from digifelt.core.demo import generate_demo
    from digifelt.core.services.projects import open_project, update_project

    folder = tmp_path_factory.mktemp("structure")
    path = folder / "demo.digifelt"
    generate_demo(path, size="small", seed=1)
    db = open_project(path)
    update_project(db, commissioner="Fjellvik kommunestyre", assessing_org="DigiTrøndelag",
                   report_version="0.3")
    write_report(db, folder / "rapport.docx")
    write_report(db, folder / "report-en.docx", lang="en")
    yield db, folder
    db.close()


def headings(doc) -> list[tuple[int, str]]:
    return [(int(p.style.name.split()[1]), p.text) for p in doc.paragraphs
            if p.style is not None and p.style.name.startswith("Heading ")]


def part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name).decode("utf-8")


def test_chapters_in_order_with_area_titles_untyped(demo):
    from digifelt.core.services.rubric import rubric_tree

    db, folder = demo
    chapters = [t for level, t in headings(Document(folder / "rapport.docx")) if level == 1]
    areas = [view.area.title for view in rubric_tree(db)]
    assert chapters == [*CHAPTERS_NB, *areas, *CLOSING_NB]
    level2 = [t for level, t in headings(Document(folder / "rapport.docx")) if level == 2]
    for sub in ("Bakgrunn og bestilling", "Formål", "Avgrensning", "Leseveiledning",
                "Intervjuguider", "Observasjonsskjema", "Dokumenter som er gjennomgått",
                "Oversikt over aktiviteter"):
        assert sub in level2


def test_numbering_is_words_not_typed(demo):
    _db, folder = demo
    doc = Document(folder / "rapport.docx")
    num_ids = set()
    for n in (1, 2, 3):
        num_pr = doc.styles[f"Heading {n}"].element.pPr.numPr
        assert num_pr is not None, n
        assert num_pr.ilvl.val == n - 1
        num_ids.add(num_pr.numId.val)
    assert len(num_ids) == 1
    assert 0 not in num_ids
    numbering = doc.part.numbering_part.element
    num = next(x for x in numbering.findall(f"{W}num") if int(x.get(f"{W}numId")) in num_ids)
    abstract_id = num.find(f"{W}abstractNumId").get(f"{W}val")
    abstract = next(x for x in numbering.findall(f"{W}abstractNum")
                    if x.get(f"{W}abstractNumId") == abstract_id)
    texts = [lvl.find(f"{W}lvlText").get(f"{W}val") for lvl in abstract.findall(f"{W}lvl")]
    assert texts[:3] == ["%1", "%1.%2", "%1.%2.%3"]
    for _level, text in headings(doc):
        assert not re.match(r"\s*\d", text), text


def test_title_page_fields(demo):
    from digifelt.exports.report.data import gather

    db, folder = demo
    doc = Document(folder / "rapport.docx")
    toc_at = next(i for i, p in enumerate(doc.paragraphs) if p.style.name == "TOC Heading")
    title_page = "\n".join(p.text for p in doc.paragraphs[:toc_at])
    today = date.today()
    assert f"Dato: {today.day}.{today.month}.{today.year}" in title_page
    assert "Versjon: 0.3" in title_page
    assert "Oppdragsgiver: Fjellvik kommunestyre" in title_page
    assert "Utført av: DigiTrøndelag" in title_page
    assert "Kartleggingsteam: Ingrid Solheim, Marte Lindqvist, Thomas Brenden" in title_page
    draft = gather(db).is_draft
    assert ("Status: UTKAST" in title_page) == draft
    assert ("Status: Endelig" in title_page) == (not draft)


def test_title_page_says_final_when_every_finding_is_settled(tmp_path):
    from digifelt.core.demo import generate_demo
    from digifelt.core.services.findings import update_finding
    from digifelt.core.services.projects import open_project
    from digifelt.core.services.rubric import rubric_tree

    generate_demo(tmp_path / "d.digifelt", size="small", seed=1)
    db = open_project(tmp_path / "d.digifelt")
    try:
        for view in rubric_tree(db):
            for ind in view.indicators:
                update_finding(db, ind.id, status="agreed")
        write_report(db, tmp_path / "r.docx")
    finally:
        db.close()
    text = "\n".join(p.text for p in Document(tmp_path / "r.docx").paragraphs[:20])
    assert "Status: Endelig" in text
    assert "UTKAST" not in text


def test_core_properties_name_the_assessing_organisation(demo):
    _db, folder = demo
    props = Document(folder / "rapport.docx").core_properties
    assert props.author == "DigiTrøndelag"
    assert props.title == "Digital ståstedskartlegging 2026"
    assert "Fjellvik" not in (props.author or "") + (props.last_modified_by or "")
    assert "<Company>DigiTrøndelag</Company>" in part(folder / "rapport.docx", "docProps/app.xml")


def test_tables_fixed_widths_wide_enough_for_every_word(demo):
    _db, folder = demo
    doc = Document(folder / "rapport.docx")
    assert doc.tables
    for table in doc.tables:
        tbl = table._tbl
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        grid = [int(c.get(qn("w:w"))) for c in tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(grid) <= 9072 + len(grid)
        for row in table.rows:
            for cell, width in zip(row.cells, grid, strict=False):
                longest = max((len(w) for w in cell.text.split()), default=0)
                if longest <= 20:  # a word of 20 letters fits in any column we make
                    assert width >= longest * 125, (cell.text, width)
    activity_rows = [row.cells[1].text for t in doc.tables
                     if t.rows[0].cells[0].text == "Dato" for row in t.rows[1:]]
    assert len(set(activity_rows)) == len(activity_rows)  # titles, not six identical kinds


def test_toc_is_a_field_prefilled_with_pagerefs(demo):
    _db, folder = demo
    xml = part(folder / "rapport.docx", "word/document.xml")
    assert re.search(r'<w:instrText[^>]*> TOC \\o "1-2"', xml)
    marks = re.findall(r"PAGEREF (_Toc\d+)", xml)
    assert len(marks) > 40
    for mark in marks:
        assert f'w:name="{mark}"' in xml
    assert re.search(r'<w:updateFields w:val="true"/>',
                     part(folder / "rapport.docx", "word/settings.xml"))


def test_method_says_who_and_what(demo):
    _db, folder = demo
    doc = Document(folder / "rapport.docx")
    texts = [p.text for p in doc.paragraphs]
    assert "Samtaler etter hvem som deltok:" in texts
    assert "Observasjoner:" in texts
    assert any(t.startswith("Ordrette sitater står i «»") for t in texts)  # as printed
    headers = [[c.text for c in t.rows[0].cells] for t in doc.tables]
    assert ["Grupper i samtalen", "Antall samtaler", "Antall deltakere"] in headers
    observed = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Publikum")
    assert any("Kommunestyremøte" in row.cells[0].text for row in observed.rows)


def test_english_report_marks_the_teams_norwegian(demo):
    db, folder = demo
    doc = Document(folder / "report-en.docx")
    chapters = [t for level, t in headings(doc) if level == 1]
    assert chapters[:5] == ["Foreword", "Summary", "About the municipality", "Introduction",
                            "Method"]
    langs = {}
    for run in doc.element.body.iter(qn("w:r")):
        lang = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if not text:  # field characters and tabs carry no words to check
            continue
        assert lang is not None, text
        langs[text] = lang.get(qn("w:val"))
    assert langs["Foreword"] == "en-GB"
    assert langs["Politisk forankring og eierskap"] == "nb-NO"
    assert langs["Fjellvik kommune"] == "nb-NO"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


TOC_LINE = re.compile(r"^\s*(\d+(?:\.\d+)?) (.+?)\s*\.{3,}\s*(\d+)\s*$")


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_page_numbers_in_the_toc(demo, tmp_path):
    """Converted the way the app converts (exports/report/pdf.py), every TOC entry carries
    the number of the PDF page its heading is on."""
    from digifelt.exports.report.pdf import docx_to_pdf

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    _db, folder = demo
    docx_to_pdf(folder / "rapport.docx", tmp_path / "rapport.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "rapport.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    toc = [m.groups() for page in text.split("\f")[1:3] for line in page.splitlines()
           if (m := TOC_LINE.match(line))]
    # pages[0] is page 1, its words on one line: a long heading wraps on its page.
    pages = [" ".join(page.split()) for page in text.split("\f")]
    listed = [(level, t) for level, t in headings(Document(folder / "rapport.docx"))
              if level <= 2]
    wanted = [t for _level, t in listed]
    # Every heading of the two TOC levels is listed once, in order, with a page number.
    assert [title for _number, title, _page in toc] == wanted
    assert int(toc[0][2]) > 2  # after the title page and the contents
    for number, title, page in toc:
        assert f"{number} {title} " in pages[int(page) - 1], (number, title, page)
    # A chapter starts on a new page: its page begins with its heading.
    chapters = [(n, t, p) for n, t, p in toc if "." not in n]
    assert len(chapters) == sum(level == 1 for level, _t in listed)
    for number, title, page in chapters:
        assert pages[int(page) - 1].startswith(f"{number} {title} "), (title, page)
    assert [int(p) for _n, _t, p in toc] == sorted(int(p) for _n, _t, p in toc)


def test_without_an_assessing_organisation_the_team_is_the_author(tmp_path, blank_project_file):
    import shutil

    from digifelt.api import Project
    from digifelt.exports.report import write_report

    path = tmp_path / "p.digifelt"
    shutil.copy(blank_project_file, path)
    with Project.open(path, author="Kari Nordmann", backup=False) as p:
        p.update_project(assessing_org=None)
        write_report(p.db, tmp_path / "r.docx")
    props = Document(tmp_path / "r.docx").core_properties
    assert props.author == "Kari Nordmann"
    assert "Fjellvik" not in props.author
    assert "<Company></Company>" in part(tmp_path / "r.docx", "docProps/app.xml")
