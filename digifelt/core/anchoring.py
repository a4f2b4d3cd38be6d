"""Keep excerpt spans pointing at the same words when the entry text around them is edited.

Offsets are Unicode code points (Python str indices), end exclusive.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def edited_region(old: str, new: str) -> tuple[int, int, int]:
    """(prefix, old_end, new_end): old[prefix:old_end] was replaced by new[prefix:new_end].

    Typing edits one place at a time, so a common prefix/suffix diff is exact for the
    usual case. Binary search over slice comparisons keeps it fast on 5,000-word notes
    (string comparison runs in C; a character loop in Python took seconds).
    """
    limit = min(len(old), len(new))
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, limit - prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid :] == new[len(new) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return prefix, len(old) - lo, len(new) - lo


def reanchor(old: str, new: str, span: Span, quoted: str,
             region: tuple[int, int, int] | None = None) -> Span | None:
    """Where `quoted` (which was old[span]) now lies in `new`, or None when it cannot be found."""
    if old == new and new[span.start : span.end] == quoted:
        return span
    prefix, old_end, new_end = region or edited_region(old, new)
    shift = new_end - old_end
    if span.end <= prefix:
        candidate = span
    elif span.start >= old_end:
        candidate = Span(span.start + shift, span.end + shift)
    else:
        candidate = None
    if candidate and new[candidate.start : candidate.end] == quoted:
        return candidate
    return nearest_occurrence(new, quoted, span.start)


def nearest_occurrence(text: str, quoted: str, around: int) -> Span | None:
    """The occurrence of `quoted` closest to `around`; None if absent or empty."""
    if not quoted:
        return None
    best = None
    pos = text.find(quoted)
    while pos != -1:
        if best is None or abs(pos - around) < abs(best - around):
            best = pos
        pos = text.find(quoted, pos + 1)
    return None if best is None else Span(best, best + len(quoted))
