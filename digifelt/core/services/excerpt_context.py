"""The words around an excerpt in its notes, and the guide question they answer: shown beside
a quote wherever its evidence is weighed."""

from dataclasses import dataclass

from digifelt.core.models import Entry, Excerpt, GuideQuestion
from digifelt.core.services.common import get_or_raise
from digifelt.storage.database import Database


@dataclass(frozen=True)
class ExcerptContext:
    """The words around an excerpt in its notes, and the guide question they answer."""

    before: str
    text: str
    after: str
    question: str | None = None


def excerpt_context(db: Database, excerpt_id: str, width: int = 240) -> ExcerptContext:
    """Up to `width` characters either side of the excerpt, cut at a word boundary."""
    with db.read() as s:
        excerpt = get_or_raise(s, Excerpt, excerpt_id, "excerpt")
        entry = s.get(Entry, excerpt.entry_id) if excerpt.entry_id else None
        question = s.get(GuideQuestion, entry.question_id) if entry and entry.question_id else None
    if (entry is None or excerpt.detached or excerpt.start is None or excerpt.end is None
            or entry.text[excerpt.start:excerpt.end] != excerpt.text):
        return ExcerptContext("", excerpt.text, "", question.text if question else None)
    before = entry.text[max(0, excerpt.start - width):excerpt.start]
    after = entry.text[excerpt.end:excerpt.end + width]
    if excerpt.start > width and " " in before:
        before = "…" + before[before.index(" ") + 1:]
    if excerpt.end + width < len(entry.text) and " " in after:
        after = after[:after.rindex(" ")] + "…"
    return ExcerptContext(before, excerpt.text, after, question.text if question else None)
