"""The comparison as an .xlsx: levels, the evidence basis of each level, and the assessments."""

import io
from pathlib import Path

from digifelt.exports.atomic import atomic_output
from digifelt.exports.cells import safe_text
from digifelt.exports.matrix import KIND_LABELS
from digifelt.store.compare import Cell, Comparison
from digifelt.store.errors import StoreError

LABELS = {
    "nb": {"levels": "Nivåer", "basis": "Evidensgrunnlag", "assessments": "Kartlegginger",
           "area": "Område", "code": "Kjennetegn", "title": "Tittel", "mean": "Snitt",
           "range": "Spenn", "no_level": "–", "organisation": "Organisasjon",
           "period": "Periode", "rubric": "Rammeverk", "published": "Publisert",
           "id": "Id", "kinds": ("kildetype", "kildetyper"), "groups": ("gruppe", "grupper"),
           "quotes": ("sitat", "sitater"),
           "triangulated": "triangulert", "not_triangulated": "ikke triangulert",
           "none": "ingen evidens"},
    "en": {"levels": "Levels", "basis": "Evidence basis", "assessments": "Assessments",
           "area": "Area", "code": "Indicator", "title": "Title", "mean": "Mean",
           "range": "Range", "no_level": "–", "organisation": "Organisation",
           "period": "Period", "rubric": "Rubric", "published": "Published", "id": "Id",
           "kinds": ("kind", "kinds"), "groups": ("group", "groups"),
           "quotes": ("quote", "quotes"),
           "triangulated": "triangulated", "not_triangulated": "not triangulated",
           "none": "no evidence"},
}
# Level 1 (red) … 4 (green): the same ends as the evidence matrix's colours.
LEVEL_RGB = {1: "F2B8B5", 2: "F8DDB4", 3: "DCEBC0", 4: "B9E0B0"}


def basis_text(cell: Cell | None, lang: str) -> str:
    lb = LABELS[lang]
    if cell is None:
        return ""
    if not cell.evidence:
        return lb["none"]
    kinds = KIND_LABELS.get(lang, KIND_LABELS["en"])
    parts = []
    for item in filter(None, cell.by_kind.split(", ")):
        name, _, n = item.rpartition(" ")
        parts.append(f"{kinds.get(name, name)} {n}")
    tri = lb["triangulated"] if cell.triangulated else lb["not_triangulated"]
    def count(n: int, key: str) -> str:
        return f"{n} {lb[key][0] if n == 1 else lb[key][1]}"

    return (f"{cell.evidence} (+{cell.strengths} −{cell.gaps}): {', '.join(parts)}; "
            f"{count(cell.kinds, 'kinds')}, {count(cell.groups, 'groups')}, {tri}; "
            f"{count(cell.quotes, 'quotes')}")


def column_label(col) -> str:
    return f"{col.organisation}\n{col.period or col.title}"


def write_comparison(comparison: Comparison, out: Path, lang: str = "nb") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise StoreError(f"{out.name}: choose an .xlsx file name")
    if not out.parent.is_dir():
        raise StoreError(f"{out.parent}: no such folder")
    lang = lang if lang in LABELS else "en"
    lb = LABELS[lang]
    wb = Workbook()
    levels = wb.active
    levels.title = lb["levels"]
    basis = wb.create_sheet(lb["basis"])
    listed = wb.create_sheet(lb["assessments"])
    head = [lb["area"], lb["code"], lb["title"]]
    labels = [safe_text(column_label(c)) for c in comparison.columns]
    levels.append([*head, *labels, lb["mean"], lb["range"]])
    basis.append([*head, *labels])
    bold = Font(bold=True)
    for sheet in (levels, basis):
        for cell in sheet[1]:
            cell.font = bold
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "D2"
        sheet.column_dimensions["C"].width = 48
    for line in comparison.lines:
        ids = [c.id for c in comparison.columns]
        values = []
        for aid in ids:
            cell = line.cells.get(aid)
            values.append(cell.level if cell is not None and cell.level is not None
                          else lb["no_level"])
        spread = (f"{line.low}–{line.high}" if line.low is not None and line.low != line.high
                  else (str(line.low) if line.low is not None else ""))
        prefix = [safe_text(line.area_code), safe_text(line.code), safe_text(line.title)]
        levels.append([*prefix, *values, line.mean if line.mean is not None else "", spread])
        basis.append([*prefix, *[safe_text(basis_text(line.cells.get(aid), lang))
                                 for aid in ids]])
        row = levels.max_row
        for n, value in enumerate(values):
            if isinstance(value, int) and value in LEVEL_RGB:
                levels.cell(row, 4 + n).fill = PatternFill("solid", fgColor=LEVEL_RGB[value])
        for n in range(len(ids)):
            basis.cell(row, 4 + n).alignment = Alignment(wrap_text=True, vertical="top")
    for n in range(len(comparison.columns)):
        letter = levels.cell(1, 4 + n).column_letter
        levels.column_dimensions[letter].width = 18
        basis.column_dimensions[letter].width = 40
    listed.append([lb["organisation"], lb["title"], lb["period"], lb["rubric"], lb["published"],
                   lb["id"]])
    for cell in listed[1]:
        cell.font = bold
    for c in comparison.columns:
        listed.append([safe_text(c.organisation), safe_text(c.title), safe_text(c.period or ""),
                       safe_text(c.rubric or ""),
                       c.published_at.strftime("%Y-%m-%d %H:%M %Z").strip(), c.id])
    buffer = io.BytesIO()
    wb.save(buffer)
    with atomic_output(out) as fh:
        fh.write(buffer.getvalue())
    return out
