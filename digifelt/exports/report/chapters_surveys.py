"""Surveys in the report: the method chapter's list of surveys (period, answered and, when
given, invited and response rate per group); under each indicator the results of the
questions mapped to it, one small table per question with a bar per group; and each survey's
questionnaire as an appendix.

A suppressed cell (fewer than five answers, or revealed by the others) prints "<5" and no
percentages. Survey evidence is attributed to the survey and its groups with n, never to a
respondent.
"""

from digifelt.core.services.surveys import SUPPRESSED
from digifelt.exports.report.bars import Picture, hex_colour, scale_colours, stacked_bar
from digifelt.exports.report.survey_data import ResultCell, SurveyGroup, SurveyResult


def audience(groups) -> str:
    """"ledere / ansatte": the respondents as a whole, in lower case unless the name has
    capitals inside (IKT)."""
    return " / ".join(g if any(c.isupper() for c in g[1:]) else g.lower() for g in groups)


def survey_attribution(w, groups, n: str | None = None) -> list:
    """"spørreundersøkelse, ansatte (n = 63)" as runs; n left out when None."""
    lb = w.labels
    runs: list = [lb["attr_survey"]]
    if groups:
        runs += [", ", (audience(groups), "c")]
    if n is not None:
        runs.append(f" ({lb['attr_survey_n'].format(n=n)})")
    return runs


def percent(w, value: float) -> str:
    """A whole percentage, half up, as the report's language writes it."""
    whole = int(value + 0.5)
    return f"{whole}\u00a0%" if w.labels.lang == "nb" else f"{whole}%"


# A bar's size on the page, in twips (1/1440 inch): about 3 by 0.25 cm.
BAR_WIDTH = 1700
BAR_HEIGHT = 140
MAX_BAR_LABELS = 5


def _n(value: int | None) -> str:
    return SUPPRESSED if value is None else str(value)


# -- the method chapter ---------------------------------------------------------------------

def method_surveys(w) -> None:
    surveys = getattr(w.data, "surveys", None)
    if not surveys:
        return
    lb, body = w.labels, w.body
    shown = [s.overall.answered for s in surveys]
    if all(n is not None for n in shown):
        body.para(lb["method_surveys"].format(surveys=lb.count("surveys", len(surveys)),
                                              answers=lb.count("answers", sum(shown))))
    else:
        body.para(lb["method_surveys_small"].format(surveys=lb.count("surveys", len(surveys))))
    for survey in surveys:
        body.para([(survey.title, "bc"), f", {_period(w, survey)}"], keep_next=True,
                  spacing_before=120)
        rows = [*survey.groups, survey.overall]
        if survey.invited:
            header = [lb["col_survey_group"], lb["col_invited"], lb["col_answered"],
                      lb["col_rate"]]
            cells = [[_group_name(w, g), str(g.invited) if g.invited else "",
                      _n(g.answered), _rate(w, g)] for g in rows]
        else:
            header = [lb["col_survey_group"], lb["col_answered"]]
            cells = [[_group_name(w, g), _n(g.answered)] for g in rows]
        # Headers of one word over short numbers: a character to spare keeps them whole.
        body.table(header, cells, min_chars=[0, *(len(h) + 1 for h in header[1:])])
    body.para(lb["method_survey_note"])


def _period(w, survey) -> str:
    first, last = survey.first_day, survey.last_day or survey.first_day
    if first is None:
        return w.labels["survey_period_unknown"]
    if last == first:
        return w.labels.date(first)
    return f"{w.labels.date(first)}–{w.labels.date(last)}"


def _group_name(w, group: SurveyGroup):
    return (group.name, "c") if group.name else (w.labels["survey_all"], "b")


def _rate(w, group: SurveyGroup) -> str:
    rate = group.rate
    if rate is None:
        # Invited and answered known but the answers suppressed: the rate would reveal them.
        return w.labels["survey_not_shown"] if group.invited else ""
    return percent(w, 100 * rate)


# -- the questionnaires, an appendix -------------------------------------------------------

def questionnaires(w) -> None:
    """Each survey's questions in order, with the indicators each one informs; only when
    the project has surveys."""
    surveys = [s for s in getattr(w.data, "surveys", None) or [] if s.questions]
    if not surveys:
        return
    lb, body = w.labels, w.body
    body.heading(2, lb["app_questionnaires"])
    for survey in surveys:
        body.para((survey.title, "bc"), keep_next=True, spacing_before=240)
        if survey.scale:
            body.para([f"{lb['questionnaire_scale']}: ", (", ".join(survey.scale), "c")],
                      keep_next=True)
        body.table([lb["col_code"], lb["col_question"], lb["col_answer_kind"],
                    lb["col_indicators"]],
                   [[str(n), (q.text, "c"),
                     lb["answer_free_text" if q.free_text else "answer_scale"],
                     ", ".join(q.codes)]
                    for n, q in enumerate(survey.questions, start=1)], (1, 8, 2, 2))


# -- under an indicator ----------------------------------------------------------------------

def indicator_surveys(w, results: list[SurveyResult]) -> None:
    if not results:
        return
    lb, body = w.labels, w.body
    body.heading(3, lb["survey_results"])
    for result in results:
        body.para([(f"{result.survey}: ", "ic"), (result.question, "bc")], keep_next=True)
        rows = [*result.groups, result.overall]
        colours = scale_colours(len(result.scale))
        # A long scale needs the page's width for its percentages: no bars then.
        bars = len(result.scale) <= MAX_BAR_LABELS
        # The scale's header cells in the bars' colours: the header is the chart's legend.
        body.table([lb["col_survey_group"], *result.scale, "n", *[lb["col_bar"]] * bars],
                   [[_cell_name(w, c), *_percents(w, c, len(result.scale)), _n(c.n),
                     *[_bar(w, c, result.scale, colours)] * bars] for c in rows],
                   fills=[None, *(hex_colour(c) for c in colours)] if bars else None,
                   min_chars=[0, *(4 for _ in colours), 3])
        body.para(["– ", *survey_attribution(w, result.audience, _n(result.overall.n))])


def _bar(w, cell: ResultCell, scale, colours) -> Picture | str:
    """The row's answers as a stacked bar; none for a suppressed cell."""
    if cell.percents is None or not cell.n:
        return ""
    name = cell.name or w.labels["survey_all"]
    descr = f"{name}: " + ", ".join(f"{label} {percent(w, p)}"
                                    for label, p in zip(scale, cell.percents, strict=True))
    return Picture(stacked_bar([p / 100 for p in cell.percents], colours),
                   BAR_WIDTH, BAR_HEIGHT, descr)


def _cell_name(w, cell: ResultCell):
    return (cell.name, "c") if cell.name else (w.labels["survey_all"], "b")


def _percents(w, cell: ResultCell, width: int) -> list[str]:
    if cell.percents is None:
        return [w.labels["survey_not_shown"]] * width
    return [percent(w, p) for p in cell.percents]
