"""The pieces every part of reading a .qdpx into rows shares: where the rows go, what the
user chose for the codes, the plan that comes out, and rows made with the models' defaults."""

import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import SQLModel

from digifelt.core.ids import iso_z
from digifelt.core.services.merge_report import MergeInput
from digifelt.core.services.snapshot import Row
from digifelt.errors import DigifeltError

_NAMESPACE = uuid.UUID("0c7d9a52-3f1e-5b8a-9d2c-6e4f1a7b3c90")
# "1.3 Title", "2 Title", "4.1a: Title" — not "2020 budget", a title that opens with a year.
_CODE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,3})*[a-z]?)[\s.:)-]+(.*)$")
_MEDIA = {"pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg",
          "png": "image/png", "gif": "image/gif", "tif": "image/tiff", "tiff": "image/tiff",
          "bmp": "image/bmp", "webp": "image/webp", "heic": "image/heic"}


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


@dataclass
class Target:
    """What the rows are merged into: the project's rows (an empty dict per kind for a new
    project), and, for a new project, the rubric it starts from."""

    rows: dict[str, dict[str, Row]]
    project: Row | None  # the existing project's row; None: a new project
    rubric: dict[str, list[Row]] | None = None  # scale_level/area/indicator rows to add
    language: str = "nb"


QDA_AREA = {"nb": "Fra QDA-prosjekt", "en": "From the QDA project"}


class CodeChoiceError(DigifeltError):
    """A code or indicator the user named for mapping or adding is not there."""


@dataclass
class Choices:
    """What the user decided for codes that match no indicator (or chose to override):
    `mapping` code GUID or name → indicator code; `add` code GUIDs or names to add as new
    indicators; `add_unmatched` adds every code with codings that matches none."""

    mapping: dict[str, str] = field(default_factory=dict)
    add: set[str] = field(default_factory=set)
    add_unmatched: bool = False


@dataclass
class Plan:
    data: MergeInput
    matched: dict[str, str] = field(default_factory=dict)  # code name → indicator code
    unmatched: list[str] = field(default_factory=list)  # one line per code left out
    mapped: dict[str, str] = field(default_factory=dict)  # code name → chosen indicator code
    added: dict[str, str] = field(default_factory=dict)  # code name → new indicator's code
    # (GUID, name, codings) of each code left out: what a user can still map or add
    unmatched_codes: list[tuple[str, str, int]] = field(default_factory=list)
    indicators: list[tuple[str, str]] = field(default_factory=list)  # (code, title) to map to
    needs_area: bool = True  # adding an indicator would make the area "From the QDA project"
    # Area and indicator rows an existing project gets through its rubric services before
    # the merge (the merge adds no rubric to a project that has one).
    new_rubric: dict[str, list[Row]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # one line per part left out
    counts: dict[str, int] = field(default_factory=dict)


def _model(name: str) -> type[SQLModel]:
    for mapper in SQLModel._sa_registry.mappers:
        if mapper.local_table.name == name:
            return mapper.class_
    raise KeyError(name)


def _json(value):
    if isinstance(value, datetime):
        return iso_z(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value


def make_row(table_name: str, /, **values) -> Row:
    """A row of the table with the model's defaults for every column not given."""
    links = {k: v for k, v in values.items() if k.endswith(("_ids", "_orders"))}
    obj = _model(table_name)(**{k: v for k, v in values.items() if k not in links})
    table = SQLModel.metadata.tables[table_name]
    row = {c.name: _json(getattr(obj, c.name)) for c in table.columns}
    for c in table.columns:  # given values as given (times already in row form)
        if c.name in values:
            row[c.name] = values[c.name]
    row.update(links)
    return row


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _code_key(code: str) -> tuple:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.]", code))


def split_code(name: str) -> tuple[str | None, str]:
    match = _CODE.match(name)
    return (match.group(1), match.group(2).strip()) if match else (None, name.strip())
