"""Surveys as a source: importing results, and what of them may be shown.

A survey is an activity of kind "survey" (headcount = respondents, linked to its respondent
groups). Each mapped question is a `SurveyQuestion` holding the answer counts per group and
overall (shape documented in core/models/survey.py), linked to the indicators it informs; it
is one piece of evidence for each of them, with a valence the assessor can change. Each
free-text answer is an entry of the activity, taggable like a note, sorted by its text so that
neither its order nor any link tells whose other answers it sits with.

Privacy: raw rows are never stored; counts of fewer than privacy.SMALL_GROUP answers, and a
group whose complement would reveal such a count, are suppressed by `shown_distribution`,
which every consumer (list, report, matrix, GUI) must use rather than reading counts itself.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlmodel import select

from digifelt.core.models import (
    VALENCES,
    Activity,
    ActivityGroup,
    Entry,
    RespondentGroup,
    SurveyAnswer,
    SurveyQuestion,
    SurveyQuestionIndicator,
)
from digifelt.core.services import activities, people, rubric
from digifelt.core.services.common import get_or_raise, require_choice
from digifelt.core.services.privacy import SMALL_GROUP, is_small_group
from digifelt.core.services.survey_import import (
    SurveyMapping,
    SurveyPlan,
    Table,
    load_mapping,
    plan_import,
    read_table,
)
from digifelt.storage.database import Database

SURVEY_KIND = "survey"
SUPPRESSED = f"<{SMALL_GROUP}"  # what a suppressed count shows instead of a number
ALL = ""  # the key of the overall cell
# Share of answers in the top half of the scale that proposes a strength (≥) or a gap (≤).
STRENGTH_SHARE = 2 / 3
GAP_SHARE = 1 / 3


# What may be shown


def suppressed_cells(total: int, groups: dict[str, int]) -> set[str]:
    """The cells ("" = all, else the group's key) whose counts may not be shown.

    A cell of fewer than SMALL_GROUP answers is suppressed (the same rule, and threshold, as
    for quoting a group: privacy.is_small_group). So is enough of the rest that "all" minus
    the shown groups cannot reveal a suppressed group, or the answers of respondents with no
    group: the smallest shown groups are suppressed as well until what is hidden is empty or
    holds at least SMALL_GROUP answers.
    """
    if is_small_group(total):
        return {ALL, *groups}
    hidden = {g for g, n in groups.items() if is_small_group(n)}
    shown = sorted((n, g) for g, n in groups.items() if g not in hidden)

    def hidden_answers() -> int:
        return total - sum(groups[g] for g in groups if g not in hidden)

    while shown and 0 < hidden_answers() < SMALL_GROUP:
        hidden.add(shown.pop(0)[1])
    return hidden


@dataclass(frozen=True)
class ShownCell:
    key: str  # ALL, or a respondent group id
    label: str  # the group's name ("" for all)
    suppressed: bool
    n: int | None  # None when suppressed
    missing: int | None
    counts: tuple[int, ...] | None
    percents: tuple[float, ...] | None  # of n, per scale label

    @property
    def n_text(self) -> str:
        return SUPPRESSED if self.suppressed else str(self.n)


@dataclass(frozen=True)
class ShownDistribution:
    question_id: str
    text: str
    scale: tuple[str, ...]
    overall: ShownCell
    groups: tuple[ShownCell, ...]  # by group name

    @property
    def share_agreeing(self) -> float | None:
        """Share of the shown overall answers in the top half of the scale."""
        if self.overall.suppressed or not self.overall.n:
            return None
        return top_half(self.overall.counts or ()) / self.overall.n


def _cell(key: str, label: str, data: dict, hidden: bool) -> ShownCell:
    if hidden:
        return ShownCell(key, label, True, None, None, None, None)
    counts = tuple(int(c) for c in data.get("counts", ()))
    n = int(data.get("n", sum(counts)))
    percents = tuple(100.0 * c / n for c in counts) if n else tuple(0.0 for _ in counts)
    return ShownCell(key, label, False, n, int(data.get("missing", 0)), counts, percents)


def shown_distribution(question: SurveyQuestion,
                       group_names: dict[str, str] | None = None) -> ShownDistribution:
    """The question's counts as they may be shown anywhere: small cells and their complements
    suppressed (shown as SUPPRESSED, no counts or percentages). `group_names`: id → name."""
    dist = question.distribution or {}
    overall = dist.get("all", {})
    groups = dist.get("groups", {})
    hidden = suppressed_cells(int(overall.get("n", 0)),
                              {g: int(c.get("n", 0)) for g, c in groups.items()})
    names = group_names or {}
    cells = sorted((_cell(g, names.get(g, "?"), c, g in hidden) for g, c in groups.items()),
                   key=lambda c: (c.label.casefold(), c.key))
    return ShownDistribution(question.id, question.text, tuple(question.scale or ()),
                             _cell(ALL, "", overall, ALL in hidden), tuple(cells))


def top_half(counts) -> int:
    """Answers in the upper half of the scale (the middle label of an odd scale excluded)."""
    counts = list(counts)
    return sum(counts[len(counts) - len(counts) // 2:])


def proposed_valence(counts, n: int | None = None) -> str:
    """Strength when at least 2/3 of the answers are in the top half of the scale, gap when at
    most 1/3 are, else neutral; neutral too for fewer answers than SMALL_GROUP."""
    n = sum(counts) if n is None else n
    if is_small_group(n):
        return "neutral"
    share = top_half(counts) / n
    if share >= STRENGTH_SHARE:
        return "strength"
    if share <= GAP_SHARE:
        return "gap"
    return "neutral"


# Import


@dataclass
class SurveyImport:
    activity_id: str
    title: str
    respondents: int
    questions: int
    free_text_answers: int
    groups: list[str] = field(default_factory=list)  # names, in the order of the file
    new_groups: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        groups = f", groups: {', '.join(self.groups)}" if self.groups else ""
        new = f" (new: {', '.join(self.new_groups)})" if self.new_groups else ""
        return (f"imported survey «{self.title}»: {_count(self.respondents, 'respondent')}, "
                f"{_count(self.questions, 'question')}, "
                f"{_count(self.free_text_answers, 'free-text answer')}{groups}{new}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _day(d: date | None, end: bool = False) -> datetime | None:
    if d is None:
        return None
    return datetime.combine(d, time.max if end else time.min, tzinfo=UTC).replace(microsecond=0)


def import_survey(db: Database, results: Path | Table, mapping: Path | SurveyMapping, *,
                  title: str | None = None, mapping_name: str = "mapping") -> SurveyImport:
    """Read `results` with `mapping` and store the survey, all or nothing (the caller makes it
    one operation). Any problem is one SurveyImportError line and changes nothing."""
    table = results if isinstance(results, Table) else read_table(Path(results))
    if not isinstance(mapping, SurveyMapping):
        mapping_name = Path(mapping).name or str(mapping)
        mapping = load_mapping(Path(mapping))
    codes = rubric.indicators_by_code(db)
    plan = plan_import(table, mapping, mapping_name, set(codes), title=title)
    return store_plan(db, plan, {c: i.id for c, i in codes.items()})


def store_plan(db: Database, plan: SurveyPlan, indicator_ids: dict[str, str]) -> SurveyImport:
    with db.transaction() as s:
        existing = {g.name.casefold(): g.id for g in s.exec(select(RespondentGroup)).all()}
        group_ids: dict[str, str] = {}
        new_groups = []
        for name in plan.group_sizes:
            if name.casefold() not in existing:
                existing[name.casefold()] = people.add_group(db, name=name).id
                new_groups.append(name)
            group_ids[name] = existing[name.casefold()]
        # Not activities.add_activity: that one refuses to make a survey without its answers.
        activity = Activity(kind=SURVEY_KIND, title=plan.title, status="done",
                            headcount=plan.respondents, started_at=_day(plan.started),
                            ended_at=_day(plan.ended, end=True),
                            survey_invited=dict(plan.invited) or None)
        s.add(activity)
        s.flush()
        for group_id in dict.fromkeys(group_ids.values()):
            s.add(ActivityGroup(activity_id=activity.id, group_id=group_id))
        answers = 0
        for q in plan.questions:
            groups = {group_ids[g]: c.as_json() for g, c in q.groups.items()}
            question = SurveyQuestion(
                activity_id=activity.id, order=q.order, kind="scale", text=q.column,
                scale=list(plan.scale), distribution={"all": q.all.as_json(), "groups": groups},
                valence=proposed_valence(q.all.counts))
            s.add(question)
            s.flush()
            _link(s, question.id, q.indicators, indicator_ids)
        order = 0
        for t in plan.free_text:
            question = SurveyQuestion(
                activity_id=activity.id, order=t.order, kind="free_text", text=t.column,
                scale=None, distribution={"all": {"n": len(t.answers), "missing": t.missing}})
            s.add(question)
            s.flush()
            _link(s, question.id, t.indicators, indicator_ids)
            for text in t.answers:
                entry = Entry(activity_id=activity.id, text=text, order=order)
                s.add(entry)
                s.flush()
                s.add(SurveyAnswer(question_id=question.id, entry_id=entry.id))
                order += 1
            answers += len(t.answers)
    return SurveyImport(activity.id, plan.title, plan.respondents, len(plan.questions),
                        answers, list(plan.group_sizes), new_groups, list(plan.warnings))


def _link(s, question_id: str, codes: list[str], indicator_ids: dict[str, str]) -> None:
    for code in dict.fromkeys(codes):
        s.add(SurveyQuestionIndicator(question_id=question_id, indicator_id=indicator_ids[code]))


# Reading


@dataclass
class QuestionView:
    question: SurveyQuestion
    indicator_ids: list[str] = field(default_factory=list)
    answer_ids: list[str] = field(default_factory=list)  # free text: the answers' entries


@dataclass
class SurveySummary:
    activity: Activity
    questions: int
    free_text_questions: int
    answers: int  # free-text answers kept as entries
    groups: list[tuple[str, str]]  # (group name, respondents shown: a number or SUPPRESSED)

    @property
    def respondents(self) -> int:
        return self.activity.headcount or 0


def list_questions(db: Database, activity_id: str) -> list[QuestionView]:
    with db.read() as s:
        get_or_raise(s, Activity, activity_id, "survey")
        views = {q.id: QuestionView(q) for q in s.exec(
            select(SurveyQuestion).where(SurveyQuestion.activity_id == activity_id)
            .order_by(SurveyQuestion.order, SurveyQuestion.id)).all()}
        for link in s.exec(select(SurveyQuestionIndicator).where(
                SurveyQuestionIndicator.question_id.in_(views))).all():
            views[link.question_id].indicator_ids.append(link.indicator_id)
        for qid, eid in s.exec(select(SurveyAnswer.question_id, SurveyAnswer.entry_id)
                               .join(Entry, Entry.id == SurveyAnswer.entry_id)
                               .where(SurveyAnswer.question_id.in_(views))
                               .order_by(Entry.order)).all():
            views[qid].answer_ids.append(eid)
    return list(views.values())


def group_respondents(questions: list[QuestionView]) -> tuple[int, dict[str, int]]:
    """(respondents, group id → respondents), from the first scale question: answered plus
    left blank is everyone asked."""
    for view in questions:
        if view.question.kind == "scale":
            dist = view.question.distribution
            return _asked(dist.get("all", {})), {g: _asked(c) for g, c in
                                                  dist.get("groups", {}).items()}
    return 0, {}


def _asked(cell: dict) -> int:
    return int(cell.get("n", 0)) + int(cell.get("missing", 0))


def list_surveys(db: Database) -> list[SurveySummary]:
    names = {g.id: g.name for g in people.list_groups(db)}
    out = []
    with db.read():
        for view in activities.list_activities(db, kind=SURVEY_KIND):
            questions = list_questions(db, view.activity.id)
            total, sizes = group_respondents(questions)
            hidden = suppressed_cells(view.activity.headcount or total, sizes)
            groups = sorted(((names.get(g, "?"), SUPPRESSED if g in hidden else str(n))
                             for g, n in sizes.items()), key=lambda x: x[0].casefold())
            scale = [q for q in questions if q.question.kind == "scale"]
            out.append(SurveySummary(view.activity, len(scale), len(questions) - len(scale),
                                     sum(len(q.answer_ids) for q in questions), groups))
    return out


def questions_for_indicator(db: Database, indicator_id: str) -> list[SurveyQuestion]:
    """The survey questions that are evidence for this indicator, in survey and column order."""
    with db.read() as s:
        return list(s.exec(
            select(SurveyQuestion)
            .join(SurveyQuestionIndicator,
                  SurveyQuestionIndicator.question_id == SurveyQuestion.id)
            .join(Activity, Activity.id == SurveyQuestion.activity_id)
            .where(SurveyQuestionIndicator.indicator_id == indicator_id)
            .order_by(Activity.title, SurveyQuestion.order)).all())


def set_question_valence(db: Database, question_id: str, valence: str) -> SurveyQuestion:
    require_choice(valence, VALENCES, "valence")
    from digifelt.core.ids import utcnow

    with db.transaction() as s:
        question = get_or_raise(s, SurveyQuestion, question_id, "survey question")
        question.valence = valence
        question.updated_at = utcnow()
    return question
