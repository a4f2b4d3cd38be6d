"""The notes of a .qdpx as rows: memos of excerpts, findings and area summaries (from a
digifelt package), and the rest as notes of one activity."""

import re

from digifelt.exports.qdpx.row_forms import derived_id, make_row
from digifelt.exports.qdpx.words import FINDING_PARTS, LABELS


class NoteRows:
    """Builder's part for notes (it holds the state: see rows.Builder)."""

    def _notes(self) -> None:
        notes = self.q.notes
        used = set(self.memo_notes)
        # Findings and area summaries: notes linked from an indicator's or area's code.
        if self.q.from_digifelt:
            for g, c in self.q.codes.items():
                for n in c.notes:
                    if n not in notes or n in used:
                        continue
                    if g in self.code_of:
                        self._finding(self.code_of[g], notes[n])
                        used.add(n)
                    elif g in self.area_of:
                        self._summary(self.area_of[g], notes[n])
                        used.add(n)
        # Annotations: notes a source links to, on words of it (QualCoder's form).
        for entry_id, src in self.entry_of.values():
            for n in src.notes:
                note = notes.get(n)
                if note is None or n in used:
                    continue
                used.add(n)
                act = next(r for r in self.rows["entry"] if r["id"] == entry_id)["activity_id"]
                spans = [src.positions.convert(a, b) for a, b in note.spans] \
                    if src.positions else []
                span = next((s for s in spans if s and s[0] < s[1]), None)
                if span is None:
                    self._journal(note, activity_id=act)
                    continue
                self.add("excerpt", make_row(
                    "excerpt", id=n, activity_id=act, entry_id=entry_id, start=span[0],
                    end=span[1], text=src.text[span[0]:span[1]], memo=note.text or None,
                    author_id=self._user(note.user), indicator_ids=[],
                    **self.times(note.created, note.modified)))
        rest = [n for g, n in notes.items() if g not in used]
        if rest:
            title = (f"Notater fra {self.q.origin or 'REFI-QDA'}" if self.t.language == "nb"
                     else f"Notes from {self.q.origin or 'REFI-QDA'}")
            act = self.add("activity", make_row(
                "activity", id=derived_id("notes", self.q.name), kind="document_review",
                title=title, doc_title=title, status="done", assessor_ids=[], group_ids=[],
                participant_ids=[], **self.times(None)))
            for note in rest:
                self._journal(note, activity_id=act["id"])

    def _journal(self, note, *, activity_id: str) -> None:
        order = sum(1 for r in self.rows.get("entry", []) if r["activity_id"] == activity_id)
        text = f"{note.name}\n\n{note.text}" if note.name.strip() else note.text
        self.add("entry", make_row(
            "entry", id=note.guid, activity_id=activity_id, text=text, order=order,
            author_id=self._user(note.user), **self.times(note.created, note.modified)))

    def _finding(self, indicator_id: str, note) -> None:
        fields = parse_finding(note.text)
        self.add("finding", make_row(
            "finding", id=note.guid, indicator_id=indicator_id, author_id=self._user(note.user),
            excerpt_ids=[], excerpt_orders=[], **fields,
            **self.times(note.created, note.modified)))

    def _summary(self, area_id: str, note) -> None:
        self.add("area_summary", make_row(
            "area_summary", id=note.guid, area_id=area_id, summary=note.text or None,
            author_id=self._user(note.user), **self.times(note.created, note.modified)))


def parse_finding(text: str) -> dict:
    """The fields of a finding note digifelt wrote (`writer.finding_text`), in either
    language; text that is not in that form is kept whole as its strengths."""
    labels: dict[str, str] = {}
    for words in LABELS.values():
        for key in FINDING_PARTS:
            labels[f"{words[key]}:\n"] = key
    level_words = "|".join(re.escape(w["level"]) for w in LABELS.values())
    status_words = "|".join(re.escape(w["status"]) for w in LABELS.values())
    out: dict = {}
    match = re.match(rf"(?:{level_words}): (-?\d+)[^\n]*(?:\n\n|$)", text)
    if match:
        out["level"] = int(match.group(1))
        text = text[match.end():]
    status = re.search(rf"(?:^|\n\n)(?:{status_words}): (\w+)$", text)
    if status:
        out["status"] = status.group(1)
        text = text[:status.start()]
    marks = []
    for label, key in labels.items():
        for m in re.finditer(re.escape(label), text):
            if m.start() == 0 or text[:m.start()].endswith("\n\n"):
                marks.append((m.start(), m.end(), key))
    marks.sort()
    if not marks:
        if text.strip():
            out["strengths"] = text
        return out
    for i, (_start, end, key) in enumerate(marks):
        stop = marks[i + 1][0] - 2 if i + 1 < len(marks) else len(text)
        if key not in out:
            out[key] = text[end:stop]
    return out
