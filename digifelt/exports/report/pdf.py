"""The report as PDF, through LibreOffice Writer, with the table of contents brought up to date.

`soffice --convert-to pdf` prints a TOC field's stored entries as they are and leaves the page
references inside them empty, since LibreOffice does not update indexes when it opens a .docx.
So the conversion runs a small Basic macro from a private LibreOffice profile: it opens the
document hidden, updates every index against the laid-out pages, and exports the PDF.
The profile is private so that a LibreOffice the user has open is neither used nor disturbed.
"""

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

from digifelt.exports.atomic import atomic_output, check_output_path
from digifelt.exports.report.api import ReportSummary, export_report
from digifelt.exports.report.errors import ReportError

_MACRO = """\
Sub ToPdf(source As String, target As String)
    Dim doc As Object
    On Error GoTo failed
    Dim load(0) As New com.sun.star.beans.PropertyValue
    load(0).Name = "Hidden"
    load(0).Value = True
    doc = StarDesktop.loadComponentFromURL(source, "_blank", 0, load())
    ' Twice: filling in the entries can move the headings after the TOC to other pages.
    Dim round As Integer, i As Integer
    For round = 1 To 2
        doc.refresh()
        Dim indexes As Object
        indexes = doc.getDocumentIndexes()
        For i = 0 To indexes.getCount() - 1
            indexes.getByIndex(i).update()
        Next i
    Next round
    doc.refresh()
    Dim export(0) As New com.sun.star.beans.PropertyValue
    export(0).Name = "FilterName"
    export(0).Value = "writer_pdf_Export"
    doc.storeToURL(target, export())
failed:
    If Not IsNull(doc) Then doc.close(True)
    StarDesktop.terminate()
End Sub
"""
_XML_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE {kind} PUBLIC '
             '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "{dtd}">\n')
_LIBRARIES = (
    '<library:libraries xmlns:library="http://openoffice.org/2000/library" '
    'xmlns:xlink="http://www.w3.org/1999/xlink">'
    '<library:library library:name="Standard" library:link="false"/></library:libraries>')
_LIBRARY = ('<library:library xmlns:library="http://openoffice.org/2000/library" '
            'library:name="Standard" library:readonly="false" '
            'library:passwordprotected="false">{elements}</library:library>')


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _require_soffice() -> str:
    soffice = find_soffice()
    if soffice is None:
        raise ReportError("LibreOffice is needed to write a PDF (no 'soffice' found on PATH); "
                          "install LibreOffice Writer, or write a .docx instead")
    return soffice


def _write_profile(soffice: str, profile: Path, timeout: float) -> None:
    """A new LibreOffice profile holding the macro. LibreOffice first creates the profile
    itself: on its first start it replaces whatever Basic libraries it finds there."""
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--norestore", "--terminate_after_init"],
                   capture_output=True, timeout=timeout, check=False)
    basic = profile / "user" / "basic"
    shutil.rmtree(basic, ignore_errors=True)
    standard = basic / "Standard"
    standard.mkdir(parents=True)
    libraries = _XML_HEAD.format(kind="library:libraries", dtd="libraries.dtd") + _LIBRARIES
    (basic / "script.xlc").write_text(libraries, encoding="utf-8")
    (basic / "dialog.xlc").write_text(libraries, encoding="utf-8")
    head = _XML_HEAD.format(kind="library:library", dtd="library.dtd")
    (standard / "script.xlb").write_text(
        head + _LIBRARY.format(elements='<library:element library:name="Module1"/>'),
        encoding="utf-8")
    (standard / "dialog.xlb").write_text(head + _LIBRARY.format(elements=""), encoding="utf-8")
    (standard / "Module1.xba").write_text(
        _XML_HEAD.format(kind="script:module", dtd="module.dtd")
        + '<script:module xmlns:script="http://openoffice.org/2000/script" '
        f'script:name="Module1" script:language="StarBasic">{escape(_MACRO)}</script:module>',
        encoding="utf-8")


def docx_to_pdf(docx: Path, pdf: Path, *, timeout: float = 300) -> None:
    """Convert `docx` to `pdf` with LibreOffice, the TOC's page numbers filled in.

    `pdf` is written atomically. Raises ReportError when LibreOffice is missing or the
    conversion produces no PDF.
    """
    soffice = _require_soffice()
    docx, pdf = Path(docx).resolve(), Path(pdf).resolve()
    with tempfile.TemporaryDirectory(prefix="digifelt-pdf-") as tmp:
        tmp = Path(tmp)
        profile = tmp / "profile"
        out = tmp / "report.pdf"
        # File URIs are percent-encoded, so no quote or comma can break the macro call.
        call = f'macro:///Standard.Module1.ToPdf("{docx.as_uri()}","{out.as_uri()}")'
        try:
            _write_profile(soffice, profile, timeout)
            result = subprocess.run(
                [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                 "--norestore", "--nologo", "--nodefault", call],
                capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise ReportError(f"LibreOffice did not finish converting {docx.name} to PDF "
                              f"within {timeout:.0f} s") from exc
        if not out.is_file() or not out.read_bytes().startswith(b"%PDF"):
            detail = (result.stderr or result.stdout).strip()
            raise ReportError(f"LibreOffice could not convert {docx.name} to PDF"
                              + (f": {detail}" if detail else ""))
        with atomic_output(pdf) as f, out.open("rb") as src:
            shutil.copyfileobj(src, f)


def export_report_file(project, out: Path, **options) -> ReportSummary:
    """`export_report`, and for an `out` ending in .pdf the report converted by LibreOffice
    (the .docx written to a temporary folder first)."""
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        return export_report(project, out, **options)
    _require_soffice()  # before the report is written, not after
    if not out.parent.is_dir():
        raise ReportError(f"{out.parent}: no such folder")
    if out.is_dir():
        raise ReportError(f"{out}: is a folder")
    check_output_path(out)
    with tempfile.TemporaryDirectory(prefix="digifelt-report-") as tmp:
        docx = Path(tmp) / f"{out.stem}.docx"
        summary = export_report(project, docx, **options)
        docx_to_pdf(docx, out)
    return replace(summary, path=out)
