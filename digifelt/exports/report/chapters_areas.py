"""One chapter per rubric area: its texts, the distribution of its levels, its indicators with
their levels, basis, texts and quotes; then the recommendations from every indicator as a
table for the municipality to fill in.

Every sentence must be true to its source: verbatim quotes in «» and paraphrases marked as
such, attributed by kind of source (only an interview has a group), and nothing the team wrote
left out. Ordinal levels are counted, never averaged.
"""

import re

from digifelt.exports.report import labels_sources
from digifelt.exports.report.chapters_surveys import indicator_surveys, survey_attribution
from digifelt.exports.report.data import AreaData, IndicatorData, Quote
from digifelt.exports.report.evidence_basis import basis_line, basis_warning
from digifelt.exports.report.labels import group_singular

# Enclosing pairs a team may have typed around a whole quote; the report sets its own «».
_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"', "‹": "›"}
_OBSERVATION_WORDS = tuple(t[key].casefold() for key in ("attr_observation", "attr_workshop")
                           for t in (labels_sources.NB, labels_sources.EN))
# A bullet the team typed before a line of actions.
_BULLET = re.compile(r"^\s*[-*•–]\s+")


def write_area(w, area: AreaData) -> None:
    lb, body = w.labels, w.body
    w._chapter(area.title, content=True)  # Word numbers the chapter
    if area.description and area.description.strip():
        body.para((lb["framtidsbilde"], "b"), keep_next=True)
        body.text(area.description)
    for key, value in (("area_overview", area.summary), ("area_strengths", area.strengths),
                       ("area_improvements", area.improvements)):
        if value and value.strip():
            body.para((lb[key], "b"), keep_next=True)
            body.text(value)
    if area.indicators:
        body.para([(f"{lb['distribution']}: ", "b"), distribution(w, area)])
    for indicator in area.indicators:
        write_indicator(w, indicator)


def distribution(w, area: AreaData) -> str:
    """"Nivå 1: 0, 2: 3, 3: 1, 4: 0, Ikke vurdert: 1": counts, since an ordinal scale has
    no mean, and no indicator is singled out as best or worst among equals."""
    lb = w.labels
    counts = {lv.value: 0 for lv in w.data.scale}
    not_assessed = unset = 0
    for ind in area.indicators:
        if ind.not_assessed:
            not_assessed += 1
        elif ind.level is None:
            unset += 1
        else:
            counts[ind.level.value] = counts.get(ind.level.value, 0) + 1
    parts = [f"{value}: {n}" for value, n in sorted(counts.items())]
    if parts:
        parts[0] = f"{lb['dist_level']} {parts[0]}"
    parts.append(f"{lb['dist_not_assessed']}: {not_assessed}")
    if unset:
        parts.append(f"{lb['dist_unset']}: {unset}")
    return ", ".join(parts)


def write_indicator(w, ind: IndicatorData) -> None:
    lb, body = w.labels, w.body
    body.heading(2, f"{ind.title} ({ind.code})", content=True)  # code: the rubric's own
    if ind.description and ind.description.strip():
        body.para([(f"{lb['framtidsbilde']}: ", "b"), (ind.description.strip(), "ic")])
    level: list = [(f"{lb['level']}: ", "b")]
    if ind.not_assessed:
        level.append(lb["not_assessed"])
    elif ind.level:
        level.append((w._level(ind.level), "c"))  # the scale's wording is the rubric's
    else:
        level.append((lb["ph_level"], "p"))
    if not ind.agreed:
        level += ["  ", (lb["not_agreed"], "p")]
    body.para(level)
    if ind.not_assessed:
        body.para(lb["not_assessed_note"])
    body.para(basis_line(ind.basis, lb))
    warning = basis_warning(ind.basis, ind.level.value if ind.level else None, lb)
    if warning:
        body.placeholder(warning)
    body.heading(3, lb["strengths"])
    w._text_or_placeholder(ind.strengths, "ph_strengths")
    body.heading(3, lb["improvements"])
    w._text_or_placeholder(ind.improvements, "ph_improvements")
    shown = [q for q in ind.quotes if quote_text(q)]
    if shown:
        verbatim = {q.verbatim for q in shown}
        body.heading(3, lb["quotes"] if verbatim == {True} else
                     lb["paraphrases"] if verbatim == {False} else lb["quotes_and_paraphrases"])
        for quote in shown:
            write_quote(w, quote)
    indicator_surveys(w, getattr(ind, "surveys", []))
    body.heading(3, lb["actions"])
    w._text_or_placeholder(ind.actions, "ph_actions_only")
    body.heading(3, lb["reflection"])
    w._text_or_placeholder(ind.reflection, "ph_reflection")


# -- quotes --------------------------------------------------------------------------------

def _enclosed(text: str) -> bool:
    """True when the first character opens a pair that the last character closes."""
    if len(text) < 2 or text[0] not in _PAIRS or text[-1] != _PAIRS[text[0]]:
        return False
    opener, closer = text[0], text[-1]
    if opener == closer:  # "…": enclosing only when no other such mark is inside
        return opener not in text[1:-1]
    depth = 0
    for n, c in enumerate(text):
        if c == opener:
            depth += 1
        elif c == closer:
            depth -= 1
            if depth == 0 and n < len(text) - 1:
                return False  # the first pair closes before the end: «a» og «b»
    return depth == 0


def balanced_inner(text: str) -> str:
    """Inner «» as ‹›, every mark kept, and a mark added only to close what the excerpt's
    edge cut off (an opener without its closer, or the reverse), so the quote balances."""
    text = text.replace("«", "‹").replace("»", "›")
    depth = missing_open = 0
    for c in text:
        if c == "‹":
            depth += 1
        elif c == "›":
            if depth:
                depth -= 1
            else:
                missing_open += 1
    return "‹" * missing_open + text + "›" * depth


def quote_text(quote: Quote) -> str:
    """The words as printed: a verbatim quote in «» with its inner marks kept balanced; a
    paraphrase without any enclosing marks, since «» promises the source's own words."""
    text = quote.text.strip()
    while _enclosed(text):
        text = text[1:-1].strip()
    if not text:
        return ""
    if quote.verbatim:
        return f"«{balanced_inner(text)}»"
    return text


def attribution(w, quote: Quote) -> list:
    """"folkevalgt", "observasjon, kommunestyremøte, 15.9.2026", "dokument: Plan, s. 4",
    "spørreundersøkelse, ansatte (n = 63)": by kind of source, never a name. As runs: the
    report's own words, and the project's names (groups, titles) marked as its content."""
    lb = w.labels
    names_lang = w.data.content_language
    if quote.source == "document_review" or quote.document:
        runs: list = [lb["attr_document"]]
        if quote.document:
            runs += [": ", (quote.document, "c")]
        if quote.page:
            runs.append(f", {lb['attr_page']} {quote.page}")
        return runs
    if quote.source == "survey":
        # The respondents as a whole ("ansatte"), not one of them.
        return survey_attribution(w, quote.groups, quote.respondents)
    if quote.source == "interview":
        if quote.groups:
            return [(" / ".join(group_singular(g, names_lang) for g in quote.groups), "c")]
        return [lb["attr_interview"]]
    if quote.source == "observation" or quote.source == "workshop" or quote.activity \
            or quote.day:
        # A workshop's words are the team's record of a room, like an observation's: no group.
        runs = [lb["attr_workshop" if quote.source == "workshop" else "attr_observation"]]
        title = _without_kind(quote.activity or "")
        if title:
            runs += [", ", (title, "c")]
        if quote.day:
            runs.append(f", {lb.date(quote.day)}")
        return runs
    return []


def _without_kind(title: str) -> str:
    """"Observasjon: Kommunestyremøte" -> "Kommunestyremøte": the attribution names the kind
    already (in the report's language; the title is in the project's)."""
    title = title.strip()
    for kind in _OBSERVATION_WORDS:
        if title.casefold().startswith(kind):
            rest = title[len(kind):]
            if rest[:1] in (":", "-", "–", "—", ","):
                return rest[1:].strip() or title
    return title


def write_quote(w, quote: Quote) -> None:
    text = quote_text(quote)
    if not text:
        return
    runs: list = [(text, "c")] if quote.verbatim else [(f"{w.labels['paraphrase']} ", "b"),
                                                       (text, "c")]
    who = attribution(w, quote)
    if who:
        runs += ["\n– ", *who]
    w.body.para(runs, "Quote")
    w.quotes += 1


# -- recommendations -----------------------------------------------------------------------

def _key(line: str) -> str:
    return " ".join(line.split()).casefold().rstrip(".")


def action_rows(areas) -> list[tuple[list[str], str]]:
    """One row per line of proposed actions, in rubric order; the same proposal (equal after
    whitespace and case) made for several indicators is one row naming them all."""
    rows: dict[str, tuple[list[str], str]] = {}
    for area in areas:
        for ind in area.indicators:
            for line in (ind.actions or "").splitlines():
                line = " ".join(_BULLET.sub("", line).split())
                if not line:
                    continue
                codes, _text = rows.setdefault(_key(line), ([], line))
                if ind.code not in codes:
                    codes.append(ind.code)
    return list(rows.values())


def recommendations(w) -> None:
    lb, body = w.labels, w.body
    w._chapter(lb["recommendations"])
    rows = action_rows(w.data.areas)
    if rows:
        body.para(lb["rec_lead"], keep_next=True)
        body.table([lb["rec_col_indicator"], lb["rec_col_action"], lb["rec_col_priority"],
                    lb["rec_col_responsible"], lb["rec_col_when"]],
                   [[", ".join(codes), (text, "c"), "", "", ""] for codes, text in rows],
                   (2, 8, 2, 3, 2))
    body.placeholder(lb["ph_recommendations"])
