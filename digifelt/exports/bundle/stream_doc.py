"""A new project made from a bundle as project.json is read: a batch of objects at a time, so
that memory does not grow with the project (README, "Evidence bundles and team merge").

Each batch is checked by the same rules as a whole document: it is put into a skeleton
document (the bundle's head, project and rubric, and empty lists) and that goes through the
JSON Schema, the pydantic models and their checks, and the converter to rows. Rules across
objects that a batch cannot see are checked once everything is written, by the database and
by core.services.merge_adopt's checks. The head (format, project, rubric) must come before
the activities and excerpts, as digifelt writes it.
"""

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from digifelt.core.services.merge_adopt import Adoption
from digifelt.core.text_rules import MAX_TEXT
from digifelt.exports.bundle.convert import rows_from_document
from digifelt.exports.bundle.errors import BundleError
from digifelt.exports.bundle.history import history_input
from digifelt.exports.bundle.json_events import prescan, walk
from digifelt.exports.bundle.json_schema import check_format, validate_schema
from digifelt.exports.bundle.model import BundleDocument, parse_document
from digifelt.exports.bundle.reader import OpenedBag
from digifelt.exports.bundle.verify import _check_history, _check_strings, _unique

BATCH_ITEMS = 500  # activities, excerpts or history items a batch
BATCH_ENTRIES = 2000  # an activity's entries count too
_LISTS = ("assessors", "groups", "participants", "guides", "activities", "excerpts",
          "attachments", "findings", "area_summaries", "provisional_levels", "survey_questions")
_HEAD = ("format", "version", "bundle_id", "exported_at", "exported_by", "app_version",
         "pseudonymised", "project", "rubric")
# Kinds the batches write; every other kind is written from the held sections at the end.
_STREAMED_KINDS = {"activities": ("activity", "entry"), "excerpts": ("excerpt",)}


@dataclass
class Streamed:
    document: BundleDocument  # everything but the streamed lists (those are empty)
    bundle_id: str
    counts: dict[str, int]  # objects read per streamed section


class _Reader:
    def __init__(self, bag: OpenedBag, adoption_for: Callable[[BundleDocument], Adoption],
                 max_held_items: int):
        self.bag = bag
        self.adoption_for = adoption_for
        self.max_held_items = max_held_items
        self.head: dict = {}
        self.history: dict = {}
        self.seen: set[str] = set()
        self.batch: list = []
        self.batch_section: str | None = None
        self.batch_entries = 0
        self.offset: dict[str, int] = {}
        self.adoption: Adoption | None = None
        self.skeleton: dict | None = None
        self.suspect = False
        self.blobs_written: set[str] = set()

    # -- the skeleton a batch is checked in ------------------------------------------------
    def _start(self) -> None:
        """The head is read: check it once, and make the skeleton of every batch."""
        check_format(self.head)
        missing = [k for k in ("project", "rubric") if k not in self.head]
        if missing and self.head.get("version") in (1, 2):
            # As the schema words it when the key is not there at all.
            validate_schema({k: v for k, v in self.head.items() if k in _HEAD})
        if missing:
            raise BundleError(f"project.json: {missing[0]!r} must come before the activities "
                              "and excerpts")
        skeleton = {k: self.head[k] for k in _HEAD if k in self.head}
        skeleton.update({k: [] for k in _LISTS})
        if self.head.get("version") != 1:
            skeleton["history"] = {"versions": [], "tombstones": [], "conflicts": []}
        self.skeleton = skeleton
        doc = self._parsed(dict(skeleton), None, 0)
        self.adoption = self.adoption_for(doc)

    def _parsed(self, data: dict, section: str | None, offset: int) -> BundleDocument:
        try:
            if self.suspect:
                _check_strings(data)
            validate_schema(data)
            return parse_document(data)
        except BundleError as exc:
            if section is None or not offset:
                raise
            # The batch's place in the whole document.
            pattern = re.escape(section) + r"\[(\d+)\]"
            text = re.sub(pattern, lambda m: f"{section}[{int(m.group(1)) + offset}]",
                          str(exc), count=1)
            raise BundleError(text) from None

    # -- reading ---------------------------------------------------------------------
    def run(self, fh) -> Streamed:
        # A text the services accept is at most MAX_TEXT characters of up to 4 bytes.
        self.suspect, _start = prescan(fh, 4 * MAX_TEXT + 1024)
        known = frozenset((*_HEAD, *_LISTS, "history"))
        for what, key, value in walk(fh, max_held_items=self.max_held_items, known=known):
            if what == "value":
                self.head[key] = value
            elif what == "history":
                self.history[key] = value
            elif what == "start":
                self.seen.add(key)
                if key != "history" and self.adoption is None:
                    self._start()
            else:
                self._add(key, value)
        self._flush()
        if self.adoption is None:
            self._start()
        return self._finish()

    def _add(self, section: str, item) -> None:
        if section != self.batch_section:
            self._flush()
            self.batch_section = section
        self.batch.append(item)
        if section == "activities" and isinstance(item, dict) and \
                isinstance(item.get("entries"), list):
            self.batch_entries += len(item["entries"])
        if len(self.batch) >= BATCH_ITEMS or self.batch_entries >= BATCH_ENTRIES:
            self._flush()

    def _flush(self) -> None:
        section, items = self.batch_section, self.batch
        self.batch, self.batch_section, self.batch_entries = [], None, 0
        if not items:
            return
        offset = self.offset.get(section, 0)
        self.offset[section] = offset + len(items)
        data = dict(self.skeleton)
        if section.startswith("history."):
            history = {"versions": [], "tombstones": [], "conflicts": []}
            history[section.removeprefix("history.")] = items
            data["history"] = history
        else:
            data[section] = items
        doc = self._parsed(data, section, offset)
        adoption = self.adoption
        if section.startswith("history."):
            _check_history(doc)  # within the batch; across batches the database sees it
        if section == "history.versions":
            adoption.versions([{"kind": kind, "id": obj_id, **v}
                               for kind, by_id in history_input(doc)["versions"].items()
                               for obj_id, v in by_id.items()])
            return
        if section == "history.tombstones":
            adoption.tombstones(history_input(doc)["tombstones"])
            return
        rows = rows_from_document(doc)
        if section == "excerpts":
            for model, row in zip(doc.excerpts, rows["excerpt"], strict=True):
                if "activity_id" not in model.model_fields_set:
                    row["_activity_unsent"] = True
        for kind in _STREAMED_KINDS[section]:
            adoption.rows(kind, rows[kind])

    # -- the held sections ---------------------------------------------------------------
    def _finish(self) -> Streamed:
        data = {k: v for k, v in self.head.items()}
        for key in self.seen & set(_STREAMED_KINDS):
            data[key] = []
        if "history" in self.seen:
            history = dict(self.history)
            for key in ("versions", "tombstones"):
                if f"history.{key}" in self.seen:
                    history[key] = []
            data["history"] = history
        check_format(data)
        doc = self._parsed(data, None, 0)
        self._check_held(doc)
        rows = rows_from_document(doc)
        adoption = self.adoption
        for kind in ("project", "scale_level", "area", "indicator", "assessor",
                     "respondent_group", "participant", "guide", "guide_question",
                     "attachment", "finding", "area_summary", "provisional_level",
                     "survey_question"):
            adoption.rows(kind, rows.get(kind, []))
        for row in rows.get("attachment", []):
            sha = row["sha256"]
            if sha not in self.blobs_written:
                adoption.blob(sha, self.bag.blobs()[sha])
                self.blobs_written.add(sha)
        adoption.siblings(history_input(doc)["siblings"])
        bundle_id = doc.bundle_id or str(uuid.uuid5(
            uuid.NAMESPACE_URL, "digifelt-bundle:" + self.bag.manifest_sha256["data/project.json"]))
        return Streamed(doc, bundle_id, dict(self.offset))

    def _check_held(self, doc: BundleDocument) -> None:
        """verify.check_references' rules among the held sections and with the bag; those
        with the streamed objects are the database's (merge_adopt.check_references)."""
        _unique((lv.value for lv in doc.rubric.scale), "rubric.scale", "value")
        _unique((a.code for a in doc.rubric.areas), "rubric.areas", "code")
        _unique((i.code for a in doc.rubric.areas for i in a.indicators), "rubric",
                "indicator code")
        _unique((g.name for g in doc.groups), "groups", "name")
        _unique((f.indicator_id for f in doc.findings), "findings", "indicator")
        _unique((s.area_id for s in doc.area_summaries), "area_summaries", "area")
        _unique(((p.indicator_id, p.assessor_id) for p in doc.provisional_levels),
                "provisional_levels", "indicator and assessor")
        for g, guide in enumerate(doc.guides):
            for q, question in enumerate(guide.questions):
                if question.indicator_orders is not None and len(
                        question.indicator_orders) != len(question.indicator_ids):
                    raise BundleError(f"project.json: guides[{g}].questions[{q}]: "
                                      "indicator_orders and indicator_ids differ in length")
        for n, f in enumerate(doc.findings):
            if f.excerpt_orders is not None and len(f.excerpt_orders) != len(f.excerpt_ids):
                raise BundleError(f"project.json: findings[{n}]: excerpt_orders and "
                                  "excerpt_ids differ in length")
        for n, att in enumerate(doc.attachments):
            stored = self.bag.attachments.get(att.sha256)
            if stored is None:
                raise BundleError(f"project.json: attachments[{n}]: its file "
                                  f"(data/attachments/{att.sha256}/…) is missing from the bag")
            if stored.size != att.size:
                raise BundleError(f"project.json: attachments[{n}]: size {att.size} differs "
                                  f"from its file's ({stored.size})")
        groups = {g.id for g in doc.groups}
        for n, q in enumerate(doc.survey_questions):
            place = f"project.json: survey_questions[{n}]"
            if any(g not in groups for g in q.distribution.groups):
                raise BundleError(f"{place}: distribution.groups refers to a missing group")
            for cell in (q.distribution.all, *q.distribution.groups.values()):
                width = len(q.scale) if q.scale is not None else None
                counts = cell.counts
                if (counts is None) != (width is None) or (counts is not None and (
                        len(counts) != width or sum(counts) != cell.n)):
                    raise BundleError(f"{place}: the answer counts do not fit the scale or "
                                      "do not add up to n")
        _check_history(doc)


def stream_into(bag: OpenedBag, adoption_for: Callable[[BundleDocument], Adoption], *,
                max_held_items: int) -> Streamed:
    """Read the bag's project.json into the Adoption that adoption_for makes from the
    checked head (the caller finishes it)."""
    import io

    reader = _Reader(bag, adoption_for, max_held_items)
    if bag.project_json_file is None:
        return reader.run(io.BytesIO(bag.project_json))
    with open(bag.project_json_file, "rb") as fh:
        return reader.run(fh)
