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
    usual case and linear in the text length (no quadratic diff on 5,000-word notes).
    """
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, len(old) - suffix, len(new) - suffix


def reanchor(old: str, new: str, span: Span, quoted: str) -> Span | None:
    """Where `quoted` (which was old[span]) now lies in `new`, or None when it cannot be found."""
    if old == new and new[span.start : span.end] == quoted:
        return span
    prefix, old_end, new_end = edited_region(old, new)
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
