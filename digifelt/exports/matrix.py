"""Evidence matrix as CSV or XLSX: the same counts the GUI shows, one row per indicator."""

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digifelt.core.progress import CancelledFn, Meter, ProgressFn
from digifelt.core.services.matrix import Matrix
from digifelt.errors import DigifeltError
from digifelt.exports.atomic import atomic_output
from digifelt.exports.cells import safe_cell
from digifelt.exports.project_source import opened
from digifelt.storage.database import Database

KIND_LABELS = {
    "nb": {"interview": "intervju", "observation": "observasjon",
           "document_review": "dokumentgjennomgang"},
    "en": {"interview": "interview", "observation": "observation",
           "document_review": "document review"},
}
HEAD = {
    "nb": ("område", "kjennetegn", "tittel", "styrker", "forbedringsområder", "totalt",
           "triangulert", "ja", "nei"),
    "en": ("area", "indicator", "title", "strengths", "gaps", "total", "triangulated",
           "yes", "no"),
}


class MatrixExportError(DigifeltError):
    pass


@dataclass(frozen=True)
class MatrixResult:
    path: Path
    by: str
    indicators: int
    sources: int
    not_triangulated: int
    names: Any = None  # exports.names.NameReport when pseudonymised

    def summary(self) -> str:
        return (f"wrote {self.path}: {self.indicators} indicators × {self.sources} sources "
                f"by {self.by}; {self.not_triangulated} not triangulated"
                + (", pseudonymised" if self.names is not None else ""))


def export_matrix(project: Path | Database, out: Path, *, pseudonymise: bool = False,
                  progress: ProgressFn | None = None, cancelled: CancelledFn | None = None,
                  by: str = "kind", lang: str | None = None) -> MatrixResult:
    """Write the evidence matrix (.csv or .xlsx, by suffix) to `out`, replaced only when
    complete. Columns by activity kind or respondent group; headings in `lang` (default: the
    project's language); with `pseudonymise`, names in its labels become pseudonyms."""
    from digifelt.core.services.matrix import evidence_matrix
    from digifelt.core.services.projects import get_project

    out = Path(out)
    _check_output(out)
    meter = Meter(progress, cancelled, total=2, what="the export")
    meter.check()
    with opened(project) as db, db.read():
        # One read snapshot: the counts, the names replaced in them and the language agree.
        matrix = evidence_matrix(db, by=by)
        language = lang or get_project(db).language
        names = None
        if pseudonymise:
            from digifelt.exports.matrix_names import pseudonym_scrubber, pseudonymise_matrix

            scrubber = pseudonym_scrubber(db)
            matrix, names = pseudonymise_matrix(matrix, scrubber), scrubber.report
    meter.advance()
    write_matrix(matrix, out, language)
    meter.finish()
    return MatrixResult(out, by, len(matrix.rows), len(matrix.columns),
                        sum(1 for r in matrix.rows if not r.triangulated), names)


def _check_output(out: Path) -> None:
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise MatrixExportError(f"{out.name}: choose a .csv or .xlsx file name")
    if not out.parent.is_dir():
        raise MatrixExportError(f"{out.parent}: no such folder")


def matrix_table(matrix: Matrix, lang: str = "en") -> list[list]:
    head = HEAD.get(lang, HEAD["en"])
    kinds = KIND_LABELS.get(lang, KIND_LABELS["en"])
    labels = [kinds.get(label, label) if matrix.by == "kind" else label
              for _key, label in matrix.columns]
    table = [[head[0], head[1], head[2], *labels, head[3], head[4], head[5], head[6]]]
    for row in matrix.rows:
        counts = [row.cells.get(key).total if key in row.cells else 0
                  for key, _label in matrix.columns]
        table.append([row.area_code, row.code, row.title, *counts, row.total.strengths,
                      row.total.gaps, row.total.total, head[7] if row.triangulated else head[8]])
    return table


def write_matrix(matrix: Matrix, out: Path, lang: str = "en") -> Path:
    """Write .csv or .xlsx (chosen by suffix) atomically: never a partial file at `out`."""
    out = Path(out)
    _check_output(out)
    suffix = out.suffix.lower()
    # Titles, codes and group names may come from a teammate's bundle: never a live formula.
    table = [[safe_cell(value) for value in row] for row in matrix_table(matrix, lang)]
    if suffix == ".csv":
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(table)
        # utf-8-sig so that Excel recognises æøå and Sámi letters when opening the file
        payload = buffer.getvalue().encode("utf-8-sig")
    else:
        payload = _xlsx_bytes(table)
    with atomic_output(out) as fh:
        fh.write(payload)
    return out


def _xlsx_bytes(table: list[list]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Matrix"
    for r, row in enumerate(table, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # a string cell, whatever openpyxl would infer from it
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "D2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
