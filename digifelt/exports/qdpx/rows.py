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

from digifelt.core.filenames import safe_filename
from digifelt.core.ids import iso_z, utcnow
from digifelt.core.services.merge_report import MergeInput
from digifelt.core.services.snapshot import Row
from digifelt.exports.qdpx.codebook_rows import CodebookRows
from digifelt.exports.qdpx.note_rows import NoteRows, parse_finding  # noqa: F401
from digifelt.exports.qdpx.reading import QdpxProject, Source, is_date
from digifelt.exports.qdpx.row_forms import (  # noqa: F401 (this module's public names)
    _CODE,
    _MEDIA,
    QDA_AREA,
    Choices,
    CodeChoiceError,
    Plan,
    Target,
    _code_key,
    _fold,
    derived_id,
    make_row,
    split_code,
)
from digifelt.exports.qdpx.words import LABELS
from digifelt.exports.qdpx.xml_parts import variable_guid


class Builder(CodebookRows, NoteRows):
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
        from digifelt.exports.qdpx.xml_parts import SEPARATOR

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
        from digifelt.exports.qdpx.xml_parts import SEPARATOR

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
        from digifelt.exports.qdpx.xml_parts import _guid

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
