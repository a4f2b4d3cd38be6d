"""First guesses for a survey mapping, made from a results table, and mappings remembered.

The guesses are proposals a person confirms in the mapping dialog: which ordered labels form
the answer scale, which column holds the respondent group, which columns are questions on that
scale and which hold free text. Columns that look like names or e-mail addresses are never
proposed for import. A mapping once used is kept (as the YAML `digifelt survey import` takes)
under a key made of the file's headers, so the next file with the same columns gets it back.
"""

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from digifelt.core.services.survey_files import Table
from digifelt.core.services.survey_import import (
    _EMAIL,
    _PERSONAL_HEADER,
    SurveyImportError,
    SurveyMapping,
    _norm,
    load_mapping,
)

GROUP = "group"
QUESTION = "question"
FREE_TEXT = "free_text"
SKIP = "skip"
ROLES = (GROUP, QUESTION, FREE_TEXT, SKIP)

SAMPLE_ROWS = 2_000  # enough to see every label and the shape of a column
MAX_GROUPS = 12  # more distinct values than this is not a respondent group
MAX_SCALE = 11  # 0–10 is the longest scale a survey tool offers

# Ordered answer scales that survey tools (Nettskjema, Forms, Questback) offer, low → high.
# A 4-point form without its middle label is listed too: the smallest scale that holds every
# value found is the one guessed, so a scale nobody answered neutral on keeps no phantom label.
KNOWN_SCALES: tuple[tuple[str, ...], ...] = (
    ("Helt uenig", "Litt uenig", "Litt enig", "Helt enig"),
    ("Helt uenig", "Litt uenig", "Verken enig eller uenig", "Litt enig", "Helt enig"),
    ("Helt uenig", "Delvis uenig", "Delvis enig", "Helt enig"),
    ("Helt uenig", "Delvis uenig", "Verken enig eller uenig", "Delvis enig", "Helt enig"),
    ("Helt uenig", "Delvis uenig", "Nøytral", "Delvis enig", "Helt enig"),
    ("Svært uenig", "Uenig", "Enig", "Svært enig"),
    ("Svært uenig", "Uenig", "Verken enig eller uenig", "Enig", "Svært enig"),
    ("Svært uenig", "Uenig", "Nøytral", "Enig", "Svært enig"),
    ("Uenig", "Enig"),
    ("I svært liten grad", "I liten grad", "I stor grad", "I svært stor grad"),
    ("I svært liten grad", "I liten grad", "I noen grad", "I stor grad", "I svært stor grad"),
    ("I liten grad", "I noen grad", "I stor grad"),
    ("Aldri", "Sjelden", "Noen ganger", "Ofte", "Alltid"),
    ("Svært dårlig", "Dårlig", "God", "Svært god"),
    ("Svært dårlig", "Dårlig", "Verken god eller dårlig", "God", "Svært god"),
    ("Svært misfornøyd", "Misfornøyd", "Fornøyd", "Svært fornøyd"),
    ("Svært misfornøyd", "Misfornøyd", "Verken fornøyd eller misfornøyd", "Fornøyd",
     "Svært fornøyd"),
    ("Nei", "Delvis", "Ja"),
    ("Nei", "Ja"),
    ("Strongly disagree", "Disagree", "Agree", "Strongly agree"),
    ("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"),
    ("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"),
    ("Never", "Rarely", "Sometimes", "Often", "Always"),
    ("Very poor", "Poor", "Fair", "Good", "Very good"),
    ("No", "Partly", "Yes"),
    ("No", "Yes"),
)
# Answers that say "no opinion": counted as blank, never a step of the scale.
NO_ANSWER_LABELS = ("Vet ikke", "Ikke relevant", "Ønsker ikke å svare", "Ikke aktuelt",
                    "Don't know", "Not applicable", "N/A", "Prefer not to say")

_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*(?:[-–=:.)]\s*\S.*)?$")
_GROUP_HEADER = re.compile(r"rolle|gruppe|stilling|avdeling|sektor|enhet|tjeneste|role|group|"
                           r"position|department|unit", re.IGNORECASE)
# A person's name: two to four capitalised words, letters only (Norwegian and Sámi too).
_NAME = re.compile(r"^[A-ZÆØÅÁČĐŊŠŦŽ][\w'’-]+(?: [A-ZÆØÅÁČĐŊŠŦŽ][\w'’.-]*){1,3}$")
_ID_LIKE = re.compile(r"^[\d\s:./+TZ-]+$")  # numbers, dates and times


@dataclass
class ColumnGuess:
    index: int
    header: str
    role: str  # one of ROLES
    samples: list[str]  # a few distinct values, as shown in the preview
    distinct: int
    filled: int
    personal: str | None = None  # "email" or "name": looks like who answered


@dataclass
class MappingGuess:
    columns: list[ColumnGuess]
    scale: list[str]
    no_answer: list[str] = field(default_factory=list)

    def column(self, header: str) -> ColumnGuess:
        return next(c for c in self.columns if c.header == header)

    def mapping(self, title: str | None = None) -> SurveyMapping:
        """The guess as a mapping with no indicators chosen yet."""
        return SurveyMapping(
            title=title,
            group_column=next((c.header for c in self.columns if c.role == GROUP), None),
            scale=self.scale if any(c.role == QUESTION for c in self.columns) else [],
            no_answer=self.no_answer if any(c.role == QUESTION for c in self.columns) else [],
            questions=[{"column": c.header} for c in self.columns if c.role == QUESTION],
            free_text=[{"column": c.header} for c in self.columns if c.role == FREE_TEXT])


def _values(table: Table, index: int) -> list[str]:
    return [cells[index] for _n, cells in table.rows[:SAMPLE_ROWS] if cells[index]]


def guess_scale(values) -> tuple[list[str], list[str]]:
    """(scale low → high, no-answer labels) that the distinct `values` fit; ([], []) if none.

    Known label scales are matched without regard to case or spacing and keep the spelling
    found in the file; numbers (1–5, 0–10, "1 = Helt uenig") are ordered by their number.
    """
    found: dict[str, str] = {}
    for value in values:
        if value and value.strip():
            found.setdefault(_norm(value), " ".join(value.split()))
    blanks = {_norm(x) for x in NO_ANSWER_LABELS}
    no_answer = [found[k] for k in found if k in blanks]
    seen = {k: v for k, v in found.items() if k not in blanks}
    if not seen or len(seen) > MAX_SCALE:
        return [], []
    fitting = [s for s in KNOWN_SCALES if set(seen) <= {_norm(x) for x in s}]
    if fitting:
        best = min(fitting, key=len)
        return [seen.get(_norm(x), x) for x in best], no_answer
    numbered = {k: _NUMBERED.match(v) for k, v in seen.items()}
    if all(numbered.values()):
        by_number = {int(m.group(1)): seen[k] for k, m in numbered.items()}
        if len(by_number) != len(seen):
            return [], []
        low, high = min(by_number), max(by_number)
        if low not in (0, 1) or high - low + 1 > MAX_SCALE:
            return [], []
        bare = all(v.strip().isdigit() for v in seen.values())
        # Bare numbers: every step is a label, also one nobody chose ("1–5" with no 2).
        if bare:
            return [str(n) for n in range(low, high + 1)], no_answer
        return [by_number[n] for n in sorted(by_number)], no_answer
    return [], []


def _personal(header: str, values: list[str]) -> str | None:
    if not values:
        return None
    if sum(1 for v in values if _EMAIL.match(v)) * 2 >= len(values):
        return "email"
    if _PERSONAL_HEADER.search(header):
        return "name"
    names = sum(1 for v in values if _NAME.match(v))
    if names >= max(3, 0.8 * len(values)) and len(set(values)) >= 0.8 * len(values):
        return "name"
    return None


def _looks_like_free_text(values: list[str]) -> bool:
    if not values:
        return False
    distinct = len(set(values))
    mean_length = sum(len(v) for v in values) / len(values)
    worded = sum(1 for v in values if " " in v.strip()) / len(values)
    return worded >= 0.5 and (mean_length >= 20 or distinct >= max(2, 0.6 * len(values)))


def guess_mapping(table: Table) -> MappingGuess:
    """What each column of `table` probably is: the scale from the values found, the group
    column (few distinct short values), free text (long, varied), the rest not imported."""
    values = [_values(table, i) for i in range(len(table.headers))]
    distinct = [list(dict.fromkeys(" ".join(v.split()) for v in vs)) for vs in values]
    personal = [_personal(h, vs) for h, vs in zip(table.headers, values, strict=True)]

    # The scale: the one most columns fit, from the columns with few distinct values.
    candidates: dict[tuple[str, ...], tuple[int, list[str]]] = {}
    for i, ds in enumerate(distinct):
        if personal[i] or not ds or len(ds) > MAX_SCALE + len(NO_ANSWER_LABELS):
            continue
        found, blanks = guess_scale(ds)
        dates = all(_ID_LIKE.match(v) for v in ds) and not all(v.isdigit() for v in ds)
        if len(found) < 2 or dates:
            continue
        key = tuple(_norm(x) for x in found)
        count, known = candidates.get(key, (0, []))
        candidates[key] = (count + 1, list(dict.fromkeys(known + blanks)))
    scale: list[str] = []
    no_answer: list[str] = []
    if candidates:
        key = max(candidates, key=lambda k: (candidates[k][0], len(k)))
        # The spelling as found in the file (first column that fits).
        for ds in distinct:
            s, _b = guess_scale(ds)
            if tuple(_norm(x) for x in s) == key:
                scale = s
                break
        no_answer = candidates[key][1]
    on_scale = {_norm(x) for x in scale + no_answer}

    columns = []
    group_taken = False
    order = sorted(range(len(table.headers)),
                   key=lambda i: not _GROUP_HEADER.search(table.headers[i]))
    roles: dict[int, str] = {}
    for i in order:
        vs, ds = values[i], distinct[i]
        if personal[i] or not vs:
            roles[i] = SKIP
        elif scale and all(_norm(v) in on_scale for v in ds) and \
                any(_norm(v) in {_norm(x) for x in scale} for v in ds):
            roles[i] = QUESTION
        elif (not group_taken and 2 <= len(ds) <= MAX_GROUPS
              and len(ds) * 3 <= len(vs)
              and all(len(v) <= 40 for v in ds)
              and not all(_ID_LIKE.match(v) for v in ds)):
            roles[i] = GROUP
            group_taken = True
        elif _looks_like_free_text(vs) and not all(_ID_LIKE.match(v) for v in vs):
            roles[i] = FREE_TEXT
        else:
            roles[i] = SKIP
    for i, header in enumerate(table.headers):
        columns.append(ColumnGuess(i, header, roles[i], distinct[i][:5], len(distinct[i]),
                                   len(values[i]) if len(table.rows) <= SAMPLE_ROWS
                                   else sum(1 for _n, c in table.rows if c[i]), personal[i]))
    return MappingGuess(columns, scale, no_answer)


def guess_groups(values, group_names) -> dict[str, str]:
    """File value → the project's respondent group it names, where the match is plain: the
    same words, or the one a plural or definite ending away ("Leder" → "Ledere", "Ansatt" →
    "Ansatte", "Folkevalgt" → "Folkevalgte"). Values with no such group are left out (the import
    makes a group of their own name)."""
    out = {}
    for value in dict.fromkeys(" ".join(v.split()) for v in values if v and v.strip()):
        key = value.casefold()
        found = [n for n in group_names if n.casefold() == key]
        if not found:
            found = [n for n in group_names
                     if (n.casefold().startswith(key) or key.startswith(n.casefold()))
                     and 0 < abs(len(n) - len(key)) <= 3 and min(len(n), len(key)) >= 4]
        if len(found) == 1 and found[0] != value:
            out[value] = found[0]
    return out


# Writing a mapping


def mapping_data(mapping: SurveyMapping) -> dict:
    """The mapping as the YAML the CLI reads, without the keys left at their defaults."""
    data: dict = {}
    if mapping.title:
        data["title"] = mapping.title
    if mapping.group_column:
        data["group_column"] = mapping.group_column
    if mapping.groups:
        data["groups"] = dict(mapping.groups)
    if mapping.scale:
        data["scale"] = list(mapping.scale)
    if mapping.no_answer:
        data["no_answer"] = list(mapping.no_answer)
    for key in ("questions", "free_text"):
        columns = getattr(mapping, key)
        if columns:
            data[key] = [{"column": c.column, "indicators": list(c.indicators)}
                         for c in columns]
    for key in ("started", "ended"):
        if getattr(mapping, key):
            data[key] = getattr(mapping, key)
    return data


def dump_mapping(mapping: SurveyMapping) -> str:
    return yaml.safe_dump(mapping_data(mapping), allow_unicode=True, sort_keys=False,
                          width=100)


def save_mapping(mapping: SurveyMapping, path: Path) -> None:
    Path(path).write_text(dump_mapping(mapping), encoding="utf-8")


# Remembered mappings


def columns_key(headers: list[str]) -> str:
    """The same for every file with the same column headers, in the same order."""
    return hashlib.sha256("\x1f".join(headers).encode("utf-8")).hexdigest()[:24]


def _remembered_path(folder: Path, headers: list[str]) -> Path:
    return Path(folder) / f"{columns_key(headers)}.yaml"


def remember_mapping(folder: Path, headers: list[str], mapping: SurveyMapping) -> Path:
    path = _remembered_path(folder, headers)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_mapping(mapping, path)
    return path


def remembered_mapping(folder: Path, headers: list[str]) -> SurveyMapping | None:
    """The last mapping used for a file with these headers; None if none (or unreadable)."""
    path = _remembered_path(folder, headers)
    if not path.is_file():
        return None
    try:
        return load_mapping(path)
    except SurveyImportError:
        return None  # an old or damaged one is simply not offered
