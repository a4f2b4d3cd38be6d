"""Row builders shared by both demo sizes: people, activities, notes, excerpts, files, findings."""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from digifelt.core.demo import scenes
from digifelt.core.demo.context import Rubric, Store
from digifelt.core.demo.texts import BY_CODE, Statement
from digifelt.core.models import (
    Activity,
    ActivityAssessor,
    ActivityGroup,
    ActivityParticipant,
    AreaSummary,
    Assessor,
    Attachment,
    Blob,
    Entry,
    Excerpt,
    ExcerptIndicator,
    Finding,
    FindingExcerpt,
    Participant,
)


@dataclass(slots=True)
class Candidate:
    """A statement inside a note that could become an excerpt (a span of the note's text)."""

    activity_id: str
    start: int
    end: int
    text: str
    codes: tuple[str, ...]
    valence: str
    kind: str
    entry_id: str = ""


class Writer:
    """Assembles the text of one note, remembering where each taggable statement sits."""

    def __init__(self, activity_id: str):
        self.activity_id = activity_id
        self._parts: list[str] = []
        self._len = 0  # in code points, which is what excerpt offsets count
        self.found: list[Candidate] = []

    def _put(self, piece: str) -> None:
        if self._len:
            self._parts.append(" ")
            self._len += 1
        self._parts.append(piece)
        self._len += len(piece)

    def plain(self, piece: str) -> None:
        self._put(piece)

    def statement(self, st: Statement, codes: tuple[str, ...], lead: str = "") -> None:
        if st.kind == "quote":
            # Only the words inside «…» are the verbatim quote; the lead-in is the note-taker's.
            self._put(lead)
            start = self._len
            self._parts += [st.text, "»"]
            self._len += len(st.text) + 1
            end = start + len(st.text)
        else:
            self._put(st.text)
            start, end = self._len - len(st.text), self._len
        self.found.append(Candidate(self.activity_id, start, end, st.text, codes, st.valence,
                                    st.kind))

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def __len__(self) -> int:
        return self._len


class Demo:
    """Builds the rows of one demo project into a Store."""

    def __init__(self, store: Store, rubric: Rubric):
        self.store = store
        self.rng = store.rng
        self.rubric = rubric
        self.assessors: list[str] = []
        self.candidates: list[Candidate] = []
        # (excerpt id, indicator codes, valence, starred): what findings are built from.
        self.excerpts: list[tuple[str, tuple[str, ...], str, bool]] = []
        self._blobs: set[str] = set()
        self._bank = {c: BY_CODE[c] for c in rubric.indicator_ids if c in BY_CODE}
        # activity id → (kind, group names), excerpt id → (kind, groups), excerpt id → text:
        # what the findings may say about their evidence.
        self._activities: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._source: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._texts: dict[str, str] = {}
        self._orders: dict[str, int] = {}
        names = [f"{f} {last}" for f in scenes.FIRST_NAMES for last in scenes.LAST_NAMES]
        names.remove(scenes.KNOWN_PARTICIPANT)
        self.rng.shuffle(names)
        self._names = iter([scenes.KNOWN_PARTICIPANT, *names])

    # -- people and activities -------------------------------------------------------------

    def add_assessors(self, at: datetime) -> None:
        for name, initials in scenes.ASSESSORS:
            self.assessors.append(self.store.add(Assessor, at, name=name, initials=initials)["id"])

    def add_participants(self, group: str, count: int, at: datetime) -> list[str]:
        roles = scenes.ROLES[group]
        return [self.store.add(Participant, at, group_id=self.rubric.group_ids.get(group),
                               name=next(self._names), role=self.rng.choice(roles))["id"]
                for _ in range(count)]

    def add_activity(self, kind: str, title: str, start: datetime, end: datetime, *,
                     assessors: list[str], groups: tuple[str, ...] = (),
                     participants: tuple[str, ...] | list[str] = (), **fields) -> str:
        row = self.store.add(Activity, start, kind=kind, title=title, status="done",
                             started_at=start, ended_at=end, **fields)
        row["updated_at"] = end  # last touched when the notes were finished
        act_id = row["id"]
        self._activities[act_id] = (kind, tuple(groups))
        for a_id in assessors:
            self.store.add(ActivityAssessor, activity_id=act_id, assessor_id=a_id)
        for name in groups:
            self.store.add(ActivityGroup, activity_id=act_id, group_id=self.rubric.group_ids[name])
        for p_id in participants:
            self.store.add(ActivityParticipant, activity_id=act_id, participant_id=p_id)
        return act_id

    # -- notes -------------------------------------------------------------------------------

    def add_entry(self, writer: Writer, at: datetime, *, question_id: str | None = None,
                  offset_s: float | None = None, author_id: str | None = None) -> str:
        act = writer.activity_id
        order = self._orders.get(act, 0)
        self._orders[act] = order + 1
        entry_id = self.store.add(Entry, at, activity_id=act, text=writer.text,
                                  question_id=question_id, offset_s=offset_s,
                                  author_id=author_id, order=order)["id"]
        for cand in writer.found:
            cand.entry_id = entry_id
        self.candidates += writer.found
        return entry_id

    def lead(self, letter: str | None) -> str:
        who = self.rng.choice(scenes.SPEAKERS[letter])
        return self.rng.choice(scenes.QUOTE_FORMS).format(who=who, whol=who[0].lower() + who[1:])

    def pick(self, codes: tuple[str, ...], letter: str | None, used: set,
             kind: str | None = None) -> Statement:
        """A statement about one of `codes` that this group could say, fresh in this activity."""
        # Only indicators both the rubric and the bank know (the template may be edited).
        codes = tuple(c for c in codes if c in self._bank) or tuple(self._bank)
        code = self.rng.choice(codes)
        pool = [s for s in self._bank[code] if kind is None or s.kind == kind]
        for ok in (lambda s: s.fits(letter) and s not in used, lambda s: s.fits(letter),
                   lambda s: True):
            choices = [s for s in pool if ok(s)]
            if choices:
                st = self.rng.choice(choices)
                used.add(st)
                return st
        raise AssertionError("empty statement bank")

    def tags(self, code: str, related: tuple[str, ...], count: int) -> tuple[str, ...]:
        """The statement's own indicator first, then the question's, then its area's."""
        known = self.rubric.area_of
        near = [c for c in related if c != code and c in known]
        self.rng.shuffle(near)
        if code not in known:
            return tuple(near[:count])
        area = [c for c in self.rubric.indicators_in[known[code]] if c != code and c not in near]
        self.rng.shuffle(area)
        return tuple([code, *near, *area][:count])

    def say(self, writer: Writer, codes: tuple[str, ...], letter: str | None, used: set,
            tag_counts: tuple[int, ...], kind: str | None = None) -> None:
        st = self.pick(codes, letter, used, kind)
        lead = self.lead(letter) if st.kind == "quote" else ""
        writer.statement(st, self.tags(st.code, codes, self.rng.choice(tag_counts)), lead)

    # -- evidence ----------------------------------------------------------------------------

    def add_excerpt(self, cand: Candidate, at: datetime, author_id: str | None, *,
                    starred: bool = False, memo: str | None = None) -> str:
        ex_id = self.store.add(Excerpt, at, entry_id=cand.entry_id, activity_id=cand.activity_id,
                               start=cand.start, end=cand.end, text=cand.text, kind=cand.kind,
                               valence=cand.valence, starred=starred, memo=memo,
                               author_id=author_id, detached=False)["id"]
        self._note_source(ex_id, cand.activity_id, cand.text)
        self._tag(ex_id, cand.codes, cand.valence, starred)
        return ex_id

    def add_page_excerpt(self, activity_id: str, page: int, text: str, codes: tuple[str, ...],
                         valence: str, at: datetime, author_id: str | None, *,
                         attachment_id: str | None = None, starred: bool = False) -> str:
        ex_id = self.store.add(Excerpt, at, activity_id=activity_id, attachment_id=attachment_id,
                               page=page, text=text, kind="quote", valence=valence,
                               starred=starred, author_id=author_id, detached=False)["id"]
        self._note_source(ex_id, activity_id, text)
        self._tag(ex_id, codes, valence, starred)
        return ex_id

    def _note_source(self, ex_id: str, activity_id: str, text: str) -> None:
        self._source[ex_id] = self._activities.get(activity_id, ("", ()))
        self._texts[ex_id] = text

    def _tag(self, ex_id: str, codes: tuple[str, ...], valence: str, starred: bool) -> None:
        codes = tuple(c for c in codes if c in self.rubric.indicator_ids)
        for code in codes:
            self.store.add(ExcerptIndicator, excerpt_id=ex_id,
                           indicator_id=self.rubric.indicator_ids[code])
        self.excerpts.append((ex_id, codes, valence, starred))

    def add_file(self, data: bytes, filename: str, media_type: str, at: datetime, *,
                 caption: str | None = None, activity_id: str | None = None,
                 entry_id: str | None = None) -> str:
        digest = hashlib.sha256(data).hexdigest()
        if digest not in self._blobs:  # content-addressed: each distinct content once
            self._blobs.add(digest)
            self.store.add(Blob, sha256=digest, size=len(data), data=data)
        return self.store.add(Attachment, at, sha256=digest, filename=filename,
                              media_type=media_type, size=len(data), caption=caption,
                              activity_id=activity_id, entry_id=entry_id)["id"]

    # -- judgement ---------------------------------------------------------------------------

    def _levels(self, support: dict[str, list[tuple[str, str, bool]]]) -> dict[str, int]:
        """A level per indicator: the more strengths in its evidence, the higher.

        Indicators are ranked by their (smoothed) share of strengths and the ranks spread
        over the scale, so the demo shows every level and colour, not just the middle.
        """
        values = sorted(self.rubric.levels)
        share = {}
        for code, found in support.items():
            good = sum(v == "strength" for _, v, _ in found)
            bad = sum(v == "gap" for _, v, _ in found)
            share[code] = (good + 1) / (good + bad + 2) + self.rng.uniform(-0.05, 0.05)
        ranked = sorted(share, key=share.get)
        # On the usual 1–4 scale: a few at each end, most in the middle.
        cuts = (0.15, 0.5, 0.85) if len(values) == 4 else tuple(
            (i + 1) / len(values) for i in range(len(values) - 1))
        return {code: values[sum(rank / len(ranked) >= c for c in cuts)]
                for rank, code in enumerate(ranked)}

    def _tail(self, found: list[tuple[str, str, bool]]) -> str | None:
        """A closing remark on the evidence, only when the evidence bears it out."""
        true = [tail for tail, holds in tail_facts(
            [(v, *self._source.get(x, ("", ()))) for x, v, _ in found]).items() if holds]
        return self.rng.choice(true) if true else None

    def add_findings(self, at: datetime, author_id: str) -> None:
        rb = self.rubric
        support: dict[str, list[tuple[str, str, bool]]] = {c: [] for c in rb.indicator_ids}
        about: dict[str, list[tuple[str, str, bool]]] = {c: [] for c in rb.indicator_ids}
        for ex_id, codes, valence, starred in self.excerpts:
            for code in codes:
                support[code].append((ex_id, valence, starred))
            if codes:  # the statement's own indicator comes first (see tags)
                about[codes[0]].append((ex_id, valence, starred))
        levels = self._levels(support)
        top = max(rb.levels)
        for codes in rb.indicators_in.values():
            quoted: set[str] = set()  # texts already chosen in this area
            for code in codes:
                self._finding(code, levels[code], top, support[code], about[code], quoted, at,
                              author_id)
        for area, codes in rb.indicators_in.items():
            self._area_summary(area, codes, levels, at, author_id)

    def _finding(self, code: str, level: int, top: int, found, own_evidence, quoted: set[str],
                 at: datetime, author_id: str) -> None:
        """Texts that agree with the level: no praise at the lowest level, no "nothing is in
        place" at the highest; quotes about this indicator, none repeated in its area."""
        rb, rng = self.rubric, self.rng
        own = BY_CODE.get(code, ())
        strengths = [s.text for s in own if s.valence == "strength" and s.kind == "paraphrase"]
        gaps = [s.text for s in own if s.valence == "gap" and s.kind == "paraphrase"]
        rng.shuffle(gaps)
        actions = [scenes.ACTIONS[code]] if code in scenes.ACTIONS else []
        # A question for the municipality to reflect on is not an action: its own field.
        reflection = (scenes.REFLECTION[rb.area_of[code]]
                      if rng.random() < 0.4 and rb.area_of[code] in scenes.REFLECTION else None)
        lowest = min(rb.levels)
        if level == lowest:
            praise, wanting = [scenes.LOWEST_LEVEL_STRENGTH], gaps[:2]
        elif level == top:
            praise, wanting = strengths[:2], [scenes.TOP_LEVEL_IMPROVEMENT]
        else:
            praise = strengths[:1 if level - lowest < top - level else 2]
            wanting = gaps[:2 if level - lowest < top - level else 1]
        tail = self._tail(found) if level != lowest else None
        f_id = self.store.add(
            Finding, at, indicator_id=rb.indicator_ids[code], level=level,
            strengths=" ".join([*praise, *([tail] if tail else [])]) or None,
            improvements=" ".join(wanting) or None,
            actions=" ".join(actions) or None, reflection=reflection,
            # The team has agreed the first areas; the rest are still being moderated.
            status="agreed" if rb.area_of[code] in scenes.AGREED_AREAS else "draft",
            author_id=author_id)["id"]
        # Starred excerpts are the ones the team wants in the report: prefer them. Only
        # excerpts about this indicator (their first tag), each text once in the area.
        # A quote praising what the lowest level says is missing, or a gap under the highest
        # level, would contradict the finding.
        against = "strength" if level == lowest else "gap" if level == top else None
        fitting = [x for x in own_evidence if x[1] != against] or own_evidence
        ranked = [x for x in fitting if x[2]] + [x for x in fitting if not x[2]]
        head = ranked[:6]
        rng.shuffle(head)
        chosen: list[str] = []
        wanted = rng.randint(1, 3)
        for ex_id, _, _ in head:
            text = self._texts.get(ex_id, ex_id)
            if text not in quoted and len(chosen) < wanted:
                quoted.add(text)
                chosen.append(ex_id)
        for n, ex_id in enumerate(chosen):
            self.store.add(FindingExcerpt, finding_id=f_id, excerpt_id=ex_id, order=n)

    def _area_summary(self, area: str, codes: list[str], levels: dict[str, int], at: datetime,
                      author_id: str) -> None:
        """The spread of levels in words (ordinal levels are not averaged), and the strengths
        and gaps of the indicators at the area's highest and lowest level."""
        rb = self.rubric
        spread = []
        for value in sorted({levels[c] for c in codes}, reverse=True):
            n = sum(levels[c] == value for c in codes)
            spread.append(f"{_count_nb(n)} på nivå {value} («{rb.levels[value]}»)")
        listed = ", ".join(spread[:-1]) + (" og " if len(spread) > 1 else "") + spread[-1]
        high, low = max(levels[c] for c in codes), min(levels[c] for c in codes)
        best = [c for c in codes if levels[c] == high]
        worst = [c for c in codes if levels[c] == low]
        strengths = [s.text for c in best for s in BY_CODE.get(c, ())[:6]
                     if s.valence == "strength" and s.kind == "paraphrase"]
        gaps = [s.text for c in worst for s in BY_CODE.get(c, ())
                if s.valence == "gap" and s.kind == "paraphrase"]
        self.store.add(
            AreaSummary, at, area_id=rb.area_ids[area], author_id=author_id,
            summary=f"Området «{rb.area_titles[area]}» har {listed}.",
            strengths=" ".join(strengths[:2]) if high > min(rb.levels) else None,
            improvements=" ".join(gaps[:2]) if low < max(rb.levels) else None)


def _count_nb(n: int) -> str:
    words = ("ingen", "ett kjennetegn", "to kjennetegn", "tre kjennetegn", "fire kjennetegn",
             "fem kjennetegn", "seks kjennetegn")
    return words[n] if n < len(words) else f"{n} kjennetegn"


def tail_facts(evidence: list[tuple[str, str, tuple[str, ...]]]) -> dict[str, bool]:
    """Each closing remark of scenes.FINDING_TAILS and whether the evidence bears it out;
    evidence is (valence, activity kind, group names) per excerpt tagged to the indicator."""
    good = [(kind, groups) for valence, kind, groups in evidence if valence == "strength"]
    kinds = {kind for _, kind, _ in evidence}
    said_by = {g for kind, groups in good if kind == "interview" for g in groups}
    valences = {valence for valence, _, _ in evidence}
    confirmed, documents, both, varies = scenes.FINDING_TAILS
    return {
        confirmed: len(said_by) >= 2,
        documents: any(kind == "document_review" for kind, _ in good),
        both: {"interview", "document_review"} <= kinds,
        varies: {"strength", "gap"} <= valences,
    }
