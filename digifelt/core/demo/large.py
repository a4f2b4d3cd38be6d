"""The large demo: 200 activities, tens of thousands of excerpts, 20 MB of files: for benchmarks."""

import re
from datetime import datetime, timedelta

from digifelt.core.demo import scenes
from digifelt.core.demo.build import Demo, Writer
from digifelt.core.demo.context import BASE, PLANNED_AT
from digifelt.core.demo.documents import DOCUMENTS
from digifelt.core.demo.texts import Statement, group_letter
from digifelt.core.demo.workshop import add_workshop

ACTIVITIES = 200
KINDS = ("interview",) * 6 + ("observation",) * 2 + ("document_review",) * 2
GROUPS = ("Folkevalgte", "Ledere", "Ansatte", "Tillitsvalgte")
OBSERVATION_ENTRIES = 35
PHOTOS = 100
PHOTO_BYTES = 200_000
LONG_ENTRIES = 5
LONG_WORDS = 5_000
LARGE_TAGS = (1, 2, 2, 2, 3, 3)  # at least two indicators per excerpt on average


def build_large(demo: Demo) -> None:
    rng = demo.rng
    demo.add_assessors(PLANNED_AT)
    ends: dict[str, datetime] = {}
    authors: dict[str, str] = {}
    photo_spots: list[tuple[str, str, datetime]] = []
    counts = dict.fromkeys(("interview", "observation", "document_review"), 0)
    for i in range(ACTIVITIES):
        kind = KINDS[i % len(KINDS)]
        start = BASE + timedelta(days=i // 5, hours=2 * (i % 5))
        n = counts[kind]
        counts[kind] += 1
        author = demo.assessors[i % 3]
        if kind == "interview":
            act, end, first = _interview(demo, n, start, author)
        elif kind == "observation":
            act, end, first = _observation(demo, n, start, author)
        else:
            act, end, first = _document_review(demo, n, start, author)
        ends[act], authors[act] = end, author
        if kind != "document_review":
            photo_spots.append((act, first, start))
    for k in range(PHOTOS):
        act, entry, at = photo_spots[k * len(photo_spots) // PHOTOS]
        # Distinct pseudo-random content: the point is the volume of stored files.
        demo.add_file(rng.randbytes(PHOTO_BYTES), f"foto-{k + 1:03d}.jpg", "image/jpeg",
                      at + timedelta(minutes=30), caption=f"Foto {k + 1:03d} fra besøket",
                      activity_id=act, entry_id=entry if k % 2 else None)
    for n, cand in enumerate(demo.candidates):
        memo = rng.choice(scenes.MEMOS) if rng.random() < 0.01 else None
        demo.add_excerpt(cand, ends[cand.activity_id] + timedelta(hours=2, seconds=n % 3600),
                         authors[cand.activity_id], starred=rng.random() < 0.2, memo=memo)
    demo.add_findings(BASE + timedelta(days=45), demo.assessors[0])
    add_workshop(demo, BASE + timedelta(days=3, hours=7))


def _interview(demo: Demo, n: int, start: datetime, author: str):
    rng, rb = demo.rng, demo.rubric
    group = GROUPS[n % len(GROUPS)]
    guide = rb.guides.get(f"intervju-{group.lower()}")
    headcount = rng.randint(4, 8)
    people = demo.add_participants(group, headcount, PLANNED_AT)
    end = start + timedelta(minutes=90)
    act = demo.add_activity("interview", f"Gruppeintervju {group.lower()} {n // 4 + 1}", start,
                            end, assessors=[author, _colleague(demo, author)], groups=(group,),
                            participants=people, place=rng.choice(scenes.INTERVIEW_PLACES),
                            guide_id=guide.id if guide else None, headcount=headcount)
    letter = group_letter(group)
    used: set[Statement] = set()
    first = None
    questions = guide.questions if guide else [None] * 25
    for i, q in enumerate(questions):
        for follow_up in range(1 + (rng.random() < 0.45)):
            w = Writer(act)
            if follow_up:
                w.plain("Oppfølging:")
            for _ in range(rng.randint(3, 5)):
                demo.say(w, q.codes if q else (), letter, used, LARGE_TAGS)
            if rng.random() < 0.4:
                w.plain(rng.choice(scenes.FILLERS))
            entry = demo.add_entry(w, start + timedelta(minutes=3 * i + follow_up),
                                   question_id=q.id if q else None, author_id=author)
            first = first or entry
    return act, end, first


def _colleague(demo: Demo, assessor: str) -> str:
    return demo.assessors[(demo.assessors.index(assessor) + 1) % len(demo.assessors)]


def _observation(demo: Demo, n: int, start: datetime, author: str):
    rng, rb = demo.rng, demo.rubric
    service_desk = n % 4 == 3
    guide = None if service_desk else rb.guides.get("observasjon-politisk-møte")
    title = ("Servicetorget" if service_desk else
             ("Kommunestyremøte", "Formannskapsmøte", "Hovedutvalg for oppvekst")[n % 3])
    end = start + timedelta(hours=3)
    act = demo.add_activity("observation", f"Observasjon {n + 1}: {title}", start, end,
                            assessors=[author], groups=() if service_desk else ("Folkevalgte",),
                            place="Servicetorget, rådhuset" if service_desk
                            else "Kommunestyresalen, rådhuset",
                            guide_id=guide.id if guide else None)
    points = [q for q in guide.questions if q.codes] if guide else []
    used: set[Statement] = set()
    offset, first = 0.0, None
    for i in range(OBSERVATION_ENTRIES):
        w = Writer(act)
        q = points[i % len(points)] if points else None
        number = re.match(r"O(\d+)\b", q.text) if q else None
        if number and int(number.group(1)) in scenes.OBSERVATION_POINTS:
            ok = rng.random() < 0.5
            text = scenes.OBSERVATION_POINTS[int(number.group(1))][0 if ok else 1]
            w.statement(Statement(q.codes[0], "strength" if ok else "gap", "paraphrase", "*",
                                  text), demo.tags(q.codes[0], q.codes, rng.choice(LARGE_TAGS)))
        elif service_desk:
            st = rng.choice(scenes.SERVICE_DESK)
            w.statement(st, demo.tags(st.code, (), rng.choice(LARGE_TAGS)))
        codes = q.codes if q else tuple(rb.indicators_in.get("4", ()))
        for _ in range(rng.randint(1, 2)):
            demo.say(w, codes, None, used, LARGE_TAGS, kind="paraphrase")
        if rng.random() < 0.3:
            w.plain(rng.choice(scenes.OBSERVATION_CONTEXT))
        offset += rng.randint(60, 420)
        entry = demo.add_entry(w, start + timedelta(seconds=offset),
                               question_id=q.id if q else None, offset_s=offset, author_id=author)
        first = first or entry
    return act, end, first


def _document_review(demo: Demo, n: int, start: datetime, author: str):
    rng, rb = demo.rng, demo.rubric
    doc = DOCUMENTS[n % len(DOCUMENTS)]
    guide = rb.guides.get("dokumentgjennomgang")
    end = start + timedelta(hours=2)
    act = demo.add_activity(
        "document_review", f"Dokumentgjennomgang {n + 1}: {doc.title}", start, end,
        assessors=[author], guide_id=guide.id if guide else None, doc_title=doc.title,
        doc_type=doc.doc_type, doc_date=doc.doc_date, doc_owner=doc.owner,
        doc_reference=doc.reference)
    used: set[Statement] = set()
    first = None
    for i, q in enumerate(guide.questions if guide else [None] * 30):
        w = Writer(act)
        for _ in range(rng.randint(2, 4)):
            demo.say(w, q.codes if q else (), None, used, LARGE_TAGS, kind="paraphrase")
        entry = demo.add_entry(w, start + timedelta(minutes=3 * i),
                               question_id=q.id if q else None, author_id=author)
        first = first or entry
    if n < LONG_ENTRIES:
        # A few very long notes (a full reading log), as users paste in from elsewhere.
        w = Writer(act)
        w.plain("Fullstendige lesenotater.")
        words = 0
        while words < LONG_WORDS:
            before = len(w)
            demo.say(w, (), None, used, LARGE_TAGS, kind="paraphrase")
            if rng.random() < 0.3:
                w.plain(rng.choice(scenes.FILLERS))
            words += len(w.text[before:].split())
        demo.add_entry(w, end, author_id=author)
    for quote in doc.quotes:
        demo.add_page_excerpt(act, quote.page, quote.text, quote.codes, quote.valence,
                              end + timedelta(minutes=5), author, starred=rng.random() < 0.2)
    return act, end, first
