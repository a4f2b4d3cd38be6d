"""One chapter per rubric area: its indicators, their levels, texts and quotes; then the
recommendations gathered from every indicator."""

from digifelt.exports.report.data import AreaData, IndicatorData, Quote

_QUOTE_MARKS = "«»\"“”„'‘’ "

def write_area(w, area: AreaData) -> None:
    lb, body = w.labels, w.body
    w._chapter(f"{area.code} {area.title}")
    if area.description and area.description.strip():
        body.para((lb["framtidsbilde"], "b"), keep_next=True)
        body.text(area.description)
    if area.summary and area.summary.strip():
        body.para((lb["area_summary"], "b"), keep_next=True)
        body.text(area.summary)
    for indicator in area.indicators:
        write_indicator(w, indicator)


def write_indicator(w, ind: IndicatorData) -> None:
    lb, body = w.labels, w.body
    body.heading(2, f"{ind.code} {ind.title}")
    if ind.description and ind.description.strip():
        body.para([(f"{lb['framtidsbilde']}: ", "b"), (ind.description.strip(), "i")])
    if ind.level:
        body.para([(f"{lb['level']}: ", "b"), w._level(ind.level)])
    else:
        body.para([(f"{lb['level']}: ", "b"), (lb["ph_level"], "p")])
    body.heading(3, lb["strengths"])
    w._text_or_placeholder(ind.strengths, "ph_strengths")
    body.heading(3, lb["improvements"])
    w._text_or_placeholder(ind.improvements, "ph_improvements")
    if ind.quotes:
        body.heading(3, lb["quotes"])
        for quote in ind.quotes:
            write_quote(w, quote)
    body.heading(3, lb["actions"])
    w._text_or_placeholder(ind.actions, "ph_actions")


def write_quote(w, quote: Quote) -> None:
    text = quote.text.strip(_QUOTE_MARKS) if quote.verbatim else quote.text.strip()
    if not text:
        return
    runs = [f"«{text}»" if quote.verbatim else text]
    who = w.labels.attribution(quote.groups, quote.source, quote.document, quote.page,
                                  names_lang=w.data.content_language)
    if who:
        runs.append(f"\n— {who}")
    w.body.para(runs, "Quote")
    w.quotes += 1


def recommendations(w) -> None:
    lb, body = w.labels, w.body
    w._chapter(lb["recommendations"])
    with_actions = [(a, [i for i in a.indicators if i.actions and i.actions.strip()])
                    for a in w.data.areas]
    if any(inds for _a, inds in with_actions):
        body.para(lb["recommendations_lead"])
    for area, indicators in with_actions:
        if not indicators:
            continue
        body.para((f"{area.code} {area.title}", "b"), keep_next=True)
        for ind in indicators:
            for line in ind.actions.splitlines():
                line = line.strip().lstrip("-*•").strip()
                if line:
                    body.bullet([(f"{ind.code}: ", "b"), line])
    body.placeholder(lb["ph_recommendations"])
