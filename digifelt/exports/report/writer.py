"""The report's chapters, written from ReportData into a Body.

Headings follow the rubric exactly: Heading 1 per chapter (one per area), Heading 2 per
indicator, Heading 3 for the parts of an indicator. Wherever the project has no text yet,
a highlighted placeholder tells the writers what to write. The chapters themselves are in
chapters_front.py, chapters_areas.py and chapters_appendices.py; each is a function of the
writer, which holds the data, the body being written and the wording.
"""

from collections.abc import Callable

from digifelt.exports.report import chapters_appendices, chapters_areas, chapters_front
from digifelt.exports.report.body import Body
from digifelt.exports.report.data import Level, ReportData
from digifelt.exports.report.labels import Labels


class ReportWriter:
    def __init__(self, data: ReportData, body: Body, labels: Labels):
        self.data, self.body, self.labels = data, body, labels
        self.chapters = 0
        self.quotes = 0

    def steps(self) -> list[Callable[[], None]]:
        """The work in order, in pieces small enough for a progress bar."""
        return [lambda: chapters_front.front_matter(self),
                lambda: chapters_front.opening_chapters(self),
                *[(lambda a=area: chapters_areas.write_area(self, a)) for area in self.data.areas],
                lambda: chapters_front.overall(self),
                lambda: chapters_areas.recommendations(self),
                lambda: chapters_front.follow_up(self),
                lambda: chapters_appendices.appendices(self)]

    # -- small helpers -----------------------------------------------------------------------

    def _chapter(self, title: str, *, content: bool = False) -> None:
        """A numbered chapter (Word numbers it); `content` when the title is the team's."""
        self.body.heading(1, title, break_before=True, content=content)
        self.chapters += 1

    def _text_or_placeholder(self, value: str | None, placeholder_key: str) -> None:
        if value and value.strip():
            self.body.text(value)  # the team's text
        else:
            self.body.placeholder(self.labels[placeholder_key])

    def _level(self, level: Level | None) -> str:
        return f"{level.value} – {level.label}" if level else self.labels["no_level"]

    def _labelled(self, label: str, value: str | None, placeholder_key: str) -> None:
        if value and value.strip():
            self.body.para([(f"{label}: ", "b"), (value.strip(), "c")])
        else:
            self.body.para([(f"{label}: ", "b"), (self.labels[placeholder_key], "p")])
