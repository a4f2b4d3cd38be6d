"""Everything the report needs, read once from the services into plain dataclasses.

Participants are never loaded: activities contribute only a head count, and a quote carries
only the name of the group(s) it came from.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from digifelt.storage.database import Database


@dataclass(frozen=True)
class Level:
    value: int
    label: str
    description: str | None = None


@dataclass(frozen=True)
class Quote:
    """A chosen excerpt and where it came from: group names, or the document reviewed."""

    text: str
    groups: tuple[str, ...] = ()
    source: str = "interview"  # the activity kind
    document: str | None = None
    page: int | None = None
    verbatim: bool = True


@dataclass
class IndicatorData:
    code: str
    title: str
    description: str | None
    lookfors: list[str]
    level: Level | None = None
    strengths: str | None = None
    improvements: str | None = None
    actions: str | None = None
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class AreaData:
    code: str
    title: str
    description: str | None
    summary: str | None = None
    indicators: list[IndicatorData] = field(default_factory=list)


@dataclass(frozen=True)
class ActivityRow:
    kind: str
    day: date | None
    last_day: date | None
    groups: tuple[str, ...]
    headcount: int | None
    planned: bool


@dataclass(frozen=True)
class DocumentRow:
    title: str
    doc_type: str | None
    doc_date: date | None
    owner: str | None


@dataclass
class ReportData:
    title: str
    organisation: str
    language: str  # of the report's own wording
    content_language: str  # the project's: its group names, rubric and notes
    period: str | None
    team: list[str]
    rubric_title: str | None
    scale: list[Level]
    areas: list[AreaData]
    activities: list[ActivityRow]
    documents: list[DocumentRow]


def _local_day(value: datetime | None) -> date | None:
    return value.astimezone().date() if value is not None else None


@dataclass(frozen=True)
class _Excerpt:
    id: str
    text: str
    kind: str
    activity_id: str | None
    page: int | None


def _chosen_excerpts(db: Database, ids: set[str]) -> dict[str, _Excerpt]:
    """Only the excerpts findings chose, a few columns each, in batches of ids.

    The excerpts service lists every excerpt of the project (26,000 in the large demo, and
    its tag lookup binds one SQL variable per excerpt); a report needs a few dozen.
    """
    from sqlmodel import select

    from digifelt.core.models import Excerpt

    wanted, out = sorted(ids), {}
    with db.transaction() as s:
        for start in range(0, len(wanted), 500):
            rows = s.exec(select(Excerpt.id, Excerpt.text, Excerpt.kind, Excerpt.activity_id,
                                 Excerpt.page)
                          .where(Excerpt.id.in_(wanted[start:start + 500]))).all()
            out.update((row[0], _Excerpt(*row)) for row in rows)
    return out


def gather(db: Database, lang: str | None = None) -> ReportData:
    """One read of the project: a fixed number of queries, whatever its size.

    `lang` overrides the project's language for the report's own wording.
    """
    from digifelt.core.services.activities import list_activities
    from digifelt.core.services.findings import list_area_summaries, list_findings
    from digifelt.core.services.people import list_assessors, list_groups
    from digifelt.core.services.projects import get_project
    from digifelt.core.services.rubric import list_scale, rubric_tree

    project = get_project(db)
    scale = [Level(s.value, s.label, s.description) for s in list_scale(db)]
    levels = {lv.value: lv for lv in scale}
    groups = {g.id: g.name for g in list_groups(db)}
    activities = list_activities(db)
    findings = {view.finding.indicator_id: view for view in list_findings(db)}
    summaries = {s.area_id: s for s in list_area_summaries(db)}

    chosen = {eid for view in findings.values() for eid in view.excerpt_ids}
    excerpts = _chosen_excerpts(db, chosen)
    by_activity = {view.activity.id: view for view in activities}

    def quote(excerpt) -> Quote:
        view = by_activity.get(excerpt.activity_id)
        if view is None:
            return Quote(excerpt.text.strip(), verbatim=excerpt.kind == "quote")
        a = view.activity
        return Quote(excerpt.text.strip(),
                     groups=tuple(groups[g] for g in view.group_ids if g in groups),
                     source=a.kind, page=excerpt.page,
                     document=(a.doc_title or a.title) if a.kind == "document_review" else None,
                     verbatim=excerpt.kind == "quote")

    areas = []
    for area_view in rubric_tree(db):
        area = area_view.area
        summary = summaries.get(area.id)
        data = AreaData(area.code, area.title, area.description,
                        summary=summary.summary if summary else None)
        for ind in area_view.indicators:
            item = IndicatorData(ind.code, ind.title, ind.description, list(ind.lookfors or []))
            view = findings.get(ind.id)
            if view is not None:
                f = view.finding
                item.level = levels.get(f.level) if f.level is not None else None
                item.strengths, item.improvements, item.actions = (
                    f.strengths, f.improvements, f.actions)
                item.quotes = [quote(excerpts[e]) for e in view.excerpt_ids
                               if e in excerpts and excerpts[e].text.strip()]
            data.indicators.append(item)
        areas.append(data)

    rows, documents = [], []
    for view in activities:
        a = view.activity
        headcount = a.headcount if a.headcount is not None else (
            len(view.participant_ids) or None)
        rows.append(ActivityRow(
            kind=a.kind, day=_local_day(a.started_at), last_day=_local_day(a.ended_at),
            groups=tuple(sorted(groups[g] for g in view.group_ids if g in groups)),
            headcount=headcount, planned=a.status == "planned"))
        if a.kind == "document_review":
            documents.append(DocumentRow(a.doc_title or a.title, a.doc_type, a.doc_date,
                                         a.doc_owner))
    documents.sort(key=lambda d: (d.doc_date or date.max, d.title.casefold()))

    return ReportData(
        title=project.title, organisation=project.organisation,
        language=lang or project.language, content_language=project.language,
        period=project.period, team=[a.name for a in list_assessors(db)],
        rubric_title=project.rubric_title, scale=scale, areas=areas, activities=rows,
        documents=documents)
