"""Row builders shared by both demo sizes: people, activities, notes, excerpts, files, findings."""

import hashlib
import itertools
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
        self._tag(ex_id, cand.codes, cand.valence, starred)
        return ex_id

    def add_page_excerpt(self, activity_id: str, page: int, text: str, codes: tuple[str, ...],
                         valence: str, at: datetime, author_id: str | None, *,
                         attachment_id: str | None = None, starred: bool = False) -> str:
        ex_id = self.store.add(Excerpt, at, activity_id=activity_id, attachment_id=attachment_id,
                               page=page, text=text, kind="quote", valence=valence,
                               starred=starred, author_id=author_id, detached=False)["id"]
        self._tag(ex_id, codes, valence, starred)
        return ex_id

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

    def add_findings(self, at: datetime, author_id: str) -> None:
        rb, rng = self.rubric, self.rng
        support: dict[str, list[tuple[str, str, bool]]] = {c: [] for c in rb.indicator_ids}
        for ex_id, codes, valence, starred in self.excerpts:
            for code in codes:
                support[code].append((ex_id, valence, starred))
        levels = self._levels(support)
        for code, ind_id in rb.indicator_ids.items():
            found, level = support[code], levels[code]
            own = BY_CODE.get(code, ())
            strengths = [s.text for s in own if s.valence == "strength" and s.kind == "paraphrase"]
            gaps = [s.text for s in own if s.valence == "gap" and s.kind == "paraphrase"]
            actions = [scenes.ACTIONS[code]] if code in scenes.ACTIONS else []
            if rng.random() < 0.4 and rb.area_of[code] in scenes.REFLECTION:
                actions.append(scenes.REFLECTION[rb.area_of[code]])
            rng.shuffle(gaps)
            f_id = self.store.add(
                Finding, at, indicator_id=ind_id, level=level,
                strengths=" ".join([*strengths[:1], rng.choice(scenes.FINDING_TAILS)]),
                improvements=" ".join(gaps[:rng.randint(1, 2)]) or None,
                actions=" ".join(actions) or None,
                status="draft", author_id=author_id)["id"]
            # Starred excerpts are the ones the team wants in the report: prefer them.
            ranked = [x for x in found if x[2]] + [x for x in found if not x[2]]
            head = ranked[:6]
            rng.shuffle(head)
            for n, (ex_id, _, _) in enumerate(head[:rng.randint(1, 3)]):
                self.store.add(FindingExcerpt, finding_id=f_id, excerpt_id=ex_id, order=n)
        values = sorted(rb.levels)
        for area, codes in rb.indicators_in.items():
            mean = sum(levels[c] for c in codes) / len(codes)
            label = rb.levels[min(values, key=lambda v: abs(v - mean))]
            best = max(codes, key=lambda c: levels[c])
            worst = min(codes, key=lambda c: levels[c])
            mean_nb = f"{mean:.1f}".replace(".", ",")  # Norwegian decimal comma
            self.store.add(
                AreaSummary, at, area_id=rb.area_ids[area], author_id=author_id,
                summary=(f"Samlet vurderes området «{rb.area_titles[area]}» som «{label}» "
                         f"(snitt {mean_nb}). Sterkest er «{rb.indicator_titles[best]}», "
                         f"svakest er «{rb.indicator_titles[worst]}»."),
                strengths=" ".join(s.text for s in BY_CODE.get(best, ())
                                   if s.valence == "strength" and s.kind == "paraphrase"),
                improvements=" ".join(itertools.islice(
                    (s.text for s in BY_CODE.get(worst, ())
                     if s.valence == "gap" and s.kind == "paraphrase"), 2)))
