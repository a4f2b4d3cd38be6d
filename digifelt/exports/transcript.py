"""One activity's notes as a clean transcript (.docx or .txt) for the participants' quote check
(sitatsjekk): its title, date, the questions and the notes in order, and nothing else.

No tags, memos or codes; no other activity's notes; no assessor's own levels. Names of people
registered for other activities become the neutral mark ("[navn]"): the transcript goes to
this interview's participants, whose own names and the team's are kept as written.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from digifelt.errors import DigifeltError
from digifelt.exports.atomic import atomic_output
from digifelt.exports.names import NEUTRAL, NameReport, NameScrubber, Person
from digifelt.exports.project_source import opened
from digifelt.storage.database import Database

SUFFIXES = (".docx", ".txt")

LABELS = {
    "nb": {
        "title": "Referat til sitatsjekk",
        "intro": ("Dette er notatene fra samtalen slik vi skrev dem. Les gjennom, og si fra om "
                  "noe er gjengitt feil, mangler, eller ikke bør siteres."),
        "date": "Dato", "place": "Sted", "groups": "Gruppe",
        "free": "Andre notater", "notes": "Notater",
        "interview": "Intervju", "observation": "Observasjon",
        "document_review": "Dokumentgjennomgang", "workshop": "Verksted",
        "survey": "Spørreundersøkelse",
    },
    "en": {
        "title": "Transcript for quote check",
        "intro": ("These are the notes from the conversation as we wrote them. Please read "
                  "them and tell us if anything is wrong, missing, or should not be quoted."),
        "date": "Date", "place": "Place", "groups": "Group",
        "free": "Other notes", "notes": "Notes",
        "interview": "Interview", "observation": "Observation",
        "document_review": "Document review", "workshop": "Workshop", "survey": "Survey",
    },
}


class TranscriptError(DigifeltError):
    pass


@dataclass
class Section:
    heading: str | None  # the question; None for an activity without a guide
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Transcript:
    lang: str
    kind: str
    title: str
    day: date | None
    place: str | None
    groups: list[str]
    sections: list[Section]

    def lines(self) -> list[str]:
        lb = LABELS[self.lang]
        out = [lb["title"], "", f"{lb[self.kind]}: {self.title}"]
        if self.day is not None:
            out.append(f"{lb['date']}: {_date(self.day, self.lang)}")
        if self.place:
            out.append(f"{lb['place']}: {self.place}")
        if self.groups:
            out.append(f"{lb['groups']}: {', '.join(self.groups)}")
        out += ["", lb["intro"]]
        for section in self.sections:
            out.append("")
            if section.heading:
                out += [section.heading, ""]
            out += section.paragraphs
        return out


@dataclass(frozen=True)
class TranscriptSummary:
    path: Path
    sections: int
    words: int
    names: NameReport

    def summary(self) -> str:
        replaced = f"; {self.names.line()}" if self.names.names else ""
        return (f"wrote {self.path} ({self.sections} sections, {self.words} words of notes)"
                f"{replaced}")


def _date(day: date, lang: str) -> str:
    return f"{day.day}.{day.month}.{day.year}" if lang == "nb" else day.isoformat()


def _local_day(moment: datetime | None) -> date | None:
    return moment.astimezone().date() if moment else None


def find_activity(db: Database, ref: str) -> str:
    """An activity's id from its id or its exact title (any case): the command line's way."""
    from digifelt.core.services import activities

    views = activities.list_activities(db)
    if any(v.activity.id == ref for v in views):
        return ref
    named = [v.activity.id for v in views if v.activity.title.casefold() == ref.casefold()]
    if len(named) == 1:
        return named[0]
    if named:
        raise TranscriptError(f"{len(named)} activities are called {ref!r}: give the id")
    raise TranscriptError(f"no activity has the id or title {ref!r}")


def build_transcript(db: Database, activity_id: str, lang: str | None = None
                     ) -> tuple[Transcript, NameReport]:
    from digifelt.core.services import activities, entries, guides, people, projects

    with db.read():
        project = projects.get_project(db)
        lang = lang or (project.language if project.language in LABELS else "nb")
        view = activities.get_activity(db, activity_id)
        a = view.activity
        own = set(view.participant_ids)
        # Everyone registered elsewhere is masked; this activity's people and the team are not.
        folks = [Person(p.id, p.name or "", None if p.id in own else NEUTRAL[lang])
                 for p in people.list_participants(db)]
        folks += [Person(x.id, x.name or "", None) for x in people.list_assessors(db)]
        scrub = NameScrubber(folks, NEUTRAL[lang])
        groups = {g.id: g.name for g in people.list_groups(db)}
        notes = [e for e in entries.list_entries(db, activity_id) if e.text.strip()]
        questions = (guides.get_guide(db, a.guide_id, activity_id=activity_id).questions
                     if a.guide_id else [])

    def paragraphs(entry) -> list[str]:
        text = scrub.scrub(entry.text, kind="note", object_id=entry.id, field_name="text",
                           title=a.title, activity_id=a.id)
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if a.kind == "observation" and entry.offset_s is not None and a.started_at:
            clock = (a.started_at + timedelta(seconds=entry.offset_s)).astimezone()
            lines[0] = f"{clock:%H:%M} {lines[0]}"
        return lines

    sections: list[Section] = []
    by_question: dict[str | None, list] = {}
    for entry in notes:
        by_question.setdefault(entry.question_id, []).append(entry)
    for qv in questions:
        asked = by_question.pop(qv.question.id, [])
        if asked:
            sections.append(Section(scrub(qv.question.text),
                                    [p for e in asked for p in paragraphs(e)]))
    rest = [e for group in by_question.values() for e in group]
    rest.sort(key=lambda e: (e.order, e.created_at))
    if rest:
        heading = LABELS[lang]["free"] if sections else None
        sections.append(Section(heading, [p for e in rest for p in paragraphs(e)]))
    day = _local_day(activities.reported_dates(a)[0])
    transcript = Transcript(
        lang=lang, kind=a.kind if a.kind in LABELS[lang] else "interview",
        title=scrub.scrub(a.title, kind="activity", object_id=a.id, field_name="title",
                          title=a.title, activity_id=a.id),
        day=day, place=scrub(a.place) if a.place else None,
        groups=sorted(groups[g] for g in view.group_ids if g in groups), sections=sections)
    return transcript, scrub.report


def _write_docx(t: Transcript, fh) -> None:
    from docx import Document

    lb = LABELS[t.lang]
    doc = Document()
    doc.core_properties.title = f"{lb['title']}: {t.title}"
    doc.core_properties.author = ""
    doc.core_properties.language = "nb-NO" if t.lang == "nb" else "en"
    doc.add_heading(lb["title"], level=0)
    doc.add_heading(f"{lb[t.kind]}: {t.title}", level=1)
    facts = [(lb["date"], _date(t.day, t.lang) if t.day else None), (lb["place"], t.place),
             (lb["groups"], ", ".join(t.groups) if t.groups else None)]
    for label, value in facts:
        if value:
            p = doc.add_paragraph()
            p.add_run(f"{label}: ").bold = True
            p.add_run(value)
    doc.add_paragraph(lb["intro"]).runs[0].italic = True
    for section in t.sections:
        if section.heading:
            doc.add_heading(section.heading, level=2)
        for text in section.paragraphs:
            doc.add_paragraph(text)
    doc.save(fh)


def export_transcript(project: Path | Database, activity_id: str, out: Path, *,
                      lang: str | None = None) -> TranscriptSummary:
    """Write the transcript to `out` (.docx, or .txt as UTF-8), all at once. `activity_id`
    may also be the activity's exact title."""
    out = Path(out)
    if out.suffix.lower() not in SUFFIXES:
        raise TranscriptError(f"{out.name}: a transcript is written as .docx or .txt")
    with opened(project) as db:
        transcript, names = build_transcript(db, find_activity(db, activity_id), lang)
    with atomic_output(out) as fh:
        if out.suffix.lower() == ".txt":
            fh.write(("\n".join(transcript.lines()) + "\n").encode("utf-8"))
        else:
            _write_docx(transcript, fh)
    words = sum(len(p.split()) for s in transcript.sections for p in s.paragraphs)
    return TranscriptSummary(out, len(transcript.sections), words, names)
