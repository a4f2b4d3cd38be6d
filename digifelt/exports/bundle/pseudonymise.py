"""Remove people's names from an exported copy of a project (DESIGN.md: `--pseudonymise`).

- participants: name and role are dropped; each gets a stable pseudonym ("Informant 1", …,
  in the order they were added; a pseudonym already set in the project is kept);
- assessors: the name becomes the initials;
- every free text (notes, quotes, memos, findings, titles, captions, document metadata):
  the known names are replaced by the pseudonym or initials — full names in any case and
  also as e-mail style `kari.nordmann`, single name parts (≥ 2 letters) when capitalised as
  written, with a Norwegian genitive -s kept ("Karis" → "Informant 1s");
- attachment file names become "attachment-N.ext";
- span excerpts are moved with their words, so `text[start:end]` still holds.

Limits, said plainly in the README: names not recorded as participants or assessors are
not found, a name part written in lower case ("per") is left alone (it is usually a common
word), and attachment *contents* are copied as they are.
"""

import bisect
import re
from dataclasses import dataclass, field

from digifelt.core.services.snapshot import Row, Snapshot

PSEUDONYM = "Informant {n}"
_SKIP_COLUMNS = {"id", "sha256", "media_type", "kind", "status", "valence", "language",
                 "created_at", "updated_at", "started_at", "ended_at", "doc_date",
                 "retention_date", "template_key", "code"}
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}$")


def initials_of(name: str) -> str:
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    return "".join(p[0].upper() for p in parts) or "?"


@dataclass
class _Replacement:
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


class Scrubber:
    def __init__(self, names: dict[str, str]):
        """`names`: each person's recorded name → what replaces it."""
        self.map: dict[str, str] = {}
        alternatives: list[tuple[int, str]] = []
        for name, replacement in names.items():
            parts = [p for p in re.split(r"[\s]+", name.strip()) if p]
            if not parts:
                continue
            if len(parts) > 1:
                pattern = r"(?i:" + r"[\s._\-]+".join(map(re.escape, parts)) + ")"
                alternatives.append((len(name), pattern))
                self.map[self._key(name)] = replacement
            for part in parts:
                for piece in re.split(r"-", part) + ([part] if "-" in part else []):
                    if len(piece) >= 2 and piece not in self.map:
                        alternatives.append((len(piece), re.escape(piece)))
                        self.map[piece] = replacement
        alternatives.sort(key=lambda a: -a[0])
        self.regex = re.compile(
            r"(?<!\w)(?:" + "|".join(p for _, p in alternatives) + r")(?=s?(?!\w))"
        ) if alternatives else None

    @staticmethod
    def _key(text: str) -> str:
        return " ".join(re.split(r"[\s._\-]+", text.casefold()))

    def _replacement(self, matched: str) -> str:
        return self.map.get(matched) or self.map[self._key(matched)]

    def replace(self, text: str) -> _Replacement:
        if not text or self.regex is None:
            return _Replacement(text)
        out, last = [], 0
        result = _Replacement(text)
        new_len = 0
        for m in self.regex.finditer(text):
            out.append(text[last:m.start()])
            new_len += m.start() - last
            repl = self._replacement(m.group(0))
            result.old_starts.append(m.start())
            result.spans.append((m.start(), m.end(), new_len, new_len + len(repl)))
            out.append(repl)
            new_len += len(repl)
            last = m.end()
        if not result.spans:
            return result
        out.append(text[last:])
        result.text = "".join(out)
        return result

    def __call__(self, value):
        if isinstance(value, str):
            return self.replace(value).text
        if isinstance(value, list):
            return [self(v) for v in value]
        return value


def _scrub_row(row: Row, scrub: Scrubber) -> Row:
    return {k: (v if k in _SKIP_COLUMNS or k.endswith(("_id", "_ids", "_orders"))
                else scrub(v)) for k, v in row.items()}


def pseudonymise(snap: Snapshot) -> Snapshot:
    """A copy of `snap` with no recorded person's name in it."""
    rows = snap.rows
    participants = sorted(rows["participant"].values(), key=lambda r: (r["created_at"], r["id"]))
    assessors = sorted(rows["assessor"].values(), key=lambda r: (r["created_at"], r["id"]))
    names: dict[str, str] = {}
    taken = {p["pseudonym"] for p in participants if p.get("pseudonym")}
    pseudonyms, n = {}, 0
    for p in participants:
        own = p.get("pseudonym")
        if not own or (p.get("name") and p["name"] in own):
            n += 1
            while PSEUDONYM.format(n=n) in taken:
                n += 1
            own = PSEUDONYM.format(n=n)
        pseudonyms[p["id"]] = own
        if p.get("name"):
            names[p["name"]] = own
    initials = {}
    for a in assessors:
        mark = a.get("initials") or ""
        if not mark or mark.strip().casefold() in a["name"].casefold().split():
            mark = initials_of(a["name"])
        initials[a["id"]] = mark
        names.setdefault(a["name"], mark)
    scrub = Scrubber(names)
    out = Snapshot(rows={}, blob_sizes=dict(snap.blob_sizes))
    for kind, table in rows.items():
        out.rows[kind] = {i: _scrub_row(r, scrub) for i, r in table.items()}
    for pid, p in out.rows["participant"].items():
        out.rows["participant"][pid] = {**p, "name": None, "role": None,
                                        "pseudonym": pseudonyms[pid]}
    for aid, a in out.rows["assessor"].items():
        out.rows["assessor"][aid] = {**a, "name": initials[aid], "initials": initials[aid]}
    _move_excerpts(rows, out, scrub)
    for n, att in enumerate(sorted(out.rows["attachment"].values(),
                                   key=lambda r: (r["created_at"], r["id"])), start=1):
        ext = _EXTENSION.search(rows["attachment"][att["id"]]["filename"])
        name = f"attachment-{n}{ext.group(0).lower() if ext else ''}"
        out.rows["attachment"][att["id"]] = {**att, "filename": name}
    return out


def _move_excerpts(rows: dict, out: Snapshot, scrub: Scrubber) -> None:
    """Span excerpts follow their words into the scrubbed note text."""
    replaced = {eid: scrub.replace(e["text"]) for eid, e in rows["entry"].items()}
    for xid, ex in rows["excerpt"].items():
        if ex.get("entry_id") is None or ex.get("start") is None or ex.get("detached"):
            continue
        rep = replaced[ex["entry_id"]]
        original = rows["entry"][ex["entry_id"]]["text"]
        if not rep.spans or original[ex["start"]:ex["end"]] != ex["text"]:
            continue  # nothing moved, or the anchor was already broken (check reports it)
        start = rep.position(ex["start"], end=False)
        end = rep.position(ex["end"], end=True)
        out.rows["excerpt"][xid] = {**out.rows["excerpt"][xid], "start": start, "end": end,
                                    "text": rep.text[start:end]}
