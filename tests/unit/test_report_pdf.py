"""The report as a word processor sees it: LibreOffice converts it to PDF (exports/report/pdf.py,
as `digifelt report -o out.pdf` does), page count in range.

These tests need LibreOffice Writer (`soffice`); `.ci/run` installs it. They fail, not skip,
when LibreOffice is missing, so CI can never pass without really converting the report.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from digifelt.cli import main
from digifelt.exports.report import ReportError, write_report
from digifelt.exports.report.pdf import docx_to_pdf


def soffice() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("LibreOffice is not installed (no soffice on PATH): install the Debian package "
                "libreoffice-writer-nogui, as .ci/run does, to run the PDF conversion test")


def page_count(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf.read_bytes()))


def convert(docs: list[Path], folder: Path) -> None:
    soffice()
    for doc in docs:
        docx_to_pdf(doc, folder / f"{doc.stem}.pdf")


def test_demo_report_converts_to_pdf(tmp_path):
    from docx import Document
    from docx.shared import RGBColor

    from digifelt.core.demo import generate_demo
    from digifelt.core.services.projects import open_project

    project = tmp_path / "demo.digifelt"
    generate_demo(project, size="small", seed=1)
    house = Document()
    house.styles["Heading 1"].font.color.rgb = RGBColor(0xC0, 0x00, 0x50)
    house.sections[0].header.paragraphs[0].text = "Fjellvik kommune – husmal"
    house.save(tmp_path / "husmal.docx")
    db = open_project(project)
    try:
        summary = write_report(db, tmp_path / "rapport.docx")
        write_report(db, tmp_path / "husmal-rapport.docx", template=tmp_path / "husmal.docx",
                     lang="en")
    finally:
        db.close()

    pdf_dir = tmp_path / "pdf"
    pdf_dir.mkdir()
    convert([tmp_path / "rapport.docx", tmp_path / "husmal-rapport.docx"], pdf_dir)
    for name in ("rapport", "husmal-rapport"):
        pdf = pdf_dir / f"{name}.pdf"
        assert pdf.read_bytes().startswith(b"%PDF"), name
        pages = page_count(pdf)
        # Title page, contents, then every chapter on a new page; the small demo fills
        # about 40 pages (29 indicators with findings and quotes, the rubric appendix).
        assert 2 + summary.chapters <= pages, (name, pages)
        assert 25 <= pages <= 70, (name, pages)
    text = subprocess.run(["pdftotext", str(pdf_dir / "husmal-rapport.pdf"), "-"],
                          capture_output=True, text=True) if shutil.which("pdftotext") else None
    if text is not None and text.returncode == 0:
        assert "Fjellvik kommune – husmal" in text.stdout
        assert "Summary" in text.stdout


def test_report_command_writes_a_pdf_with_page_numbers_in_the_toc(tmp_path, capsys):
    from digifelt.core.demo import generate_demo

    soffice()
    project = tmp_path / "demo.digifelt"
    generate_demo(project, size="small", seed=1)
    out = tmp_path / "rapport.pdf"
    assert main(["report", str(project), "-o", str(out), "--template", "built-in",
                 "--lang", "en"]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.docx"))  # the .docx stays a step on the way
    assert 25 <= page_count(out) <= 70
    if shutil.which("pdftotext"):
        toc = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(out), "-"],
                             capture_output=True, text=True, check=True).stdout
        assert re.search(r"^1 Foreword\.{3,}[ \t]*[3-9][ \t]*$", toc, re.MULTILINE), toc


def test_a_pdf_without_libreoffice_is_an_error_naming_it(tmp_path, monkeypatch, capsys):
    from digifelt.core.demo import generate_demo

    project = tmp_path / "demo.digifelt"
    generate_demo(project, size="small", seed=1)
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    out = tmp_path / "rapport.pdf"
    assert main(["report", str(project), "-o", str(out), "--template", "built-in"]) != 0
    assert "LibreOffice" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(ReportError, match="LibreOffice"):
        docx_to_pdf(tmp_path / "any.docx", out)
