"""Full-text search over notes, excerpts, findings and document metadata."""

import re
from dataclasses import dataclass

from sqlmodel import select

from digifelt.core.errors import ValidationError
from digifelt.core.models import Activity
from digifelt.storage import fts
from digifelt.storage.database import Database

MARK_START, MARK_END = "\x02", "\x03"
MAX_LIMIT = 10_000  # hits per search; beyond this a list is unreadable (and SQLite needs int64)
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # entry | excerpt | finding | activity
    ref_id: str
    activity_id: str | None
    activity_title: str | None
    snippet: str  # matched words wrapped in MARK_START / MARK_END
    rank: float

    def snippet_marked(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)


def build_match(query: str) -> str | None:
    """User words → an FTS5 query: every word must occur, each as a prefix.

    Words are quoted so that FTS5 syntax characters typed by a user never cause an
    error; a trailing '*' on a word is implied (prefix search while typing).
    """
    words = _TOKEN.findall(query)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def check_limit(limit: int) -> int:
    if type(limit) is not int or not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(f"the number of hits must be a whole number from 1 to {MAX_LIMIT:,}")
    return limit


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    check_limit(limit)
    match = build_match(query)
    if match is None:
        return []
    with db.read() as s:
        raw = fts.query(s.connection(), match, limit)
        activity_ids = {h.activity_id for h in raw if h.activity_id}
        titles = dict(s.exec(select(Activity.id, Activity.title)
                             .where(Activity.id.in_(activity_ids))).all()) if activity_ids else {}
    return [SearchHit(h.kind, h.ref_id, h.activity_id, titles.get(h.activity_id), h.snippet,
                      h.rank) for h in raw]


def find_span(text: str, query: str) -> tuple[int, int] | None:
    """Where the search matched in `text`: the first word that starts with one of the
    query's words (as the index matches them: case-insensitive prefixes), as code-point
    offsets (start, end); None when no word matches."""
    words = [w.casefold() for w in _TOKEN.findall(query)]
    if not words:
        return None
    for match in _TOKEN.finditer(text):
        token = match.group().casefold()
        if any(token.startswith(w) for w in words):
            return match.start(), match.end()
    return None
