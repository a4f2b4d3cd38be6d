"""Find registered people's names in free text and replace them (Qt-free).

Matching is done on a folded copy of the text: each character with its combining marks is
NFKC-normalised and case-folded, and invisible characters that may sit inside a name (soft
hyphen, zero-width space/joiners, word joiner, BOM) are read both as nothing ("Ka\u00adri")
and as a gap between words. An index map takes every match back to the text's own
characters, so everything outside a match is kept exactly as written.

For each person: the full name (parts joined by spaces, dots, underscores or hyphens, so
`kari.nordmann` counts), first + last name when there are middle names, "Last, First",
an initial before the surname ("K. Nordmann"), and every single part — whole words only,
with a genitive s/'s/' left in place. Rules:

- a full name is replaced before its parts (longer alternatives are tried first);
- a part or a full name shared by people who would get different replacements becomes the
  neutral mark ("[navn]" / "[name]"): never a guess at who was meant;
- a part of one letter, or of digits only, is never matched alone (a letter is matched inside
  a full name, "T. Hansen"); names of more than MAX_WORDS words are matched part by part;
- a part that is also an everyday word (`COMMON_WORDS`: "per", "liv", "dag", …) is matched
  alone only when not written all in lower case in the text ("Per sa" yes, "per dag" no);
- a person whose replacement is None is kept as written, but their parts still count when
  deciding whether a part is shared.
"""

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

NEUTRAL = {"nb": "[navn]", "en": "[name]"}
_IGNORABLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff")
_IGNORABLE_RE = re.compile("[" + "".join(sorted(_IGNORABLE)) + "]")
# Everyday Norwegian/English words that are also given names.
COMMON_WORDS = frozenset({
    "per", "liv", "dag", "mai", "sol", "vår", "bo", "ask", "siv", "stein", "even", "so",
    "will", "mark", "may", "rose", "hope", "grace", "frank", "bill", "max", "rob", "sky",
})
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_TOKEN = re.compile(rf"(?:[^\W_]|[{_MARKS}])+")
# What may stand between the words of one name: "Kari Nordmann", "kari.nordmann",
# "kari_nordmann", "Anne-Lise", "T. Hansen", "Nordmann, Kari".
MAX_WORDS = 6  # longer registered names are matched part by part
_GAP = re.compile(r"[\s._\-‐‑–'’]{1,3}|,\s{1,2}")


def fold(text: str, invisible: str = "") -> tuple[str, list[int] | None, list[int] | None]:
    """The folded text, and for each of its characters where it came from in `text`.

    Invisible characters become `invisible` ("" joins the letters around them, " " splits
    there). (None, None) maps mean "same positions" (the common case: nothing to normalise).
    """
    folded = text.casefold()
    if (len(folded) == len(text) and unicodedata.is_normalized("NFKC", text)
            and not _IGNORABLE_RE.search(text)):
        return folded, None, None
    out, starts, ends = [], [], []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster in _IGNORABLE:
            piece = invisible
        else:
            piece = unicodedata.normalize("NFKC", cluster).casefold()
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return "".join(out), starts, ends


def fold_name(text: str) -> str:
    return " ".join(fold(text)[0].split())


@dataclass(frozen=True)
class Person:
    key: str  # the participant's or assessor's id
    name: str
    replacement: str | None  # None: keep this person's name as written


@dataclass
class Place:
    """One field of one object where names were replaced (for the list shown to the user)."""

    kind: str  # quote, note, finding, area summary, document, activity, rubric, …
    object_id: str
    field: str
    title: str
    count: int
    context: str  # a few words around the first replacement, the name already masked
    activity_id: str | None = None
    indicator_id: str | None = None

    def line(self) -> str:
        return f"{self.kind} {self.title!r} ({self.field}): {self.count} × …{self.context}…"


_PLURAL = {"quote": "quotes", "note": "notes", "finding": "findings", "document": "documents",
           "activity": "activities", "area summary": "area summaries", "memo": "memos",
           "rubric": "rubric texts", "group": "groups", "project": "project texts",
           "attachment": "attachments", "matrix": "matrix labels", "excerpt": "excerpts",
           "recommendation": "recommendations", "guide": "guides"}


@dataclass
class NameReport:
    places: list[Place] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # pseudonyms/initials not trusted
    noun: str = "participant name"  # what was replaced, as the summary line says it

    @property
    def names(self) -> int:
        return sum(p.count for p in self.places)

    def line(self) -> str:
        if not self.places:
            head = f"no {self.noun}s found in the exported texts"
        else:
            kinds = Counter(p.kind for p in self.places)
            what = ", ".join(f"{n} {_PLURAL.get(k, k) if n != 1 else k}"
                             for k, n in kinds.most_common())
            head = (f"replaced {self.names} {self.noun}{'s' if self.names != 1 else ''} "
                    f"in {len(self.places)} place{'s' if len(self.places) != 1 else ''} "
                    f"({what}); see --list-names")
        if self.notices:
            head += f"; {len(self.notices)} pseudonym(s) contained a name and were replaced"
        return head

    def lines(self) -> list[str]:
        return [*self.notices, *(p.line() for p in self.places)]


@dataclass
class Replaced:
    """Text with names replaced, and where each replaced span went (for excerpt offsets)."""

    text: str
    old_starts: list[int] = field(default_factory=list)
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # old s,e → new s,e

    def position(self, pos: int, *, end: bool) -> int:
        i = bisect.bisect_right(self.old_starts, pos) - 1
        if i < 0:
            return pos
        os_, oe, ns, ne = self.spans[i]
        if pos >= oe:
            return pos - oe + ne
        if pos == os_:
            return ns
        return ne if end else ns  # inside a replaced name: snap outwards


def _pieces(name: str) -> list[str]:
    return _TOKEN.findall(fold_name(name))


class NameScrubber:
    """Finds names word by word in the folded text (a dictionary lookup per word, so the
    cost does not grow with the number of people registered)."""

    def __init__(self, people: list[Person], neutral: str = NEUTRAL["nb"]):
        self.neutral = neutral
        self.report = NameReport()
        owners: dict[tuple[str, ...], set[str | None]] = {}  # words → replacements
        for person in people:
            if not person.name or not person.name.strip():
                continue
            words = fold_name(person.name).split()
            pieces = _pieces(person.name)
            if not pieces:
                continue
            sequences = [tuple(pieces)]
            if len(pieces) > 1:
                sequences.append((pieces[-1], pieces[0]))  # "Nordmann, Kari"
                if len(words) > 2:
                    sequences.append((pieces[0], pieces[-1]))
                # An initial before the surname ("K. Nordmann", "T. Hansen") goes with it.
                sequences.extend((p[0], pieces[-1]) for p in pieces[:-1])
            for word in words:  # a hyphenated part also on its own: "anne-lise"
                sequences.append(tuple(_pieces(word)))
            sequences.extend((p,) for p in pieces)
            for seq in sequences:
                if seq and (len(seq) > 1 or (len(seq[0]) >= 2 and not seq[0].isdigit())):
                    owners.setdefault(seq, set()).add(person.replacement)
        self.parts = frozenset(seq[0] for seq in owners if len(seq) == 1)
        self._map: dict[tuple[str, ...], str | None] = {}
        for seq, reps in owners.items():
            if len(seq) > MAX_WORDS:
                continue  # its parts are still found one by one
            if reps == {None}:
                self._map[seq] = None  # only kept people: leave as written
            elif len(reps) == 1:
                self._map[seq] = next(iter(reps))
            else:
                self._map[seq] = neutral
        self._firsts = frozenset(seq[0] for seq in self._map)
        # Longest first: a full name before its parts.
        self._lengths = sorted({len(seq) for seq in self._map}, reverse=True)

    def _words(self, folded: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]

    def contains_name(self, text: str | None) -> bool:
        """Whether any registered name part appears in `text` as a word (any case)."""
        if not text or not self.parts:
            return False
        for invisible in ("", " "):
            for _s, _e, word in self._words(fold(text, invisible)[0]):
                if word in self.parts or (word.endswith("s") and word[:-1] in self.parts):
                    return True
        return False

    def _matches(self, text: str, invisible: str) -> list[tuple[int, int, tuple]]:
        """(start, end, words) in `text` of every name found in its folded form."""
        folded, starts, ends = fold(text, invisible)
        words = self._words(folded)
        found = []
        i = 0
        while i < len(words):
            hit = self._match_at(folded, words, i)
            if hit is None:
                i += 1
                continue
            seq, n, end = hit
            s, e = words[i][0], end
            if starts is not None:
                s, e = starts[s], ends[e - 1]
            if not (len(seq) == 1 and seq[0] in COMMON_WORDS and text[s:e].islower()):
                found.append((s, e, seq))
            i += n
        return found

    def _match_at(self, folded: str, words, i: int):
        """The longest registered sequence starting at word i: (seq, words used, end).

        A dictionary lookup per possible length (at most MAX_WORDS), whatever the number
        of people, so a project with thousands of look-alike names cannot slow it down.
        """
        first = words[i][2]
        if first not in self._firsts and not (first.endswith("s")
                                              and first[:-1] in self._firsts):
            return None
        for length in self._lengths:
            if i + length > len(words):
                continue
            seq = tuple(w[2] for w in words[i:i + length])
            if seq not in self._map and seq[-1].endswith("s"):
                seq = (*seq[:-1], seq[-1][:-1])  # genitive: "Nordmanns"
            if seq not in self._map:
                continue
            if all(_GAP.fullmatch(folded[words[k][1]:words[k + 1][0]])
                   for k in range(i, i + length - 1)):
                return seq, length, words[i + length - 1][0] + len(seq[-1])
        return None

    def replace(self, text: str | None) -> Replaced:
        if not text or not self._map:
            return Replaced(text)
        found = self._matches(text, "")
        if _IGNORABLE_RE.search(text):
            # A soft hyphen or zero-width space may sit inside a name or between two
            # words (where a line may break): read it both ways.
            found += self._matches(text, " ")
            found.sort(key=lambda m: (m[0], -m[1]))
        result = Replaced(text)
        out, last, new_len = [], 0, 0
        for s, e, key in found:
            repl = self._map[key]
            if s < last:
                continue
            if repl is None:
                out.append(text[last:e])  # kept whole: its parts are not matched inside it
                new_len += e - last
                last = e
                continue
            out.append(text[last:s])
            new_len += s - last
            result.old_starts.append(s)
            result.spans.append((s, e, new_len, new_len + len(repl)))
            out.append(repl)
            new_len += len(repl)
            last = e
        if not result.spans:
            return result
        out.append(text[last:])
        result.text = "".join(out)
        return result

    def scrub(self, text, *, kind: str, object_id: str, field_name: str, title: str = "",
              activity_id: str | None = None, indicator_id: str | None = None):
        """`text` with names replaced; a replacement is recorded in `self.report`."""
        if not isinstance(text, str):
            return text
        rep = self.replace(text)
        if rep.spans:
            _s, _e, ns, ne = rep.spans[0]
            context = " ".join(rep.text[max(0, ns - 30):ne + 30].split())
            self.report.places.append(Place(kind, object_id, field_name, title,
                                            len(rep.spans), context, activity_id,
                                            indicator_id))
        return rep.text

    def __call__(self, value):
        if isinstance(value, str):
            return self.replace(value).text
        if isinstance(value, list):
            return [self(v) for v in value]
        return value


def initials_of(name: str) -> str:
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    return "".join(p[0].upper() for p in parts) or "?"
