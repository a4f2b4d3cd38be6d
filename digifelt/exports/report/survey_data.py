"""Surveys as the report shows them: who answered (and, when the mapping said, who was
invited) for the method chapter, and each mapped question's results for the indicators it
informs.

Every count passes through core.services.surveys (`shown_distribution`, `suppressed_cells`):
a cell of fewer than five answers, or one that the others would reveal, reaches the report
as suppressed, with no number and no percentages. Nothing of a respondent is read.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from digifelt.storage.database import Database


@dataclass(frozen=True)
class SurveyGroup:
    """Answered (None when suppressed) and invited (None when not given) for one group, or
    for everyone when `name` is ""."""

    name: str
    answered: int | None
    invited: int | None = None

    @property
    def rate(self) -> float | None:
        """Share of the invited who answered; None when either is unknown or suppressed."""
        if self.answered is None or not self.invited:
            return None
        return self.answered / self.invited


@dataclass(frozen=True)
class SurveyQuestionRow:
    """A question as the questionnaire appendix lists it."""

    text: str
    free_text: bool
    codes: tuple[str, ...]  # the indicators it informs


@dataclass(frozen=True)
class SurveyRow:
    """One survey in the method chapter, and its questionnaire in the appendix."""

    title: str
    first_day: date | None
    last_day: date | None
    groups: tuple[SurveyGroup, ...]
    overall: SurveyGroup
    scale: tuple[str, ...] = ()
    questions: tuple[SurveyQuestionRow, ...] = ()

    @property
    def invited(self) -> bool:
        return any(g.invited for g in (*self.groups, self.overall))


@dataclass(frozen=True)
class ResultCell:
    name: str  # the group's, "" for everyone
    n: int | None  # None when suppressed
    percents: tuple[float, ...] | None  # per scale label, None when suppressed


@dataclass(frozen=True)
class SurveyResult:
    """One mapped question's results, printed under each indicator it informs."""

    survey: str  # the survey's title
    question: str
    scale: tuple[str, ...]
    groups: tuple[ResultCell, ...]
    overall: ResultCell
    audience: tuple[str, ...]  # the groups that answered it, for the attribution


@dataclass
class ReportSurveys:
    surveys: list[SurveyRow] = field(default_factory=list)
    results: dict[str, list[SurveyResult]] = field(default_factory=dict)  # by indicator id


def survey_day(value: datetime | None) -> date | None:
    """A survey's first or last day: stored as the start or end of that day in UTC
    (core.services.surveys), so read in UTC, never shifted by the local time zone."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.date()
    return value.astimezone(UTC).date()


def _invited(activity, groups: dict[str, str]) -> tuple[dict[str, int], int]:
    """Invited per group id from the survey's stored `survey_invited` (group name → number),
    and invited in all (a group invited that nobody of answered is no group of the project,
    yet its invited count in the whole)."""
    raw = getattr(activity, "survey_invited", None)
    if isinstance(raw, str):
        import json

        try:
            raw = json.loads(raw)
        except ValueError:
            raw = None
    if not isinstance(raw, dict):
        return {}, 0
    ids = {name.casefold(): gid for gid, name in groups.items()}
    out, total = {}, 0
    for name, n in raw.items():
        if not isinstance(n, int) or isinstance(n, bool) or n <= 0:
            continue
        total += n
        gid = ids.get(str(name).casefold())
        if gid is not None:
            out[gid] = n
    return out, total


def gather_surveys(db: Database, activities, group_names: dict[str, str],
                   scrub: Callable[..., str]) -> ReportSurveys:
    """The report's view of every survey. `activities` are the project's ActivityViews,
    `group_names` group id → name as the report prints it, `scrub(text, activity id, field,
    title)` replaces participants' names, each place found named as a place in the survey
    (so the Export page can open it)."""
    from digifelt.core.services import surveys as svc

    out = ReportSurveys()
    stored_names = None  # as stored: the mapping gave the invited by these names
    codes: dict[str, str] | None = None
    for view in activities:
        a = view.activity
        if a.kind != svc.SURVEY_KIND:
            continue
        title = scrub(a.title, a.id, "title", a.title)
        questions = svc.list_questions(db, a.id)
        total, sizes = svc.group_respondents(questions)
        respondents = a.headcount or total
        hidden = svc.suppressed_cells(respondents, sizes)
        if stored_names is None:
            stored_names = _stored_group_names(db)
            codes = _indicator_codes(db)
        invited, invited_total = _invited(a, stored_names)
        rows = sorted((SurveyGroup(group_names.get(g, "?"), None if g in hidden else n,
                                   invited.get(g)) for g, n in sizes.items()),
                      key=lambda r: r.name.casefold())
        # Everyone's invited only when every group that answered was given one.
        all_invited = (invited_total if invited and sizes
                       and set(sizes) <= set(invited) and respondents == sum(sizes.values())
                       else None)
        overall = SurveyGroup("", None if svc.ALL in hidden else respondents, all_invited)
        scale = next((q.question.scale for q in questions if q.question.kind == "scale"), [])
        asked = tuple(SurveyQuestionRow(
            scrub(qv.question.text, a.id, f"question {qv.question.order + 1}", title),
            qv.question.kind != "scale",
            tuple(sorted((codes[i] for i in qv.indicator_ids if i in codes), key=_code_key)))
            for qv in questions)
        out.surveys.append(SurveyRow(
            title, survey_day(a.started_at), survey_day(a.ended_at), tuple(rows), overall,
            tuple(scrub(x, a.id, f"scale {i}", title) for i, x in enumerate(scale or [], 1)),
            asked))
        for qv in questions:
            q = qv.question
            if q.kind != "scale" or not qv.indicator_ids:
                continue
            shown = svc.shown_distribution(q, group_names)
            if shown.overall.suppressed:
                continue  # nothing of it may be read: no evidence (as in the matrix)
            result = SurveyResult(
                title, scrub(q.text, a.id, f"question {q.order + 1}", title),
                tuple(scrub(x, a.id, f"scale {i}" if list(shown.scale) == list(scale)
                            else f"question {q.order + 1} label {i}", title)
                      for i, x in enumerate(shown.scale, start=1)),
                tuple(_cell(c) for c in shown.groups), _cell(shown.overall),
                tuple(c.label for c in shown.groups if c.suppressed or c.n))
            for indicator_id in qv.indicator_ids:
                out.results.setdefault(indicator_id, []).append(result)
    out.surveys.sort(key=lambda r: (r.first_day is None, r.first_day, r.title.casefold()))
    return out


def _indicator_codes(db: Database) -> dict[str, str]:
    from digifelt.core.services.rubric import indicators_by_code

    return {i.id: code for code, i in indicators_by_code(db).items()}


def _code_key(code: str) -> tuple:
    """"2.10" after "2.9": the numbers of a code compared as numbers."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in code.split("."))


def _stored_group_names(db: Database) -> dict[str, str]:
    from digifelt.core.services.people import list_groups

    return {g.id: g.name for g in list_groups(db)}


def _cell(cell) -> ResultCell:
    if cell.suppressed:
        return ResultCell(cell.label, None, None)
    return ResultCell(cell.label, cell.n, cell.percents)
