"""The six municipal documents reviewed in the demo, with notes and page-cited quotes."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Note:
    codes: tuple[str, ...]
    valence: str
    text: str


@dataclass(frozen=True)
class PageQuote:
    page: int
    codes: tuple[str, ...]
    valence: str
    text: str


@dataclass(frozen=True)
class Document:
    title: str
    doc_type: str
    doc_date: date
    owner: str
    reference: str
    # Each entry answers the checklist question whose text starts with this prefix.
    entries: tuple[tuple[str, tuple[Note, ...]], ...]
    quotes: tuple[PageQuote, ...]
    pages: int
    # The one document whose file is attached (as a small, real PDF).
    attach_pdf: bool = False


def _n(codes: str, valence: str, text: str) -> Note:
    return Note(tuple(codes.split()), valence, text)


def _q(page: int, codes: str, valence: str, text: str) -> PageQuote:
    return PageQuote(page, tuple(codes.split()), valence, text)


DOCUMENTS = (
    Document(
        "Kommuneplanens samfunnsdel 2024–2036", "Kommuneplan", date(2024, 6, 20),
        "Kommunestyret", "KST-sak 38/24, arkivsak 22/00417",
        (("Kommuneplanens samfunnsdel", (
            _n("1.1", "strength", "Samfunnsdelen har et eget delmål om digitale tjenester under "
               "satsingsområdet «Levende lokalsamfunn»."),
            _n("1.1", "gap", "Målet har ingen indikatorer, og det står ikke hvem som har ansvaret "
               "for å følge det opp."),
            _n("4.4", "neutral", "Digital inkludering nevnes kort i kapitlet om folkehelse."),
        )),),
        (_q(14, "1.1", "strength", "Fjellvik kommune skal bruke digitalisering til å gi "
            "innbyggerne bedre tjenester og frigjøre tid til kjerneoppgavene."),
         _q(31, "4.4", "neutral", "Ingen skal bli stående utenfor fordi de ikke behersker "
            "digitale verktøy.")),
        pages=48,
    ),
    Document(
        "Handlingsprogram med økonomiplan 2026–2029", "Handlingsprogram", date(2025, 12, 11),
        "Kommunestyret", "KST-sak 87/25, arkivsak 25/00311",
        (("Handlingsprogram og økonomiplan", (
            _n("1.1", "gap", "Bare to tiltak er merket som digitalisering, og de er ikke koblet "
               "til målene i samfunnsdelen."),
            _n("2.3", "gap", "Investeringsbudsjettet har en samlepost til IKT på 4,5 mill. kr "
               "i året uten prioritering mellom tiltakene."),
        )), ("Gevinstplaner", (
            _n("7.1", "neutral", "Gevinster er omtalt for ett tiltak, digitalt tilsyn, med et "
               "anslag på 1,2 årsverk."),
        ))),
        (_q(22, "2.3", "gap", "Midler til IKT-investeringer fordeles av kommunedirektøren etter "
            "behov."),
         _q(23, "7.1 7.2", "strength", "Innføring av digitalt tilsyn forventes å frigjøre "
            "ressurser tilsvarende 1,2 årsverk fra 2027.")),
        pages=64,
    ),
    Document(
        "Digitaliseringsstrategi for Fjellvik kommune 2023–2027", "Strategi", date(2023, 3, 16),
        "Kommunedirektøren, stab for digitalisering", "Arkivsak 22/01893",
        (("Digitaliseringsstrategi eller temaplan", (
            _n("2.1", "strength", "Strategien har fire innsatsområder og et veikart med tiltak "
               "for hvert år. Den er kort og lett å lese."),
            _n("2.1", "gap", "Veikartet er ikke oppdatert etter 2024, og flere tiltak mangler "
               "ansvarlig enhet."),
            _n("3.1", "gap", "Kompetanse nevnes som en forutsetning for strategien, men uten "
               "egne tiltak."),
        )), ("Samarbeidsavtaler", (
            _n("2.4 7.4", "strength", "Strategien beskriver samarbeidet med Guovdageaidnu og "
               "Kárášjohka om samiskspråklige digitale tjenester."),
        ))),
        (_q(3, "2.2", "strength", "Digitalisering er et lederansvar på alle nivåer i Fjellvik "
            "kommune."),
         _q(9, "2.1", "neutral", "Strategien rulleres hvert fjerde år og følges opp i den årlige "
            "virksomhetsplanen."),
         _q(12, "7.4", "strength", "Vi skal samarbeide med nabokommunene og de samiske "
            "kommunene om felles løsninger der det gir bedre tjenester.")),
        pages=12, attach_pdf=True,
    ),
    Document(
        "Årsrapport 2025", "Årsrapport", date(2026, 4, 15),
        "Kommunedirektøren", "KST-sak 21/26, arkivsak 26/00102",
        (("Årsrapport", (
            _n("1.4", "gap", "Årsrapporten lister gjennomførte digitaliseringsprosjekter, men sier "
               "ingenting om risiko eller gevinster."),
            _n("7.2", "gap", "Oppnådde gevinster er ikke rapportert for noen av tiltakene."),
        )), ("Avviksstatistikk og beredskapsplaner", (
            _n("5.4", "neutral", "Avviksstatistikken for informasjonssikkerhet er tatt med for "
               "første gang: 47 avvik i 2025."),
        ))),
        (_q(57, "1.4", "gap", "Digitaliseringsarbeidet har hatt god framdrift i 2025."),
         _q(58, "5.4", "neutral", "Det er registrert 47 avvik knyttet til informasjonssikkerhet, "
            "hovedsakelig feilsendt e-post.")),
        pages=96,
    ),
    Document(
        "ROS-analyse for IKT og informasjonssikkerhet", "Risiko- og sårbarhetsanalyse",
        date(2024, 11, 5), "Kommunalsjef organisasjon", "Arkivsak 24/00952",
        (("Risiko- og sårbarhetsanalyser", (
            _n("5.1", "strength", "ROS-analysen er fra 2024 og dekker de viktigste systemene, med "
               "tiltak og frister."),
            _n("5.4", "gap", "Tre av åtte tiltak med høy risiko har passert fristen uten at "
               "status er oppdatert."),
            _n("5.3", "gap", "Analysen omtaler ikke skytjenester eller leverandører som "
               "behandler personopplysninger."),
        )),),
        (_q(7, "5.4", "gap", "Langvarig bortfall av fagsystemet i hjemmetjenesten vurderes som "
            "høy risiko."),
         _q(15, "5.4", "neutral", "Tiltak: Øvelse i systembortfall gjennomføres innen utgangen av "
            "2025.")),
        pages=22,
    ),
    Document(
        "Arkivplan for Fjellvik kommune", "Arkivplan", date(2022, 9, 1),
        "Arkivtjenesten", "Arkivsak 21/02210",
        (("Arkivplan", (
            _n("6.4", "gap", "Arkivplanen ble sist oppdatert i 2022 og omtaler ikke chat, "
               "sosiale medier eller de nye skyløsningene."),
            _n("6.4", "strength", "Planen gir god oversikt over arkivdelene og rutinene for "
               "journalføring i sak- og arkivsystemet."),
        )), ("Systemoversikt", (
            _n("5.2 6.1", "gap", "Systemoversikten i vedlegg 2 mangler seks fagsystemer som er "
               "tatt i bruk siden 2022."),
        ))),
        (_q(4, "6.4", "strength", "Alle saksdokumenter skal journalføres og arkiveres i "
            "kommunens sak- og arkivsystem."),
         _q(19, "6.4", "gap", "Bevaring og uttrekk fra fagsystemer utredes i 2023.")),
        pages=30,
    ),
)


def pdf_pages(doc: Document) -> list[list[str]]:
    """Page texts for the attached PDF: the cited quotes sit on the pages they cite."""
    pages = [[f"Side {n}"] for n in range(1, doc.pages + 1)]
    pages[0] = [doc.title, doc.owner, f"Vedtatt {doc.doc_date:%d.%m.%Y}", doc.reference]
    for quote in doc.quotes:
        pages[quote.page - 1].append(quote.text)
    return pages
