"""REFI-QDA project export (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder and others.

    project.qde             the project (QDA-XML, urn:QDA-XML:project:1.0, Project.xsd)
    sources/<guid>.txt      one plain-text source per activity, and one file per note
                            (UTF-8, no BOM)
    sources/<guid>.<ext>    attached PDFs and pictures

Mapping: assessors → Users; areas → codes that cannot be coded (isCodable="false") with
their indicators as child codes; a "digifelt" category whose codes say an excerpt's kind,
valence and star, so another tool can filter by them; each activity → a TextSource whose
text is its entries joined by a blank line, with its kind, date, place, groups and source
kind as VariableValues; PDF and picture attachments → PDFSource / PictureSource (a document
quote with a page number also as a PDFSelection of that page, counted from 0 as QualCoder
does, and in the PDF's text representation); each excerpt → a PlainTextSelection with one
Coding per indicator (positions count Unicode code points, as QDA-XML counts characters);
excerpts that are not (or no longer) in the notes — document
quotes, detached excerpts — are appended to their activity's text, so every selection
selects its own words; memos, findings and area summaries → Notes, each both inline and as
a text file (`plainTextPath`: some tools read only that), referenced from the selection,
its source, or the code they belong to; respondent groups → Cases with their sources, and
codes with the case's GUID coding the whole of each of its sources (how NVivo writes a
case, and the only way QualCoder reads one).

Every member name is a GUID and a short known ending: valid on every file system.

With `pseudonymise=True` the project goes through the bundle's pseudonymisation first:
users are initials, participants' names in every text are pseudonyms (selections moved
with their words), and `QdpxResult.names` says where names were replaced.
"""

import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digifelt import __version__
from digifelt.core.progress import CancelledFn, Meter, ProgressFn
from digifelt.core.services.snapshot import Row, Snapshot, read_snapshot
from digifelt.errors import DigifeltError
from digifelt.exports.atomic import atomic_output
from digifelt.exports.project_source import opened
from digifelt.exports.qdpx.words import FINDING_PARTS, LABELS, finding_text  # noqa: F401
from digifelt.exports.qdpx.xml_parts import (  # noqa: F401 (also the package's names)
    CATEGORY,
    CATEGORY_GUID,
    MARKS,
    NS,
    SEPARATOR,
    VARIABLES,
    _el,
    _guid,
    _safe_guid,
    _sorted,
    _xml,
    attachment_kind,
    attachment_member,
    case_selection_guid,
    mark_guid,
    variable_guid,
)
from digifelt.storage.database import Database


class QdpxError(DigifeltError):
    """The REFI-QDA export could not be written."""


@dataclass(frozen=True)
class QdpxResult:
    path: Path
    sources: int
    selections: int
    codes: int
    notes: int
    cases: int
    names: Any = None  # exports.names.NameReport when pseudonymised
    files: int = 0  # PDF and picture sources (`sources` counts the text sources)

    def summary(self) -> str:
        return (f"wrote {self.path.name}: {self.sources} text sources, {self.files} PDFs "
                f"and pictures, {self.selections} coded selections, {self.codes} codes, "
                f"{self.notes} notes, {self.cases} cases"
                + (", pseudonymised" if self.names is not None else ""))


@dataclass
class _Source:
    activity: Row
    text: str
    selections: list[tuple[Row, int, int]]


def _build_sources(snap: Snapshot, words: dict) -> list[_Source]:
    """Each activity's text, and where each of its excerpts lies in it."""
    rows = snap.rows
    entries_of: dict[str, list[Row]] = {}
    for e in _sorted(rows["entry"].values(), "order", "created_at", "id"):
        entries_of.setdefault(e["activity_id"], []).append(e)
    excerpts_of: dict[str, list[Row]] = {}
    for x in _sorted(rows["excerpt"].values(), "created_at", "id"):
        act = x.get("activity_id") or (rows["entry"].get(x.get("entry_id")) or {}).get(
            "activity_id")
        if act in rows["activity"]:
            excerpts_of.setdefault(act, []).append(x)
    sources = []
    for act in _sorted(rows["activity"].values(), "started_at", "title", "id"):
        parts, offsets, length = [], {}, 0
        for e in entries_of.get(act["id"], []):
            if parts:
                parts.append(SEPARATOR)
                length += len(SEPARATOR)
            offsets[e["id"]] = length
            parts.append(e["text"])
            length += len(e["text"])
        selections = []
        for x in excerpts_of.get(act["id"], []):
            entry = rows["entry"].get(x.get("entry_id"))
            if (entry is not None and x.get("start") is not None and not x.get("detached")
                    and entry["text"][x["start"]:x["end"]] == x["text"]
                    and entry["id"] in offsets):
                base = offsets[entry["id"]]
                selections.append((x, base + x["start"], base + x["end"]))
                continue
            # Not in the notes: appended, labelled, so the selection holds its own words.
            if x.get("page"):
                label = f"[{words['page']} {x['page']}] "
            elif entry is not None:
                label = f"[{words['detached']}] "
            else:
                label = ""
            chunk = (SEPARATOR if parts else "") + label
            parts.append(chunk)
            length += len(chunk)
            parts.append(x["text"])
            selections.append((x, length, length + len(x["text"])))
            length += len(x["text"])
        sources.append(_Source(act, "".join(parts), selections))
    return sources


A4 = (595, 842)  # points
@dataclass
class _Note:
    guid: str
    name: str
    text: str
    row: Row
    selection: tuple[int, int] | None = None  # where a memo's words are in its source


def _note(notes_el, note: _Note, users: set) -> None:
    el = _el(notes_el, "Note", guid=note.guid, name=note.name,
             plainTextPath=f"internal://{_safe_guid(note.guid)}.txt",
             creatingUser=note.row.get("author_id") if note.row.get("author_id") in users
             else None,
             creationDateTime=note.row.get("created_at"),
             modifiedDateTime=note.row.get("updated_at"))
    # Both inline and as a file: NVivo and MAXQDA read the first, QualCoder only the second.
    _el(el, "PlainTextContent", note.text)
    if note.selection is not None:
        # QualCoder's form of an annotation: the note says which words of its source it is on.
        _el(el, "PlainTextSelection", guid=_guid("annotation", note.guid),
            startPosition=str(note.selection[0]), endPosition=str(note.selection[1]))


def _variable_value(parent, key: str, value, kind: str = "Text") -> None:
    if value in (None, ""):
        return
    vv = _el(parent, "VariableValue")
    _el(vv, "VariableRef", targetGUID=variable_guid(key))
    _el(vv, "DateValue" if kind == "Date" else "TextValue", str(value))


def _codings(parent, x: Row, users: set) -> None:
    """One Coding per indicator, then the excerpt's kind, valence and star as codes."""
    user = x.get("author_id") if x.get("author_id") in users else None
    marks = [x.get("kind"), x.get("valence")] + (["starred"] if x.get("starred") else [])
    targets = [(ind_id, ind_id) for ind_id in x.get("indicator_ids", [])]
    targets += [(f"mark-{m}", mark_guid(m)) for m in marks if m in MARKS]
    for key, target in targets:
        coding = _el(parent, "Coding", guid=_guid("coding", x["id"], key),
                     creatingUser=user, creationDateTime=x["updated_at"])
        _el(coding, "CodeRef", targetGUID=target)


def build_project(snap: Snapshot) -> tuple[ET.Element, list[_Source], dict]:
    rows = snap.rows
    project = next(iter(rows["project"].values()))
    words = LABELS.get(project.get("language"), LABELS["en"])
    # Tags are written unqualified under a default xmlns on the root (ElementTree's
    # default_namespace option refuses the unqualified attributes QDA-XML uses).
    root = ET.Element("Project", {
        "xmlns": NS, "name": _xml(project["title"]), "origin": f"digifelt {__version__}",
        "creationDateTime": project["created_at"], "modifiedDateTime": project["updated_at"]})
    users = set(rows["assessor"])
    if users:
        users_el = _el(root, "Users")
        for a in _sorted(rows["assessor"].values(), "name", "id"):
            _el(users_el, "User", guid=a["id"], name=a["name"], id=a.get("initials"))
    findings = {f["indicator_id"]: f for f in rows["finding"].values()}
    summaries = {s["area_id"]: s for s in rows["area_summary"].values()}
    indicators_of: dict[str, list[Row]] = {}
    for ind in _sorted(rows["indicator"].values(), "order", "code"):
        indicators_of.setdefault(ind["area_id"], []).append(ind)
    counts = {"codes": 0, "notes": 0, "cases": 0, "selections": 0, "files": 0,
              "representations": []}
    codes_el = _el(_el(root, "CodeBook"), "Codes")
    for area in _sorted(rows["area"].values(), "order", "code"):
        code = _el(codes_el, "Code", guid=area["id"], name=f"{area['code']} {area['title']}",
                   isCodable="false")
        if area.get("description"):
            _el(code, "Description", area["description"])
        if area["id"] in summaries:
            _el(code, "NoteRef", targetGUID=summaries[area["id"]]["id"])
        counts["codes"] += 1
        for ind in indicators_of.get(area["id"], []):
            child = _el(code, "Code", guid=ind["id"], name=f"{ind['code']} {ind['title']}",
                        isCodable="true")
            text = ind.get("description") or ""
            if ind.get("lookfors"):
                text += f"\n{words['lookfors']}:\n" + "\n".join(f"- {x}" for x in
                                                             ind["lookfors"])
            if text.strip():
                _el(child, "Description", text.strip())
            if ind["id"] in findings:
                _el(child, "NoteRef", targetGUID=findings[ind["id"]]["id"])
            counts["codes"] += 1
    sources = _build_sources(snap, words)
    group_names = {g["id"]: g["name"] for g in rows["respondent_group"].values()}
    files = [a for a in _sorted(rows["attachment"].values(), "created_at", "id")
             if attachment_kind(a) and a.get("sha256") in snap.blob_sizes]
    groups_of: dict[str, list[str]] = {}
    for src in sources:
        for g in src.activity.get("group_ids", []):
            groups_of.setdefault(g, []).append(src.activity["id"])

    category = _el(codes_el, "Code", guid=CATEGORY_GUID, name=words["digifelt"],
                   isCodable="false")
    for mark in MARKS:
        _el(category, "Code", guid=mark_guid(mark), name=words[mark], isCodable="true")
    counts["codes"] += 1 + len(MARKS)
    # A group is also a code with its case's GUID, coding the whole text of its sources: the
    # form NVivo writes and QualCoder reads (QualCoder 4.0 ignores a case's SourceRefs).
    case_codes = sorted((g for g in groups_of if g in group_names), key=group_names.get)
    for group_id in case_codes:
        _el(category, "Code", guid=group_id,
            name=f"{words['var_group']}: {group_names[group_id]}", isCodable="true")
        counts["codes"] += 1
    variables_el = _el(root, "Variables")
    for key, kind in VARIABLES:
        _el(variables_el, "Variable", guid=variable_guid(key), name=words[f"var_{key}"],
            typeOfVariable=kind)
    for att in files:
        act = rows["activity"].get(att.get("activity_id")) or {}
        for g in act.get("group_ids", []):
            groups_of.setdefault(g, []).append(att["id"])
    if rows["respondent_group"]:
        cases_el = _el(root, "Cases")
        for group in _sorted(rows["respondent_group"].values(), "name"):
            case = _el(cases_el, "Case", guid=group["id"], name=group["name"])
            if group.get("description"):
                _el(case, "Description", group["description"])
            _variable_value(case, "group", group["name"])
            for source_id in groups_of.get(group["id"], []):
                _el(case, "SourceRef", targetGUID=source_id)
            counts["cases"] += 1

    notes: list[_Note] = []
    if sources or files:
        sources_el = _el(root, "Sources")
    for src in sources:
        act = src.activity
        el = _el(sources_el, "TextSource", guid=act["id"], name=act["title"],
                 plainTextPath=f"internal://{_safe_guid(act['id'])}.txt",
                 creationDateTime=act["created_at"], modifiedDateTime=act["updated_at"])
        described = [words.get(act["kind"], act["kind"])]
        if act.get("started_at"):
            described.append(act["started_at"][:10])
        if act.get("place"):
            described.append(act["place"])
        if act.get("doc_title"):
            described.append(act["doc_title"])
        _el(el, "Description", ", ".join(described))
        memos = []
        for x, start, end in src.selections:
            sel = _el(el, "PlainTextSelection", guid=x["id"],
                      name=x["text"][:60].replace("\n", " "),
                      startPosition=str(start), endPosition=str(end),
                      creatingUser=x.get("author_id") if x.get("author_id") in users else None,
                      creationDateTime=x["created_at"], modifiedDateTime=x["updated_at"])
            _el(sel, "Description", f"{words[x['kind']] if x['kind'] in MARKS else x['kind']}"
                f", {words.get(x['valence'], x['valence'])}"
                + (", ★" if x.get("starred") else ""))
            _codings(sel, x, users)
            if x.get("memo"):
                memo = _Note(_guid("memo", x["id"]), f"{words['memo']}: {x['text'][:40]}",
                             x["memo"], x, (start, end))
                _el(sel, "NoteRef", targetGUID=memo.guid)
                memos.append(memo)
            counts["selections"] += 1
        for group_id in sorted(set(act.get("group_ids", [])) & set(case_codes)):
            if not src.text:
                continue
            sel = _el(el, "PlainTextSelection", guid=case_selection_guid(group_id, act["id"]),
                      name=src.text[:60].replace("\n", " "), startPosition="0",
                      endPosition=str(len(src.text)))
            coding = _el(sel, "Coding", guid=_guid("case-coding", group_id, act["id"]))
            _el(coding, "CodeRef", targetGUID=group_id)
            counts["selections"] += 1
        # Tools that read only the notes linked from a source still get the memos.
        for memo in memos:
            _el(el, "NoteRef", targetGUID=memo.guid)
        notes += memos
        _source_variables(el, act, "notes", words, group_names)
    for att in files:
        _file_source(sources_el, att, snap, words, group_names, users, counts)

    codes_by_id = {i: r["code"] for i, r in rows["indicator"].items()}
    levels = {lv["value"]: lv["label"] for lv in rows["scale_level"].values()}
    for ind_id, f in sorted(findings.items(), key=lambda kv: codes_by_id.get(kv[0], "")):
        notes.append(_Note(f["id"], f"{words['finding']} {codes_by_id.get(ind_id, '')}",
                           finding_text(f, words, levels), f))
    area_codes = {i: r["code"] for i, r in rows["area"].items()}
    for area_id, s in sorted(summaries.items(), key=lambda kv: area_codes.get(kv[0], "")):
        text = "\n\n".join(v for v in (s.get("summary"), s.get("strengths"),
                                       s.get("improvements")) if v)
        notes.append(_Note(s["id"], f"{words['summary']} {area_codes.get(area_id, '')}",
                           text, s))
    if notes:
        notes_el = _el(root, "Notes")
        for note in notes:
            _note(notes_el, note, users)
    counts["notes"] = len(notes)
    description = ", ".join(v for v in (project.get("organisation"), project.get("period"))
                            if v)
    if description:
        _el(root, "Description", description)
    return root, sources, counts | {"note_rows": notes, "file_rows": files}


def _source_variables(el, act: Row, source_kind: str, words: dict, group_names: dict,
                      activity: bool = False) -> None:
    _variable_value(el, "kind", words.get(act.get("kind"), act.get("kind")))
    _variable_value(el, "date", (act.get("started_at") or "")[:10], "Date")
    _variable_value(el, "place", act.get("place"))
    _variable_value(el, "group", "; ".join(sorted(
        group_names[g] for g in act.get("group_ids", []) if g in group_names)))
    _variable_value(el, "source", words[source_kind])
    if activity:
        _variable_value(el, "activity", act.get("title"))


def _file_source(sources_el, att: Row, snap: Snapshot, words: dict, group_names: dict,
                 users: set, counts: dict) -> None:
    rows = snap.rows
    act = rows["activity"].get(att.get("activity_id")) or {}
    kind = attachment_kind(att)
    tag = "PDFSource" if kind == "pdf" else "PictureSource"
    el = _el(sources_el, tag, guid=att["id"], name=att.get("filename") or att["id"],
             path=f"internal://{attachment_member(att)}",
             creationDateTime=att["created_at"], modifiedDateTime=att["updated_at"])
    described = [v for v in (att.get("caption"), act.get("title")) if v]
    if described:
        _el(el, "Description", " — ".join(described))
    if kind == "pdf":
        quotes = [x for x in _sorted(rows["excerpt"].values(), "created_at", "id")
                  if x.get("page") and (x.get("attachment_id") or (
                      act.get("doc_attachment_id") if x.get("activity_id") == act.get("id")
                      else None)) == att["id"]]
        # A page quote: the page is known, the place on it is not, so the selection is the
        # whole (A4) page; pages count from 0, as QualCoder reads and writes them. Its words
        # are the selection's description.
        for x in quotes:
            sel = _el(el, "PDFSelection", guid=_guid("page", x["id"]),
                      name=x["text"][:60].replace("\n", " "), page=str(max(x["page"] - 1, 0)),
                      firstX="0", firstY="0", secondX=str(A4[0]), secondY=str(A4[1]),
                      creatingUser=x.get("author_id") if x.get("author_id") in users else None,
                      creationDateTime=x["created_at"], modifiedDateTime=x["updated_at"])
            _el(sel, "Description", x["text"])
            _codings(sel, x, users)
        _representation(el, att, quotes, words, users, counts)
    if act:
        _source_variables(el, act, kind, words, group_names, activity=True)
    counts["files"] += 1


def _representation(el, att: Row, quotes: list[Row], words: dict, users: set,
                    counts: dict) -> None:
    """The document's text as digifelt has it: its page quotes, each coded. A tool that
    makes a PDF source only from its text representation (QualCoder) then has the document
    and the quotes on it."""
    guid = _guid("representation", att["id"])
    rep = _el(el, "Representation", guid=guid, name=att.get("filename") or att["id"],
              plainTextPath=f"internal://{guid}.txt")
    parts, at = [], 0
    for x in quotes:
        label = f"{SEPARATOR if parts else ''}[{words['page']} {x['page']}] "
        parts += [label, x["text"]]
        start = at + len(label)
        at = start + len(x["text"])
        sel = _el(rep, "PlainTextSelection", guid=_guid("representation-quote", x["id"]),
                  name=x["text"][:60].replace("\n", " "), startPosition=str(start),
                  endPosition=str(at),
                  creatingUser=x.get("author_id") if x.get("author_id") in users else None,
                  creationDateTime=x["created_at"], modifiedDateTime=x["updated_at"])
        _codings(sel, x, users)
    counts["representations"].append((guid, "".join(parts)))


def export_qdpx(project: Path | Database, out: Path, *, pseudonymise: bool = False,
                progress: ProgressFn | None = None,
                cancelled: CancelledFn | None = None) -> QdpxResult:
    """Write the project as a REFI-QDA .qdpx (replaced only when complete)."""
    out = Path(out)
    if not out.parent.is_dir():
        raise QdpxError(f"{out.parent}: no such folder")
    with opened(project) as db, db.read():  # one snapshot: rows and the names in them
        return _export(db, out, pseudonymise, progress, cancelled)


def _export(db: Database, out: Path, pseudonymise: bool, progress, cancelled) -> QdpxResult:
    from digifelt.core.services.snapshot import read_blobs

    meter = Meter(progress, cancelled, what="the export")
    snap = read_snapshot(db)
    if len(snap.rows["project"]) != 1:
        raise QdpxError(f"{db.path.name}: the file has no single project record")
    names = None
    if pseudonymise:
        from digifelt.exports.bundle.pseudonymise import pseudonymise_with_report

        snap, names = pseudonymise_with_report(snap)
    root, sources, counts = build_project(snap)
    notes, files = counts["note_rows"], counts["file_rows"]
    meter.add_total(len(sources) + len(notes) + 1
                    + sum(snap.blob_sizes.get(a["sha256"], 0) for a in files))
    with atomic_output(out) as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        ET.indent(root)
        zf.writestr("project.qde", ET.tostring(root, encoding="utf-8", xml_declaration=True))
        meter.advance()
        for src in sources:
            zf.writestr(f"sources/{_safe_guid(src.activity['id'])}.txt",
                        src.text.encode("utf-8"))
            meter.advance()
        for note in notes:
            zf.writestr(f"sources/{_safe_guid(note.guid)}.txt", note.text.encode("utf-8"))
            meter.advance()
        for guid, text in counts["representations"]:
            zf.writestr(f"sources/{guid}.txt", text.encode("utf-8"))
        by_sha: dict[str, list[Row]] = {}
        for att in files:
            by_sha.setdefault(att["sha256"], []).append(att)
        for sha, data in read_blobs(db, list(by_sha)):
            for att in by_sha[sha]:
                # Pictures and PDFs are compressed already.
                zf.writestr(f"sources/{attachment_member(att)}", data,
                            compress_type=zipfile.ZIP_STORED)
            meter.advance(len(data))
    meter.finish()
    return QdpxResult(out, len(sources), counts["selections"], counts["codes"],
                      counts["notes"], counts["cases"], names, len(files))
