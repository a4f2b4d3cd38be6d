"""The mapping that says what a survey file's columns mean, and the import plan made from it
(the files themselves are read by core.services.survey_files).

Nothing here touches the project: `plan_import` turns a table and a mapping into the counts and
free-text answers digifelt keeps (core.services.surveys stores them). Raw respondent rows live
only in memory while the file is read, and columns not in the mapping are never kept. Every
problem is one `SurveyImportError` line naming the file and the column or row.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic import ValidationError as PydanticValidationError

from digifelt.core.services.survey_files import (  # noqa: F401 (the import's public names)
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    SurveyImportError,
    Table,
    _as_text,
    _fail,
    _read_bounded,
    _show,
    read_table,
)
from digifelt.core.text_rules import text_problem

MAX_MAPPING_BYTES = 1024 * 1024


# Headers and values that suggest a column holds who answered. Only headers and the values of
# columns that are not imported are looked at, to warn the team that the file they keep holds
# personal data.
_PERSONAL_HEADER = re.compile(
    r"(^|[^a-zæøå])(navn|fornavn|etternavn|name|e-?post|e-?mail|mail|epostadresse|"
    r"telefon|mobil|phone|fødselsnummer|personnummer|respondent(navn)?)([^a-zæøå]|$)",
    re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# The mapping


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ColumnMap(_Strict):
    column: str = Field(min_length=1)
    indicators: list[str] = Field(default_factory=list)

    @field_validator("column", mode="before")
    @classmethod
    def _column_text(cls, v):
        return _as_text(v)

    @field_validator("indicators", mode="before")
    @classmethod
    def _codes(cls, v):
        return [_as_text(x) for x in v] if isinstance(v, list) else v


class SurveyMapping(_Strict):
    """What the columns of a results file mean (see `digifelt survey import --help`)."""

    title: str | None = None
    group_column: str | None = None
    groups: dict[str, str] = Field(default_factory=dict)
    scale: list[str] = Field(default_factory=list)
    no_answer: list[str] = Field(default_factory=list)  # e.g. "Vet ikke": counted as blank
    questions: list[ColumnMap] = Field(default_factory=list)
    free_text: list[ColumnMap] = Field(default_factory=list)
    started: date | None = None
    ended: date | None = None
    # Group name (as named in the project, after `groups:`) → how many were invited.
    invited: dict[str, int] = Field(default_factory=dict)

    @field_validator("invited", mode="before")
    @classmethod
    def _invited(cls, v):
        if isinstance(v, dict):
            out = {}
            for k, n in v.items():
                if isinstance(n, bool) or not isinstance(n, int) or n <= 0:
                    raise ValueError(f"{_show(_as_text(k))}: the number invited must be a "
                                     "whole number above 0")
                out[_as_text(k)] = n
            return out
        return v

    @field_validator("groups", mode="before")
    @classmethod
    def _group_keys(cls, v):
        if isinstance(v, dict):
            return {_as_text(k): _as_text(x) for k, x in v.items()}
        return v

    @field_validator("scale", "no_answer", mode="before")
    @classmethod
    def _labels(cls, v):
        return [_as_text(x) for x in v] if isinstance(v, list) else v

    @field_validator("group_column", "title", mode="before")
    @classmethod
    def _text(cls, v):
        return _as_text(v)

    @model_validator(mode="after")
    def _coherent(self):
        if not self.questions and not self.free_text:
            raise ValueError("maps no column: add questions: or free_text:")
        if self.questions and len(self.scale) < 2:
            raise ValueError("scale: list the answer labels from low to high (at least two)")
        labels = [_norm(x) for x in self.scale]
        if len(set(labels)) != len(labels):
            dup = next(x for x in self.scale if labels.count(_norm(x)) > 1)
            raise ValueError(f"scale: the label {_show(dup)} appears twice")
        if any(_norm(x) in labels for x in self.no_answer):
            raise ValueError("no_answer: a label cannot be both on the scale and no answer")
        seen: set[str] = set()
        for column in [q.column for q in self.questions + self.free_text] + \
                [self.group_column or ""]:
            if column and column in seen:
                raise ValueError(f"the column {_show(column)} is mapped twice")
            seen.add(column)
        if self.started and self.ended and self.ended < self.started:
            raise ValueError("ended: comes before started")
        return self


def _norm(label: str) -> str:
    return " ".join(label.split()).casefold()


def load_mapping(path: Path) -> SurveyMapping:
    from digifelt.core.template import _too_big, load_yaml

    path = Path(path)
    name = path.name or str(path)
    raw = _read_bounded(path, name, MAX_MAPPING_BYTES, "a survey mapping (YAML)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail(name, f"not UTF-8 text (byte at offset {exc.start}); save it as UTF-8") \
            from None
    try:
        data = load_yaml(text)
    except ValueError as exc:
        raise _fail(name, str(exc)) from None
    if data is None:
        raise _fail(name, "the mapping is empty")
    if problem := _too_big(data):
        raise _fail(name, problem.replace("rubric template", "survey mapping"))
    if not isinstance(data, dict):
        raise _fail(name, "expected a mapping (title:, scale:, questions:, …) at the top")
    try:
        return SurveyMapping.model_validate(data)
    except PydanticValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        msg = str(err["ctx"]["error"]) if err["type"] == "value_error" else err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        raise _fail(name, f"{loc + ': ' if loc else ''}{msg}") from None


# The plan: what is kept


@dataclass
class CellCounts:
    counts: list[int]
    missing: int = 0

    @property
    def n(self) -> int:
        return sum(self.counts)

    def as_json(self) -> dict:
        return {"n": self.n, "missing": self.missing, "counts": list(self.counts)}


@dataclass
class PlannedQuestion:
    column: str
    order: int
    indicators: list[str]
    all: CellCounts
    groups: dict[str, CellCounts]  # by group name


@dataclass
class PlannedFreeText:
    column: str
    order: int
    indicators: list[str]
    answers: list[str]  # sorted, so their order says nothing of the rows
    missing: int


@dataclass
class SurveyPlan:
    title: str
    respondents: int
    scale: list[str]
    group_sizes: dict[str, int]  # group name → respondents
    questions: list[PlannedQuestion] = field(default_factory=list)
    free_text: list[PlannedFreeText] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    started: date | None = None
    ended: date | None = None
    invited: dict[str, int] = field(default_factory=dict)  # group name → invited


def plan_import(table: Table, mapping: SurveyMapping, mapping_name: str,
                indicator_codes: set[str], *, title: str | None = None) -> SurveyPlan:
    """Validate the mapping against the table and the rubric, and count the answers."""
    where = mapping_name
    for kind, columns in (("questions", mapping.questions), ("free_text", mapping.free_text)):
        for i, col in enumerate(columns):
            for code in col.indicators:
                if code not in indicator_codes:
                    raise _fail(where, f"{kind}[{i}] ({_show(col.column)}): indicator "
                                       f"{_show(code)} does not exist in this project")
    group_idx = (table.column(mapping.group_column, f"{where}: group_column")
                 if mapping.group_column else None)
    q_idx = [table.column(q.column, f"{where}: questions[{i}]")
             for i, q in enumerate(mapping.questions)]
    t_idx = [table.column(q.column, f"{where}: free_text[{i}]")
             for i, q in enumerate(mapping.free_text)]
    survey_title = (title or mapping.title or Path(table.name).stem).strip()
    if not survey_title:
        raise _fail(where, "title: the survey needs a title (title: in the mapping, or --title)")
    if problem := text_problem(survey_title, name=True):
        raise _fail(where, f"title {problem}")
    for col in mapping.questions + mapping.free_text:
        if problem := text_problem(col.column, name=False):
            raise _fail(table.name, f"column {_show(col.column)}: the header {problem}")

    # Groups: value → name; an unknown value is a group of its own name.
    group_names = {_norm(k): v for k, v in mapping.groups.items()}
    row_group: list[str | None] = []
    for number, cells in table.rows:
        value = cells[group_idx] if group_idx is not None else None
        name = None
        if value is not None:
            name = group_names.get(_norm(value), value)
            if problem := text_problem(name, name=True):
                raise _fail(table.name, f"row {number}, column "
                                        f"{_show(mapping.group_column or '')}: group {problem}")
        row_group.append(name)
    group_sizes = dict(sorted(Counter(g for g in row_group if g is not None).items()))

    scale = list(mapping.scale)
    index = {_norm(label): i for i, label in enumerate(scale)}
    blank = {_norm(x) for x in mapping.no_answer}
    plan = SurveyPlan(survey_title, len(table.rows), scale, group_sizes,
                      started=mapping.started, ended=mapping.ended,
                      invited=_invited_by_group(mapping, where, group_sizes))
    order = 0
    for q, col in zip(mapping.questions, q_idx, strict=True):
        total = CellCounts([0] * len(scale))
        per_group = {g: CellCounts([0] * len(scale)) for g in group_sizes}
        for (number, cells), group in zip(table.rows, row_group, strict=True):
            value = cells[col]
            if value is None or _norm(value) in blank:
                total.missing += 1
                if group is not None:
                    per_group[group].missing += 1
                continue
            i = index.get(_norm(value))
            if i is None:
                labels = ", ".join(scale)
                raise _fail(table.name, f"row {number}, column {_show(q.column)}: "
                                        f"{_show(value)} is not on the scale ({labels})")
            total.counts[i] += 1
            if group is not None:
                per_group[group].counts[i] += 1
        plan.questions.append(PlannedQuestion(q.column, order, list(q.indicators), total,
                                              per_group))
        order += 1
    for q, col in zip(mapping.free_text, t_idx, strict=True):
        answers = []
        for number, cells in table.rows:
            value = cells[col]
            if value is None:
                continue
            if problem := text_problem(value, name=False):
                raise _fail(table.name, f"row {number}, column {_show(q.column)}: the answer "
                                        f"{problem}")
            answers.append(value)
        answers.sort(key=lambda a: (a.casefold(), a))
        plan.free_text.append(PlannedFreeText(q.column, order, list(q.indicators), answers,
                                              len(table.rows) - len(answers)))
        order += 1
    mapped = set(q_idx) | set(t_idx) | ({group_idx} if group_idx is not None else set())
    plan.warnings = personal_data_warnings(table, mapped)
    return plan


def _invited_by_group(mapping: SurveyMapping, where: str,
                      group_sizes: dict[str, int]) -> dict[str, int]:
    """The mapping's `invited:` by the survey's own group names: every name must be a group
    of the survey (one that answered, or one `groups:` names), and no more can have answered
    than were invited."""
    known = {_norm(g): g for g in [*mapping.groups.values(), *group_sizes]}
    out = {}
    for name, n in mapping.invited.items():
        group = known.get(_norm(name))
        if group is None:
            names = ", ".join(sorted(set(known.values()), key=str.casefold)) or "none"
            raise _fail(where, f"invited: {_show(name)} is not a group of this survey "
                               f"(groups: {names})")
        answered = group_sizes.get(group, 0)
        if answered > n:
            raise _fail(where, f"invited: {_show(name)}: {n} invited, but {answered} "
                               "answered")
        out[group] = n
    return out


def personal_data_warnings(table: Table, mapped: set[int]) -> list[str]:
    """One line per column not imported that looks like names or e-mail addresses."""
    out = []
    for i, header in enumerate(table.headers):
        if i in mapped:
            continue
        sample = [cells[i] for _n, cells in table.rows[:500] if cells[i]]
        emails = sum(1 for v in sample if _EMAIL.match(v))
        if sample and emails * 2 >= len(sample):
            what = "e-mail addresses"
        elif _PERSONAL_HEADER.search(header) and sample:
            what = "names or contact details"
        else:
            continue
        out.append(f"{table.name}: column {_show(header)} was not imported; it looks like "
                   f"{what} — personal data: delete the column from the copy you keep")
    return out
