"""Fixed scenery for the demo visit: people, places, lead-ins, observation notes, actions."""

from digifelt.core.demo.texts import Statement

ORGANISATION = "Fjellvik kommune"
TITLE = "Digital ståstedskartlegging 2026"
PERIOD = "Høsten 2026"
DESCRIPTION = (
    "Demoprosjekt. Fjellvik kommune er oppdiktet, og det samme er alle personer, sitater og "
    "dokumenter i prosjektet."
)
ASSESSORS = (("Ingrid Solheim", "IS"), ("Thomas Brenden", "TB"), ("Marte Lindqvist", "ML"))

# Participant names live only in the participant table. None of these words occur in
# any note text, so a test can prove that notes never name a person.
FIRST_NAMES = (
    "Kari", "Ola", "Ingvild", "Petter", "Marit", "Lars", "Hilde", "Knut", "Anne", "Geir", "Siri",
    "Trond", "Randi", "Espen", "Tone", "Håkon", "Gunnhild", "Øystein", "Solveig", "Arild",
    "Bente", "Jørn", "Ragnhild", "Svein", "Åse", "Terje", "Wenche", "Kjetil", "Heidi", "Vegard",
    "Torild", "Eirik", "Linn", "Magne", "Nina", "Audun", "Kristin", "Ståle", "Máret", "Ánde",
)
LAST_NAMES = (
    "Nordmann", "Haugen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
    "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Hansen", "Solberg",
    "Bakken", "Moen", "Eide", "Sandvik", "Halvorsen", "Myhre", "Isaksen", "Mathisen", "Eira",
    "Hætta", "Somby", "Rønning", "Nygård", "Kvalheim", "Brekke", "Tangen", "Ødegård", "Aasen",
)
# The name a newcomer will look for when trying out pseudonymisation.
KNOWN_PARTICIPANT = "Kari Nordmann"

ROLES = {
    "Folkevalgte": ("kommunestyrerepresentant", "formannskapsmedlem", "varaordfører",
                    "leder av hovedutvalg for helse og omsorg", "medlem av kontrollutvalget",
                    "leder av hovedutvalg for oppvekst", "gruppeleder"),
    "Ledere": ("kommunalsjef helse og velferd", "enhetsleder hjemmetjenesten", "rektor",
               "økonomisjef", "IKT-leder", "HR-sjef", "enhetsleder barnehage",
               "leder for servicetorget", "kommunalsjef teknisk"),
    "Ansatte": ("sykepleier", "saksbehandler byggesak", "arkivar", "lærer", "helsefagarbeider",
                "konsulent på servicetorget", "miljøterapeut", "barnehagelærer",
                "lønnskonsulent", "helsesykepleier"),
    "Tillitsvalgte": ("hovedtillitsvalgt Fagforbundet", "hovedtillitsvalgt Utdanningsforbundet",
                      "plasstillitsvalgt NSF", "hovedverneombud", "tillitsvalgt Delta",
                      "hovedtillitsvalgt FO", "tillitsvalgt Akademikerne", "verneombud"),
}

INTERVIEW_PLACES = (
    "Møterom Storstua, rådhuset", "Formannskapssalen, rådhuset", "Møterom 2, Fjellvik helsehus",
    "Personalrommet, Fjellvik skole", "Møterom Tinden, rådhuset", "Kantina, teknisk drift",
)

# Who said it, by role only: reports and notes attribute quotes to a group, never a name.
SPEAKERS = {
    "F": ("En representant", "En folkevalgt", "Et medlem av formannskapet"),
    "L": ("En enhetsleder", "En kommunalsjef", "En av lederne", "En stabsleder"),
    "A": ("En ansatt", "En saksbehandler", "En sykepleier", "En av de ansatte"),
    "T": ("En hovedtillitsvalgt", "En tillitsvalgt", "Et verneombud"),
    None: ("En deltaker", "En i gruppen"),
}
QUOTE_FORMS = ("{who}: «", "{who} sa: «", "{who} la til: «", "Sitat, {whol}: «")

FILLERS = (
    "Flere nikket.", "Gruppen var stort sett enig.", "Ikke alle var enige i dette.",
    "Samtalelederen stilte oppfølgingsspørsmål.", "Lang pause før noen svarte.",
    "Dette ble nevnt av flere.", "Se også notatene fra dokumentgjennomgangen.",
    "Ble gjentatt senere i samtalen.", "Eksempelet gjaldt hjemmetjenesten.",
    "Stemningen i gruppen var åpen og ærlig.", "Noen var usikre på hva som gjelder.",
    "Diskusjon om hva som er politikk og hva som er administrasjon.",
    "Gruppen ga flere eksempler fra egen hverdag.", "Følges opp i neste intervju.",
)

OPENING_WORDS = (
    "papirløst", "nettbrett og møteportal", "mindre dobbeltarbeid", "Teams", "KI",
    "selvbetjening", "at noe alltid er nede", "effektivisering", "nye systemer hele tiden",
    "bedre tjenester for innbyggerne", "innsparing", "digitalt tilsyn", "BankID", "opplæring",
    "personvern", "økt tilgjengelighet døgnet rundt",
)

# Answers to «Hvis dere kunne endre én ting innen ett år …»; each points at an indicator.
CHANGE_ONE_THING = tuple(Statement(code, "gap", "quote", "*", text) for code, text in (
    ("2.3", "Én felles oversikt over alle prosjektene, så vi ser hva som skjer."),
    ("3.2", "Mer tid til opplæring når noe nytt kommer."),
    ("7.3", "At vi får vite hva som skjer med forslagene våre."),
    ("6.2", "Færre systemer å logge inn i."),
    ("3.4", "Tydelige regler for bruk av KI."),
    ("1.4", "At kommunestyret får rapporter om hva tiltakene faktisk har gitt."),
    ("4.4", "Et fast tilbud om digital hjelp for dem som trenger det."),
    ("6.3", "Slutt på dobbeltregistrering mellom fagsystemene."),
    ("3.3", "At de tillitsvalgte kommer inn før beslutningene er tatt."),
    ("5.4", "En øvelse på hva vi gjør når alt er nede."),
))

SUMMARY_NOTES = (
    "Samtalelederen oppsummerte hovedpunktene. Gruppen kjente seg igjen i oppsummeringen.",
    "Oppsummering gjennomgått. Gruppen ba oss presisere at variasjonen mellom enhetene er stor.",
    "Hovedpunktene ble lest opp. Ingen innvendinger, men ønske om at rapporten får fram det "
    "som fungerer.",
)
NOTHING_MORE = ("Ingen tilleggspunkter.", "Gruppen hadde ikke mer å legge til.")

# Observation form points O1–O13: (what was seen when it worked, when it did not).
OBSERVATION_POINTS = {
    1: ("Sakspapirene lå i møteportalen åtte dager før møtet og var åpne for publikum.",
        "Tre saksdokumenter kom dagen før møtet, og ett ble delt ut på papir i salen."),
    2: ("Voteringsanlegget og skjermene fungerte gjennom hele møtet.",
        "Lyden falt ut i strømmingen i om lag ti minutter uten at seerne fikk beskjed."),
    3: ("Møtet ble strømmet med god lyd, og presentasjonene var lesbare på storskjermen.",
        "Presentasjonene hadde liten skrift og var vanskelige å lese i strømmingen."),
    4: ("Saken om ny nettside beskrev hvilke tjenester som blir digitale, og hva det betyr.",
        "Ingen av de fem sakene om endringer i tjenestene nevnte digitale muligheter."),
    5: ("Saksframlegget om velferdsteknologi hadde et eget avsnitt om personvern.",
        "Saken om ny læringsplattform nevnte ikke personvern, selv om den gjelder elevdata."),
    6: ("Investeringssaken viste anskaffelseskost, årlige driftskostnader og gevinster.",
        "Driftskostnadene for den nye løsningen var ikke anslått i saken."),
    7: ("En representant spurte hvordan gevinstene av det nye systemet skal måles.",
        "Det kom ingen spørsmål om digitalisering, selv om tre saker gjaldt nye løsninger."),
    8: ("Administrasjonen forklarte forskjellen på digitalisering og digital transformasjon.",
        "«KI» ble brukt om alt fra automatisering til chatbot, uten at noen spurte hva som var "
        "ment."),
    9: ("Ordføreren viste til digitaliseringsstrategien i innledningen til budsjettsaken.",
        "Digitaliseringsstrategien ble ikke nevnt i noen av sakene."),
    10: ("Kommunedirektøren orienterte om status og risiko i de største prosjektene.",
         "Orienteringen om IKT handlet bare om overskridelser, ikke om gevinster."),
    11: ("Vedtaket ber om en statusrapport om gevinstrealisering innen juni.",
         "Vedtaket inneholdt ingen bestilling av oppfølging eller rapportering."),
    12: ("Den unntatte saken ble behandlet for lukkede dører, uten deling i åpne kanaler.",
         "Et unntatt dokument lå synlig på storskjermen i noen sekunder før det ble lukket."),
    13: ("Alle representantene brukte nettbrett med kommunens møteportal.",
         "Flere representanter hadde sakspapirene skrevet ut fra private e-postkontoer."),
}
OBSERVATION_CONTEXT = (
    "Notert underveis.", "Observert fra publikumsbenken.", "Gjaldt flere saker.",
    "Ble kommentert av møtelederen.", "Flere i salen reagerte.",
)
OVERALL_IMPRESSION = (
    "Et ryddig møte med god digital gjennomføring. Saksframleggene er svakere enn selve "
    "møteavviklingen når det gjelder digitale konsekvenser. Få spørsmål fra salen om "
    "gevinster og personvern."
)
FOLLOW_UP = (
    "Spør folkevalgte hvorfor det stilles så få spørsmål om gevinster, og spør ledere hvem "
    "som skriver avsnittene om personvern i sakene."
)

SERVICE_DESK = tuple(Statement(code, valence, "paraphrase", "*", text) for code, valence, text in (
    ("4.4", "neutral", "Fire innbyggere kom innom den første timen, tre av dem for å få hjelp "
                       "med digitale skjemaer."),
    ("4.4", "strength", "En eldre innbygger fikk hjelp til å logge inn med BankID på mobilen, "
                        "og veiledningen tok tjue minutter."),
    ("4.2", "gap", "Skjermen ved inngangen viser køsystemet, men informasjonen er bare på "
                   "bokmål."),
    ("4.4", "gap", "Det finnes ingen PC som innbyggerne selv kan bruke i lokalet."),
    ("6.4", "gap", "Henvendelsene ble notert på en papirlapp før de ble registrert i systemet."),
    ("3.4", "gap", "En innbygger ble bedt om å sende vitnemålet sitt på vanlig e-post."),
    ("4.2", "strength", "Veilederen forklarte tydelig og uten faguttrykk hvordan søknaden "
                        "skulle fylles ut."),
    ("4.1", "neutral", "Telefonen ringte nesten hele tiden, og de fleste spurte om byggesak og "
                       "eiendomsskatt."),
))

# Areas whose findings the demo team has agreed on (the others are drafts).
AGREED_AREAS = frozenset({"1", "2"})
# Who ordered the assessment and who carried it out, for the report's title page.
COMMISSIONER = "Rådmannen i Fjellvik kommune"
ASSESSING_ORG = "Digitaliseringsnettverket i regionen"
REPORT_VERSION = "0.3"

# Suggested actions per indicator, and one question for reflection per area.
ACTIONS = {
    "1.1": "Knytt målene i samfunnsdelen til konkrete tiltak i handlingsprogrammet.",
    "1.2": "Gi de folkevalgte en felles innføring i digitaliseringsbegreper tidlig i perioden.",
    "1.3": "Bruk en fast mal for saksframlegg med avsnitt om digitale muligheter og personvern.",
    "1.4": "La tertialrapportene vise status, risiko og oppnådde gevinster for de største "
           "tiltakene.",
    "1.5": "Gjør opptakene søkbare og tekstet, og minn om at møtedokumenter hører hjemme i "
           "portalen.",
    "2.1": "Oppdater veikartet i digitaliseringsstrategien med ansvarlige og frister.",
    "2.2": "Gjør digitalisering til en del av lederavtalene for enhetslederne.",
    "2.3": "Samle alle tiltak i én porteføljeoversikt som ledergruppen prioriterer.",
    "2.4": "Beskriv hvem som har ansvaret for IKT, informasjonssikkerhet og arkiv, og med hvilken "
           "kapasitet.",
    "3.1": "Følg opp kompetansekartleggingen med tiltak i den strategiske kompetanseplanen.",
    "3.2": "Sett av tid til opplæring og superbrukere i alle innføringsprosjekter.",
    "3.3": "Ta med tillitsvalgte tidlig når arbeidsprosesser endres.",
    "3.4": "Lag retningslinjer for bruk av KI-verktøy, og gjør dem kjent.",
    "4.1": "Hent inn brukerinnsikt før tjenester endres, ikke bare etterpå.",
    "4.2": "Gjør de mest brukte skjemaene digitale, og skriv dem i klarspråk.",
    "4.3": "Finn de stedene der innbyggerne må gi samme opplysninger flere ganger, og start der.",
    "4.4": "Gjør det faste veiledningstilbudet kjent, også for innbyggere med et annet morsmål.",
    "5.1": "Gjennomgå styringssystemet og oppdater rollene.",
    "5.2": "Oppdater systemoversikten og gå gjennom alle databehandleravtaler.",
    "5.3": "Bestem når en personvernkonsekvensvurdering skal gjøres, før noe anskaffes.",
    "5.4": "Øv på dataangrep og langvarig systembortfall minst én gang i året.",
    "6.1": "Lag en oversikt over datasettene med eier og kvalitet.",
    "6.2": "Vedta felles arkitekturprinsipper og bruk dem i alle anskaffelser.",
    "6.3": "Fjern dobbeltregistrering med automatisk datadeling mellom fagsystemene.",
    "6.4": "Oppdater arkivplanen slik at den dekker fagsystemer og nye kanaler.",
    "7.1": "Bruk en felles mal for gevinstplaner med måltall og ansvarlig eier.",
    "7.2": "Mål gevinster etter innføring, og rapporter dem i årsrapporten.",
    "7.3": "Evaluer pilotene ærlig, og avslutt det som ikke virker.",
    "7.4": "Del erfaringene fra de regionale prosjektene i egne enheter.",
}
REFLECTION = {
    "1": "Hvordan kan rapporteringen vise gevinster og risiko, ikke bare aktiviteter?",
    "2": "Hvordan kan enhetslederne ta et tydeligere ansvar for digitalisering i egen enhet?",
    "3": "Hva skal til for at ansatte opplever at de blir hørt før endringene er bestemt?",
    "4": "Hvem faller utenfor i dag, og hvordan kan veiledningen nå dem?",
    "5": "Hvordan kan terskelen for å melde avvik senkes?",
    "6": "Hvem i kommunen skal eie dataene, og hva betyr det i praksis?",
    "7": "Hvordan skal frigjort tid brukes, og hvem bestemmer det?",
}
# Closing remarks on a finding's evidence, in this order: confirmed by several groups, the
# documents show strengths too, both interviews and documents, strengths and gaps side by side.
# A finding gets one only when its evidence bears it out (build.tail_facts).
FINDING_TAILS = (
    "Dette ble bekreftet i flere grupper.", "Bildet er det samme i dokumentene.",
    "Inntrykket bygger på både intervjuer og dokumenter.",
    "Praksisen varierer mellom enhetene.",
)
# The lowest level praises nothing; the highest does not say that nothing is in place.
LOWEST_LEVEL_STRENGTH = "Det er ikke funnet etablert praksis på dette området ennå."
TOP_LEVEL_IMPROVEMENT = ("Arbeidet bør videreføres og dokumenteres, slik at det ikke hviler på "
                         "enkeltpersoner.")

MEMOS = (
    "Godt sitat til rapporten.", "Sjekk mot årsrapporten.",
    "Motsier dokumentgjennomgangen – følg opp i ledergruppen.", "Bekreftet av flere grupper.",
    "Uklart om dette gjelder hele kommunen.", "Tas opp i tilbakemeldingsmøtet.",
)
