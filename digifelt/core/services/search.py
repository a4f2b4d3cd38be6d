"""Full-text search over notes, excerpts, findings, document metadata and survey questions.

Survey questions are not in the FTS index (its triggers are part of the checked schema); a
project has tens of them, so they are matched here with the index's rule: every word of the
query starts a word of the text, in any case.
"""

import re
from dataclasses import dataclass

from sqlmodel import select

from digifelt.core.errors import ValidationError
from digifelt.core.models import Activity, SurveyQuestion
from digifelt.storage import fts
from digifelt.storage.database import Database

MARK_START, MARK_END = "\x02", "\x03"
MAX_LIMIT = 10_000  # hits per search; beyond this a list is unreadable (and SQLite needs int64)
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # entry | excerpt | finding | activity | survey_question
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
    """Best first: the survey questions that match (short texts, each the whole point of a
    column of answers), then the index's hits by rank; at most `limit` in all."""
    check_limit(limit)
    match = build_match(query)
    if match is None:
        return []
    words = [w.casefold() for w in _TOKEN.findall(query)]
    with db.read() as s:
        questions = [(q_id, act_id, text) for q_id, act_id, text in s.exec(
            select(SurveyQuestion.id, SurveyQuestion.activity_id, SurveyQuestion.text)
            .order_by(SurveyQuestion.activity_id, SurveyQuestion.order)).all()
            if _has_all(text, words)][:limit]
        raw = fts.query(s.connection(), match, limit - len(questions)) if (
            len(questions) < limit) else []
        activity_ids = ({h.activity_id for h in raw if h.activity_id}
                        | {act_id for _q, act_id, _t in questions})
        titles = dict(s.exec(select(Activity.id, Activity.title)
                             .where(Activity.id.in_(activity_ids))).all()) if activity_ids else {}
    found = [SearchHit("survey_question", q_id, act_id, titles.get(act_id),
                       _marked(text, words), float("-inf")) for q_id, act_id, text in questions]
    return found + [SearchHit(h.kind, h.ref_id, h.activity_id, titles.get(h.activity_id),
                              h.snippet, h.rank) for h in raw]


def _has_all(text: str, words: list[str]) -> bool:
    tokens = [t.casefold() for t in _TOKEN.findall(text)]
    return all(any(t.startswith(w) for t in tokens) for w in words)


def _marked(text: str, words: list[str]) -> str:
    """The text with its matching words wrapped in MARK_START / MARK_END, as FTS snippets are."""
    return _TOKEN.sub(lambda m: (MARK_START + m.group() + MARK_END
                                 if any(m.group().casefold().startswith(w) for w in words)
                                 else m.group()), " ".join(text.split()))


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
