"""Check a bundle completely: the bag, project.json against the schema and the models, and
every reference between its objects. Used by `digifelt bundle verify` and before import."""

import gc
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from digifelt.core.progress import CancelledFn, Meter, ProgressFn
from digifelt.core.services.snapshot import Row
from digifelt.exports.bundle.convert import rows_from_document
from digifelt.exports.bundle.errors import BundleError
from digifelt.exports.bundle.json_schema import check_format, validate_schema
from digifelt.exports.bundle.jsonshape import check_shape
from digifelt.exports.bundle.model import BundleDocument, parse_document
from digifelt.exports.bundle.reader import DEFAULT_LIMITS, Limits, MiB, OpenedBag, open_bag


@dataclass
class LoadedBundle:
    """A bundle that passed every check, with its rows ready for merging."""

    bag: OpenedBag
    document: BundleDocument
    rows: dict[str, list[Row]]
    bundle_id: str

    @property
    def blobs(self) -> Mapping[str, bytes]:
        return self.bag.blobs()

    def close(self) -> None:
        self.bag.close()

    def __enter__(self) -> "LoadedBundle":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass
class VerifyReport:
    path: Path
    bundle_id: str
    exported_at: datetime
    exported_by: str | None
    pseudonymised: bool
    title: str
    organisation: str
    bagit_version: str
    payload_files: int
    payload_bytes: int
    counts: dict[str, int] = field(default_factory=dict)
    # `pseudonymised` is what the bundle says of itself; these are what it holds.
    named_participants: int = 0
    named_assessors: int = 0

    def lines(self) -> list[str]:
        counts = ", ".join(f"{n} {k}" for k, n in self.counts.items())
        return [
            f"{self.path.name}: ok — BagIt {self.bagit_version}, {self.payload_files} files, "
            f"{self.payload_bytes / 2**20:.1f} MB, checksums verified",
            f"  project: {self.title} ({self.organisation})",
            f"  exported {self.exported_at:%Y-%m-%d %H:%M} UTC" + self._pseudonymity(),
            f"  contents: {counts}",
        ]

    def _pseudonymity(self) -> str:
        if not self.pseudonymised:
            return ""
        if not self.named_participants and not self.named_assessors:
            return ("; declares itself pseudonymised (no participant names or roles, "
                    "assessors by initials; free text is not checked)")
        return (f"; declares itself pseudonymised, but {self.named_participants} "
                f"participant(s) have a name or role and {self.named_assessors} assessor(s) "
                "a name other than their initials")


def _no_constants(name: str):
    raise ValueError(f"{name} is not allowed in a bundle")


def _unique_keys(pairs):
    obj = dict(pairs)
    if len(obj) != len(pairs):
        keys = [k for k, _ in pairs]
        raise ValueError(f"duplicate key {next(k for k in keys if keys.count(k) > 1)!r}")
    return obj


def decode_json(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BundleError("project.json is not UTF-8 text") from None


def parse_json(data: bytes | str) -> dict:
    text = decode_json(data) if isinstance(data, bytes | bytearray) else data
    # Each of the up to millions of new containers counts towards the next garbage
    # collection, and each full collection walks all of them again: off while parsing
    # (a parse makes no reference cycles).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return json.loads(text, parse_constant=_no_constants, object_pairs_hook=_unique_keys)
    except RecursionError:
        raise BundleError("project.json is nested too deeply") from None
    except ValueError as exc:
        raise BundleError(f"project.json is not valid JSON ({exc})") from None
    finally:
        if collecting:
            gc.enable()


# JSON can carry NUL and lone surrogates only as \u escapes; scan for those first.
_SUSPECT_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])")


def _check_strings(data, raw: bytes | None = None) -> None:
    """No NUL characters and no lone surrogates (SQLite and UTF-8 files cannot hold them)."""
    if raw is not None and not may_hide_bad_text(raw):
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                raise BundleError("project.json contains a NUL character in a text")
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise BundleError("project.json contains invalid Unicode (a lone "
                                  "surrogate)") from None
        elif isinstance(item, dict):
            stack.extend(item.values())
            stack.extend(item.keys())
        elif isinstance(item, list):
            stack.extend(item)


def may_hide_bad_text(raw: bytes) -> bool:
    return _SUSPECT_ESCAPE.search(raw) is not None


class _Refs:
    """Every object by id, and one-line errors for anything that does not add up."""

    def __init__(self):
        self.where: dict[str, str] = {}
        self.kind: dict[str, str] = {}

    def add(self, kind: str, obj_id: str, place: str) -> None:
        if obj_id in self.where:
            raise BundleError(f"project.json: duplicate id {obj_id} ({self.where[obj_id]} "
                              f"and {place})")
        self.where[obj_id] = place
        self.kind[obj_id] = kind

    def need(self, value: str | None, kind: str, place: str, what: str) -> None:
        if value is not None and self.kind.get(value) != kind:
            raise BundleError(f"project.json: {place}: {what} refers to a missing {kind} "
                              f"{value}")

    def need_all(self, values, kind: str, place: str, what: str) -> None:
        for value in values:
            self.need(value, kind, place, what)


def _unique(values, place: str, what: str) -> None:
    seen = set()
    for value in values:
        if value in seen:
            raise BundleError(f"project.json: {place}: two objects have the same {what} "
                              f"{value!r}")
        seen.add(value)


def check_references(doc: BundleDocument, bag: OpenedBag | None) -> None:
    refs = _Refs()
    refs.add("project", doc.project.id, "project")
    for n, level in enumerate(doc.rubric.scale):
        refs.add("scale level", level.id, f"rubric.scale[{n}]")
    for a, area in enumerate(doc.rubric.areas):
        refs.add("area", area.id, f"rubric.areas[{a}]")
        for i, ind in enumerate(area.indicators):
            refs.add("indicator", ind.id, f"rubric.areas[{a}].indicators[{i}]")
    for kind, items, key in (("assessor", doc.assessors, "assessors"),
                             ("group", doc.groups, "groups"),
                             ("participant", doc.participants, "participants"),
                             ("attachment", doc.attachments, "attachments"),
                             ("excerpt", doc.excerpts, "excerpts"),
                             ("finding", doc.findings, "findings"),
                             ("area summary", doc.area_summaries, "area_summaries"),
                             ("provisional level", doc.provisional_levels,
                              "provisional_levels")):
        for n, item in enumerate(items):
            refs.add(kind, item.id, f"{key}[{n}]")
    for g, guide in enumerate(doc.guides):
        refs.add("guide", guide.id, f"guides[{g}]")
        for q, question in enumerate(guide.questions):
            refs.add("question", question.id, f"guides[{g}].questions[{q}]")
    entries = {}
    for a, act in enumerate(doc.activities):
        refs.add("activity", act.id, f"activities[{a}]")
        for e, entry in enumerate(act.entries):
            refs.add("entry", entry.id, f"activities[{a}].entries[{e}]")
            entries[entry.id] = (act.id, entry.text)

    _unique((lv.value for lv in doc.rubric.scale), "rubric.scale", "value")
    _unique((a.code for a in doc.rubric.areas), "rubric.areas", "code")
    _unique((i.code for a in doc.rubric.areas for i in a.indicators), "rubric", "indicator code")
    _unique((g.name for g in doc.groups), "groups", "name")
    _unique((f.indicator_id for f in doc.findings), "findings", "indicator")
    _unique((s.area_id for s in doc.area_summaries), "area_summaries", "area")

    for n, p in enumerate(doc.participants):
        refs.need(p.group_id, "group", f"participants[{n}]", "group_id")
    for g, guide in enumerate(doc.guides):
        refs.need(guide.group_id, "group", f"guides[{g}]", "group_id")
        for q, question in enumerate(guide.questions):
            place = f"guides[{g}].questions[{q}]"
            refs.need_all(question.indicator_ids, "indicator", place, "indicator_ids")
            if question.indicator_orders is not None and len(question.indicator_orders) != len(
                    question.indicator_ids):
                raise BundleError(f"project.json: {place}: indicator_orders and indicator_ids "
                                  "differ in length")
    for a, act in enumerate(doc.activities):
        place = f"activities[{a}]"
        refs.need(act.guide_id, "guide", place, "guide_id")
        refs.need_all(act.assessor_ids, "assessor", place, "assessor_ids")
        refs.need_all(act.group_ids, "group", place, "group_ids")
        refs.need_all(act.participant_ids, "participant", place, "participant_ids")
        if act.document:
            refs.need(act.document.attachment_id, "attachment", place, "document.attachment_id")
        for e, entry in enumerate(act.entries):
            refs.need(entry.question_id, "question", f"{place}.entries[{e}]", "question_id")
            refs.need(entry.author_id, "assessor", f"{place}.entries[{e}]", "author_id")
    for n, att in enumerate(doc.attachments):
        place = f"attachments[{n}]"
        refs.need(att.activity_id, "activity", place, "activity_id")
        refs.need(att.entry_id, "entry", place, "entry_id")
        if bag is not None:
            stored = bag.attachments.get(att.sha256)
            if stored is None:
                raise BundleError(f"project.json: {place}: its file "
                                  f"(data/attachments/{att.sha256}/…) is missing from the bag")
            if stored.size != att.size:
                raise BundleError(f"project.json: {place}: size {att.size} differs from its "
                                  f"file's ({stored.size})")
    for n, ex in enumerate(doc.excerpts):
        place = f"excerpts[{n}]"
        refs.need(ex.entry_id, "entry", place, "entry_id")
        refs.need(ex.attachment_id, "attachment", place, "attachment_id")
        refs.need(ex.activity_id, "activity", place, "activity_id")
        refs.need(ex.author_id, "assessor", place, "author_id")
        refs.need_all(ex.indicator_ids, "indicator", place, "indicator_ids")
        if (ex.start is None) != (ex.end is None):
            raise BundleError(f"project.json: {place}: start and end go together")
        if ex.entry_id is not None:
            activity_id, text = entries[ex.entry_id]
            if ex.activity_id is not None and ex.activity_id != activity_id:
                raise BundleError(f"project.json: {place}: activity_id is not its entry's "
                                  "activity")
            if ex.start is not None and not ex.detached and (
                    not ex.start <= ex.end <= len(text) or text[ex.start:ex.end] != ex.text):
                raise BundleError(f"project.json: {place}: text does not match its entry at "
                                  f"{ex.start}–{ex.end}")
    for n, f in enumerate(doc.findings):
        place = f"findings[{n}]"
        refs.need(f.indicator_id, "indicator", place, "indicator_id")
        refs.need_all(f.excerpt_ids, "excerpt", place, "excerpt_ids")
        refs.need(f.author_id, "assessor", place, "author_id")
        if f.excerpt_orders is not None and len(f.excerpt_orders) != len(f.excerpt_ids):
            raise BundleError(f"project.json: {place}: excerpt_orders and excerpt_ids differ "
                              "in length")
    for n, s in enumerate(doc.area_summaries):
        refs.need(s.area_id, "area", f"area_summaries[{n}]", "area_id")
        refs.need(s.author_id, "assessor", f"area_summaries[{n}]", "author_id")
    _unique(((p.indicator_id, p.assessor_id) for p in doc.provisional_levels),
            "provisional_levels", "indicator and assessor")
    for n, p in enumerate(doc.provisional_levels):
        refs.need(p.indicator_id, "indicator", f"provisional_levels[{n}]", "indicator_id")
        refs.need(p.assessor_id, "assessor", f"provisional_levels[{n}]", "assessor_id")
    _check_surveys(doc, refs, entries)
    _check_history(doc)


def _check_surveys(doc: BundleDocument, refs: "_Refs", entries: dict) -> None:
    """A question belongs to a survey; its answers are notes of that survey; its counts fit
    its scale and add up to its n."""
    kinds = {a.id: a.kind for a in doc.activities}
    for n, q in enumerate(doc.survey_questions):
        place = f"survey_questions[{n}]"
        refs.need(q.activity_id, "activity", place, "activity_id")
        if kinds.get(q.activity_id) != "survey":
            raise BundleError(f"project.json: {place}: its activity is not a survey")
        refs.need_all(q.indicator_ids, "indicator", place, "indicator_ids")
        refs.need_all(q.entry_ids, "entry", place, "entry_ids")
        if any(entries[e][0] != q.activity_id for e in q.entry_ids):
            raise BundleError(f"project.json: {place}: an answer is a note of another activity")
        refs.need_all(list(q.distribution.groups), "group", place, "distribution.groups")
        for cell in (q.distribution.all, *q.distribution.groups.values()):
            width = len(q.scale) if q.scale is not None else None
            counts = cell.counts
            if (counts is None) != (width is None) or (counts is not None and (
                    len(counts) != width or sum(counts) != cell.n)):
                raise BundleError(f"project.json: {place}: the answer counts do not fit the "
                                  "scale or do not add up to n")


def _check_history(doc: BundleDocument) -> None:
    """A history names each object once; a deleted object is not also current; conflicts'
    versions pass their kind's checks (exports.bundle.history)."""
    from digifelt.exports.bundle.history import history_input

    if doc.history is None:
        return
    _unique(((v.kind, v.id) for v in doc.history.versions), "history.versions", "object")
    _unique(((t.kind, t.id) for t in doc.history.tombstones), "history.tombstones", "object")
    current = {(v.kind, v.id) for v in doc.history.versions}
    for n, t in enumerate(doc.history.tombstones):
        if (t.kind, t.id) in current:
            raise BundleError(f"project.json: history.tombstones[{n}]: the object is also "
                              "current")
    history_input(doc)  # raises on a conflict version its kind would refuse


def whole_json(bag: OpenedBag, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """project.json's bytes, for a parse of the whole document (one kept in the temp folder
    is read back only within the limits of such a parse)."""
    if bag.project_json_file is None:
        return bag.project_json
    if bag.project_json_size > limits.max_json:
        raise BundleError(f"{bag.path.name}: data/project.json is too large to merge into an "
                          f"existing project or to check as a whole "
                          f"({bag.project_json_size / MiB:,.0f} MB; at most "
                          f"{limits.max_json / MiB:,.0f} MB); import it as a new project")
    data = bag.project_json_file.read_bytes()
    check_shape(data, max_items=limits.max_items)
    return data


def document_from_bag(bag: OpenedBag, limits: Limits = DEFAULT_LIMITS) -> BundleDocument:
    bag.project_json = whole_json(bag, limits)
    suspect = may_hide_bad_text(bag.project_json)
    text = decode_json(bag.project_json)
    # The bytes are not needed again (their checksum is in the manifest): released before
    # the parse, which is where the memory goes.
    bag.project_json = b""
    data = parse_json(text)
    del text
    check_format(data)
    validate_schema(data)
    if suspect:
        _check_strings(data)
    doc = parse_document(data)
    check_references(doc, bag)
    return doc


def load_bundle(path: Path, *, limits: Limits = DEFAULT_LIMITS,
                meter: Meter | None = None) -> LoadedBundle:
    """Read and check a bundle completely; close the result when done with it."""
    bag = open_bag(path, limits=limits, meter=meter)
    try:
        doc = document_from_bag(bag, limits)
        rows = rows_from_document(doc)
    except BaseException:
        bag.close()
        raise
    bundle_id = doc.bundle_id or str(uuid.uuid5(
        uuid.NAMESPACE_URL, "digifelt-bundle:" + bag.manifest_sha256["data/project.json"]))
    return LoadedBundle(bag, doc, rows, bundle_id)


def verify_bundle(path: Path, *, limits: Limits = DEFAULT_LIMITS,
                  progress: ProgressFn | None = None,
                  cancelled: CancelledFn | None = None) -> VerifyReport:
    """Every check import makes, without touching any project. Raises BundleError."""
    path = Path(path)
    with load_bundle(path, limits=limits,
                     meter=Meter(progress, cancelled, what="the check")) as loaded:
        doc, bag = loaded.document, loaded.bag
        counts = {"activities": len(doc.activities),
                  "entries": sum(len(a.entries) for a in doc.activities),
                  "excerpts": len(doc.excerpts), "attachments": len(doc.attachments),
                  "findings": len(doc.findings), "participants": len(doc.participants),
                  "indicators": sum(len(a.indicators) for a in doc.rubric.areas)}
        return VerifyReport(path, loaded.bundle_id, doc.exported_at, doc.exported_by,
                            doc.pseudonymised, doc.project.title, doc.project.organisation,
                            bag.bagit_version, bag.payload_files, bag.payload_bytes, counts,
                            sum(1 for p in doc.participants if p.name or p.role),
                            sum(1 for a in doc.assessors
                                if a.name.strip() != (a.initials or "").strip()))
