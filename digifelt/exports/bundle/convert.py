"""Between the project's rows (core's row form) and project.json (the bundle's nested layout).

Fields the DESIGN contract does not name but the database has (an excerpt's activity and
detached flag, the project's template and retention date, a guide's template key, link
orders) travel as extra fields, so export → import loses nothing.
"""

import typing
from datetime import date, datetime, timedelta
from functools import cache

from pydantic import AwareDatetime

from digifelt import __version__
from digifelt.core.ids import iso_z
from digifelt.core.services.snapshot import Row, Snapshot
from digifelt.exports.bundle.history import history_document
from digifelt.exports.bundle.model import FORMAT, VERSION, BundleDocument

DOCUMENT_FIELDS = (("doc_title", "title"), ("doc_type", "doc_type"), ("doc_date", "doc_date"),
                   ("doc_owner", "owner"), ("doc_reference", "reference"),
                   ("doc_attachment_id", "attachment_id"))


def _without(row: Row, *keys: str) -> dict:
    return {k: v for k, v in row.items() if k not in keys}


def _sorted(rows, *keys):
    def key(row):
        return tuple(["" if (v := row.get(k)) is None else v for k in keys])
    return sorted(rows, key=key)


def document_from_snapshot(snap: Snapshot, *, bundle_id: str, exported_at: datetime,
                           exported_by: str | None, pseudonymised: bool) -> dict:
    rows = snap.rows
    project = next(iter(rows["project"].values()))
    indicators_by_area: dict[str, list] = {}
    for ind in _sorted(rows["indicator"].values(), "order", "code"):
        indicators_by_area.setdefault(ind["area_id"], []).append(_without(ind, "area_id"))
    questions_by_guide: dict[str, list] = {}
    for q in _sorted(rows["guide_question"].values(), "order", "created_at", "id"):
        questions_by_guide.setdefault(q["guide_id"], []).append(_without(q, "guide_id"))
    entries_by_activity: dict[str, list] = {}
    for e in _sorted(rows["entry"].values(), "order", "created_at", "id"):
        entries_by_activity.setdefault(e["activity_id"], []).append(_without(e, "activity_id"))
    attachment_ids = set(rows["attachment"])
    activities = []
    for a in _sorted(rows["activity"].values(), "started_at", "title", "id"):
        item = _without(a, *(f for f, _ in DOCUMENT_FIELDS))
        document = {name: a.get(col) for col, name in DOCUMENT_FIELDS}
        if document["attachment_id"] not in attachment_ids:
            document["attachment_id"] = None  # a dangling reference (`digifelt check` says so)
        item["document"] = document if any(v is not None for v in document.values()) else None
        item["entries"] = entries_by_activity.get(a["id"], [])
        activities.append(item)
    return {
        "format": FORMAT,
        "version": VERSION,
        "bundle_id": bundle_id,
        "exported_at": iso_z(exported_at),
        "exported_by": exported_by,
        "app_version": __version__,
        "pseudonymised": pseudonymised,
        "project": dict(project),
        "rubric": {
            "template_id": project.get("template_id"),
            "title": project.get("rubric_title") or "",
            "scale": _sorted(rows["scale_level"].values(), "value"),
            "areas": [{**area, "indicators": indicators_by_area.get(area["id"], [])}
                      for area in _sorted(rows["area"].values(), "order", "code")],
        },
        "assessors": _sorted(rows["assessor"].values(), "created_at", "id"),
        "groups": _sorted(rows["respondent_group"].values(), "name"),
        "participants": _sorted(rows["participant"].values(), "created_at", "id"),
        "guides": [{**g, "questions": questions_by_guide.get(g["id"], [])}
                   for g in _sorted(rows["guide"].values(), "kind", "title", "id")],
        "activities": activities,
        "excerpts": _sorted(rows["excerpt"].values(), "created_at", "id"),
        "attachments": _sorted(rows["attachment"].values(), "created_at", "id"),
        "findings": _sorted(rows["finding"].values(), "indicator_id"),
        "area_summaries": _sorted(rows["area_summary"].values(), "area_id"),
        "provisional_levels": _sorted(rows.get("provisional_level", {}).values(),
                                      "indicator_id", "assessor_id"),
        "survey_questions": _sorted(rows.get("survey_question", {}).values(),
                                    "activity_id", "order", "id"),
        "history": history_document(snap, pseudonymised=pseudonymised),
    }


# -- import -----------------------------------------------------------------------------

@cache
def _field_kinds(cls) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A model's field names, and which of them hold times and which dates."""
    times, dates = [], []
    for name, info in cls.model_fields.items():
        types = typing.get_args(info.annotation) or (info.annotation,)
        if any(t in (AwareDatetime, datetime) for t in types):
            times.append(name)
        elif date in types:
            dates.append(name)
    return tuple(cls.model_fields), tuple(times), tuple(dates)


_UTC_OFFSET = timedelta(0)


def _iso_z(value: datetime) -> str:
    """iso_z, without its conversions for the usual case of a time already in UTC (twice
    per object of a large bundle)."""
    if value.utcoffset() == _UTC_OFFSET:
        return value.isoformat(timespec="microseconds")[:-6] + "Z"
    return iso_z(value)


def iso_or_none(value: datetime | None) -> str | None:
    return None if value is None else _iso_z(value)


def _plain(model, *, exclude: frozenset[str] = frozenset()) -> dict:
    """A pydantic object as row-form values: times ISO with Z, dates ISO."""
    names, times, dates = _field_kinds(type(model))
    values = model.__dict__
    out = {n: values[n] for n in names if n not in exclude}
    for n in times:
        if out.get(n) is not None:
            out[n] = _iso_z(out[n])
    for n in dates:
        if out.get(n) is not None:
            out[n] = out[n].isoformat()
    return out


# Fields added after format 1 was first written (schema 0005). A bundle from an older digifelt
# lacks them; they are left out of its rows rather than set to None, so that merging it keeps
# what this project has (see merge: a column the incoming row lacks keeps the local value).
LATER_FIELDS = {
    "project": ("commissioner", "assessing_org", "report_version"),
    "finding": ("reflection",),
    "activity": ("planned_start", "planned_end", "info_letter_given", "consent_given",
                 "consent_by", "survey_invited"),
    "guide_question": ("activity_id",),
}


def _without_unsent(row: dict, model, kind: str) -> dict:
    for name in LATER_FIELDS[kind]:
        if name not in model.model_fields_set:
            row.pop(name, None)
    return row


def _orders(ids: list[str], orders: list[int] | None) -> list[int]:
    return list(orders) if orders is not None and len(orders) == len(ids) else list(
        range(len(ids)))


def _split_times_of_an_older_bundle(doc: BundleDocument, rows: dict[str, list[Row]]) -> None:
    """A bundle from before schema 0008 has one start and end per activity, the planned ones
    until capture began: sorted into planned and actual by the upgrade's rule (an activity
    with notes, page excerpts or survey results was held)."""
    held = {r["activity_id"] for r in rows["excerpt"] if r.get("activity_id")}
    held |= {r["activity_id"] for r in rows["entry"] if r.get("text")}
    for act, row in zip(doc.activities, rows["activity"], strict=True):
        if "planned_start" in act.model_fields_set or act.kind == "survey" or act.id in held:
            continue
        row["planned_start"], row["planned_end"] = row.get("started_at"), row.get("ended_at")
        row["started_at"] = row["ended_at"] = None


def rows_from_document(doc: BundleDocument) -> dict[str, list[Row]]:
    """Row form per kind, ready for core's merge (references are checked by verify)."""
    project = _without_unsent(_plain(doc.project), doc.project, "project")
    fields = doc.project.model_fields_set
    if "template_id" not in fields:
        project["template_id"] = doc.rubric.template_id
    if "rubric_title" not in fields:
        project["rubric_title"] = doc.rubric.title
    rows: dict[str, list[Row]] = {"project": [project]}
    rows["scale_level"] = [_plain(level) for level in doc.rubric.scale]
    rows["area"], rows["indicator"] = [], []
    for area in doc.rubric.areas:
        rows["area"].append(_plain(area, exclude=frozenset({"indicators"})))
        for ind in area.indicators:
            rows["indicator"].append({**_plain(ind), "area_id": area.id,
                                      "lookfors": list(ind.lookfors)})
    rows["assessor"] = [_plain(a) for a in doc.assessors]
    rows["respondent_group"] = [_plain(g) for g in doc.groups]
    rows["participant"] = [_plain(p) for p in doc.participants]
    rows["guide"], rows["guide_question"] = [], []
    for guide in doc.guides:
        rows["guide"].append(_plain(guide, exclude=frozenset({"questions"})))
        for q in guide.questions:
            row = _without_unsent(_plain(q), q, "guide_question")
            row["guide_id"] = guide.id
            row["indicator_orders"] = _orders(q.indicator_ids, q.indicator_orders)
            rows["guide_question"].append(row)
    rows["activity"], rows["entry"] = [], []
    entry_activity = {}
    for act in doc.activities:
        row = _without_unsent(_plain(act, exclude=frozenset({"document", "entries"})), act,
                              "activity")
        document = act.document or None
        for col, name in DOCUMENT_FIELDS:
            value = getattr(document, name) if document else None
            row[col] = value.isoformat() if hasattr(value, "isoformat") else value
        rows["activity"].append(row)
        for entry in act.entries:
            rows["entry"].append({**_plain(entry), "activity_id": act.id})
            entry_activity[entry.id] = act.id
    rows["attachment"] = [_plain(a) for a in doc.attachments]
    attachment_activity = {a.id: a.activity_id for a in doc.attachments}
    rows["excerpt"] = []
    for ex in doc.excerpts:
        row = _plain(ex)
        if "activity_id" not in ex.model_fields_set:
            row["activity_id"] = (entry_activity.get(ex.entry_id) if ex.entry_id
                                  else attachment_activity.get(ex.attachment_id))
        rows["excerpt"].append(row)
    _split_times_of_an_older_bundle(doc, rows)
    rows["finding"] = []
    for f in doc.findings:
        row = _without_unsent(_plain(f), f, "finding")
        row["excerpt_orders"] = _orders(f.excerpt_ids, f.excerpt_orders)
        rows["finding"].append(row)
    rows["area_summary"] = [_plain(s) for s in doc.area_summaries]
    rows["provisional_level"] = [_plain(p) for p in doc.provisional_levels]
    rows["survey_question"] = [
        {**_plain(q, exclude=frozenset({"distribution"})),
         "distribution": q.distribution.model_dump(exclude_unset=True)}
        for q in doc.survey_questions]
    return rows


plain = _plain
