"""The small demo: one realistic visit week in Fjellvik kommune, for a newcomer to open."""

import re
from datetime import datetime, timedelta

from digifelt.core.demo import scenes
from digifelt.core.demo.build import Candidate, Demo, Writer
from digifelt.core.demo.context import BASE, GuideInfo
from digifelt.core.demo.documents import DOCUMENTS, pdf_pages
from digifelt.core.demo.media import meeting_room_png, text_pdf
from digifelt.core.demo.texts import Statement, group_letter
from digifelt.core.demo.workshop import add_workshop
from digifelt.core.models import Activity

TARGET_EXCERPTS = 150
SMALL_TAGS = (1, 1, 2)  # one or two indicators per excerpt, mostly one

# (group, subtitle, day of the visit week, UTC hour, minute, minutes long)
INTERVIEWS = (
    ("Ledere", "kommunedirektørens ledergruppe", 0, 7, 30, 90),
    ("Folkevalgte", "formannskapet", 0, 14, 0, 80),
    ("Ansatte", "helse og omsorg", 1, 7, 0, 75),
    ("Tillitsvalgte", "hovedtillitsvalgte", 1, 10, 0, 80),
    ("Ledere", "enhetsledere", 2, 7, 0, 85),
    ("Ansatte", "servicetorget, skole og teknisk", 2, 10, 0, 75),
    ("Folkevalgte", "hovedutvalgene", 2, 14, 30, 90),
    ("Tillitsvalgte", "plasstillitsvalgte og verneombud", 3, 7, 30, 70),
)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return BASE.replace(hour=hour, minute=minute) + timedelta(days=day)


def build_small(demo: Demo) -> None:
    rng = demo.rng
    demo.add_assessors(_at(-21, 8))
    ends: dict[str, datetime] = {}
    authors: dict[str, str] = {}
    page_excerpts = _document_reviews(demo, ends, authors)
    for n, (group, subtitle, day, hour, minute, minutes) in enumerate(INTERVIEWS):
        _interview(demo, n, group, subtitle, _at(day, hour, minute), minutes, ends, authors)
    _observations(demo, ends, authors)
    # Covered: an excerpt about the indicator (its first tag), which a finding can quote.
    covered = {codes[0] for _, codes, _, _ in demo.excerpts if codes}
    chosen = _select(demo, TARGET_EXCERPTS - page_excerpts, covered)
    # About a fifth starred (wanted in the report) and a handful with a memo.
    starred = set(rng.sample(range(len(chosen)), round(0.2 * len(chosen))))
    with_memo = set(rng.sample(range(len(chosen)), min(5, len(chosen))))
    for n, cand in enumerate(chosen):
        at = ends[cand.activity_id] + timedelta(hours=3, minutes=n % 60)
        demo.add_excerpt(cand, at, authors[cand.activity_id], starred=n in starred,
                         memo=rng.choice(scenes.MEMOS) if n in with_memo else None)
    demo.add_findings(_at(4, 7), demo.assessors[0])
    # After the findings, with draws of its own at the end: the rest of the demo stays as it was.
    add_workshop(demo, _at(3, 15))


def _select(demo: Demo, count: int, covered: set[str]) -> list[Candidate]:
    """About `count` candidates at random, making sure every indicator gets evidence."""
    rng, cands = demo.rng, demo.candidates
    order = list(range(len(cands)))
    rng.shuffle(order)
    chosen: list[int] = []
    taken = set()
    for code in demo.rubric.indicator_ids:
        if code in covered:
            continue
        pick = next((i for i in order if i not in taken and cands[i].codes[:1] == (code,)),
                    None)
        if pick is not None:
            chosen.append(pick)
            taken.add(pick)
            covered.add(code)
    for i in order:
        if len(chosen) >= count:
            break
        if i not in taken:
            chosen.append(i)
            taken.add(i)
    return [cands[i] for i in sorted(chosen)]


def _interview(demo: Demo, n: int, group: str, subtitle: str, start: datetime, minutes: int,
               ends: dict, authors: dict) -> None:
    rng, rb = demo.rng, demo.rubric
    guide = rb.guides.get(f"intervju-{group.lower()}")
    lead, note_taker = demo.assessors[n % 3], demo.assessors[(n + 1) % 3]
    headcount = rng.randint(4, 8)
    people = demo.add_participants(group, headcount, start - timedelta(days=10))
    end = start + timedelta(minutes=minutes)
    act = demo.add_activity(
        "interview", f"Gruppeintervju {group.lower()} {n // 4 + 1} ({subtitle})", start, end,
        assessors=[lead, note_taker], groups=(group,), participants=people,
        place=rng.choice(scenes.INTERVIEW_PLACES), guide_id=guide.id if guide else None,
        headcount=headcount)
    ends[act], authors[act] = end, note_taker
    questions = guide.questions if guide else []
    letter = group_letter(group)
    used: set[Statement] = set()
    for i, q in enumerate(questions):
        w = Writer(act)
        head = q.text.lower()
        if q.codes:
            if rng.random() < 0.12:  # not every question gets asked in 80 minutes
                continue
            for _ in range(rng.choice((1, 2, 2, 3))):
                demo.say(w, q.codes, letter, used, SMALL_TAGS)
            if rng.random() < 0.5:
                w.plain(rng.choice(scenes.FILLERS))
        elif head.startswith("åpning"):
            words = rng.sample(scenes.OPENING_WORDS, rng.randint(4, 6))
            w.plain(f"Stikkord fra runden: {', '.join(words[:-1])} og {words[-1]}.")
        elif head.startswith("avslutning"):
            w.plain("Runde rundt bordet.")
            for st in rng.sample(scenes.CHANGE_ONE_THING, rng.randint(2, 3)):
                w.statement(st, (st.code,), demo.lead(letter))
        elif head.startswith("oppsummering"):
            w.plain(rng.choice(scenes.SUMMARY_NOTES))
        elif rng.random() < 0.5:
            w.plain(rng.choice(scenes.NOTHING_MORE))
        else:
            demo.say(w, (), letter, used, SMALL_TAGS)
        at = start + timedelta(seconds=int(minutes * 60 * (i + 1) / (len(questions) + 1)))
        demo.add_entry(w, at, question_id=q.id, author_id=note_taker)


def _observations(demo: Demo, ends: dict, authors: dict) -> None:
    rng, rb = demo.rng, demo.rubric
    guide = rb.guides.get("observasjon-politisk-møte")
    meetings = (("Kommunestyremøte 15. september", "Kommunestyresalen, rådhuset",
                 _at(1, 15), 210, 0.55),
                ("Hovedutvalg for helse og omsorg", "Formannskapssalen, rådhuset",
                 _at(3, 11), 150, 0.4))
    for n, (title, place, start, minutes, good) in enumerate(meetings):
        observer = demo.assessors[(n + 2) % 3]
        end = start + timedelta(minutes=minutes)
        act = demo.add_activity("observation", f"Observasjon: {title}", start, end,
                                assessors=[observer], groups=("Folkevalgte",), place=place,
                                guide_id=guide.id if guide else None,
                                headcount=rng.randint(19, 35))
        ends[act], authors[act] = end, observer
        offset = 0.0
        for q in guide.questions if guide else []:
            number = re.match(r"O(\d+)\b", q.text)
            w = Writer(act)
            if number and int(number.group(1)) in scenes.OBSERVATION_POINTS:
                if n and rng.random() < 0.2:
                    continue
                seen, missed = scenes.OBSERVATION_POINTS[int(number.group(1))]
                ok = rng.random() < good
                code = q.codes[0] if q.codes else rng.choice(list(rb.indicator_ids))
                st = Statement(code, "strength" if ok else "gap", "paraphrase", "*",
                               seen if ok else missed)
                w.statement(st, demo.tags(code, q.codes, rng.choice(SMALL_TAGS)))
                if rng.random() < 0.3:
                    w.plain(rng.choice(scenes.OBSERVATION_CONTEXT))
            else:
                w.plain(scenes.OVERALL_IMPRESSION if q.text.lower().startswith("samlet")
                        else scenes.FOLLOW_UP)
            offset += rng.randint(120, 900)
            entry = demo.add_entry(w, start + timedelta(seconds=offset), question_id=q.id,
                                   offset_s=offset, author_id=observer)
            if n == 0 and number and number.group(1) == "3":
                demo.add_file(meeting_room_png(), "kommunestyresalen.png", "image/png",
                              start + timedelta(seconds=offset), activity_id=act, entry_id=entry,
                              caption="Storskjermen i kommunestyresalen med sakslisten, "
                                      "sett fra publikumsbenken.")
    start = _at(0, 11)
    end = start + timedelta(minutes=90)
    act = demo.add_activity("observation", "Observasjon: Servicetorget og digital veiledning",
                            start, end, assessors=[demo.assessors[2]], groups=("Innbyggere",)
                            if "Innbyggere" in rb.group_ids else (),
                            place="Servicetorget, rådhuset", headcount=None)
    ends[act], authors[act] = end, demo.assessors[2]
    offset = 0.0
    for st in rng.sample(scenes.SERVICE_DESK, len(scenes.SERVICE_DESK)):
        w = Writer(act)
        w.statement(st, demo.tags(st.code, (), rng.choice(SMALL_TAGS)))
        offset += rng.randint(240, 720)
        demo.add_entry(w, start + timedelta(seconds=offset), offset_s=offset,
                       author_id=demo.assessors[2])


def _document_reviews(demo: Demo, ends: dict, authors: dict) -> int:
    """The week before the visit; returns how many page-cited excerpts were made."""
    rng, rb = demo.rng, demo.rubric
    guide: GuideInfo | None = rb.guides.get("dokumentgjennomgang")
    made = 0
    for n, doc in enumerate(DOCUMENTS):
        reader = demo.assessors[n % 3]
        start = _at(-7 + n // 2, 7 + 3 * (n % 2))
        end = start + timedelta(minutes=rng.randint(60, 150))
        act = demo.add_activity(
            "document_review", f"Dokumentgjennomgang: {doc.title}", start, end,
            assessors=[reader], guide_id=guide.id if guide else None, doc_title=doc.title,
            doc_type=doc.doc_type, doc_date=doc.doc_date, doc_owner=doc.owner,
            doc_reference=doc.reference)
        row = demo.store.rows[Activity][-1]
        ends[act], authors[act] = end, reader
        attachment = None
        if doc.attach_pdf:
            filename = "digitaliseringsstrategi-2023-2027.pdf"
            attachment = demo.add_file(text_pdf(pdf_pages(doc)), filename, "application/pdf",
                                       start, activity_id=act,
                                       caption="Strategien slik den ble vedtatt (utdrag).")
            row["doc_attachment_id"] = attachment
        for i, (prefix, notes) in enumerate(doc.entries):
            question = guide.question(prefix) if guide else None
            w = Writer(act)
            for note in notes:
                w.statement(Statement(note.codes[0], note.valence, "paraphrase", "*", note.text),
                            note.codes)
            demo.add_entry(w, start + timedelta(minutes=20 * (i + 1)),
                           question_id=question.id if question else None, author_id=reader)
        for quote in doc.quotes:
            demo.add_page_excerpt(act, quote.page, quote.text, quote.codes, quote.valence,
                                  end + timedelta(minutes=10 + made), reader,
                                  attachment_id=attachment, starred=rng.random() < 0.3)
            made += 1
    return made
