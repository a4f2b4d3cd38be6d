"""The organisation's comments on a draft, read from what they send back: the draft .docx with
Word comments, or a spreadsheet (.xlsx or .csv) with one comment a row.

Both are untrusted. The .docx is read through BoundedZip (sizes, counts, ratio) and parsed
without DTDs, entities or network; a spreadsheet is bounded in size and rows, and a formula is
read as the text that was typed, never evaluated. Any problem is one `CommentImportError`
line, raised before anything is recorded.

A Word comment belongs to the heading above the first place it is anchored: an indicator's
heading ends with its code in brackets ("Digital strategi (1.2)", as the report writes it), a
chapter heading is an area's title or another chapter; before the first chapter it is general.
"""

import csv
import io
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from lxml import etree

from digifelt.core.errors import ValidationError
from digifelt.core.services import fact_check, rubric
from digifelt.core.services.fact_check import MAX_COMMENT, NewComment
from digifelt.exports.bounded_zip import BoundedZip, ZipLimitError, ZipLimits
from digifelt.storage.database import Database

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_COMMENTS = 5_000
MAX_ROWS = 5_000
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_Q = f"{{{_W}}}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          load_dtd=False, dtd_validation=False, remove_comments=True,
                          remove_pis=True, collect_ids=False)
_DOCTYPE = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))
_CODE_AT_END = re.compile(r"\(([^()\s]{1,20})\)\s*$")

# Spreadsheet headers (compared case-folded, without spaces), Norwegian and English.
_COLUMNS = {
    "target": ("kapittel/indikator", "kapittel", "indikator", "kjennetegn", "gjelder",
               "chapter/indicator", "chapter", "indicator", "about", "section"),
    "commenter": ("fra", "from", "avsender", "commenter", "author"),
    "received": ("dato", "date", "mottatt", "received"),
    "text": ("merknad", "kommentar", "comment", "remark", "text"),
}
_GENERAL = {"", "generelt", "general", "hele rapporten", "whole report", "-", "—"}


class CommentImportError(ValidationError):
    """A comments file that cannot be imported; nothing has been recorded."""


def _fail(name: str, message: str) -> CommentImportError:
    return CommentImportError(" ".join(f"{name}: {message}".split()))


# -- targets -------------------------------------------------------------------------------

class _Targets:
    """Resolves what a comment is about against this project's rubric."""

    def __init__(self, db: Database):
        tree = rubric.rubric_tree(db)
        self.indicators = {i.code.casefold(): i for a in tree for i in a.indicators}
        self.titles = {i.title.casefold(): i for a in tree for i in a.indicators}
        self.areas = {a.area.code.casefold(): a.area for a in tree}
        self.area_titles = {a.area.title.casefold(): a.area for a in tree}

    def heading(self, level: int, text: str) -> tuple[str, str | None] | None:
        text = " ".join(text.split())
        if level == 2:
            found = _CODE_AT_END.search(text)
            if found and found.group(1).casefold() in self.indicators:
                return "indicator", self.indicators[found.group(1).casefold()].id
            return None  # a sub-heading of a chapter: the chapter stays
        area = self.area_titles.get(text.casefold())
        return "chapter", area.code if area else text

    def cell(self, value: str) -> tuple[str, str | None]:
        text = " ".join(value.split())
        key = text.casefold()
        if key in _GENERAL:
            return "general", None
        head = key.split(" ", 1)[0].rstrip(".:")
        found = _CODE_AT_END.search(text)
        for code in (key, head, found.group(1).casefold() if found else None):
            if code and code in self.indicators:
                return "indicator", self.indicators[code].id
        if key in self.titles:
            return "indicator", self.titles[key].id
        for code in (key, head):
            if code in self.areas:
                return "chapter", self.areas[code].code
        if key in self.area_titles:
            return "chapter", self.area_titles[key].code
        return "chapter", text[:200]


# -- Word comments -------------------------------------------------------------------------

def _parse(name: str, part: str, data: bytes) -> etree._Element:
    if any(marker in data for marker in _DOCTYPE):
        raise _fail(name, f"cannot be read ({part} declares a DTD, which Word files never do)")
    try:
        return etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        raise _fail(name, f"cannot be read ({part} is not well-formed XML)") from None


def _text_of(element) -> str:
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{_Q}t"))
                  for p in element.iter(f"{_Q}p")]
    return "\n".join(paragraphs).strip()


def _heading_levels(styles: etree._Element | None) -> dict[str, int]:
    """Style id → heading level, from the built-in names ("heading 1"), which Word keeps in
    every language even where the ids are "Overskrift1"."""
    levels = {"Heading1": 1, "Heading2": 2}
    if styles is None:
        return levels
    for style in styles.iter(f"{_Q}style"):
        sid = style.get(f"{_Q}styleId")
        name = style.find(f"{_Q}name")
        label = (name.get(f"{_Q}val") if name is not None else "") or ""
        found = re.fullmatch(r"heading ([12])", label.strip().casefold())
        if sid and found:
            levels[sid] = int(found.group(1))
    return levels


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def read_docx_comments(path: Path, db: Database) -> list[NewComment]:
    path = Path(path)
    name = path.name
    try:
        with BoundedZip(path, ZipLimits(file_bytes=MAX_FILE_BYTES)) as z:
            if "word/document.xml" not in z:
                raise _fail(name, "not a Word document (.docx)")
            if "word/comments.xml" not in z:
                raise _fail(name, "the document has no comments")
            document = _parse(name, "word/document.xml", z.read("word/document.xml"))
            comments = _parse(name, "word/comments.xml", z.read("word/comments.xml"))
            styles = (_parse(name, "word/styles.xml", z.read("word/styles.xml"))
                      if "word/styles.xml" in z else None)
    except ZipLimitError as exc:
        raise _fail(name, f"cannot be read as a Word document ({exc})") from None
    targets, levels = _Targets(db), _heading_levels(styles)
    anchors: dict[str, tuple[str, str | None]] = {}
    current: tuple[str, str | None] = ("general", None)
    body = document.find(f"{_Q}body")
    for p in (body.iter(f"{_Q}p") if body is not None else ()):
        style = p.find(f"{_Q}pPr/{_Q}pStyle")
        level = levels.get(style.get(f"{_Q}val")) if style is not None else None
        if level:
            current = targets.heading(level, _text_of(p)) or current
        for mark in p.iter(f"{_Q}commentRangeStart", f"{_Q}commentReference"):
            anchors.setdefault(mark.get(f"{_Q}id"), current)
    out = []
    for c in comments.iter(f"{_Q}comment"):
        text = _text_of(c)
        if not text:
            continue
        if len(out) >= MAX_COMMENTS:
            raise _fail(name, f"more than {MAX_COMMENTS} comments")
        if len(text) > MAX_COMMENT:
            raise _fail(name, f"a comment is longer than {MAX_COMMENT} characters")
        kind, target = anchors.get(c.get(f"{_Q}id"), ("general", None))
        out.append(NewComment(text, kind, target,
                              (c.get(f"{_Q}author") or "").strip()[:200] or None,
                              _date(c.get(f"{_Q}date"))))
    return out


# -- spreadsheets --------------------------------------------------------------------------

def _records_csv(path: Path, name: str) -> list[list[str]]:
    from digifelt.core.services.survey_files import _decode, _read_bounded, _sniff_delimiter

    text = _decode(_read_bounded(path, name, MAX_FILE_BYTES, "a comments file"), name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text),
                        strict=True)
    try:
        return [r for _, r in zip(range(MAX_ROWS + 2), reader, strict=False)]
    except csv.Error as exc:
        raise _fail(name, f"row {reader.line_num}: not a readable CSV table ({exc})") from None


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _records_xlsx(path: Path, name: str) -> list[list[str]]:
    try:
        with BoundedZip(path, ZipLimits(file_bytes=MAX_FILE_BYTES)) as z:
            if "xl/workbook.xml" not in z:
                raise _fail(name, "not an Excel workbook (.xlsx)")
            for member in z.names():  # inflate everything once, within the bounds
                z.read(member)
    except ZipLimitError as exc:
        raise _fail(name, f"cannot be read as an Excel workbook ({exc})") from None
    import openpyxl

    try:
        # Formulas as written ("=1+1"), not evaluated and not a cached result: text.
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise _fail(name, f"not a readable Excel workbook ({exc.__class__.__name__})") from None
    try:
        if not book.worksheets:
            raise _fail(name, "the workbook has no sheet")
        records = []
        for values in book.worksheets[0].iter_rows(values_only=True, max_col=50):
            records.append([_cell(v) for v in values])
            if len(records) > MAX_ROWS + 1:
                break
        return records
    except CommentImportError:
        raise
    except Exception as exc:
        raise _fail(name, f"not a readable Excel workbook ({exc.__class__.__name__})") from None
    finally:
        book.close()


def _parse_day(value: str, name: str, row: int) -> date | None:
    value = value.strip()
    if not value:
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise _fail(name, f"row {row}: {value[:40]!r} is not a date (write 2026-10-12 or "
                      "12.10.2026)")


def read_table_comments(path: Path, db: Database) -> list[NewComment]:
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    try:
        records = (_records_xlsx(path, name) if suffix in (".xlsx", ".xlsm")
                   else _records_csv(path, name))
    except CommentImportError:
        raise
    except ValidationError as exc:  # the shared CSV reader's one line
        raise CommentImportError(str(exc)) from None
    numbered = [(i + 1, r) for i, r in enumerate(records) if any(c.strip() for c in r)]
    if not numbered:
        raise _fail(name, "the file is empty")
    if len(numbered) > MAX_ROWS:
        raise _fail(name, f"more than {MAX_ROWS} comments; split the file")
    header_row, header = numbered[0]
    folded = ["".join(h.split()).casefold() for h in header]
    columns: dict[str, int] = {}
    for key, names in _COLUMNS.items():
        for alias in names:
            if alias in folded:
                columns[key] = folded.index(alias)
                break
    if "text" not in columns:
        raise _fail(name, f"no column Merknad (or Comment) in the header (row {header_row})")
    targets, out = _Targets(db), []

    def at(record: list[str], key: str) -> str:
        i = columns.get(key)
        return record[i].strip() if i is not None and i < len(record) else ""

    for row, record in numbered[1:]:
        text = at(record, "text")
        if not text:
            continue
        if len(text) > MAX_COMMENT:
            raise _fail(name, f"row {row}: the comment is longer than {MAX_COMMENT} characters")
        kind, target = targets.cell(at(record, "target"))
        out.append(NewComment(text, kind, target, at(record, "commenter")[:200] or None,
                              _parse_day(at(record, "received"), name, row)))
    if not out:
        raise _fail(name, "no comments: the file has a header row but no comment in it")
    return out


# -- one entry -----------------------------------------------------------------------------

SUFFIXES = (".docx", ".xlsx", ".csv")


def read_comments(path: Path, db: Database) -> list[NewComment]:
    """The comments in a returned .docx, .xlsx or .csv, resolved against this rubric."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx_comments(path, db)
    if suffix in (".xlsx", ".xlsm", ".csv", ".txt"):
        return read_table_comments(path, db)
    raise _fail(path.name, "digifelt reads comments from a .docx, .xlsx or .csv file")


def import_comments(db: Database, path: Path,
                    version_id: str | None = None) -> list:
    """Read the file, then record every comment on the version (the latest draft by default)
    in one transaction: all of them or, on any problem, none."""
    comments: Iterable[NewComment] = read_comments(path, db)
    return fact_check.add_comments(db, comments, version_id)
