"""The report's chapters, written from ReportData into a Body.

Headings follow the rubric exactly: Heading 1 per chapter (one per area), Heading 2 per
indicator, Heading 3 for the parts of an indicator. Wherever the project has no text yet,
a highlighted placeholder tells the writers what to write.
"""

from collections import Counter
from collections.abc import Callable
from datetime import date

from digifelt.exports.report.body import Body
from digifelt.exports.report.data import AreaData, IndicatorData, Level, Quote, ReportData
from digifelt.exports.report.labels import Labels

_QUOTE_MARKS = "«»\"“”„'‘’ "


class ReportWriter:
    def __init__(self, data: ReportData, body: Body, labels: Labels):
        self.data, self.body, self.labels = data, body, labels
        self.chapters = 0
        self.quotes = 0

    def steps(self) -> list[Callable[[], None]]:
        """The work in order, in pieces small enough for a progress bar."""
        return [self.front_matter, self.opening_chapters,
                *[(lambda a=area: self.area(a)) for area in self.data.areas],
                self.recommendations, self.appendices]

    # -- small helpers -----------------------------------------------------------------------

    def _chapter(self, title: str) -> None:
        self.body.heading(1, title, break_before=True)
        self.chapters += 1

    def _text_or_placeholder(self, value: str | None, placeholder_key: str) -> None:
        if value and value.strip():
            self.body.text(value)
        else:
            self.body.placeholder(self.labels[placeholder_key])

    def _level(self, level: Level | None) -> str:
        return f"{level.value} – {level.label}" if level else self.labels["no_level"]

    def _labelled(self, label: str, value: str | None, placeholder_key: str) -> None:
        if value and value.strip():
            self.body.para([(f"{label}: ", "b"), value.strip()])
        else:
            self.body.para([(f"{label}: ", "b"), (self.labels[placeholder_key], "p")])

    # -- chapters ----------------------------------------------------------------------------

    def front_matter(self) -> None:
        d, lb, body = self.data, self.labels, self.body
        body.para(d.title, "Title", spacing_before=2400)
        body.para(d.organisation, "Subtitle")
        self._labelled(lb["period"], d.period, "ph_period")
        if d.rubric_title:
            body.para([(f"{lb['rubric']}: ", "b"), d.rubric_title])
        self._labelled(lb["team"], ", ".join(d.team), "ph_team")
        body.para(lb["toc"], "TOC Heading", break_before=True)
        body.toc(levels=2)

    def opening_chapters(self) -> None:
        lb, body = self.labels, self.body
        self._chapter(lb["summary"])
        body.placeholder(lb["ph_summary"])
        body.para(lb["overview"], keep_next=True)
        rows = []
        for area in self.data.areas:
            rows.append([(area.code, "b"), (area.title, "b"), ""])
            rows.extend([ind.code, ind.title, self._level(ind.level)] for ind in area.indicators)
        body.table([lb["col_code"], lb["col_indicator"], lb["col_level"]], rows, (1, 6, 3))

        self._chapter(lb["intro"])
        body.placeholder(lb["ph_intro"])
        self.method()

    def method(self) -> None:
        lb, body, acts = self.labels, self.body, self.data.activities
        self._chapter(lb["method"])
        kinds = Counter(a.kind for a in acts)
        if acts:
            body.para(lb["method_lead"].format(
                interviews=lb.count("interviews", kinds["interview"]),
                observations=lb.count("observations", kinds["observation"]),
                documents=lb.count("documents", kinds["document_review"])))
        else:
            body.placeholder(lb["ph_sources"])
        days = sorted({d for a in acts for d in (a.day, a.last_day) if d is not None})
        if days:
            first, last = lb.date(days[0]), lb.date(days[-1])
            body.para(lb["method_dates" if first != last else "method_date"].format(
                first=first, last=last))
        interviews: dict[str, list[int]] = {}
        for a in acts:
            if a.kind == "interview":
                key = " + ".join(a.groups) or "—"
                count = interviews.setdefault(key, [0, 0])
                count[0] += 1
                count[1] += a.headcount or 0
        if interviews:
            body.para(lb["method_groups"], keep_next=True)
            body.table([lb["col_group"], lb["col_count"], lb["col_headcount"]],
                       [[g, str(n), str(people) if people else "—"]
                        for g, (n, people) in sorted(interviews.items())], (5, 2, 3))
        for group in self.data.small_groups:
            body.placeholder(lb["ph_small_group"].format(group=group))
        planned = sum(a.planned for a in acts)
        if planned:
            body.placeholder(lb["ph_planned"].format(n=planned))
        body.para(lb["method_no_names"])
        body.para(lb["method_scale"], keep_next=True)
        self._scale_table()
        body.placeholder(lb["ph_method"])

    def _scale_table(self) -> None:
        lb = self.labels
        self.body.table([lb["col_level"], lb["col_label"], lb["col_description"]],
                        [[str(s.value), s.label, s.description or ""] for s in self.data.scale],
                        (1, 3, 6))

    def area(self, area: AreaData) -> None:
        lb, body = self.labels, self.body
        self._chapter(f"{area.code} {area.title}")
        if area.description and area.description.strip():
            body.para((lb["framtidsbilde"], "b"), keep_next=True)
            body.text(area.description)
        if area.summary and area.summary.strip():
            body.para((lb["area_summary"], "b"), keep_next=True)
            body.text(area.summary)
        for indicator in area.indicators:
            self.indicator(indicator)

    def indicator(self, ind: IndicatorData) -> None:
        lb, body = self.labels, self.body
        body.heading(2, f"{ind.code} {ind.title}")
        if ind.description and ind.description.strip():
            body.para([(f"{lb['framtidsbilde']}: ", "b"), (ind.description.strip(), "i")])
        if ind.level:
            body.para([(f"{lb['level']}: ", "b"), self._level(ind.level)])
        else:
            body.para([(f"{lb['level']}: ", "b"), (lb["ph_level"], "p")])
        body.heading(3, lb["strengths"])
        self._text_or_placeholder(ind.strengths, "ph_strengths")
        body.heading(3, lb["improvements"])
        self._text_or_placeholder(ind.improvements, "ph_improvements")
        if ind.quotes:
            body.heading(3, lb["quotes"])
            for quote in ind.quotes:
                self.quote(quote)
        body.heading(3, lb["actions"])
        self._text_or_placeholder(ind.actions, "ph_actions")

    def quote(self, quote: Quote) -> None:
        text = quote.text.strip(_QUOTE_MARKS) if quote.verbatim else quote.text.strip()
        if not text:
            return
        runs = [f"«{text}»" if quote.verbatim else text]
        who = self.labels.attribution(quote.groups, quote.source, quote.document, quote.page,
                                      names_lang=self.data.content_language)
        if who:
            runs.append(f"\n— {who}")
        self.body.para(runs, "Quote")
        self.quotes += 1

    def recommendations(self) -> None:
        lb, body = self.labels, self.body
        self._chapter(lb["recommendations"])
        with_actions = [(a, [i for i in a.indicators if i.actions and i.actions.strip()])
                        for a in self.data.areas]
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

    def appendices(self) -> None:
        lb, body, d = self.labels, self.body, self.data
        self._chapter(lb["appendices"])
        body.heading(2, lb["app_documents"])
        if d.documents:
            body.table([lb["col_title"], lb["col_type"], lb["col_date"], lb["col_owner"]],
                       [[doc.title, doc.doc_type or "", lb.date(doc.doc_date), doc.owner or ""]
                        for doc in d.documents], (6, 3, 2, 3))
        else:
            body.para(lb["no_documents"])

        body.heading(2, lb["app_activities"])
        if d.activities:
            ordered = sorted(d.activities, key=lambda a: (a.day or date.max, a.kind, a.groups))
            body.table([lb["col_kind"], lb["col_date"], lb["col_group"], lb["col_headcount"]],
                       [[lb[a.kind], self._days(a.day, a.last_day), ", ".join(a.groups),
                         str(a.headcount) if a.headcount is not None else ""] for a in ordered],
                       (3, 3, 4, 2))
        else:
            body.para(lb["no_activities"])

        body.heading(2, lb["app_rubric"])
        body.para(lb["method_scale"], keep_next=True)
        self._scale_table()
        for area in d.areas:
            body.para((f"{area.code} {area.title}", "b"), keep_next=True, spacing_before=240)
            if area.description:
                body.para((area.description.strip(), "i"), keep_next=True)
            body.table([lb["col_code"], lb["col_indicator"], lb["framtidsbilde"],
                        lb["col_lookfors"]],
                       [[i.code, i.title, (i.description or "").strip(),
                         "\n".join(f"• {x}" for x in i.lookfors)] for i in area.indicators],
                       (1, 3, 5, 5))

    def _days(self, first: date | None, last: date | None) -> str:
        if first is None:
            return ""
        if last is None or last == first:
            return self.labels.date(first)
        return f"{self.labels.date(first)}–{self.labels.date(last)}"
