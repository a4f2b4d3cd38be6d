"""What a publication carries, read from a project file in one snapshot.

Only agreed content leaves the file: the rubric, agreed findings (level and texts), the
evidence counts the matrix shows (core.services.matrix, so every count is the one the app and
the report show), the excerpts chosen for agreed findings and the action list. Every text goes
through the scrubber a pseudonymised bundle uses (exports.matrix_names.pseudonym_scrubber:
participants become their pseudonyms, assessors their initials, in any case and Unicode form).
Respondent groups under the small-group rule (core.services.privacy.small_groups) are left out
of the counts by group; their evidence still counts in the counts by kind and in the totals,
which name nobody. A quote carries the kind of its source, never its group or activity.
Notes, names, memos and attachments are never read.
"""

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import text
from sqlmodel import select

from digifelt import __version__
from digifelt.core.models import Activity, Excerpt, FindingExcerpt
from digifelt.exports.cells import storable
from digifelt.storage.database import Database

# Derived ids of the store's own rows: the same inputs give the same id in every publication,
# and always include the assessment, since a re-assessment may share its rubric's ids.
_NAMESPACE = uuid.UUID("5b0c2f7e-6d1a-4c55-9a57-3f1f6f1d7c21")
AGREED = "agreed"


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


def organisation_id(name: str) -> str:
    """The same organisation however its name was typed (case, spacing, Unicode form)."""
    import unicodedata

    key = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    return derived_id("organisation", key)


@dataclass
class Publication:
    assessment: dict
    organisation: dict
    # table name → rows (dicts of column → value), each row with "id" and "assessment_id"
    rows: dict[str, list[dict]] = field(default_factory=dict)
    small_groups_left_out: int = 0
    names_replaced: int = 0


def _clean(value):
    """Text PostgreSQL can store (no NUL, no lone surrogate)."""
    return storable(value) if isinstance(value, str) else value


def read_publication(db: Database, *, published_at: datetime | None = None) -> Publication:
    from digifelt.core.services.findings import list_findings
    from digifelt.core.services.matrix import evidence_matrices, is_source_column
    from digifelt.core.services.privacy import small_groups
    from digifelt.core.services.projects import get_project
    from digifelt.exports.matrix_names import pseudonym_scrubber

    with db.read() as s:
        project = get_project(db)
        scrubber = pseudonym_scrubber(db)
        matrices = evidence_matrices(db)
        small = small_groups(db)
        findings = [v for v in list_findings(db) if v.finding.status == AGREED]
        quoted = [x for v in findings for x in v.excerpt_ids]
        excerpts = {}
        for i in range(0, len(quoted), 500):
            for excerpt, kind in s.exec(
                    select(Excerpt, Activity.kind)
                    .join(Activity, Activity.id == Excerpt.activity_id, isouter=True)
                    .where(Excerpt.id.in_(quoted[i:i + 500]))).all():
                excerpts[excerpt.id] = (excerpt, kind)
        orders = {(link.finding_id, link.excerpt_id): link.order
                  for link in s.exec(select(FindingExcerpt)).all()}
        actions = _action_rows(s)

    def scrub(value, what: str, oid: str):
        return _clean(scrubber.scrub(value, kind="store", object_id=oid, field_name=what))

    aid = project.id
    org_name = scrub(project.organisation, "organisation", aid)
    org = {"id": organisation_id(org_name), "name": " ".join(org_name.split())}
    assessment = {
        "id": aid, "organisation_id": org["id"], "title": scrub(project.title, "title", aid),
        "period": scrub(project.period, "period", aid), "language": project.language,
        "rubric_template_id": _clean(project.template_id),
        "rubric_title": scrub(project.rubric_title, "rubric", aid),
        "published_at": published_at or datetime.now(UTC), "app_version": __version__}

    code_of = {}
    indicators = []
    by_kind, by_group = matrices["kind"], matrices["group"]
    for n, row in enumerate(by_kind.rows):
        code_of[row.indicator_id] = row.code
        indicators.append({
            "id": derived_id("indicator", aid, row.indicator_id), "assessment_id": aid,
            "code": _clean(row.code), "title": scrub(row.title, "indicator", row.indicator_id),
            "area_code": _clean(row.area_code),
            "area_title": scrub(row.area_title, "area", row.area_id), "position": n,
            "evidence": row.total.total, "strengths": row.total.strengths,
            "gaps": row.total.gaps, "kinds": row.kinds, "groups": row.groups,
            "triangulated": row.triangulated})

    counts = []
    group_label = dict(by_group.columns)
    left_out = set()
    for dimension, matrix in (("kind", by_kind), ("group", by_group)):
        for row in matrix.rows:
            for key, cell in row.cells.items():
                if not cell.total:
                    continue
                if dimension == "group" and key in small:
                    left_out.add(key)
                    continue
                source = (key if dimension == "kind" or is_source_column(key)
                          else scrub(group_label.get(key, key), "group", key))
                counts.append({
                    "id": derived_id("count", aid, row.indicator_id, dimension, key),
                    "assessment_id": aid, "indicator_code": _clean(row.code),
                    "dimension": dimension, "source": source, "total": cell.total,
                    "strengths": cell.strengths, "gaps": cell.gaps})

    finding_rows, quotes = [], []
    for view in findings:
        f = view.finding
        code = code_of.get(f.indicator_id)
        if code is None:
            continue
        finding_rows.append({
            "id": derived_id("finding", aid, f.id), "assessment_id": aid,
            "indicator_code": code, "level": f.level,
            "status": f.status, "strengths": scrub(f.strengths, "strengths", f.id),
            "improvements": scrub(f.improvements, "improvements", f.id),
            "actions": scrub(f.actions, "actions", f.id)})
        for xid in view.excerpt_ids:
            if xid not in excerpts:
                continue
            excerpt, source_kind = excerpts[xid]
            quotes.append({
                "id": derived_id("quote", aid, f.id, xid), "assessment_id": aid,
                "indicator_code": code, "position": orders.get((f.id, xid), 0),
                "text": scrub(excerpt.text, "quote", xid), "kind": excerpt.kind,
                "valence": excerpt.valence, "source_kind": source_kind or "document_review"})

    action_rows = [{
        "id": derived_id("action", aid, a["id"]), "assessment_id": aid,
        "indicator_code": code_of.get(a.get("indicator_id")), "position": a.get("order") or 0,
        "text": scrub(a.get("text") or "", "action", a["id"]),
        "owner": scrub(a.get("owner"), "owner", a["id"]), "due_date": _date(a.get("due_date")),
        "status": _clean(a.get("status") or "planned"),
        "notes": scrub(a.get("notes"), "notes", a["id"])} for a in actions]

    return Publication(assessment, org, {
        "indicator": indicators, "finding": finding_rows, "evidence_count": counts,
        "quote": quotes, "action": action_rows},
        small_groups_left_out=len(left_out), names_replaced=len(scrubber.report.places))


def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


_ACTION_COLUMNS = ("id", "indicator_id", "text", "owner", "due_date", "status", "notes",
                   "order")


def _action_rows(s) -> list[dict]:
    """The file's follow-up action list, if this file has one (older files do not): read by
    its columns, so a file from before it simply publishes no actions."""
    conn = s.connection()
    columns = {r[1] for r in conn.execute(text("PRAGMA table_info(action_item)")).all()}
    if not {"id", "text"} <= columns:
        return []
    wanted = [c for c in _ACTION_COLUMNS if c in columns]
    query = "SELECT " + ", ".join(f'"{c}"' for c in wanted) + " FROM action_item"
    return [dict(zip(wanted, r, strict=True)) for r in conn.execute(text(query)).all()]
