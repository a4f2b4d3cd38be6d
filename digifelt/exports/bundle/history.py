"""The histories section of a format-2 bundle: version vectors, tombstones, open conflicts.

Written from a project's snapshot; read back into what core's merge takes. A conflict's
version is row-form content from another file, so it passes the same checks as the rows of
its kind (the pydantic model of that kind) before it is accepted.
"""

from pydantic import ValidationError as PydanticValidationError

from digifelt.core.services.snapshot import BY_NAME, Snapshot
from digifelt.exports.bundle.errors import BundleError
from digifelt.exports.bundle.model import (
    ID_PATTERN,
    ActivityModel,
    AreaModel,
    AreaSummaryModel,
    AssessorModel,
    AttachmentModel,
    BundleDocument,
    EntryModel,
    ExcerptModel,
    FindingModel,
    GroupModel,
    GuideModel,
    IndicatorModel,
    ParticipantModel,
    ProjectModel,
    ProvisionalLevelModel,
    QuestionModel,
    ScaleLevelModel,
    SurveyQuestionModel,
)

MODELS = {
    "project": ProjectModel, "assessor": AssessorModel, "scale_level": ScaleLevelModel,
    "area": AreaModel, "indicator": IndicatorModel, "respondent_group": GroupModel,
    "participant": ParticipantModel, "guide": GuideModel, "guide_question": QuestionModel,
    "activity": ActivityModel, "entry": EntryModel, "attachment": AttachmentModel,
    "excerpt": ExcerptModel, "finding": FindingModel, "area_summary": AreaSummaryModel,
    "provisional_level": ProvisionalLevelModel, "survey_question": SurveyQuestionModel,
}
# Row-form columns a kind's bundle model has elsewhere (nesting, the document block).
_PARENT_IDS = {"entry": "activity_id", "indicator": "area_id", "guide_question": "guide_id"}
_DOCUMENT = {"doc_title": "title", "doc_type": "doc_type", "doc_date": "doc_date",
             "doc_owner": "owner", "doc_reference": "reference",
             "doc_attachment_id": "attachment_id"}


def _dots(vv: dict) -> list[dict]:
    return [{"replica": r, "n": n} for r, n in sorted(vv.items())]


def history_document(snap: Snapshot, *, pseudonymised: bool) -> dict:
    """The bundle's "history" section. A pseudonymised bundle leaves out the open conflicts:
    their versions hold the notes and names the pseudonymisation replaced."""
    versions = [{"kind": kind, "id": obj_id, "vv": _dots(v["vv"]), "by": v["by"]}
                for kind, by_id in snap.versions.items() for obj_id, v in sorted(by_id.items())]
    tombstones = [{**t, "vv": _dots(t["vv"])} for t in snap.tombstones]
    conflicts = [] if pseudonymised else [
        {"kind": c["kind"], "object_id": c["object_id"], "vv": _dots(c["vv"]),
         "deleted": c["version"] is None, "deleted_at": c["deleted_at"],
         "by": c["by"], "version": c["version"]}
        for c in snap.siblings]
    return {"versions": versions, "tombstones": tombstones, "conflicts": conflicts}


def _vv(dots) -> dict:
    out: dict[str, int] = {}
    for d in dots:
        out[d.replica] = max(out.get(d.replica, 0), d.n)
    return out


def history_input(doc: BundleDocument) -> dict:
    """MergeInput's versions, tombstones and siblings (empty for a format-1 bundle)."""
    from digifelt.exports.bundle.convert import iso_or_none

    if doc.history is None:
        return {"versions": {}, "tombstones": [], "siblings": []}
    versions: dict[str, dict[str, dict]] = {}
    for v in doc.history.versions:
        versions.setdefault(v.kind, {})[v.id] = {"vv": _vv(v.vv), "by": v.by}
    tombstones = [{"kind": t.kind, "id": t.id, "vv": _vv(t.vv),
                   "deleted_at": iso_or_none(t.deleted_at), "by": t.by}
                  for t in doc.history.tombstones]
    siblings = []
    for n, c in enumerate(doc.history.conflicts):
        place = f"project.json: history.conflicts[{n}]"
        if c.deleted:
            if c.deleted_at is None:
                raise BundleError(f"{place}: a deletion needs deleted_at")
            row = None
        else:
            if c.version is None:
                raise BundleError(f"{place}: version is missing")
            row = checked_row(c.kind, c.version, place)
            if row["id"] != c.object_id:
                raise BundleError(f"{place}: the version belongs to another object")
        siblings.append({"kind": c.kind, "object_id": c.object_id, "vv": _vv(c.vv),
                         "version": row, "deleted_at": iso_or_none(c.deleted_at),
                         "by": c.by})
    return {"versions": versions, "tombstones": tombstones, "siblings": siblings}


def checked_row(kind_name: str, row: dict, place: str) -> dict:
    """The row-form version, accepted only if its kind's bundle model accepts it; only the
    kind's own columns and link lists are kept."""
    from digifelt.exports.bundle.convert import plain

    kind = BY_NAME[kind_name]
    shaped = dict(row)
    if kind_name == "activity":
        shaped["document"] = {name: row.get(col) for col, name in _DOCUMENT.items()}
    try:
        model = MODELS[kind_name].model_validate(shaped)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BundleError(f"{place}.version.{where}: "
                          f"{first['msg'].removeprefix('Value error, ')}") from None
    out = plain(model, exclude=frozenset({"document", "entries", "indicators", "questions",
                                          "distribution"}))
    if kind_name == "survey_question":
        out["distribution"] = model.distribution.model_dump(exclude_unset=True)
    if kind_name == "activity" and model.document is not None:
        for col, name in _DOCUMENT.items():
            value = getattr(model.document, name)
            out[col] = value.isoformat() if hasattr(value, "isoformat") else value
    parent = _PARENT_IDS.get(kind_name)
    if parent is not None:
        value = row.get(parent)
        if not isinstance(value, str) or not _is_id(value):
            raise BundleError(f"{place}.version.{parent}: not an id")
        out[parent] = value
    for link in kind.links:
        if link.order_field and out.get(link.order_field) is None:
            out[link.order_field] = list(range(len(out.get(link.field) or [])))
    columns = {c.name for c in kind.table.columns}
    links = {f for ln in kind.links for f in (ln.field, ln.order_field) if f}
    return {k: v for k, v in out.items() if k in columns or k in links}


def _is_id(value: str) -> bool:
    import re

    return re.fullmatch(ID_PATTERN, value) is not None  # fullmatch: no trailing newline
