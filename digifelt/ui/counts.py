"""Counted words, each agreeing with its number ("1 quote", "3 quotes"; "1 kapittel").

A text with several numbers ("Wrote x: 3 chapters, 1 quote") cannot be one plural message
(Qt counts one %n per text), so each counted word is a message of its own and the sentence
around them another. Methods of a QObject so that lupdate marks them as plural forms.
"""

from PySide6.QtCore import QObject


class Counts(QObject):
    def chapters(self, n: int) -> str:
        return self.tr("%n chapter(s)", "", n)

    def quotes(self, n: int) -> str:
        return self.tr("%n quote(s)", "", n)

    def placeholders(self, n: int) -> str:
        return self.tr("%n placeholder(s) to fill in", "", n)

    def activities(self, n: int) -> str:
        return self.tr("%n activity(-ies)", "", n)

    def excerpts(self, n: int) -> str:
        return self.tr("%n excerpt(s)", "", n)

    def attachments(self, n: int) -> str:
        return self.tr("%n attachment(s)", "", n)

    def sources(self, n: int) -> str:
        return self.tr("%n source(s)", "", n)

    def coded_passages(self, n: int) -> str:
        return self.tr("%n coded passage(s)", "", n)

    def codes(self, n: int) -> str:
        return self.tr("%n code(s)", "", n)

    def indicators(self, n: int) -> str:
        return self.tr("%n indicator(s)", "", n)

    def strengths(self, n: int) -> str:
        return self.tr("%n strength(s)", "", n)

    def gaps(self, n: int) -> str:
        return self.tr("%n gap(s)", "", n)

    def results(self, n: int) -> str:
        return self.tr("%n result(s)", "", n)

    def groups(self, n: int) -> str:
        return self.tr("%n group(s)", "", n)
