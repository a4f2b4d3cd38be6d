"""Everything the report needs, read once from the services into plain dataclasses.

Participants are loaded only to find their names in the texts (exports/report/names.py):
activities contribute only a head count, a quote carries only the name of the group(s) it
came from, and every text the report prints from the project has the names replaced.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from digifelt.core.services.activities import reported_dates
from digifelt.exports.names import NameReport, Place
from digifelt.exports.report.evidence_basis import EvidenceBasis, evidence_bases
from digifelt.exports.report.survey_data import (
    SurveyResult,
    SurveyRow,
    gather_surveys,
    survey_day,
)
from digifelt.storage.database import Database

# Finding statuses that need no more work: a deliberate "not assessed" is a decision too.
SETTLED = ("agreed", "not_assessed")


@dataclass(frozen=True)
class Level:
    value: int
    label: str
    description: str | None = None


@dataclass(frozen=True)
class Quote:
    """A chosen excerpt and what it is: verbatim or paraphrase, and its kind of source.

    Only an interview (or a survey) has a group to attribute to; an observation is the team's
    own note of an activity, a document speaks for itself.
    """

    text: str
    groups: tuple[str, ...] = ()  # interviews and surveys only
    source: str = "interview"  # the activity kind ("survey" when surveys land)
    document: str | None = None
    page: int | None = None
    kind: str = "quote"  # Excerpt.kind: "quote" (verbatim) or "paraphrase"
    activity: str | None = None  # an observation's title, names replaced
    day: date | None = None  # an observation's date
    respondents: int | None = None  # a survey's n

    @property
    def verbatim(self) -> bool:
        return self.kind == "quote"


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
    reflection: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    status: str | None = None  # the finding's; None when the team has written none yet
    basis: EvidenceBasis | None = None  # every excerpt tagged to it; None when none is
    surveys: list[SurveyResult] = field(default_factory=list)  # mapped questions' results

    @property
    def agreed(self) -> bool:
        """Settled by the team: agreed, or deliberately not assessed."""
        return self.status in SETTLED

    @property
    def not_assessed(self) -> bool:
        return self.status == "not_assessed"


@dataclass
class AreaData:
    code: str
    title: str
    description: str | None
    summary: str | None = None
    strengths: str | None = None
    improvements: str | None = None
    indicators: list[IndicatorData] = field(default_factory=list)


@dataclass(frozen=True)
class ActivityRow:
    kind: str
    day: date | None
    last_day: date | None
    groups: tuple[str, ...]
    headcount: int | None  # an observation's is its audience, never participants
    planned: bool
    title: str = ""  # names replaced
    place: str | None = None


@dataclass(frozen=True)
class GuideData:
    """An interview guide or observation form: its questions with their indicator codes."""

    kind: str
    title: str
    group: str | None
    questions: list[tuple[str, tuple[str, ...]]]


@dataclass(frozen=True)
class DocumentRow:
    title: str
    doc_type: str | None
    doc_date: date | None
    owner: str | None


@dataclass(frozen=True)
class CommentRow:
    """A comment from the fact check as the final report prints it (names replaced)."""

    about: str  # "1.2 Title", a chapter, or "" for a general comment
    commenter: str
    received: date | None
    text: str
    response: str  # "open", "accepted" or "not_accepted"
    response_text: str


@dataclass(frozen=True)
class VersionInfo:
    """Which version of the report this is: a draft sent for fact check or the final one.
    A final version after a fact check lists the drafts sent and every comment on them."""

    number: int
    kind: str  # "draft" or "final"
    drafts: list[tuple[int, str | None, date | None]] = field(default_factory=list)
    comments: list[CommentRow] = field(default_factory=list)


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
    small_groups: list[str] = field(default_factory=list)  # names, by privacy.small_groups
    names: NameReport = field(default_factory=NameReport)  # where names were replaced
    # Some indicator not yet settled by the team (no finding, or a draft): the title page
    # says UTKAST and those indicators carry a marker.
    is_draft: bool = False
    commissioner: str | None = None
    assessing_org: str | None = None
    report_version: str | None = None
    written: date | None = None  # the day the report was written
    guides: list[GuideData] = field(default_factory=list)
    surveys: list[SurveyRow] = field(default_factory=list)
    version: VersionInfo | None = None  # set when the report is a numbered fact-check version


def _local_day(value: datetime | None) -> date | None:
    return value.astimezone().date() if value is not None else None


def _activity_day(kind: str, value: datetime | None) -> date | None:
    """The day an activity took place; a survey's days are the mapping's own, stored as the
    bounds of the day in UTC, so they are read back in UTC."""
    if kind == "survey":
        return survey_day(value)
    return _local_day(value)


@dataclass(frozen=True)
class _Excerpt:
    id: str
    text: str
    kind: str
    activity_id: str | None
    page: int | None
    entry_id: str | None = None
    start: int | None = None
    end: int | None = None
    detached: bool = False


def _chosen_excerpts(db: Database, ids: set[str]) -> dict[str, _Excerpt]:
    """Only the excerpts findings chose, a few columns each, in batches of ids.

    The excerpts service lists every excerpt of the project (26,000 in the large demo, and
    its tag lookup binds one SQL variable per excerpt); a report needs a few dozen.
    """
    from sqlmodel import select

    from digifelt.core.models import Excerpt

    wanted, out = sorted(ids), {}
    with db.read() as s:
        for start in range(0, len(wanted), 500):
            rows = s.exec(select(Excerpt.id, Excerpt.text, Excerpt.kind, Excerpt.activity_id,
                                 Excerpt.page, Excerpt.entry_id, Excerpt.start, Excerpt.end,
                                 Excerpt.detached)
                          .where(Excerpt.id.in_(wanted[start:start + 500]))).all()
            out.update((row[0], _Excerpt(*row)) for row in rows)
    return out


def _note_texts(db: Database, excerpts) -> dict[str, str]:
    """The notes the span excerpts were cut from: a name cut in half by an excerpt's edge
    is only found in the whole note."""
    from sqlmodel import select

    from digifelt.core.models import Entry

    wanted = sorted({x.entry_id for x in excerpts if x.entry_id and not x.detached})
    out = {}
    with db.read() as s:
        for start in range(0, len(wanted), 500):
            out.update(s.exec(select(Entry.id, Entry.text)
                              .where(Entry.id.in_(wanted[start:start + 500]))).all())
    return out


def _guides(db: Database, s, groups: dict[str, str]) -> list[GuideData]:
    """Guides and forms with their questions: three queries, whatever their number."""
    from sqlmodel import select

    from digifelt.core.models import Guide, GuideQuestion, Indicator, QuestionIndicator

    with db.read() as session:
        guides = session.exec(select(Guide).order_by(Guide.kind, Guide.title)).all()
        # The shared guide: an interview's own ad-hoc questions were never part of it.
        questions = session.exec(select(GuideQuestion)
                                 .where(GuideQuestion.activity_id.is_(None))
                                 .order_by(GuideQuestion.guide_id, GuideQuestion.order)).all()
        links = session.exec(select(QuestionIndicator.question_id, Indicator.code)
                             .join(Indicator, Indicator.id == QuestionIndicator.indicator_id)
                             .order_by(QuestionIndicator.order)).all()
    codes: dict[str, list[str]] = {}
    for question_id, code in links:
        codes.setdefault(question_id, []).append(code)
    by_guide: dict[str, list] = {}
    for q in questions:
        by_guide.setdefault(q.guide_id, []).append(
            (s(q.text, "guide", q.id, "question"), tuple(codes.get(q.id, ()))))
    return [GuideData(g.kind, s(g.title, "guide", g.id, "title"),
                      groups.get(g.group_id) if g.group_id else None, by_guide.get(g.id, []))
            for g in guides if g.kind in ("interview", "observation")]


def gather(db: Database, lang: str | None = None) -> ReportData:
    """One read of the project: one snapshot transaction, a fixed number of queries whatever
    its size, so the report shows one moment even while the app goes on editing.

    `lang` overrides the project's language for the report's own wording.
    """
    with db.read():  # every service read below joins this snapshot
        return _gather(db, lang)


def _gather(db: Database, lang: str | None) -> ReportData:
    from digifelt.core.services.activities import list_activities
    from digifelt.core.services.findings import list_area_summaries, list_findings
    from digifelt.core.services.people import list_assessors, list_groups
    from digifelt.core.services.privacy import small_groups
    from digifelt.core.services.projects import get_project
    from digifelt.core.services.rubric import list_scale, rubric_tree
    from digifelt.exports.report.names import report_scrubber

    project = get_project(db)
    scrubber = report_scrubber(db, lang or project.language)
    seen: dict[tuple[str, str, str], str | None] = {}

    def s(text, kind: str, oid: str, field_name: str, title: str = "", *,
          activity_id: str | None = None, indicator_id: str | None = None):
        key = (kind, oid, field_name)
        if key not in seen:
            seen[key] = scrubber.scrub(text, kind=kind, object_id=oid, field_name=field_name,
                                       title=title, activity_id=activity_id,
                                       indicator_id=indicator_id)
        return seen[key]

    scale = [Level(v.value, s(v.label, "rubric", v.id, "label", str(v.value)),
                   s(v.description, "rubric", v.id, "description", str(v.value)))
             for v in list_scale(db)]
    levels = {lv.value: lv for lv in scale}
    groups = {g.id: s(g.name, "group", g.id, "name") for g in list_groups(db)}
    activities = list_activities(db)
    findings = {view.finding.indicator_id: view for view in list_findings(db)}
    summaries = {x.area_id: x for x in list_area_summaries(db)}

    chosen = {eid for view in findings.values() for eid in view.excerpt_ids}
    excerpts = _chosen_excerpts(db, chosen)
    by_activity = {view.activity.id: view for view in activities}

    def document_title(a) -> str:
        return s(a.doc_title or a.title, "document", a.id, "title",
                 scrubber(a.doc_title or a.title), activity_id=a.id)

    notes = _note_texts(db, excerpts.values())

    def quote_text(excerpt) -> str:
        """The excerpt's words cut from the scrubbed note when it still lies in it."""
        note = notes.get(excerpt.entry_id)
        if note is None or excerpt.start is None or note[excerpt.start:excerpt.end] != \
                excerpt.text:
            return scrubber(excerpt.text)
        rep = scrubber.replace(note)
        start = rep.position(excerpt.start, end=False)
        return rep.text[start:rep.position(excerpt.end, end=True)]

    def quote(excerpt) -> Quote:
        view = by_activity.get(excerpt.activity_id)
        title = scrubber(view.activity.title) if view else ""
        found = len(scrubber.report.places)
        s(excerpt.text, "quote", excerpt.id, "text", title, activity_id=excerpt.activity_id)
        text = quote_text(excerpt)
        if text != excerpt.text and len(scrubber.report.places) == found:
            # Only part of a name was inside the excerpt.
            scrubber.report.places.append(Place("quote", excerpt.id, "text", title, 1,
                                                " ".join(text.split())[:60],
                                                excerpt.activity_id))
        if view is None:
            return Quote(text.strip(), kind=excerpt.kind)
        a = view.activity
        if a.kind == "document_review":
            return Quote(text.strip(), source=a.kind, document=document_title(a),
                         page=excerpt.page, kind=excerpt.kind)
        if a.kind == "interview" or a.kind == "survey":
            # A free-text answer is one respondent's: its survey's groups, never an n.
            return Quote(text.strip(), source=a.kind, kind=excerpt.kind,
                         groups=tuple(groups[g] for g in view.group_ids if g in groups))
        # An observation (or any other activity): what the team saw, said by no group.
        return Quote(text.strip(), source=a.kind, kind=excerpt.kind,
                     activity=s(a.title, "activity", a.id, "title", scrubber(a.title),
                                activity_id=a.id),
                     day=_local_day(reported_dates(a)[0]))

    bases = evidence_bases(db)
    surveys = gather_surveys(
        db, activities, groups,
        lambda text, a_id, field_name, title: s(text, "activity", a_id, field_name,
                                                 scrubber(title), activity_id=a_id))
    areas = []
    for area_view in rubric_tree(db):
        area = area_view.area
        summary = summaries.get(area.id)

        def a_text(field_name, summary=summary, area=area):
            value = getattr(summary, field_name, None) if summary else None
            return s(value, "area summary", area.id, field_name, area.code)

        data = AreaData(area.code, s(area.title, "rubric", area.id, "title", area.code),
                        s(area.description, "rubric", area.id, "description", area.code),
                        summary=a_text("summary"), strengths=a_text("strengths"),
                        improvements=a_text("improvements"))
        for ind in area_view.indicators:
            def t(value, field_name, kind="rubric", ind=ind):
                return s(value, kind, ind.id, field_name, ind.code, indicator_id=ind.id)

            item = IndicatorData(ind.code, t(ind.title, "title"),
                                 t(ind.description, "description"),
                                 [s(x, "rubric", ind.id, f"look-for {n}", ind.code,
                                    indicator_id=ind.id)
                                  for n, x in enumerate(ind.lookfors or [], start=1)],
                                 basis=bases.get(ind.id),
                                 surveys=surveys.results.get(ind.id, []))
            view = findings.get(ind.id)
            if view is not None:
                f = view.finding
                item.status = f.status
                # A deliberate "not assessed" has no level, whatever was set before.
                item.level = (levels.get(f.level) if f.level is not None
                              and f.status != "not_assessed" else None)
                item.strengths = t(f.strengths, "strengths", "finding")
                item.improvements = t(f.improvements, "improvements", "finding")
                item.actions = t(f.actions, "actions", "recommendation")
                item.reflection = t(getattr(f, "reflection", None), "reflection",
                                    "recommendation")
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
            kind=a.kind, day=_activity_day(a.kind, reported_dates(a)[0]),
            last_day=_activity_day(a.kind, reported_dates(a)[1]),
            groups=tuple(sorted(groups[g] for g in view.group_ids if g in groups)),
            headcount=headcount, planned=a.status == "planned",
            title=s(a.title, "activity", a.id, "title", scrubber(a.title), activity_id=a.id),
            place=s(a.place, "activity", a.id, "place", scrubber(a.title),
                    activity_id=a.id)))
        if a.kind == "document_review":
            title = document_title(a)
            documents.append(DocumentRow(
                title, s(a.doc_type, "document", a.id, "type", title, activity_id=a.id),
                a.doc_date, s(a.doc_owner, "document", a.id, "owner", title,
                              activity_id=a.id)))
    documents.sort(key=lambda d: (d.doc_date or date.max, d.title.casefold()))

    return ReportData(
        title=s(project.title, "project", project.id, "title"),
        organisation=s(project.organisation, "project", project.id, "organisation"),
        language=lang or project.language, content_language=project.language,
        period=s(project.period, "project", project.id, "period"),
        team=[a.name for a in list_assessors(db)],
        rubric_title=s(project.rubric_title, "project", project.id, "rubric"),
        scale=scale, areas=areas, activities=rows, documents=documents,
        small_groups=sorted((groups[g] for g in small_groups(db) if g in groups),
                            key=str.casefold),
        names=scrubber.report,
        commissioner=s(getattr(project, "commissioner", None), "project", project.id,
                       "commissioner"),
        assessing_org=s(getattr(project, "assessing_org", None), "project", project.id,
                        "assessing organisation"),
        report_version=getattr(project, "report_version", None),
        written=date.today(), guides=_guides(db, s, groups), surveys=surveys.surveys,
        is_draft=any(not ind.agreed for area in areas for ind in area.indicators))
