"""Norwegian sentence boundaries in notes, for tagging the sentence under the cursor.

Offsets are Python str indices (code points), like excerpt spans. A sentence ends at
. ! ? … (with any closing quotes after it) followed by a space, or at a line break.
Notes are typed fast, often in lower case, so a full stop does not need a capital after it;
the exceptions are the places where a full stop is usually not an ending: abbreviations,
initials, ordinals ("17. mai") and a «…» quote that goes on.
"""

import re

LINE_BREAKS = "\n\r\u2028\u2029"
TERMINATORS = ".!?…"
CLOSERS = "»”’\"')]"
OPENERS = "«“‘\"'(["
QUOTE_PAIRS = {"«": "»", "“": "”"}

# Followed by more of the sentence nearly always, even before a capital ("bl.a. Oslo").
ABBREVIATIONS = frozenset((
    "bl.a.", "f.eks.", "dvs.", "ca.", "nr.", "kl.", "jf.", "jfr.", "evt.", "pga.", "p.g.a.",
    "mht.", "m.h.t.", "inkl.", "ekskl.", "t.o.m.", "f.o.m.", "o.a.", "d.v.s.", "iflg.", "ifb.",
    "vha.", "v.h.a.", "ang.", "dr.", "prof.", "st.", "tlf.", "ref.", "vs.", "pkt.", "kap.",
    "s.", "jan.", "feb.", "apr.", "aug.", "sep.", "sept.", "okt.", "nov.",
))
# Often the last word of a sentence: an ending only when a capital follows ("osv. Det").
ENDING_ABBREVIATIONS = frozenset((
    "osv.", "mv.", "m.v.", "o.l.", "m.m.", "etc.", "mill.", "mrd.", "kr.", "stk.", "mnd.",
    "min.", "sek.", "km.", "pst.",
))

_INITIALS = re.compile(r"(?:[A-ZÆØÅ]\.)+")
_NUMBER = re.compile(r"[0-9][0-9.,]*\.")


def _token_before(text: str, dot: int) -> str:
    """The word ending with the full stop at `dot`, without opening brackets or quotes."""
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while start < dot and text[start] in OPENERS:
        start += 1
    return text[start:dot + 1]


def _next_char(text: str, pos: int) -> str:
    """The first character of the next word after `pos` (skipping spaces), or ""."""
    while pos < len(text) and text[pos].isspace() and text[pos] not in LINE_BREAKS:
        pos += 1
    return text[pos] if pos < len(text) and text[pos] not in LINE_BREAKS else ""


def _closes_quote(text: str, start: int, opener: str) -> bool:
    """Whether the quote opened at `start` is closed before the end of its line."""
    closer = QUOTE_PAIRS[opener]
    for char in text[start + 1:]:
        if char in LINE_BREAKS:
            return False
        if char == closer:
            return True
    return False


def _is_ending(text: str, run_start: int, run_end: int, closed_quote: bool) -> bool:
    """Whether the punctuation text[run_start:run_end] (terminators, then closers) ends a
    sentence; a space or line break follows it."""
    run = text[run_start:run_end]
    following = _next_char(text, run_end)
    continues_lower = following.islower()
    if closed_quote and continues_lower:
        return False  # «Vi er ikke klare.» sa rektor.
    if "!" in run or "?" in run:
        return True
    if "…" in run or ".." in run:
        return not continues_lower  # a pause in speech: «vi … eh … bruker det»
    last_dot = run_start
    while last_dot + 1 < run_end and text[last_dot + 1] == ".":
        last_dot += 1
    token = _token_before(text, last_dot)
    lower = token.lower()
    if lower in ABBREVIATIONS:
        return False
    if lower in ENDING_ABBREVIATIONS:
        return bool(following) and not continues_lower
    if _INITIALS.fullmatch(token):
        return False  # K. Nordmann
    if _NUMBER.fullmatch(token):
        return not continues_lower  # 17. mai, 3. trinn
    return True


def _boundaries(text: str) -> list[int]:
    """Indices where a sentence's text ends (exclusive), in order, ending with len(text)."""
    ends: list[int] = []
    open_quotes: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in LINE_BREAKS:
            ends.append(i)
            open_quotes.clear()
            i += 1
            continue
        if char in QUOTE_PAIRS and _closes_quote(text, i, char):
            open_quotes.append(QUOTE_PAIRS[char])
            i += 1
            continue
        if open_quotes and char == open_quotes[-1]:
            open_quotes.pop()
            i += 1
            continue
        if char not in TERMINATORS:
            i += 1
            continue
        run_start = i
        closed_quote = False
        while i < n and text[i] in TERMINATORS:
            i += 1
        while i < n and text[i] in CLOSERS:
            if open_quotes and text[i] == open_quotes[-1]:
                open_quotes.pop()
                closed_quote = True
            i += 1
        at_space = i == n or text[i].isspace()
        if at_space and not open_quotes and _is_ending(text, run_start, i, closed_quote):
            ends.append(i)
    ends.append(n)
    return ends


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """All sentences of `text` as (start, end), trimmed of spaces, without empty ones."""
    spans = []
    start = 0
    for end in _boundaries(text):
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        start = end
    return spans


def sentence_at(text: str, pos: int) -> tuple[int, int] | None:
    """The sentence containing `pos` (its end counts: the cursor right after the full stop),
    else the nearest one, the earlier on a tie; None when the text has no words."""
    spans = sentence_spans(text)
    if not spans:
        return None
    pos = max(0, min(pos, len(text)))
    for start, end in spans:
        if start <= pos <= end:
            return start, end
    return min(spans, key=lambda span: (min(abs(pos - span[0]), abs(pos - span[1])), span[0]))


def next_sentence(text: str, after: int) -> tuple[int, int] | None:
    """The first sentence that starts at or after `after`, or None."""
    return next(((s, e) for s, e in sentence_spans(text) if s >= after), None)
