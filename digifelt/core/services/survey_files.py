"""Reading survey result files (CSV, XLSX) into a table of text cells, bounded in size.

Nothing here touches the project, and no cell is evaluated (an XLSX formula stays text).
Every problem is one `SurveyImportError` line naming the file and the column or row.
"""

import csv
import errno
import io
import math
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from digifelt.core.errors import ValidationError

MAX_FILE_BYTES = 50 * 1024 * 1024  # a survey of 100,000 respondents is a few MB
MAX_XLSX_UNPACKED = 400 * 1024 * 1024  # the workbook's XML, unzipped (guards a zip bomb)
MAX_ROWS = 100_000
MAX_COLUMNS = 2_000
MAX_SHOWN_VALUE = 40

TEXT_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")


class SurveyImportError(ValidationError):
    """A survey file or mapping that cannot be imported; the project is left unchanged."""


def _fail(name: str, message: str) -> SurveyImportError:
    return SurveyImportError(" ".join(f"{name}: {message}".split()))


def _show(value: str) -> str:
    return repr(value if len(value) <= MAX_SHOWN_VALUE else value[:MAX_SHOWN_VALUE - 1] + "…")


# The table


@dataclass
class Table:
    """A file's header and rows, every cell text or None; `rows[i][0]` is the row's number as
    a spreadsheet shows it (the header is row 1)."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list[str | None]]]

    def column(self, header: str, where: str) -> int:
        """The index of the column with this header; unknown or ambiguous is an error that
        names the mapping entry (`where`)."""
        found = [i for i, h in enumerate(self.headers) if h == header]
        if not found:
            close = [h for h in self.headers if h.casefold() == header.casefold()]
            hint = f" (did you mean {_show(close[0])}?)" if close else ""
            raise SurveyImportError(f"{where}: column {_show(header)} is not in {self.name}"
                                    f"{hint}")
        if len(found) > 1:
            raise _fail(self.name, f"the column {_show(header)} appears {len(found)} times; "
                                   "rename one so the mapping can tell them apart")
        return found[0]


def _read_bounded(path: Path, name: str, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (opened without blocking, so a
    FIFO or device fails at once instead of hanging)."""
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _fail(name, f"is not a regular file; give the path of {what}")
            raw = file.read(limit + 1)
    except FileNotFoundError:
        raise _fail(name, f"file not found ({path})") from None
    except IsADirectoryError:
        raise _fail(name, f"is a folder, not {what}") from None
    except OSError as exc:
        raise _fail(name, f"cannot read the file ({exc.strerror or exc})") from None
    if len(raw) > limit:
        raise _fail(name, f"file is too large for {what} (limit {limit // (1024 * 1024)} MB)")
    return raw


def read_table(path: Path) -> Table:
    """The first sheet of an .xlsx, or a CSV (UTF-8 with or without BOM, comma or semicolon)."""
    path = Path(path)
    name = path.name or str(path)
    suffix = path.suffix.lower()
    if suffix == ".sav":
        raise _fail(name, "SPSS files cannot be read by this installation; save the results "
                          "as CSV or XLSX (SPSS: File > Export)")
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, name)
    if suffix in TEXT_SUFFIXES or not suffix:
        return _read_csv(path, name)
    raise _fail(name, "not a survey results file: digifelt reads .csv and .xlsx")


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw:
        raise _fail(name, "not a table: the file holds binary data (give a .csv or .xlsx)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Excel's "CSV (semicolon separated)" on Norwegian Windows writes Windows-1252.
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise _fail(name, f"not UTF-8 text (byte {exc.object[exc.start]:#04x} at offset "
                          f"{exc.start}); save the file as CSV UTF-8") from None
    if re.search("[\x01-\x08\x0b\x0c\x0e-\x1f]", text):
        raise _fail(name, "not a table: the file is neither UTF-8 text nor a spreadsheet")
    return text


def _sniff_delimiter(text: str) -> str:
    """Comma or semicolon: the one that splits the first lines into the same number (> 1) of
    columns; a comma inside Norwegian free text must not win over the real semicolons."""
    best, best_score = ",", (-1, 0)
    for delimiter in (";", ",", "\t"):
        reader = csv.reader(io.StringIO(text[:200_000], newline=""), delimiter=delimiter)
        widths = []
        try:
            for record in reader:
                if any(cell.strip() for cell in record):
                    widths.append(len(record))
                if len(widths) >= 50:
                    break
        except csv.Error:
            continue
        if not widths or widths[0] < 2:
            continue
        consistent = sum(1 for w in widths if w == widths[0]) / len(widths)
        score = (round(consistent, 2), widths[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, name: str) -> Table:
    text = _decode(_read_bounded(path, name, MAX_FILE_BYTES, "a survey results file"), name)
    if not text.strip():
        raise _fail(name, "the file is empty")
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) > MAX_ROWS + 1:
                raise _fail(name, f"more than {MAX_ROWS:,} rows; split the file")
    except csv.Error as exc:
        raise _fail(name, f"row {reader.line_num}: not a readable CSV table ({exc})") from None
    return _table(name, records)


def _cell_text(value: Any) -> str | None:
    """A spreadsheet value as the text a respondent chose. Numbers that are whole read as
    whole ("4", not "4.0"); formulas are never evaluated (the workbook's cached value)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path, name: str) -> Table:
    _read_bounded(path, name, MAX_FILE_BYTES, "a survey results file")  # size and file type
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > 10_000 or sum(m.file_size for m in members) > MAX_XLSX_UNPACKED:
                raise _fail(name, "the workbook unpacks to too much data; save the survey "
                                  "sheet on its own or as CSV")
    except zipfile.BadZipFile:
        raise _fail(name, "not a table: not an Excel workbook (.xlsx)") from None
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise _fail(name, f"not a readable Excel workbook ({exc.__class__.__name__})") from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise _fail(name, "the workbook has no sheet")
        records: list[list[str]] = []
        for values in sheet.iter_rows(values_only=True):
            if len(values) > MAX_COLUMNS:
                values = values[:MAX_COLUMNS + 1]
            records.append(["" if (t := _cell_text(v)) is None else t for v in values])
            if len(records) > MAX_ROWS + 1:
                raise _fail(name, f"more than {MAX_ROWS:,} rows; split the file")
    except SurveyImportError:
        raise
    except Exception as exc:
        raise _fail(name, f"not a readable Excel workbook ({exc.__class__.__name__})") from None
    finally:
        book.close()
    return _table(name, records)


def _table(name: str, records: list[list[str]]) -> Table:
    """Header and rows from raw records: trailing empty columns and empty rows dropped (Excel
    and Forms leave them), cells stripped, blanks None."""
    numbered = [(i + 1, r) for i, r in enumerate(records) if any(c.strip() for c in r)]
    if not numbered:
        raise _fail(name, "the file is empty")
    header_row, header = numbered[0]
    headers = [h.strip() for h in header]
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) > MAX_COLUMNS:
        raise _fail(name, f"more than {MAX_COLUMNS:,} columns; this is not a survey table")
    rows = []
    for number, record in numbered[1:]:
        cells = [c.strip() or None for c in record]
        extra = [c for c in cells[len(headers):] if c]
        if extra:
            raise _fail(name, f"row {number} has {len(cells)} cells but the header "
                              f"(row {header_row}) names {len(headers)} columns")
        cells = cells[:len(headers)] + [None] * (len(headers) - len(cells))
        rows.append((number, cells))
    if not rows:
        raise _fail(name, "no answers: the file has a header row but no respondents")
    return Table(name, headers, rows)


def _as_text(value: Any) -> Any:
    """YAML reads 4 and 2.1 as numbers; scale labels, codes and group values are text."""
    if isinstance(value, bool):
        return value  # left for pydantic to refuse: a quoted "yes" was meant
    if isinstance(value, int | float):
        return str(value)
    return value
