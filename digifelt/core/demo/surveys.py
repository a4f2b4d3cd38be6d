"""The demo's two surveys, imported through the real survey import, and a few of their free-text
answers tagged.

The answers are given as counts per group (low → high on the scale, then "Vet ikke"), which is
all digifelt keeps; the respondents' rows are made from them only to be read by the import, as a
results file would be. Ledere's answers to one question of the staff survey are fewer than five,
so that cell is suppressed (and, by the complement rule, the Ansatte cell of that question too).
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import text
from sqlmodel import Session

from digifelt.core.demo.build import Candidate, Demo
from digifelt.core.demo.context import BASE, rekey_rows
from digifelt.core.services import surveys
from digifelt.core.services.survey_files import Table
from digifelt.core.services.survey_import import ColumnMap, SurveyMapping
from digifelt.storage.database import Database

IMPORTED_AT = BASE - timedelta(days=6)  # the week before the visit
SCALE = ("Helt uenig", "Litt uenig", "Litt enig", "Helt enig")
DONT_KNOW = "Vet ikke"


@dataclass(frozen=True)
class Question:
    text: str
    codes: tuple[str, ...]
    # group value in the file → answers per scale label, then "Vet ikke" (counted as blank)
    answers: dict[str, tuple[int, int, int, int, int]]


@dataclass(frozen=True)
class Survey:
    title: str
    file_name: str
    groups: dict[str, str]  # value in the "Rolle" column → respondent group
    size: dict[str, int]  # respondents per value
    questions: tuple[Question, ...]
    free_text: str
    # value → its respondents' free-text answers; (answer, codes, valence) are tagged
    comments: dict[str, tuple[str, ...]]
    tagged: tuple[tuple[str, tuple[str, ...], str], ...]
    started: date
    ended: date


STAFF = Survey(
    title="Spørreundersøkelse ansatte 2026",
    file_name="ansatte-2026.csv",
    groups={"Leder": "Ledere", "Ansatt": "Ansatte"},
    size={"Leder": 14, "Ansatt": 63},
    questions=(
        Question("Jeg kjenner innholdet i kommunens digitaliseringsstrategi", ("2.1",),
                 {"Leder": (0, 2, 6, 6, 0), "Ansatt": (12, 20, 22, 9, 0)}),
        Question("Jeg fikk nok opplæring da vi tok i bruk det siste nye fagsystemet", ("3.2",),
                 {"Leder": (2, 4, 6, 2, 0), "Ansatt": (22, 25, 12, 4, 0)}),
        # Most leaders did not know: four answers, a cell nobody may see.
        Question("Ledelsen involverer oss når nye digitale løsninger skal innføres",
                 ("3.3", "2.2"), {"Leder": (0, 1, 2, 1, 10), "Ansatt": (10, 18, 25, 10, 0)}),
        Question("Jeg vet hva jeg skal gjøre hvis jeg oppdager et avvik i "
                 "informasjonssikkerheten", ("5.4",),
                 {"Leder": (0, 0, 5, 9, 0), "Ansatt": (3, 7, 25, 28, 0)}),
        Question("Jeg finner lett de digitale verktøyene og dokumentene jeg trenger i jobben",
                 ("6.1",), {"Leder": (0, 2, 7, 5, 0), "Ansatt": (4, 10, 30, 18, 1)}),
    ),
    free_text="Hva er det viktigste kommunen kan gjøre for å lykkes med digitalisering?",
    comments={
        "Ansatt": (
            "Gi oss tid til opplæring før systemet tas i bruk, ikke etter.",
            "Spør oss som bruker systemene hver dag før noe nytt kjøpes inn.",
            "Færre innlogginger. Vi bruker mye tid på å lete etter riktig system.",
            "Mer hjelp til innbyggere som ikke får til de digitale skjemaene.",
            "Bedre nett i hjemmetjenesten.",
        ),
        "Leder": (
            "Vi trenger en felles oversikt over hvilke prosjekter som pågår.",
            "Gevinstene må følges opp etter at prosjektet er avsluttet.",
        ),
    },
    tagged=(
        ("Gi oss tid til opplæring før systemet tas i bruk, ikke etter.", ("3.2",), "gap"),
        ("Spør oss som bruker systemene hver dag før noe nytt kjøpes inn.", ("3.3",), "gap"),
        ("Mer hjelp til innbyggere som ikke får til de digitale skjemaene.", ("4.4",), "gap"),
        ("Vi trenger en felles oversikt over hvilke prosjekter som pågår.", ("2.3",), "gap"),
        ("Gevinstene må følges opp etter at prosjektet er avsluttet.", ("7.2",), "gap"),
    ),
    started=date(2026, 8, 24),
    ended=date(2026, 9, 4),
)

COUNCIL = Survey(
    title="Spørreundersøkelse folkevalgte 2026",
    file_name="folkevalgte-2026.csv",
    groups={"Kommunestyremedlem": "Folkevalgte"},
    size={"Kommunestyremedlem": 29},
    questions=(
        Question("Jeg får den opplæringen jeg trenger for å ta stilling til saker om "
                 "digitalisering", ("1.2",), {"Kommunestyremedlem": (6, 11, 9, 3, 0)}),
        Question("Saksframleggene beskriver hvilke gevinster digitaliseringen skal gi",
                 ("1.3", "7.1"), {"Kommunestyremedlem": (9, 12, 6, 2, 0)}),
        Question("Vi får jevnlig rapportering om hvordan digitaliseringsarbeidet går", ("1.4",),
                 {"Kommunestyremedlem": (5, 9, 11, 3, 1)}),
        Question("Møteportalen og nettbrettet fungerer godt i mitt arbeid som folkevalgt",
                 ("1.5",), {"Kommunestyremedlem": (1, 2, 10, 16, 0)}),
    ),
    free_text="Kommentarer",
    comments={
        "Kommunestyremedlem": (
            "Vi vedtar strategier, men hører lite om hva som kommer ut av dem.",
            "Et kurs for nye folkevalgte om digitalisering hadde vært nyttig.",
            "Portalen er grei. Det er sakene som er lange.",
        ),
    },
    tagged=(
        ("Vi vedtar strategier, men hører lite om hva som kommer ut av dem.", ("1.4",), "gap"),
        ("Et kurs for nye folkevalgte om digitalisering hadde vært nyttig.", ("1.2",), "gap"),
    ),
    started=date(2026, 8, 24),
    ended=date(2026, 9, 7),
)

SURVEYS = (STAFF, COUNCIL)


def results(survey: Survey) -> Table:
    """The results file a survey tool would give: a row per respondent, its group, its answers
    (in the order of the counts: that order is never kept) and perhaps a comment."""
    headers = ["Rolle", *(q.text for q in survey.questions), survey.free_text]
    rows: list[list[str | None]] = []
    for value, size in survey.size.items():
        columns = []
        for q in survey.questions:
            labels = [label for label, n in zip((*SCALE, DONT_KNOW), q.answers[value],
                                                strict=True) for _ in range(n)]
            columns.append(labels + [None] * (size - len(labels)))
        comments = list(survey.comments.get(value, ()))
        for i in range(size):
            rows.append([value, *(c[i] for c in columns),
                         comments[i] if i < len(comments) else None])
    return Table(survey.file_name, headers, [(n + 2, r) for n, r in enumerate(rows)])


def mapping(survey: Survey) -> SurveyMapping:
    return SurveyMapping(
        title=survey.title, group_column="Rolle", groups=survey.groups, scale=list(SCALE),
        no_answer=[DONT_KNOW],
        questions=[ColumnMap(column=q.text, indicators=list(q.codes)) for q in survey.questions],
        free_text=[ColumnMap(column=survey.free_text)], started=survey.started,
        ended=survey.ended)


def add_surveys(db: Database, session: Session, demo: Demo, at: datetime) -> None:
    """Import both surveys into the open transaction, give their rows the demo's seeded ids and
    times, and tag some free-text answers (into the demo's store, inserted after this)."""
    for survey in SURVEYS:
        made = surveys.import_survey(db, results(survey), mapping(survey))
        conn = session.connection()
        act_id = rekey_rows(conn, demo.store, "activity", [made.activity_id], at)[
            made.activity_id]
        for table in ("survey_question", "entry"):
            old = conn.execute(text(f"SELECT id FROM {table} WHERE activity_id = :a "
                                    "ORDER BY rowid"), {"a": act_id}).scalars().all()
            rekey_rows(conn, demo.store, table, old, at)
        answers = dict(conn.execute(text("SELECT text, id FROM entry WHERE activity_id = :a"),
                                    {"a": act_id}).all())
        for n, (answer, codes, valence) in enumerate(survey.tagged):
            cand = Candidate(act_id, 0, len(answer), answer, codes, valence, "quote",
                             answers[answer])
            demo.add_excerpt(cand, at.replace(minute=n), demo.assessors[1])
