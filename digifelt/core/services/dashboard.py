"""The state of the visit at a glance: activities by kind and group, evidence, findings."""

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import select

from digifelt.core.models import (
    ACTIVITY_KINDS,
    Activity,
    ActivityGroup,
    Area,
    EvidenceTally,
    Excerpt,
    Finding,
    Indicator,
    RespondentGroup,
)
from digifelt.core.models.activity import CORE_KINDS
from digifelt.core.services.matrix import MIN_GROUPS, MIN_KINDS, question_evidence
from digifelt.core.services.privacy import group_sessions
from digifelt.core.services.surveys import SURVEY_KIND
from digifelt.storage.database import Database

HEADCOUNT_KINDS = (SURVEY_KIND, "workshop")  # kinds whose head counts the Overview adds up


@dataclass(frozen=True)
class StatusCounts:
    planned: int = 0
    in_progress: int = 0
    done: int = 0

    @property
    def total(self) -> int:
        return self.planned + self.in_progress + self.done


@dataclass(frozen=True)
class SourceProgress:
    """Activities of one kind, or with one respondent group, by status."""

    key: str  # the kind, or the group's id
    label: str  # the kind, or the group's name
    counts: StatusCounts
    # A group: head counts of its sessions added up (privacy.group_sessions). A survey or a
    # workshop: its respondents or audience added up (an audience is not people heard).
    people: int = 0
    # privacy.small_groups' answer: a session of fewer than five (or of unknown size)
    small: bool = False
    smallest: int | None = None  # the smallest session's head count, None when unknown


@dataclass(frozen=True)
class IndicatorRef:
    id: str
    code: str
    title: str


@dataclass(frozen=True)
class Dashboard:
    by_kind: list[SourceProgress]
    by_group: list[SourceProgress]
    indicators: int
    without_evidence: list[IndicatorRef] = field(default_factory=list)
    not_triangulated: list[IndicatorRef] = field(default_factory=list)
    excerpts: int = 0
    starred: int = 0
    levels_set: int = 0
    agreed: int = 0

    @property
    def with_evidence(self) -> int:
        return self.indicators - len(self.without_evidence)

    @property
    def triangulated(self) -> int:
        return self.indicators - len(self.not_triangulated)


def _counts(pairs) -> StatusCounts:
    by_status = dict(pairs)
    return StatusCounts(by_status.get("planned", 0), by_status.get("in_progress", 0),
                        by_status.get("done", 0))


def _group_progress(group: RespondentGroup, counts: StatusCounts, heard) -> SourceProgress:
    if heard is None:
        return SourceProgress(group.id, group.name, counts)
    return SourceProgress(group.id, group.name, counts, heard.people, heard.small,
                          heard.smallest)


def dashboard(db: Database) -> Dashboard:
    """One read snapshot; the evidence part reads the tally and the survey questions mapped to
    indicators (as the matrix does)."""
    with db.read() as s:
        kind_status = s.exec(select(Activity.kind, Activity.status, func.count())
                             .group_by(Activity.kind, Activity.status)).all()
        audiences = dict(s.exec(select(Activity.kind, func.sum(Activity.headcount))
                                .where(Activity.kind.in_(HEADCOUNT_KINDS))
                                .group_by(Activity.kind)).all())
        group_status = s.exec(
            select(ActivityGroup.group_id, Activity.status, func.count())
            .join(Activity, Activity.id == ActivityGroup.activity_id)
            .group_by(ActivityGroup.group_id, Activity.status)).all()
        sessions = group_sessions(db)  # joins this snapshot
        groups = s.exec(select(RespondentGroup).order_by(RespondentGroup.name)).all()
        indicators = s.exec(
            select(Indicator).join(Area, Area.id == Indicator.area_id)
            .order_by(Area.order, Area.code, Indicator.order, Indicator.code)).all()
        kind_of = dict(s.exec(select(Activity.id, Activity.kind)).all())
        groups_of: dict[str, list[str]] = defaultdict(list)
        for act_id, group_id in s.exec(select(ActivityGroup.activity_id,
                                              ActivityGroup.group_id)).all():
            groups_of[act_id].append(group_id)
        # The tally has a row per activity × indicator with tags: the sources, uncounted.
        sources = s.exec(select(EvidenceTally.activity_id, EvidenceTally.indicator_id)).all()
        questions = question_evidence(db)  # survey questions: evidence outside the tally
        excerpt_count = s.exec(select(func.count()).select_from(Excerpt)).one()
        starred = s.exec(select(func.count()).select_from(Excerpt)
                         .where(Excerpt.starred.is_(True))).one()
        levels_set = s.exec(select(func.count()).select_from(Finding)
                            .where(Finding.level.is_not(None))).one()
        agreed = s.exec(select(func.count()).select_from(Finding)
                        .where(Finding.status == "agreed")).one()

    per_kind: dict[str, list] = defaultdict(list)
    for kind, status, n in kind_status:
        per_kind[kind].append((status, n))
    per_group: dict[str, list] = defaultdict(list)
    for group_id, status, n in group_status:
        per_group[group_id].append((status, n))
    kinds: dict[str, set[str]] = defaultdict(set)
    heard: dict[str, set[str]] = defaultdict(set)
    for act_id, ind_id in sources:
        if act_id in kind_of:
            kinds[ind_id].add(kind_of[act_id])
        heard[ind_id].update(groups_of.get(act_id, ()))
    for q in questions:  # the matrix's rule: a question's groups are those it may show
        kinds[q.indicator_id].add(SURVEY_KIND)
        heard[q.indicator_id].update(q.group_ids)
    refs = [IndicatorRef(i.id, i.code, i.title) for i in indicators]
    return Dashboard(
        by_kind=[SourceProgress(k, k, _counts(per_kind[k]), int(audiences.get(k) or 0))
                 for k in ACTIVITY_KINDS
                 if k in CORE_KINDS or per_kind[k]],  # surveys, workshops once there is one
        by_group=[_group_progress(g, _counts(per_group[g.id]), sessions.get(g.id))
                  for g in groups],
        indicators=len(refs),
        without_evidence=[r for r in refs if not kinds[r.id]],
        not_triangulated=[r for r in refs if len(kinds[r.id]) < MIN_KINDS
                          or len(heard[r.id]) < MIN_GROUPS],
        excerpts=excerpt_count,
        starred=starred,
        levels_set=levels_set,
        agreed=agreed,
    )
