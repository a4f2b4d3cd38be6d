"""The report as a word processor sees it: LibreOffice converts it to PDF, page count in range.

This test needs LibreOffice Writer (`soffice`); `.ci/run` installs it. It fails, not skips,
when LibreOffice is missing, so CI can never pass without really converting the report.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from digifelt.exports.report import write_report


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
    profile = folder / "lo-profile"  # a private profile: no clash with a running LibreOffice
    result = subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, docs)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


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
