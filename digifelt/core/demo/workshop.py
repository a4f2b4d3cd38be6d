"""The demo's council workshop: 27 folkevalgte, the facilitator's notes and the flip-over and
post-it entries, each tagged to the indicator it speaks to."""

from datetime import datetime, timedelta

from digifelt.core.demo.build import Demo, Writer
from digifelt.core.demo.texts import Statement

TITLE = "Verksted med kommunestyret"
PLACE = "Kommunestyresalen, rådhuset"
AUDIENCE = 27
MINUTES = 120

OPENING = ("Innledning ved prosjektleder om ståstedskartleggingen. Deltakerne satt i fem grupper "
           "og skrev lapper til to spørsmål: hva fungerer, og hva mangler?")
# (indicator, valence, what was written); None: the facilitator's own note, not tagged.
ENTRIES: tuple[tuple[str | None, str, str], ...] = (
    (None, "neutral", OPENING),
    ("1.5", "strength", "Lapp (hva fungerer): Møteportalen og nettbrettet gjør det lett å "
                        "finne sakene og forberede seg."),
    ("1.2", "gap", "Flere lapper (hva mangler): opplæring for folkevalgte i hva "
                   "digitalisering betyr for tjenestene, ikke bare i nettbrettet."),
    ("1.1", "gap", "Gruppe 3: strategien er vedtatt, men få husker hva den forplikter "
                   "kommunen til."),
    ("1.4", "gap", "Flip-over (hva mangler): rapporteringen til kommunestyret sier lite om "
                   "hva prosjektene har gitt."),
    ("7.1", "gap", "Flip-over: saker om nye systemer bør vise forventede gevinster og hvem "
                   "som skal hente dem ut."),
    ("4.4", "gap", "Lapp: Hva med innbyggerne som ikke er digitale? Vi får spørsmål om det "
                   "hele tiden."),
    ("1.3", "strength", "Lapp (hva fungerer): saksframleggene har fått et eget avsnitt om "
                        "personvern og informasjonssikkerhet."),
    (None, "neutral", "Oppsummering: gruppene prioriterte opplæring av folkevalgte og bedre "
                      "rapportering om gevinster."),
)


def add_workshop(demo: Demo, start: datetime) -> str:
    """The workshop, its entries as a timed log, and an excerpt for each tagged entry."""
    facilitator, note_taker = demo.assessors[0], demo.assessors[1]
    end = start + timedelta(minutes=MINUTES)
    act = demo.add_activity("workshop", TITLE, start, end, assessors=[facilitator, note_taker],
                            groups=("Folkevalgte",) if "Folkevalgte" in demo.rubric.group_ids
                            else (), place=PLACE, headcount=AUDIENCE)
    offset = 0.0
    for code, valence, words in ENTRIES:
        offset += 600
        w = Writer(act)
        if code is None:
            w.plain(words)
        else:
            w.statement(Statement(code, valence, "paraphrase", "F", words), (code,))
        demo.add_entry(w, start + timedelta(seconds=offset), offset_s=offset,
                       author_id=note_taker)
    for n, cand in enumerate(c for c in demo.candidates if c.activity_id == act):
        demo.add_excerpt(cand, end + timedelta(minutes=30 + n), note_taker)
    return act
