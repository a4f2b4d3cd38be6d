"""A read .qdpx as the rows a merge takes (`core.services.merge.MergeInput`).

Text sources → activities with their text as one note; codes → the project's indicators
(by GUID, then by code, then by title; a new project without a rubric takes its rubric from
the codebook); selections → excerpts; the "digifelt" category's codes → an excerpt's kind,
valence and star; notes → excerpt memos (linked from a selection, or a QualCoder annotation
on words of a source), findings and area summaries (linked from an indicator's or area's
code, in a digifelt package), the rest as notes of one activity; users → assessors (the
same name: the same assessor); cases → respondent groups with their activities; PDF and
picture sources → attachments of their activity (a PDF's page selections → page quotes).
"""

import hashlib
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import SQLModel

from digifelt.core.filenames import safe_filename
from digifelt.core.ids import iso_z, utcnow
from digifelt.core.services.merge_report import MergeInput
from digifelt.core.services.snapshot import Row
from digifelt.errors import DigifeltError
from digifelt.exports.qdpx.reading import QdpxProject, Source, is_date
from digifelt.exports.qdpx.writer import (
    CATEGORY_GUID,
    FINDING_PARTS,
    LABELS,
    MARKS,
    mark_guid,
    variable_guid,
)

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


class Builder:
    def __init__(self, qdpx: QdpxProject, target: Target, source_name: str,
                 choices: Choices | None = None):
        self.q = qdpx
        self.t = target
        self.choices = choices or Choices()
        self.source_name = source_name
        self.rows: dict[str, list[Row]] = {}
        self.plan = Plan(MergeInput(rows=self.rows, blobs={}, bundle_id="", exported_at=""))
        self.now = iso_z(utcnow())
        self.words = LABELS.get(target.language, LABELS["en"])
        self.already: dict[str, int] = {}
        self.doc_of: dict[str, str] = {}  # document review → its PDF's attachment id

    def add(self, kind: str, row: Row) -> Row:
        if kind != "project" and row["id"] in self.t.rows.get(kind, {}):
            # Already in this project (a package made from it): the project's version stays;
            # a row without a history would otherwise stand beside it as a conflict.
            self.already[kind] = self.already.get(kind, 0) + 1
            return row
        self.rows.setdefault(kind, []).append(row)
        return row

    def times(self, created: str | None, modified: str | None = None) -> dict:
        created = created or modified or self.q.created or self.now
        return {"created_at": created, "updated_at": modified or created}

    # -- whole ------------------------------------------------------------------------
    def build(self) -> Plan:
        self._project()
        self._users()
        self._rubric()
        self._groups()
        self._sources()
        self._notes()
        self.plan.skipped += self.q.unsupported
        for kind, n in sorted(self.already.items()):
            self.plan.skipped.append(f"{n} {kind.replace('_', ' ')} already in this project "
                                     "(kept as it is)")
        for kind, rows in self.rows.items():
            self.plan.counts[kind] = len(rows)
        digest = hashlib.sha256(repr(sorted((k, sorted(r["id"] for r in v))
                                            for k, v in self.rows.items())).encode())
        self.plan.data.bundle_id = derived_id("qdpx", digest.hexdigest())
        self.plan.data.exported_at = self.q.created or self.now
        self.plan.data.source = self.source_name
        return self.plan

    def _project(self) -> None:
        if self.t.project is not None:
            self.add("project", dict(self.t.project))
            return
        self.add("project", make_row(
            "project", id=derived_id("project", self.q.name, self.q.created or ""),
            title=self.q.name.strip() or self.source_name, organisation=self.q.origin or "—",
            language=self.t.language, description=self.q.description or None,
            **self.times(self.q.created)))

    def _users(self) -> None:
        by_name = {_fold(a["name"]): a["id"] for a in self.t.rows.get("assessor", {}).values()}
        self.assessors: dict[str, str] = {}
        for guid, (name, short) in self.q.users.items():
            name = name.strip() or (short or "").strip()
            if not name:
                continue
            if _fold(name) in by_name:
                self.assessors[guid] = by_name[_fold(name)]
                continue
            self.add("assessor", make_row("assessor", id=guid, name=name,
                                          initials=(short or None), **self.times(None)))
            self.assessors[guid] = by_name[_fold(name)] = guid

    # -- rubric ------------------------------------------------------------------------
    def _rubric(self) -> None:
        marks = {mark_guid(m): m for m in MARKS}
        self.marks: dict[str, str] = {}
        self.code_of: dict[str, str] = {}  # REFI code GUID → indicator id
        self.area_of: dict[str, str] = {}  # REFI code GUID → area id
        # A code with a case's GUID is that case (NVivo's form, and digifelt's for QualCoder).
        self.case_codes = {c.guid for c in self.q.cases}
        codes = {g: c for g, c in self.q.codes.items()
                 if g != CATEGORY_GUID and c.parent != CATEGORY_GUID
                 and g not in self.case_codes}
        for g in self.q.codes:
            if g in marks:
                self.marks[g] = marks[g]
        if self.t.project is None and self.t.rubric is None:
            self._rubric_from_codes(codes)
            self._map_in_codebook(codes)
            return
        if self.t.rubric is not None:
            for kind in ("scale_level", "area", "indicator"):
                for row in self.t.rubric.get(kind, []):
                    self.add(kind, row)
            areas = {r["id"]: r for r in self.t.rubric.get("area", [])}
            indicators = {r["id"]: r for r in self.t.rubric.get("indicator", [])}
        else:
            areas = self.t.rows.get("area", {})
            indicators = self.t.rows.get("indicator", {})
        by_code = {_fold(r["code"]): i for i, r in indicators.items()}
        by_title = {_fold(r["title"]): i for i, r in indicators.items()}
        by_full = {_fold(f"{r['code']} {r['title']}"): i for i, r in indicators.items()}
        areas_by = {_fold(r["code"]): i for i, r in areas.items()} | {
            _fold(r["title"]): i for i, r in areas.items()} | {
            _fold(f"{r['code']} {r['title']}"): i for i, r in areas.items()}
        used = self._codings_per_code()
        self.plan.indicators = sorted(((r["code"], r["title"]) for r in indicators.values()),
                                      key=lambda ct: _code_key(ct[0]))
        mapped, added = self._chosen(codes, by_code)
        self._areas, self._indicators = areas, indicators
        self.plan.needs_area = not any(_fold(r["title"]) in {_fold(t) for t in QDA_AREA.values()}
                                       for r in areas.values())
        for g, c in codes.items():
            number, title = split_code(c.name)
            if g in mapped:
                self.code_of[g] = mapped[g]
                self.plan.mapped[c.name] = indicators[mapped[g]]["code"]
                continue
            if c.codable and not c.children:
                found = (g if g in indicators else None) or by_full.get(_fold(c.name)) or (
                    by_code.get(_fold(number)) if number else None) or by_title.get(
                    _fold(title))
                if g in added or (not found and used.get(g) and self.choices.add_unmatched):
                    self.code_of[g] = self._new_indicator(g, c)
                elif found:
                    self.code_of[g] = found
                    self.plan.matched[c.name] = indicators[found]["code"]
                elif used.get(g):
                    self.plan.unmatched_codes.append((g, c.name, used[g]))
                    self.plan.unmatched.append(
                        f"code “{c.name}” matches no indicator: its {used[g]} "
                        f"coding{'' if used[g] == 1 else 's'} stay untagged")
            elif g in added:
                self.code_of[g] = self._new_indicator(g, c)
            else:
                found = (g if g in areas else None) or areas_by.get(_fold(c.name)) or (
                    areas_by.get(_fold(number)) if number else None) or areas_by.get(
                    _fold(title))
                if found:
                    self.area_of[g] = found

    def _find_code(self, codes: dict, key: str, option: str) -> str:
        if key in codes:
            return key
        folded = _fold(key)
        for matches in (lambda c: _fold(c.name) == folded,
                        lambda c: _fold(split_code(c.name)[1]) == folded,
                        lambda c: _fold(split_code(c.name)[0] or "") == folded):
            found = [g for g, c in codes.items() if matches(c)]
            if found:
                return found[0]
        raise CodeChoiceError(f"{option}: the package has no code “{key}”")

    def _chosen(self, codes: dict, by_code: dict) -> tuple[dict[str, str], set[str]]:
        """The user's choices as code GUID → indicator id, and the GUIDs to add."""
        mapped = {}
        for key, code in self.choices.mapping.items():
            guid = self._find_code(codes, key, "--map")
            found = by_code.get(_fold(code))
            if found is None:
                raise CodeChoiceError(f"--map: this project's rubric has no indicator "
                                      f"“{code}”")
            mapped[guid] = found
        added = {self._find_code(codes, key, "--add") for key in self.choices.add}
        return mapped, added - set(mapped)

    def _map_in_codebook(self, codes: dict) -> None:
        """A rubric made from the codebook has every code as an indicator (nothing to add),
        but a code can still be mapped to another's indicator."""
        made = {r["id"]: r for r in self.rows.get("indicator", [])}
        mapped, _added = self._chosen(codes, {_fold(r["code"]): i for i, r in made.items()})
        for g, found in mapped.items():
            self.code_of[g] = found
            self.plan.matched.pop(codes[g].name, None)
            self.plan.mapped[codes[g].name] = made[found]["code"]

    def _qda_area(self) -> Row:
        """The area for codes added as indicators: the one made by an earlier import, else
        a new one with a code no area has."""
        titles = {_fold(t) for t in QDA_AREA.values()}
        for row in [*self._areas.values(), *self.plan.new_rubric.get("area", [])]:
            if _fold(row["title"]) in titles:
                return row
        taken = {_fold(r["code"]) for r in self._areas.values()}
        code, n = "Q", 2
        while _fold(code) in taken:
            code, n = f"Q{n}", n + 1
        row = make_row("area", id=derived_id("qda-area", self.q.name), code=code,
                       title=QDA_AREA.get(self.t.language, QDA_AREA["en"]),
                       order=len(self._areas), **self.times(None))
        self._new_rubric_row("area", row)
        return row

    def _new_indicator(self, guid: str, code) -> str:
        area = self._qda_area()
        siblings = [r for r in [*self._indicators.values(),
                                *self.plan.new_rubric.get("indicator", [])]
                    if r["area_id"] == area["id"]]
        taken = {_fold(r["code"]) for r in [*self._indicators.values(),
                                             *self.plan.new_rubric.get("indicator", [])]}
        n = 1
        while _fold(f"{area['code']}.{n}") in taken:
            n += 1
        row = make_row("indicator", id=derived_id("qda-indicator", self.q.name, guid),
                       area_id=area["id"], code=f"{area['code']}.{n}",
                       title=code.name.strip() or "—",
                       description=code.description or None, lookfors=[],
                       order=len(siblings), **self.times(None))
        self._new_rubric_row("indicator", row)
        self.plan.added[code.name] = row["code"]
        return row["id"]

    def _new_rubric_row(self, kind: str, row: Row) -> None:
        self.plan.new_rubric.setdefault(kind, []).append(row)
        if self.t.project is None:  # a new project's rubric comes with the merge
            self.add(kind, row)

    def _codings_per_code(self) -> dict[str, int]:
        used: dict[str, int] = {}
        for src in self.q.sources:
            for sel in src.selections:
                for g in sel.codes:
                    used[g] = used.get(g, 0) + 1
        return used

    def _rubric_from_codes(self, codes: dict) -> None:
        """A new project's rubric from the codebook: codes with codes under them (or that
        cannot be coded) are areas, the codes that can be coded are indicators."""
        areas: dict[str, Row] = {}
        taken_area: set[str] = set()
        taken: set[str] = set()
        loose: Row | None = None

        def unique(code: str, taken_set: set) -> str:
            out, n = code, 2
            while _fold(out) in taken_set:
                out, n = f"{code}-{n}", n + 1
            taken_set.add(_fold(out))
            return out

        def area_for(guid: str | None) -> Row:
            nonlocal loose
            top = guid
            while top is not None and codes.get(top) is not None and codes[top].parent in codes:
                top = codes[top].parent
            if top is None or top not in areas:
                if loose is None:
                    loose = self.add("area", make_row(
                        "area", id=derived_id("area", self.q.name), title="Koder"
                        if self.t.language == "nb" else "Codes",
                        code=unique(str(len(areas) + 1), taken_area), order=len(areas),
                        **self.times(None)))
                return loose
            return areas[top]

        for g, c in codes.items():
            if c.parent is None and (c.children or not c.codable):
                number, title = split_code(c.name)
                areas[g] = self.add("area", make_row(
                    "area", id=g, code=unique(number or str(len(areas) + 1), taken_area),
                    title=title or c.name or "—", description=c.description or None,
                    order=len(areas), **self.times(None)))
                self.area_of[g] = g
        for g, c in codes.items():
            if g in areas or (c.children and not c.codable):
                continue
            if c.children:
                self.area_of[g] = area_for(c.parent)["id"]
            area = area_for(c.parent)
            number, title = split_code(c.name)
            order = sum(1 for r in self.rows.get("indicator", []) if r["area_id"] == area["id"])
            self.add("indicator", make_row(
                "indicator", id=g, area_id=area["id"],
                code=unique(number or f"{area['code']}.{order + 1}", taken),
                title=title or c.name or "—", description=c.description or None,
                lookfors=[], order=order, **self.times(None)))
            self.code_of[g] = g
            self.plan.matched[c.name] = self.rows["indicator"][-1]["code"]

    # -- people ------------------------------------------------------------------------
    def _groups(self) -> None:
        self.groups_of: dict[str, list[str]] = {}
        self.group_of_case: dict[str, str] = {}
        local = {_fold(r["name"]): r["id"] for r in self.t.rows.get(
            "respondent_group", {}).values()}
        seen: set[str] = set()
        for n, case in enumerate(self.q.cases, 1):
            name = case.name or f"Case {n}"
            if _fold(name) in seen:
                self.plan.skipped.append(f"case “{name}” appears twice: its sources join the "
                                         "first")
            group_id = local.get(_fold(name), case.guid)
            self.group_of_case[case.guid] = group_id
            if _fold(name) not in seen and _fold(name) not in local:
                self.add("respondent_group", make_row(
                    "respondent_group", id=case.guid, name=name,
                    description=case.description or None, **self.times(None)))
            seen.add(_fold(name))
            local.setdefault(_fold(name), group_id)
            for src in case.sources:
                self.groups_of.setdefault(src, []).append(group_id)

    # -- sources -----------------------------------------------------------------------
    def _values(self, src: Source) -> dict[str, str]:
        """The digifelt variables of a source by key (kind, date, place, activity)."""
        by_guid = {variable_guid(k): k for k in ("kind", "date", "place", "group", "source",
                                                 "activity")}
        by_name = {}
        for labels in LABELS.values():
            for k in ("kind", "date", "place", "activity"):
                by_name[_fold(labels[f"var_{k}"])] = k
        out = {}
        for guid, value in src.variables.items():
            key = by_guid.get(guid) or by_name.get(_fold(self.q.variables.get(guid, "")))
            if key:
                out[key] = value
        return out

    def _activity_kind(self, label: str | None) -> str:
        for labels in LABELS.values():
            for kind in ("interview", "observation", "document_review", "workshop", "survey"):
                if label and _fold(labels[kind]) == _fold(label):
                    return "document_review" if kind == "survey" else kind
        return "document_review"

    def _sources(self) -> None:
        self.activity_of_title: dict[str, str] = {}
        self.entry_of: dict[str, tuple[str, Source]] = {}
        self.excerpt_of_selection: dict[str, Row] = {}
        self.memo_notes: set[str] = set()
        for src in self.q.sources:
            if src.kind == "text":
                self._text_source(src)
        for src in self.q.sources:
            if src.kind != "text":
                self._file_source(src)

    def _user(self, guid: str | None) -> str | None:
        return self.assessors.get(guid) if guid else None

    def _local_activity(self, src: Source) -> str | None:
        """The activity of this project the source is: the same GUID, or (a tool that gives
        every source a new GUID on export, as QualCoder does) the same title and text."""
        from digifelt.exports.qdpx.writer import SEPARATOR

        local = self.t.rows.get("activity", {})
        if src.guid in local or not local:
            return src.guid if src.guid in local else None
        for act in local.values():
            if _fold(act["title"]) != _fold(src.name):
                continue
            notes = sorted((e for e in self.t.rows.get("entry", {}).values()
                            if e["activity_id"] == act["id"]),
                           key=lambda e: (e.get("order") or 0, e.get("created_at") or "",
                                          e["id"]))
            joined = SEPARATOR.join(e["text"] for e in notes).replace("\r\n", "\n")
            if joined and src.text.startswith(joined):
                return act["id"]
        return None

    def _case_selections(self, src: Source) -> None:
        """Selections coded only with case codes put the source in those groups."""
        kept = []
        for sel in src.selections:
            if sel.codes and all(g in self.case_codes for g in sel.codes):
                for g in sel.codes:
                    if g in self.group_of_case:
                        self.groups_of.setdefault(src.guid, []).append(self.group_of_case[g])
                continue
            kept.append(sel)
        src.selections = kept

    def _text_source(self, src: Source) -> None:
        self._case_selections(src)
        local = self._local_activity(src)
        if local is not None:
            self.activity_of_title.setdefault(_fold(src.name), local)
            self.already["activity"] = self.already.get("activity", 0) + 1
            self._into_local_entries(src, local)
            return
        values = self._values(src)
        kind = self._activity_kind(values.get("kind"))
        started = f"{values['date']}T00:00:00.000000Z" if is_date(values.get("date")) else None
        author = self._user(src.user)
        act = self.add("activity", make_row(
            "activity", id=src.guid, kind=kind, title=src.name.strip() or "—", status="done",
            place=values.get("place"), started_at=started,
            doc_title=(src.name.strip() or None) if kind == "document_review" else None,
            assessor_ids=[author] if author else [], group_ids=sorted(set(
                self.groups_of.get(src.guid, []))), participant_ids=[],
            **self.times(src.created, src.modified)))
        self.activity_of_title.setdefault(_fold(act["title"]), act["id"])
        entry = self.add("entry", make_row(
            "entry", id=derived_id("entry", src.guid), activity_id=act["id"], text=src.text,
            author_id=author, order=0, **self.times(src.created, src.modified)))
        self.entry_of[src.guid] = (entry["id"], src)
        for sel in src.selections:
            if sel.start == sel.end:
                self.plan.skipped.append(f"an empty selection in “{src.name}”")
                continue
            row = self._excerpt(sel, act["id"], entry_id=entry["id"],
                                text=src.text[sel.start:sel.end], start=sel.start, end=sel.end)
            self.excerpt_of_selection[sel.guid] = row

    def _into_local_entries(self, src: Source, activity_id: str) -> None:
        """New selections on a source this project already has: placed in its notes when
        the source's text is still the notes' text, else listed."""
        from digifelt.exports.qdpx.writer import SEPARATOR

        local = sorted((e for e in self.t.rows.get("entry", {}).values()
                        if e["activity_id"] == activity_id),
                       key=lambda e: (e.get("order") or 0, e.get("created_at") or "", e["id"]))
        spans, at = [], 0
        for e in local:
            spans.append((at, at + len(e["text"]), e))
            at += len(e["text"]) + len(SEPARATOR)
        # What is tagged here already: a tool that writes a selection per code and new GUIDs
        # (QualCoder) sends every excerpt back once per indicator.
        tagged: dict[tuple, set] = {}
        for x in self.t.rows.get("excerpt", {}).values():
            if x.get("entry_id") and x.get("start") is not None:
                tagged.setdefault((x["entry_id"], x["start"], x["end"]), set()).update(
                    x.get("indicator_ids") or [])
        missed = 0
        for sel in src.selections:
            if sel.guid in self.t.rows.get("excerpt", {}):
                continue
            place = next(((e, sel.start - a) for a, b, e in spans
                          if a <= sel.start and sel.end <= b), None)
            if place is None or src.text[sel.start:sel.end] != place[0]["text"][
                    place[1]:place[1] + sel.end - sel.start]:
                missed += 1
                continue
            entry, start = place
            key = (entry["id"], start, start + sel.end - sel.start)
            if key in tagged and {self.code_of[g] for g in sel.codes
                                  if g in self.code_of} <= tagged[key]:
                self.already["excerpt"] = self.already.get("excerpt", 0) + 1
                continue
            self._excerpt(sel, activity_id, entry_id=entry["id"], start=start,
                          end=start + sel.end - sel.start, text=src.text[sel.start:sel.end])
        if missed:
            self.plan.skipped.append(f"{missed} selection{'' if missed == 1 else 's'} in "
                                     f"“{src.name}”, whose text no longer matches the notes")

    def _excerpt(self, sel, activity_id: str, **where) -> Row:
        marks = [self.marks[g] for g in sel.codes if g in self.marks]
        indicators = sorted({self.code_of[g] for g in sel.codes if g in self.code_of})
        memos = [self.q.notes[n].text for n in sel.notes if n in self.q.notes]
        self.memo_notes.update(n for n in sel.notes if n in self.q.notes)
        if sel.description.strip() and not self.q.from_digifelt and "page" not in where:
            memos.insert(0, sel.description.strip())  # QualCoder: the coding's memo
        return self.add("excerpt", make_row(
            "excerpt", id=sel.guid, activity_id=activity_id,
            kind=next((m for m in marks if m in ("quote", "paraphrase")), "quote"),
            valence=next((m for m in marks if m in ("strength", "gap", "neutral")), "neutral"),
            starred="starred" in marks, memo="\n\n".join(memos) or None,
            author_id=self._user(sel.user), indicator_ids=indicators, detached=False,
            **where, **self.times(sel.created, sel.modified)))

    def _fallback_activity(self) -> str:
        title = (f"Filer fra {self.q.origin or 'REFI-QDA'}" if self.t.language == "nb"
                 else f"Files from {self.q.origin or 'REFI-QDA'}")
        if _fold(title) not in self.activity_of_title:
            act = self.add("activity", make_row(
                "activity", id=derived_id("files", self.q.name), kind="document_review",
                title=title, status="done", assessor_ids=[], group_ids=[],
                participant_ids=[], **self.times(None)))
            self.activity_of_title[_fold(title)] = act["id"]
        return self.activity_of_title[_fold(title)]

    def _file_source(self, src: Source) -> None:
        values = self._values(src)
        activity = self.activity_of_title.get(_fold(values.get("activity", "")))
        rep = src.representation
        if activity is None and rep is not None and rep.text.strip() \
                and not self.q.from_digifelt:
            # Another tool's PDF with its text: a document review of it, quotes and all.
            rep.guid, rep.name = src.guid, src.name
            rep.variables = {**src.variables, **rep.variables}
            self._text_source(rep)
            activity = rep.guid
            self.doc_of[activity] = src.guid
        activity = activity or self._fallback_activity()
        data = src.data or b""
        sha = hashlib.sha256(data).hexdigest()
        self.plan.data.blobs[sha] = data
        ending = (src.member or "").rsplit(".", 1)[-1].lower()
        filename = safe_filename(src.name or f"{src.guid}.{ending}")
        if "." not in filename and ending in _MEDIA:
            filename = f"{filename}.{ending}"
        media = _MEDIA.get(filename.rsplit(".", 1)[-1].lower(), _MEDIA.get(
            ending, "application/pdf" if src.kind == "pdf" else "application/octet-stream"))
        caption = src.description.strip() or None
        if caption and self.q.from_digifelt:
            caption = caption.rsplit(" — ", 1)[0] if " — " in caption else None
        if self.doc_of.get(activity) == src.guid:
            review = next(r for r in self.rows.get("activity", []) if r["id"] == activity)
            review["doc_attachment_id"] = src.guid
        att = self.add("attachment", make_row(
            "attachment", id=src.guid, sha256=sha, filename=filename, media_type=media,
            size=len(data), caption=caption, activity_id=activity,
            **self.times(src.created, src.modified)))
        from digifelt.exports.qdpx.writer import _guid

        for sel in src.selections:
            if self.q.from_digifelt and any(_guid("page", g) == sel.guid
                                            for g in self.excerpt_of_selection):
                continue  # digifelt wrote this quote in its activity's text as well
            text = sel.description.strip() or sel.name.strip()
            if not text:
                self.plan.skipped.append(f"a page selection without words in “{src.name}”")
                continue
            self._excerpt(sel, activity, attachment_id=att["id"], page=sel.page, text=text)

    # -- notes -------------------------------------------------------------------------
    def _notes(self) -> None:
        notes = self.q.notes
        used = set(self.memo_notes)
        # Findings and area summaries: notes linked from an indicator's or area's code.
        if self.q.from_digifelt:
            for g, c in self.q.codes.items():
                for n in c.notes:
                    if n not in notes or n in used:
                        continue
                    if g in self.code_of:
                        self._finding(self.code_of[g], notes[n])
                        used.add(n)
                    elif g in self.area_of:
                        self._summary(self.area_of[g], notes[n])
                        used.add(n)
        # Annotations: notes a source links to, on words of it (QualCoder's form).
        for entry_id, src in self.entry_of.values():
            for n in src.notes:
                note = notes.get(n)
                if note is None or n in used:
                    continue
                used.add(n)
                act = next(r for r in self.rows["entry"] if r["id"] == entry_id)["activity_id"]
                spans = [src.positions.convert(a, b) for a, b in note.spans] \
                    if src.positions else []
                span = next((s for s in spans if s and s[0] < s[1]), None)
                if span is None:
                    self._journal(note, activity_id=act)
                    continue
                self.add("excerpt", make_row(
                    "excerpt", id=n, activity_id=act, entry_id=entry_id, start=span[0],
                    end=span[1], text=src.text[span[0]:span[1]], memo=note.text or None,
                    author_id=self._user(note.user), indicator_ids=[],
                    **self.times(note.created, note.modified)))
        rest = [n for g, n in notes.items() if g not in used]
        if rest:
            title = (f"Notater fra {self.q.origin or 'REFI-QDA'}" if self.t.language == "nb"
                     else f"Notes from {self.q.origin or 'REFI-QDA'}")
            act = self.add("activity", make_row(
                "activity", id=derived_id("notes", self.q.name), kind="document_review",
                title=title, doc_title=title, status="done", assessor_ids=[], group_ids=[],
                participant_ids=[], **self.times(None)))
            for note in rest:
                self._journal(note, activity_id=act["id"])

    def _journal(self, note, *, activity_id: str) -> None:
        order = sum(1 for r in self.rows.get("entry", []) if r["activity_id"] == activity_id)
        text = f"{note.name}\n\n{note.text}" if note.name.strip() else note.text
        self.add("entry", make_row(
            "entry", id=note.guid, activity_id=activity_id, text=text, order=order,
            author_id=self._user(note.user), **self.times(note.created, note.modified)))

    def _finding(self, indicator_id: str, note) -> None:
        fields = parse_finding(note.text)
        self.add("finding", make_row(
            "finding", id=note.guid, indicator_id=indicator_id, author_id=self._user(note.user),
            excerpt_ids=[], excerpt_orders=[], **fields,
            **self.times(note.created, note.modified)))

    def _summary(self, area_id: str, note) -> None:
        self.add("area_summary", make_row(
            "area_summary", id=note.guid, area_id=area_id, summary=note.text or None,
            author_id=self._user(note.user), **self.times(note.created, note.modified)))


def parse_finding(text: str) -> dict:
    """The fields of a finding note digifelt wrote (`writer.finding_text`), in either
    language; text that is not in that form is kept whole as its strengths."""
    labels: dict[str, str] = {}
    for words in LABELS.values():
        for key in FINDING_PARTS:
            labels[f"{words[key]}:\n"] = key
    level_words = "|".join(re.escape(w["level"]) for w in LABELS.values())
    status_words = "|".join(re.escape(w["status"]) for w in LABELS.values())
    out: dict = {}
    match = re.match(rf"(?:{level_words}): (-?\d+)[^\n]*(?:\n\n|$)", text)
    if match:
        out["level"] = int(match.group(1))
        text = text[match.end():]
    status = re.search(rf"(?:^|\n\n)(?:{status_words}): (\w+)$", text)
    if status:
        out["status"] = status.group(1)
        text = text[:status.start()]
    marks = []
    for label, key in labels.items():
        for m in re.finditer(re.escape(label), text):
            if m.start() == 0 or text[:m.start()].endswith("\n\n"):
                marks.append((m.start(), m.end(), key))
    marks.sort()
    if not marks:
        if text.strip():
            out["strengths"] = text
        return out
    for i, (_start, end, key) in enumerate(marks):
        stop = marks[i + 1][0] - 2 if i + 1 < len(marks) else len(text)
        if key not in out:
            out[key] = text[end:stop]
    return out
