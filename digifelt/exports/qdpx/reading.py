"""Read a .qdpx someone sent (digifelt, QualCoder, NVivo, ATLAS.ti, MAXQDA) into plain
records, trusting nothing in it.

The archive is read through `exports.bounded_zip` (sizes, counts and inflation bounded) and
every member name is checked as a bundle's are (`bundle.zipdir.check_member_name`); members
are looked up by the names project.qde gives, never extracted. The XML may not declare a
DTD or entities. Anything malformed raises QdpxReadError with one line; parts digifelt has
no place for (audio, video, sets, graphs, links) are named in `QdpxProject.unsupported`.

Positions. QDA-XML counts characters. Tools differ in what a character is: QualCoder and
digifelt count Unicode code points, tools built on UTF-16 strings count code units (an emoji
is two), and a Windows line end (CR LF) is two characters for most tools but one for
ATLAS.ti. Texts are stored with LF line ends; each source's selections are converted to code
points of that text, the counting chosen by the selections' own words where they carry them.
"""

import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from digifelt.errors import DigifeltError
from digifelt.exports.bounded_zip import BoundedZip, ZipLimitError, ZipLimits
from digifelt.exports.bundle.zipdir import check_member_name
from digifelt.exports.qdpx.positions import Positions

NS = "urn:QDA-XML:project:1.0"
# A .qdpx carries its PDFs and pictures: larger than a Word template, bounded all the same.
LIMITS = ZipLimits(file_bytes=1024 * 2**20, members=20_000, declared_bytes=4 * 2**30,
                   member_bytes=512 * 2**20, total_bytes=2 * 2**30)
_GUID = re.compile(r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12})\}?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


class QdpxReadError(DigifeltError):
    """The .qdpx cannot be read: the message says where and why, in one line."""


@dataclass
class Selection:
    guid: str
    start: int  # code points of the source's text (LF line ends)
    end: int
    name: str
    description: str
    codes: list[str]
    notes: list[str]
    user: str | None
    created: str | None
    modified: str | None
    page: int | None = None  # a PDF selection


@dataclass
class Source:
    guid: str
    kind: str  # "text", "pdf" or "picture"
    name: str
    description: str
    text: str = ""
    data: bytes | None = None  # a PDF's or picture's content
    member: str | None = None
    selections: list[Selection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)  # variable GUID → value
    user: str | None = None
    created: str | None = None
    modified: str | None = None
    positions: "Positions | None" = None  # converts the positions notes give in it
    representation: "Source | None" = None  # a PDF's text, with its selections


@dataclass
class Code:
    guid: str
    name: str
    codable: bool
    description: str
    parent: str | None
    notes: list[str]
    children: list[str] = field(default_factory=list)


@dataclass
class Note:
    guid: str
    name: str
    text: str
    user: str | None
    created: str | None
    modified: str | None
    spans: list[tuple[int, int]]  # positions a note gives in its source (an annotation)


@dataclass
class Case:
    guid: str
    name: str
    description: str
    sources: list[str]
    variables: dict[str, str]


@dataclass
class QdpxProject:
    name: str
    origin: str
    description: str
    created: str | None
    users: dict[str, tuple[str, str | None]]  # guid → (name, short id)
    codes: dict[str, Code]  # in document order
    variables: dict[str, str]  # guid → name
    cases: list[Case]
    sources: list[Source]
    notes: dict[str, Note]
    unsupported: list[str]

    @property
    def from_digifelt(self) -> bool:
        return self.origin.startswith("digifelt")


def _tag(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _kids(el, name: str) -> list:
    return [c for c in el if _tag(c) == name]


def _kid(el, name: str):
    found = _kids(el, name)
    return found[0] if found else None


def _text(el) -> str:
    return "" if el is None else (el.text or "")


def guid_of(value: str | None, where: str) -> str:
    match = _GUID.fullmatch((value or "").strip())
    if not match:
        raise QdpxReadError(f"{where}: {value!r} is not a GUID")
    return match.group(1).lower()


def _optional_guid(value: str | None) -> str | None:
    match = _GUID.fullmatch((value or "").strip())
    return match.group(1).lower() if match else None


def when(value: str | None) -> str | None:
    """An xsd:dateTime as digifelt's ISO form (UTC, microseconds, Z), or None."""
    from datetime import UTC, datetime

    match = _DATETIME.fullmatch((value or "").strip())
    if not match:
        return None
    date, clock, fraction, zone = match.groups()
    try:
        parsed = datetime.fromisoformat(f"{date}T{clock}{(fraction or '')[:7]}"
                                        f"{'+00:00' if zone in (None, 'Z') else zone}")
    except ValueError:
        return None
    return parsed.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _int(value: str | None, where: str) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        raise QdpxReadError(f"{where}: {value!r} is not a whole number") from None


class _Archive:
    def __init__(self, zipped: BoundedZip, name: str):
        self.zip = zipped
        self.name = name
        self.folded = {n.casefold(): n for n in zipped.names()}

    def member(self, path: str | None, where: str) -> tuple[str, bytes]:
        """The member an internal:// path names (in sources/ or at the top, any case)."""
        if not path or not path.startswith("internal://"):
            raise QdpxReadError(f"{self.name}: {where} is not inside the package "
                                f"({path or 'no path'}); only internal sources are read")
        rest = path[len("internal://"):].lstrip("/")
        problem = check_member_name(rest)
        if problem:
            raise QdpxReadError(f"{self.name}: {where}: refused: {problem}")
        for candidate in (f"sources/{rest}", rest):
            real = self.folded.get(candidate.casefold())
            if real is not None:
                try:
                    return real, self.zip.read(real)
                except ZipLimitError as exc:
                    raise QdpxReadError(f"{self.name}: refused: {exc}") from exc
        raise QdpxReadError(f"{self.name}: {where} names {rest}, which is not in the package")


def decode_text(data: bytes, where: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise QdpxReadError(f"{where} is not valid UTF-16 text") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QdpxReadError(f"{where} is not UTF-8 text (byte {exc.start})") from None


def read_qdpx(path: Path) -> QdpxProject:
    """Everything digifelt can take from the package, or QdpxReadError."""
    path = Path(path)
    name = path.name
    try:
        zipped = BoundedZip(path, LIMITS)
    except ZipLimitError as exc:
        raise QdpxReadError(f"{name}: refused: {exc}") from exc
    with zipped:
        seen: dict[str, str] = {}
        for member in zipped.names():
            problem = check_member_name(member)
            if problem:
                raise QdpxReadError(f"{name}: refused: {problem}")
            # Members are found by name in any case (tools write Sources/ or sources/): two
            # names that differ only so would leave it open which one is meant.
            key = unicodedata.normalize("NFC", member).casefold()
            if key in seen:
                raise QdpxReadError(f"{name}: refused: duplicate member names ({seen[key]!r} "
                                    f"and {member!r})")
            seen[key] = member
        qde = [n for n in zipped.names() if "/" not in n.rstrip("/")
               and n.lower().endswith(".qde")]
        if not qde:
            raise QdpxReadError(f"{name}: no project.qde in the package (not a REFI-QDA "
                                "project?)")
        main = "project.qde" if "project.qde" in qde else sorted(qde)[0]
        try:
            xml = zipped.read(main)
        except ZipLimitError as exc:
            raise QdpxReadError(f"{name}: refused: {exc}") from exc
        root = _parse(xml, f"{name}: {main}")
        return _Reader(_Archive(zipped, name), root).project()


def _parse(xml: bytes, where: str):
    head = xml[:4096].lstrip(b"\xef\xbb\xbf").lower()
    if b"<!doctype" in xml[:65536].lower() or b"<!entity" in head:
        raise QdpxReadError(f"{where}: refused: the XML declares a DTD or entities")
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise QdpxReadError(f"{where}: not well-formed XML ({exc})") from None
    if _tag(root) != "Project" or not root.tag.startswith("{urn:QDA-XML:project:"):
        raise QdpxReadError(f"{where}: not a REFI-QDA project (the root is {root.tag!r})")
    return root


class _Reader:
    def __init__(self, archive: _Archive, root):
        self.archive = archive
        self.root = root
        self.origin = root.get("origin") or ""
        self.unsupported: list[str] = []

    def project(self) -> QdpxProject:
        root = self.root
        users = {}
        for u in _kids(_kid(root, "Users") or [], "User"):
            users[guid_of(u.get("guid"), "a user")] = (u.get("name") or u.get("id") or "",
                                                       u.get("id"))
        codes: dict[str, Code] = {}
        book = _kid(root, "CodeBook")
        if book is not None and _kid(book, "Codes") is not None:
            for code in _kids(_kid(book, "Codes"), "Code"):
                self._code(code, None, codes)
        variables = {guid_of(v.get("guid"), "a variable"): v.get("name") or ""
                     for v in _kids(_kid(root, "Variables") or [], "Variable")}
        cases = [self._case(c) for c in _kids(_kid(root, "Cases") or [], "Case")]
        sources = []
        for el in list(_kid(root, "Sources") or []):
            tag = _tag(el)
            if tag == "TextSource":
                sources.append(self._text_source(el))
            elif tag in ("PDFSource", "PictureSource"):
                sources.append(self._file_source(el, "pdf" if tag == "PDFSource"
                                                 else "picture"))
            elif tag in ("AudioSource", "VideoSource"):
                self.unsupported.append(f"{tag[:-6].lower()} source “{el.get('name') or ''}” "
                                        "(digifelt has no audio or video)")
        notes = {}
        for n in _kids(_kid(root, "Notes") or [], "Note"):
            note = self._note(n)
            notes[note.guid] = note
        self._resolve_case_sources(cases, sources)
        for part, what in (("Sets", "sets"), ("Graphs", "graphs"), ("Links", "links")):
            if _kid(root, part) is not None:
                self.unsupported.append(f"{what} (digifelt has no place for them)")
        return QdpxProject(root.get("name") or "", self.origin, _text(_kid(root, "Description")),
                           when(root.get("creationDateTime")), users, codes, variables, cases,
                           sources, notes, self.unsupported)

    def _resolve_case_sources(self, cases: list, sources: list) -> None:
        """QualCoder 4.0 refers a case to the GUID of the source's document file in the
        package rather than to the source's own GUID: such a reference is taken for the text
        source whose text that file holds. Any other unknown reference is listed."""
        known = {s.guid for s in sources}
        by_text = {s.text: s.guid for s in sources if s.kind == "text"}
        for case in cases:
            resolved = []
            for ref in case.sources:
                if ref in known:
                    resolved.append(ref)
                    continue
                member = next((n for n in self.archive.zip.names()
                               if n.lower().startswith(f"sources/{ref}.")), None)
                found = None
                if member is not None:
                    try:
                        text = decode_text(self.archive.zip.read(member), member)
                        found = by_text.get(text.replace("\r\n", "\n"))
                    except (QdpxReadError, ZipLimitError):
                        found = None
                if found:
                    resolved.append(found)
                else:
                    self.unsupported.append(f"case “{case.name}” refers to a source that is "
                                            "not in the package")
            case.sources = resolved

    def _code(self, el, parent: str | None, codes: dict) -> None:
        guid = guid_of(el.get("guid"), f"code “{el.get('name')}”")
        codes[guid] = Code(guid, (el.get("name") or "").strip(),
                           (el.get("isCodable") or "true").strip() in ("true", "1"),
                           _text(_kid(el, "Description")), parent, self._refs(el, "NoteRef"))
        if parent:
            codes[parent].children.append(guid)
        for child in _kids(el, "Code"):
            self._code(child, guid, codes)

    @staticmethod
    def _refs(el, tag: str) -> list[str]:
        return [g for g in (_optional_guid(r.get("targetGUID")) for r in _kids(el, tag)) if g]

    def _variables(self, el) -> dict[str, str]:
        out = {}
        for vv in _kids(el, "VariableValue"):
            ref = _kid(vv, "VariableRef")
            target = _optional_guid(ref.get("targetGUID")) if ref is not None else None
            value = next((c for c in vv if _tag(c) != "VariableRef"), None)
            if target and value is not None and (value.text or "").strip():
                out[target] = value.text.strip()
        return out

    def _case(self, el) -> Case:
        return Case(guid_of(el.get("guid"), "a case"), (el.get("name") or "").strip(),
                    _text(_kid(el, "Description")), self._refs(el, "SourceRef"),
                    self._variables(el))

    def _plain_text(self, el, where: str) -> str:
        path = el.get("plainTextPath")
        if path:
            member, data = self.archive.member(path, where)
            return decode_text(data, f"{self.archive.name}: {member}")
        inline = _kid(el, "PlainTextContent")
        if inline is not None:
            return inline.text or ""
        raise QdpxReadError(f"{self.archive.name}: {where} has no text (neither "
                            "plainTextPath nor PlainTextContent)")

    def _selection(self, el, where: str) -> Selection:
        guid = guid_of(el.get("guid"), f"a selection in {where}")
        codes = [g for c in _kids(el, "Coding") for g in self._refs(c, "CodeRef")]
        return Selection(guid, 0, 0, el.get("name") or "", _text(_kid(el, "Description")),
                         codes, self._refs(el, "NoteRef"),
                         _optional_guid(el.get("creatingUser")), when(el.get("creationDateTime")),
                         when(el.get("modifiedDateTime")))

    def _text_source(self, el) -> Source:
        name = el.get("name") or ""
        where = f"text source “{name}”"
        raw = self._plain_text(el, where)
        positions = Positions(raw, crlf_is_one="ATLAS" in self.origin.upper())
        found = []
        for sel in _kids(el, "PlainTextSelection"):
            s = self._selection(sel, where)
            start = _int(sel.get("startPosition"), f"{where}, selection {s.guid}")
            end = _int(sel.get("endPosition"), f"{where}, selection {s.guid}")
            found.append((s, start, end))
        positions.choose([(a, b, s.name) for s, a, b in found])
        selections = []
        for s, start, end in found:
            converted = positions.convert(start, end)
            if converted is None:
                raise QdpxReadError(f"{self.archive.name}: {where}: selection {s.guid} "
                                    f"({start}–{end}) lies outside its text of {len(raw)} "
                                    "characters")
            s.start, s.end = converted
            selections.append(s)
        if _kids(el, "Coding"):
            self.unsupported.append(f"codings of the whole of {where} (digifelt codes words)")
        return Source(_source_guid(el, where), "text", name, _text(_kid(el, "Description")),
                      positions.text, None, None, selections, self._refs(el, "NoteRef"),
                      self._variables(el), _optional_guid(el.get("creatingUser")),
                      when(el.get("creationDateTime")), when(el.get("modifiedDateTime")),
                      positions)

    def _file_source(self, el, kind: str) -> Source:
        name = el.get("name") or ""
        where = f"{'PDF' if kind == 'pdf' else 'picture'} source “{name}”"
        member, data = self.archive.member(el.get("path"), where)
        selections = []
        for sel in _kids(el, "PDFSelection"):
            s = self._selection(sel, where)
            # Pages count from 0 (as QualCoder writes and reads them); digifelt's from 1.
            s.page = _int(sel.get("page"), f"{where}, selection {s.guid}") + 1
            selections.append(s)
        rep = _kid(el, "Representation")
        representation = self._text_source(rep) if rep is not None else None
        if _kids(el, "PictureSelection"):
            self.unsupported.append(f"areas coded in {where} (digifelt quotes words, not "
                                    "areas of a picture)")
        return Source(_source_guid(el, where), kind, name, _text(_kid(el, "Description")),
                      "", data, member, selections, self._refs(el, "NoteRef"),
                      self._variables(el), _optional_guid(el.get("creatingUser")),
                      when(el.get("creationDateTime")), when(el.get("modifiedDateTime")),
                      None, representation)

    def _note(self, el) -> Note:
        name = el.get("name") or ""
        guid = guid_of(el.get("guid"), f"note “{name}”")
        if el.get("plainTextPath"):
            text = self._plain_text(el, f"note “{name}”")
        else:
            text = _text(_kid(el, "PlainTextContent")) or _text(_kid(el, "Description"))
        spans = []
        for sel in _kids(el, "PlainTextSelection"):
            try:
                spans.append((int(sel.get("startPosition")), int(sel.get("endPosition"))))
            except (TypeError, ValueError):
                continue
        return Note(guid, name, text.replace("\r\n", "\n"),
                    _optional_guid(el.get("creatingUser")), when(el.get("creationDateTime")),
                    when(el.get("modifiedDateTime")), spans)


def _source_guid(el, where: str) -> str:
    return guid_of(el.get("guid"), where)


def is_date(value: str | None) -> bool:
    return bool(value and _DATE.fullmatch(value))
