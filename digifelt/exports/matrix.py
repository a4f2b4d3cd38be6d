"""Evidence matrix as CSV or XLSX: the same counts the GUI shows, one row per indicator."""

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digifelt.core.progress import CancelledFn, Meter, ProgressFn
from digifelt.core.services.matrix import NO_GROUP, SEVERAL_GROUPS, Matrix, is_source_column
from digifelt.errors import DigifeltError
from digifelt.exports.atomic import atomic_output
from digifelt.exports.cells import safe_cell
from digifelt.exports.project_source import opened
from digifelt.storage.database import Database

KIND_LABELS = {
    "nb": {"interview": "intervju", "observation": "observasjon",
           "document_review": "dokumentgjennomgang", "survey": "spørreundersøkelse",
           "workshop": "verksted",
           SEVERAL_GROUPS: "flere grupper",
           NO_GROUP: "ingen gruppe"},
    "en": {"interview": "interview", "observation": "observation",
           "document_review": "document review", "survey": "survey", "workshop": "workshop",
           SEVERAL_GROUPS: "several groups",
           NO_GROUP: "no group"},
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
    from digifelt.core.services.matrix import evidence_matrices, require_grouping
    from digifelt.core.services.privacy import small_groups
    from digifelt.core.services.projects import get_project

    out = Path(out)
    require_grouping(by)
    _check_output(out)
    meter = Meter(progress, cancelled, total=2, what="the export")
    meter.check()
    with opened(project) as db, db.read():
        # One read snapshot: the counts, the names replaced in them and the language agree.
        matrices = evidence_matrices(db)
        small = small_groups(db)
        language = lang or get_project(db).language
        names = None
        if pseudonymise:
            from digifelt.exports.matrix_names import pseudonym_scrubber, pseudonymise_matrix

            scrubber = pseudonym_scrubber(db)
            matrices = {k: pseudonymise_matrix(m, scrubber) for k, m in matrices.items()}
            names = scrubber.report
    matrix = matrices[by]
    meter.advance()
    write_matrix(matrix, out, language, by_kind=matrices["kind"], small=small,
                 group_names=dict(matrices["group"].columns))
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
    labels = [kinds.get(key, label) if matrix.by == "kind" or is_source_column(key) else label
              for key, label in matrix.columns]
    table = [[head[0], head[1], head[2], *labels, head[3], head[4], head[5], head[6]]]
    for row in matrix.rows:
        counts = [row.cells.get(key).total if key in row.cells else 0
                  for key, _label in matrix.columns]
        table.append([row.area_code, row.code, row.title, *counts, row.total.strengths,
                      row.total.gaps, row.total.total, head[7] if row.triangulated else head[8]])
    return table


def write_matrix(matrix: Matrix, out: Path, lang: str = "en", *, by_kind: Matrix | None = None,
                 small: set[str] | frozenset[str] = frozenset(),
                 group_names: dict[str, str] | None = None) -> Path:
    """Write .csv or .xlsx (chosen by suffix) atomically: never a partial file at `out`.

    The .csv is one row per indicator, numbers only; the .xlsx is the matrix as the evidence
    page shows it (exports.matrix_sheet). `by_kind` (the same indicators by kind) lets a "by
    group" sheet say which kinds an indicator lacks; `small` are the groups to flag;
    `group_names` (id → name) name the one group of an indicator heard from one group."""
    out = Path(out)
    _check_output(out)
    suffix = out.suffix.lower()
    # Titles, codes and group names may come from a teammate's bundle: never a live formula.
    if suffix == ".csv":
        table = [[safe_cell(value) for value in row] for row in matrix_table(matrix, lang)]
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(table)
        # utf-8-sig so that Excel recognises æøå and Sámi letters when opening the file
        payload = buffer.getvalue().encode("utf-8-sig")
    else:
        from digifelt.exports.matrix_sheet import xlsx_bytes

        payload = xlsx_bytes(matrix, lang, by_kind or (matrix if matrix.by == "kind" else None),
                             small, group_names)
    with atomic_output(out) as fh:
        fh.write(payload)
    return out
