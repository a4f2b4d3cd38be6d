"""The comparison of assessments as .xlsx or .docx: a table of levels per indicator, each with
its evidence basis, coloured by level (the chart), and the change since the same
organisation's previous assessment.

Only levels, counts and the rubric's words are written: no quote, note or name.
"""

import io
from dataclasses import dataclass
from pathlib import Path

from digifelt.core.services.compare import Comparison, compare
from digifelt.errors import DigifeltError
from digifelt.exports.atomic import atomic_output
from digifelt.exports.cells import safe_cell, storable
from digifelt.exports.compare_labels import basis_text, level_text, words
from digifelt.exports.report.bars import hex_colour, scale_colours
from digifelt.storage.database import Database

SUFFIXES = (".xlsx", ".docx")


class CompareExportError(DigifeltError):
    pass


@dataclass(frozen=True)
class CompareResult:
    path: Path
    assessments: int
    indicators: int
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        return (f"wrote {self.path}: {self.indicators} indicators × "
                f"{self.assessments} assessments")


def level_colours(comparison: Comparison) -> dict[int, str]:
    """Scale value → RRGGBB, low levels warm, high levels green (as the survey bars)."""
    values = [v for v, _label in comparison.scale]
    return dict(zip(values, (hex_colour(c) for c in scale_colours(len(values))), strict=True))


def notes(comparison: Comparison, lang: str) -> list[str]:
    w = words(lang)
    out = [w["missing"].format(label=label, codes=", ".join(codes))
           for label, codes in comparison.missing.items()]
    if comparison.left_out:
        out.append(w["left_out"].format(codes=", ".join(comparison.left_out)))
    return out


def export_compare(projects: list[Path | Database], out: Path, *,
                   lang: str | None = None) -> CompareResult:
    """Compare `projects` (read only) and write the table to `out`, replaced only when whole."""
    out = Path(out)
    if out.suffix.lower() not in SUFFIXES:
        raise CompareExportError(f"{out.name}: choose a .xlsx or .docx file name")
    if not out.parent.is_dir():
        raise CompareExportError(f"{out.parent}: no such folder")
    comparison = compare(projects)
    return write_comparison(comparison, out, lang=lang)


def write_comparison(comparison: Comparison, out: Path, *,
                     lang: str | None = None) -> CompareResult:
    out = Path(out)
    lang = lang or comparison.language
    payload = (_docx(comparison, lang) if out.suffix.lower() == ".docx"
               else _xlsx(comparison, lang))
    with atomic_output(out) as fh:
        fh.write(payload)
    return CompareResult(out, len(comparison.assessments), len(comparison.rows),
                         tuple(notes(comparison, lang)))


def _xlsx(comparison: Comparison, lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    w = words(lang)
    colours = level_colours(comparison)
    book = Workbook()
    sheet = book.active
    sheet.title = w["sheet"]
    bold = Font(bold=True)

    def put(r: int, c: int, value, *, fill: str | None = None, font=None):
        cell = sheet.cell(row=r, column=c, value=safe_cell(value))
        if isinstance(cell.value, str):
            cell.data_type = "s"  # a string cell, whatever openpyxl would infer from it
        if fill:
            cell.fill = PatternFill("solid", fgColor="FF" + fill)
        if font is not None:
            cell.font = font
        return cell

    headers = [w["area"], w["indicator"], w["indicator_title"]]
    for a in comparison.assessments:
        headers += [f"{a.label}: {w['level']}", f"{a.label}: {w['change']}",
                    f"{a.label}: {w['basis']}"]
    for c, text in enumerate(headers, start=1):
        put(1, c, text, font=bold).alignment = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(comparison.rows, start=2):
        put(r, 1, row.area_code)
        put(r, 2, row.code)
        put(r, 3, row.title)
        for n, cell in enumerate(row.cells):
            c = 4 + 3 * n
            if cell is None:
                continue
            put(r, c, cell.level, fill=colours.get(cell.level))
            put(r, c + 1, cell.change or "")
            put(r, c + 2, basis_text(cell, lang))
    for c in range(1, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(c)].width = 50 if c == 3 else 14
    sheet.freeze_panes = "D2"
    info = book.create_sheet(w["notes_sheet"])
    for c, text in enumerate((w["label"], w["file"], w["organisation"], w["period"]), start=1):
        cell = info.cell(row=1, column=c, value=safe_cell(text))
        cell.font = bold
    for r, a in enumerate(comparison.assessments, start=2):
        for c, value in enumerate((a.label, a.name, a.organisation, a.period), start=1):
            cell = info.cell(row=r, column=c, value=safe_cell(value))
            if isinstance(cell.value, str):
                cell.data_type = "s"
    r = len(comparison.assessments) + 3
    for line in notes(comparison, lang):
        info.cell(row=r, column=1, value=safe_cell(line)).data_type = "s"
        r += 1
    for c in range(1, 5):
        info.column_dimensions[get_column_letter(c)].width = 30
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)  # noqa: SLF001 (python-docx has no shading API)


def _docx(comparison: Comparison, lang: str) -> bytes:
    from docx import Document
    from docx.shared import Pt

    w = words(lang)
    colours = level_colours(comparison)
    doc = Document()
    doc.core_properties.title = w["title"]
    doc.add_heading(w["title"], level=0)
    doc.add_paragraph(w["lead"])
    doc.add_heading(w["assessments"], level=1)
    for a in comparison.assessments:
        doc.add_paragraph(storable(f"{a.label}: {a.title} ({a.name})"), style="List Bullet")
    # The scale as a legend: each level's colour is the colour of its cells below.
    legend = doc.add_table(rows=1, cols=len(comparison.scale) or 1)
    legend.style = "Table Grid"
    for cell, (value, label) in zip(legend.rows[0].cells, comparison.scale, strict=False):
        cell.text = storable(f"{value} {label}")
        _shade(cell, colours[value])
    doc.add_heading(w["sheet"], level=1)
    table = doc.add_table(rows=1, cols=1 + len(comparison.assessments))
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = w["indicator"]
    for cell, a in zip(head[1:], comparison.assessments, strict=True):
        cell.text = storable(a.label)
    for row in comparison.rows:
        cells = table.add_row().cells
        cells[0].text = storable(f"{row.code} {row.title}")
        for cell, value in zip(cells[1:], row.cells, strict=True):
            if value is None:
                continue
            cell.text = level_text(value, lang)
            cell.paragraphs[0].runs[0].bold = True
            small = cell.add_paragraph().add_run(basis_text(value, lang))
            small.font.size = Pt(8)
            if value.level in colours:
                _shade(cell, colours[value.level])
    for line in notes(comparison, lang):
        doc.add_paragraph(storable(line))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
