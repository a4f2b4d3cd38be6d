"""The evidence matrix as an .xlsx sheet "as shown" on the evidence page: area rows above their
indicators, each cell's count with +strengths −gaps, the page's colours, ⚑ on indicators that
are not triangulated (and why, in a last column), ⚠ on small groups, a legend sheet.

Counts stay numbers a spreadsheet can add up: the "+2 −1" beside a count is the cell's number
format, not text. Every label passes exports.cells.safe_cell (names come from bundles)."""

import io
from dataclasses import replace

from digifelt.core.services.matrix import (
    AREA_RGB,
    GAP_RGB,
    MIDDLE_RGB,
    STRENGTH_RGB,
    Cell,
    Matrix,
    MatrixRow,
    balance_rgb,
    is_source_column,
    matrix_lines,
    untriangulated,
)
from digifelt.exports.cells import safe_cell

FLAG = "⚑"  # as on the evidence page (ui.models.matrix.FLAG)
SMALL = "⚠"

WORDS = {
    "en": {
        "sheet": "Matrix", "legend": "Legend", "indicator": "Indicator", "total": "Total",
        "note": "Not triangulated because",
        "interview": "Interview", "observation": "Observation",
        "document_review": "Document review", "survey": "Survey", "workshop": "Workshop",
        "~several": "Several groups",
        "~none": "No group",
        "no_evidence": "No evidence yet.",
        "only_interview": "only interviews", "only_observation": "only observations",
        "only_document_review": "only document reviews", "only_survey": "only surveys",
        "only_workshop": "only workshops",
        "no_group": "no respondent group", "only_group": "only one group ({group})",
        "reason": "Not triangulated: {parts}. Look for another kind of source or another "
                  "group.",
        "by_kind": "Columns: kinds of source.",
        "by_group": "Columns: respondent groups (their interviews), then interviews with "
                    "several groups or none, observations and documents; every excerpt is "
                    "counted in exactly one column. A survey question counts once under each "
                    "group whose answers may be shown (under Survey when none may), so only "
                    "then do a row's columns add up to more than its total.",
        "cell": "Each cell: excerpts, +strengths −gaps.",
        "gaps": "mostly gaps", "balanced": "balanced, or neutral only",
        "strengths": "mostly strengths", "area": "area: sums of its indicators",
        "flag": FLAG + " bold: not triangulated — evidence from fewer than two kinds of "
                "source or fewer than two groups.",
        "small": SMALL + " a group with a session of fewer than five people, or of unknown "
                 "size: a quote may identify someone.",
    },
    "nb": {
        "sheet": "Matrise", "legend": "Forklaring", "indicator": "Kjennetegn",
        "total": "Totalt", "note": "Ikke triangulert fordi",
        "interview": "Intervju", "observation": "Observasjon",
        "document_review": "Dokumentgjennomgang", "survey": "Spørreundersøkelse",
        "workshop": "Verksted",
        "~several": "Flere grupper",
        "~none": "Ingen gruppe",
        "no_evidence": "Ingen belegg ennå.",
        "only_interview": "bare intervjuer", "only_observation": "bare observasjoner",
        "only_document_review": "bare dokumentgjennomganger",
        "only_survey": "bare spørreundersøkelser", "only_workshop": "bare verksteder",
        "no_group": "ingen respondentgruppe", "only_group": "bare én gruppe ({group})",
        "reason": "Ikke triangulert: {parts}. Finn en annen kildetype eller en annen gruppe.",
        "by_kind": "Kolonner: kildetyper.",
        "by_group": "Kolonner: respondentgrupper (deres intervjuer), deretter intervjuer med "
                    "flere eller ingen grupper, observasjoner og dokumenter; hvert utdrag "
                    "telles i nøyaktig én kolonne. Et spørsmål i en spørreundersøkelse telles "
                    "én gang under hver gruppe der svarene kan vises (under Spørreundersøkelse "
                    "når ingen kan), og bare da summerer kolonnene i en rad seg til mer enn "
                    "totalen.",
        "cell": "Hver celle: utdrag, +styrker −forbedringsområder.",
        "gaps": "mest forbedringsområder", "balanced": "i balanse, eller bare nøytrale",
        "strengths": "mest styrker", "area": "område: summen av kjennetegnene",
        "flag": FLAG + " uthevet: ikke triangulert — belegg fra færre enn to kildetyper "
                "eller færre enn to grupper.",
        "small": SMALL + " en gruppe med en samtale med færre enn fem personer, eller et "
                 "ukjent antall: et sitat kan identifisere noen.",
    },
}
# The sheet's own names: the matrix sheet is the one opened (active), then the legend.
SHEETS = ("sheet", "legend")


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def column_label(matrix: Matrix, key: str, label: str, small, lang: str) -> str:
    w = words(lang)
    if matrix.by == "kind" or is_source_column(key):
        return w.get(key, label)
    return f"{SMALL} {label}" if key in small else label


def number_format(cell: Cell) -> str:
    """Shows the count as the page does: "–" for none, "3  +2 −1" with strengths or gaps."""
    if not cell.total:
        return '0;-0;"–"'
    if cell.strengths or cell.gaps:
        return f'0"  +{cell.strengths} −{cell.gaps}"'
    return "0"


def reason_text(row: MatrixRow, by_kind: MatrixRow | None, names: dict[str, str],
                lang: str) -> str:
    why = untriangulated(by_kind or row)
    if why is None:
        return ""
    if by_kind is None:
        why = replace(why, only_kind=None)  # a "by group" row alone cannot tell its kinds
    w = words(lang)
    if why.no_evidence:
        return w["no_evidence"]
    parts = []
    if why.only_kind:
        parts.append(w.get(f"only_{why.only_kind}", why.only_kind))
    if why.no_group:
        parts.append(w["no_group"])
    elif why.only_group:
        parts.append(w["only_group"].format(group=names.get(why.only_group, "?")))
    return w["reason"].format(parts="; ".join(parts))


def hex_of(rgb) -> str:
    return "FF" + "".join(f"{c:02X}" for c in rgb)


def xlsx_bytes(matrix: Matrix, lang: str, by_kind: Matrix | None,
               small=frozenset(), group_names: dict[str, str] | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    w = words(lang)
    kind_rows = {r.indicator_id: r for r in by_kind.rows} if by_kind is not None else {}
    names = dict(matrix.columns) if group_names is None else group_names
    book = Workbook()
    sheet = book.active
    sheet.title = w["sheet"]
    bold = Font(bold=True)
    centre = Alignment(horizontal="center")

    def put(r: int, c: int, value, *, fill=None, font=None, fmt=None, align=None):
        cell = sheet.cell(row=r, column=c, value=safe_cell(value))
        if isinstance(cell.value, str):
            cell.data_type = "s"  # a string cell, whatever openpyxl would infer from it
        if fill is not None:
            cell.fill = PatternFill("solid", fgColor=hex_of(fill))
        if font is not None:
            cell.font = font
        if fmt is not None:
            cell.number_format = fmt
        if align is not None:
            cell.alignment = align
        return cell

    headers = [w["indicator"],
               *(column_label(matrix, k, label, small, lang) for k, label in matrix.columns),
               w["total"], w["note"]]
    for c, text in enumerate(headers, start=1):
        put(1, c, text, font=bold)
    widths = [len(str(h)) for h in headers]
    total_col = len(matrix.columns) + 2
    for r, line in enumerate(matrix_lines(matrix), start=2):
        area = line.kind == "area"
        reason = ("" if line.row is None else
                  reason_text(line.row, kind_rows.get(line.id), names, lang))
        name = f"{FLAG} " if reason else ""
        name += f"{line.code}  {line.title}"
        put(r, 1, name, fill=AREA_RGB if area else None,
            font=bold if area or reason else None)
        cells = [line.cells.get(k) or Cell() for k, _label in matrix.columns] + [line.total]
        for c, cell in enumerate(cells, start=2):
            put(r, c, cell.total, fill=AREA_RGB if area else balance_rgb(cell),
                font=bold if area else None, fmt=number_format(cell), align=centre)
            widths[c - 1] = max(widths[c - 1], len(f"{cell.total}  +{cell.strengths} "
                                                   f"−{cell.gaps}"))
        if area:
            put(r, total_col + 1, None, fill=AREA_RGB)
        elif reason:
            put(r, total_col + 1, reason)
        widths[0] = max(widths[0], len(name))
        widths[total_col] = max(widths[total_col], min(len(reason), 60))
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = min(width + 2, 70)
    sheet.freeze_panes = "B2"  # names and headers stay in view
    _legend(book.create_sheet(w["legend"]), matrix, w, PatternFill, bold)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _legend(sheet, matrix: Matrix, w: dict[str, str], fill, bold) -> None:
    rows = [
        (w["cell"], None),
        (w["by_kind"] if matrix.by == "kind" else w["by_group"], None),
        (w["gaps"], GAP_RGB),
        (w["balanced"], MIDDLE_RGB),
        (w["strengths"], STRENGTH_RGB),
        (w["area"], AREA_RGB),
        (w["flag"], None),
        (w["small"], None),
    ]
    sheet.cell(row=1, column=1, value=w["legend"]).font = bold
    for r, (text, colour) in enumerate(rows, start=2):
        sheet.cell(row=r, column=2, value=text)
        if colour is not None:
            sheet.cell(row=r, column=1).fill = fill("solid", fgColor=hex_of(colour))
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["B"].width = 100
