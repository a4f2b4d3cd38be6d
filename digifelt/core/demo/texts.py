"""Norwegian phrase bank: statements per indicator that notes are assembled from."""

from dataclasses import dataclass

# One statement per line: indicator code, valence (s/g/n) + kind (q = verbatim quote,
# p = the assessor's paraphrase), the groups whose members could plausibly say it
# (F folkevalgte, L ledere, A ansatte, T tillitsvalgte, * anyone), then the text.
# Quotes are written in the first person; paraphrases read well both in notes and in
# findings, which reuse them.
_BANK = """
1.1 sp * Kommuneplanens samfunnsdel har et eget mål om at digitalisering skal gi bedre tjenester.
1.1 sq F Vi vedtok digitaliseringsstrategien i kommunestyret, så retningen er politisk forankret.
1.1 gp * Handlingsprogrammet har få konkrete digitaliseringstiltak knyttet til målene i planen.
1.1 gq * Målene står i planen, men jeg har aldri sett at noen følger dem opp i årsrapporten.
1.1 gp * Flere kjente ikke til at kommunen har politiske mål for digitalisering.
1.1 nq * Jeg tror det står noe om digitalisering i kommuneplanen, men jeg husker ikke hva.
1.2 sp * Flere folkevalgte har deltatt i KS sitt kompetanseløft om digital transformasjon.
1.2 sq F Etter kurset stiller vi bedre spørsmål når administrasjonen legger fram IKT-saker.
1.2 gq F Vi forstår ikke alltid begrepene, og da blir det vanskelig å stille kritiske spørsmål.
1.2 gp * Det er uklart for mange hvor grensen går mellom politisk retning og administrasjon.
1.2 gq FL Digitalisering blir fort en sak for de to–tre som er interessert i teknologi.
1.2 np * Gruppen ønsket en felles begrepsliste for digitalisering, digital transformasjon og KI.
1.3 sp * Nyere saksframlegg om velferdsteknologi beskriver både gevinster og personvern.
1.3 sq F Saken om digitalt tilsyn hadde en god vurdering av risiko og nytte, det var nytt for oss.
1.3 gp * De fleste saksframlegg mangler en vurdering av digitale muligheter og konsekvenser.
1.3 gq F Vi får ofte bare en prislapp, ikke hva det koster å drifte løsningen etterpå.
1.3 gp * Personvern og informasjonssikkerhet er sjelden omtalt i sakene til hovedutvalgene.
1.3 nq FL Det varierer veldig fra sektor til sektor hvor godt sakene er utredet.
1.4 sp * Kommunedirektøren legger fram en halvårlig statusrapport for digitaliseringsarbeidet.
1.4 sq F Tertialrapporten har nå et eget kapittel om digitalisering, og det leser vi faktisk.
1.4 gq * Vi hører om prosjektene når de starter, men sjelden om hva de faktisk ga.
1.4 gp * Rapporteringen viser aktiviteter, men ikke risiko eller oppnådde gevinster.
1.4 gp * Det er uklart hvordan rapportene brukes i budsjettprioriteringene.
1.4 np * Kontrollutvalget har bestilt en forvaltningsrevisjon av IKT-området for neste år.
1.5 sp * Alle folkevalgte bruker møteportalen, og sakspapirene publiseres digitalt.
1.5 sq F Nettbrettet med møteportalen har gjort det mye enklere å forberede seg til møtene.
1.5 gp * Opptak av møtene publiseres, men de er ikke tekstet og er vanskelige å søke i.
1.5 gq F Noen av oss bruker fortsatt privat e-post i partigruppa, også om sakene.
1.5 gp * Dokumenter med taushetsplikt sendes av og til som vedlegg i vanlig e-post.
1.5 np * Strømmingen av kommunestyremøtene har i snitt rundt 150 seere.
2.1 sp * Digitaliseringsstrategien for 2023–2027 har prioriterte og tidfestede tiltak.
2.1 sq L Strategien er kort og tydelig, og vi bruker den når vi lager virksomhetsplanen.
2.1 gp * Strategien er ikke oppdatert siden vedtaket, og veikartet mangler ansvarlige.
2.1 gq * Jeg vet at vi har en strategi, men den betyr lite for hvordan vi jobber.
2.1 gp * Få ansatte kjente til digitaliseringsstrategien eller hva den prioriterer.
2.1 np * Ledergruppen vil rullere strategien samtidig med kommuneplanens samfunnsdel.
2.2 sp * Kommunedirektøren omtaler digitalisering som utvikling av hele virksomheten.
2.2 sq AT Lederen vår tar dette på alvor og setter av tid til det på hvert personalmøte.
2.2 gq * Digitalisering blir sett på som IKT-avdelingens ansvar, ikke ledernes.
2.2 gp * Enhetslederne tar i liten grad ansvar for digitalisering i egen enhet.
2.2 gq * Når budsjettet blir stramt, er det digitaliseringen som ryker først.
2.2 np * Ledergruppen har digitalisering som fast punkt på dagsordenen hver måned.
2.3 sp * Kommunen har innført en felles porteføljeoversikt med prioritering hvert kvartal.
2.3 sq L Nå må alle forslag gjennom porteføljerådet, og det har gitt mye mer ro.
2.3 gp * Tiltak startes ofte i enhetene uten at de står i noen felles oversikt.
2.3 gq * Den som roper høyest, får prosjektet sitt prioritert, sånn er det bare.
2.3 gp * Prioriteringen bygger sjelden på en vurdering av nytte, kostnad og risiko.
2.3 np * Porteføljeoversikten omfatter i dag 34 tiltak, og elleve av dem er i gang.
2.4 sp * Kommunen deltar aktivt i det regionale digitaliseringsnettverket.
2.4 sq FL Det interkommunale IKT-samarbeidet gir oss kompetanse vi aldri kunne hatt alene.
2.4 gp * Ansvaret for informasjonssikkerhet og arkiv er delt på flere uten tydelig fordeling.
2.4 gq LA Vi er to personer på IKT for hele kommunen, så vi rekker bare å slukke branner.
2.4 gp * Det er uklart hvem som har ansvaret når en løsning går på tvers av sektorer.
2.4 nq FL Samarbeidet med nabokommunene er bra, men det tar tid å bli enige om noe.
3.1 sp * Kommunen kartla den digitale kompetansen blant alle ansatte i fjor.
3.1 sq L Kartleggingen viste oss hvor skoen trykker, og den ble brukt i kompetanseplanen.
3.1 gp * Den strategiske kompetanseplanen har ingen tiltak for digital kompetanse.
3.1 gq AT Ingen har spurt meg hva jeg kan, de antar bare at alle klarer seg.
3.1 gp * Lederne har ikke oversikt over den digitale kompetansen i egne enheter.
3.1 np * HR-avdelingen vurderer å bruke KS Læring til å kartlegge kompetanse.
3.2 sp * Ved innføringen av det nye fagsystemet fikk hver enhet egne superbrukere.
3.2 sq AT Superbrukeren på avdelingen er gull verdt, hun hjelper oss hver eneste dag.
3.2 gq AT Vi fikk en e-læring på tjue minutter, og så var systemet i drift dagen etter.
3.2 gp * Det blir ikke satt av tid til opplæring når nye løsninger innføres.
3.2 gq AT Nattevaktene og de som jobber deltid, får aldri med seg opplæringen.
3.2 np * Opplæringen i det nye sak- og arkivsystemet er planlagt til våren.
3.3 sp * Tillitsvalgte var med i arbeidsgruppen da hjemmetjenesten fikk ny ruteplanlegging.
3.3 sq AT Vi ble tatt med tidlig denne gangen, og det merket vi på hvordan endringen ble tatt imot.
3.3 gq AT Vi får høre om endringene når alt er bestemt, og da er det for sent å påvirke.
3.3 gp * Erfaringer fra innføringer deles sjelden på tvers av enheter.
3.3 gp * Digitaliseringstiltak blir sjelden drøftet i arbeidsmiljøutvalget.
3.3 nq * Det er stor forskjell på hvor endringsvillige de ulike enhetene er.
3.4 sp * Alle ansatte har gjennomført e-læring i informasjonssikkerhet det siste året.
3.4 sq * Vi fikk en falsk phishing-e-post som øvelse, og det var en god vekker.
3.4 gp * Kommunen har ingen retningslinjer for bruk av KI-verktøy.
3.4 gq * Jeg bruker KI-verktøy av og til, men jeg vet ikke om det er lov.
3.4 gq AT Vi deler filer på private minnepinner når systemet ikke virker.
3.4 np * Flere etterspurte konkrete eksempler på hva som er trygt å dele.
4.1 sp * Barnehagetjenesten intervjuet foreldre før den nye søknadsløsningen ble laget.
4.1 sq LA Vi satt sammen med foreldrene og så hvordan de fylte ut skjemaet, det lærte vi mye av.
4.1 gp * Tjenestene endres ut fra interne rutiner og ikke ut fra innsikt i brukerbehov.
4.1 gq * Vi spør aldri innbyggerne, vi antar at vi vet hva de trenger.
4.1 gp * Brukerundersøkelser gjennomføres, men resultatene brukes lite i tjenesteutviklingen.
4.1 np * Brukerundersøkelsen i hjemmetjenesten viste at pårørende ønsker færre skjemaer.
4.2 sp * De mest brukte søknadene, som barnehageplass og SFO, kan ordnes digitalt.
4.2 sq * Den nye nettsiden er mye enklere å forstå, den er skrevet på et språk folk skjønner.
4.2 gp * Mange skjemaer er PDF-er som må skrives ut, fylles ut og leveres på servicetorget.
4.2 gq A Innbyggerne ringer oss fordi de ikke forstår hva brevene fra kommunen betyr.
4.2 gp * Tilgjengelighetserklæringen viser at flere skjemaer ikke er universelt utformet.
4.2 np * Servicetorget får rundt 40 telefoner i uka om byggesøknader.
4.3 sp * Nye innbyggere får informasjon om alle tjenestene samlet på ett sted.
4.3 sq LA Samarbeidet med NAV gjør at ungdommene slipper å fortelle alt to ganger.
4.3 gp * Innbyggerne må gi de samme opplysningene til flere tjenester.
4.3 gq * Når noen søker om omsorgstjenester, må pårørende fylle ut det samme tre ganger.
4.3 gp * Det er lite samarbeid med helseforetaket om digitale tjenester for pasientene.
4.3 np * Kommunen er med i et nasjonalt pilotprosjekt om livshendelsen «Dødsfall og arv».
4.4 sp * Biblioteket tilbyr digital veiledning hver tirsdag, og tilbudet er godt kjent.
4.4 sq * Eldre kan alltid komme innom servicetorget og få hjelp, de blir aldri avvist.
4.4 gp * Det finnes ingen samlet oversikt over hvem som faller utenfor de digitale tjenestene.
4.4 gq * Folk som ikke har BankID, blir sendt fram og tilbake mellom oss og banken.
4.4 gp * Innbyggere med et annet morsmål får lite hjelp til å bruke de digitale tjenestene.
4.4 nq * Det er ikke bare de eldste som sliter, også en del unge har problemer med skjemaene.
5.1 sp * Kommunen har et styringssystem for informasjonssikkerhet vedtatt av ledelsen.
5.1 sq L Ledelsens gjennomgang blir gjort hvert år, og vi får tilbakemelding på funnene.
5.1 gp * Styringssystemet er ikke gjennomgått siden 2021, og rollene er utdaterte.
5.1 gq AT Jeg vet ikke hvem som har ansvaret for informasjonssikkerheten i min enhet.
5.1 gp * Risikovurderinger blir i liten grad brukt ved anskaffelser.
5.1 np * Kommunen deler stillingen som informasjonssikkerhetsleder med to nabokommuner.
5.2 sp * Protokollen over behandlinger av personopplysninger ble oppdatert i vår.
5.2 sq L Vi har nå databehandleravtale for alle skytjenestene vi bruker, det tok tid.
5.2 gp * Systemoversikten mangler eier og datainnhold for flere fagsystemer.
5.2 gq * Ingen vet helt hvor mange små apper og skytjenester som er i bruk rundt omkring.
5.2 gp * Flere databehandleravtaler er utløpt eller mangler.
5.2 np * Personvernombudet deles med de andre kommunene i regionen.
5.3 sp * Personvernkonsekvenser vurderes før ny velferdsteknologi tas i bruk.
5.3 sq L Personvernombudet er med fra starten når vi skal kjøpe noe nytt, det er en trygghet.
5.3 gp * Personvern vurderes ofte først etter at en løsning er valgt.
5.3 gq * Vi kjøpte appen fordi den var billig, og så kom personvernspørsmålene etterpå.
5.3 gp * Det er uklart når det skal gjøres en personvernkonsekvensvurdering (DPIA).
5.3 nq * Leverandørene sier alltid at løsningen er GDPR-godkjent, men hva betyr egentlig det?
5.4 sp * Avvik meldes i kvalitetssystemet og gjennomgås i ledermøtet hver måned.
5.4 sq L Etter dataangrepet i nabokommunen øvde vi på systembortfall, og det var lærerikt.
5.4 gp * Kommunen har ikke øvd på dataangrep eller langvarig systembortfall.
5.4 gq AT Det er ingen som melder avvik, for det skjer ingenting med dem uansett.
5.4 gp * Beredskapsplanen beskriver ikke hvordan tjenestene skal drives uten IKT.
5.4 np * Det ble meldt 47 avvik om informasjonssikkerhet i fjor, de fleste om feilsendt e-post.
6.1 sp * Kommunen har laget en oversikt over de viktigste datasettene og hvem som eier dem.
6.1 sq L Vi har et eget prosjekt for orden i eget hus, og det begynner å gi resultater.
6.1 gp * Kommunen mangler oversikt over hvilke data som finnes og hvor de ligger.
6.1 gq * Vi har tre ulike adresseregistre, og ingen vet hvilket som er riktig.
6.1 gp * Datakvaliteten i fagsystemene følges ikke opp systematisk.
6.1 np * Kommunen vurderer å ansette en egen informasjonsforvalter.
6.2 sp * Kommunen bruker nasjonale fellesløsninger som ID-porten, Altinn og Digipost.
6.2 sq L Vi stiller krav om standarder og åpne grensesnitt i alle nye anskaffelser nå.
6.2 gp * Det finnes ingen felles arkitekturprinsipper for valg av nye løsninger.
6.2 gq * Hver enhet kjøper sitt eget system, og så skal IKT få dem til å snakke sammen etterpå.
6.2 gp * Ansatte bruker mellom åtte og tolv systemer i løpet av en vanlig arbeidsdag.
6.2 nq L Samarbeidet med Guovdageaidnu om samiske tegn i fagsystemene har vært nyttig.
6.3 sp * Økonomidata og nøkkeltall publiseres som åpne data på kommunens nettside.
6.3 sq A Vi henter folkeregisteropplysninger automatisk nå i stedet for å taste dem inn.
6.3 gp * De samme opplysningene registreres flere ganger i ulike fagsystemer.
6.3 gq AT Vi skriver ut fra det ene systemet og taster inn i det andre, hver eneste dag.
6.3 gp * Kommunen deler lite data med andre offentlige aktører.
6.3 np * Regionen utreder en felles dataplattform sammen med fylkeskommunen.
6.4 sp * Kommunen har fullelektronisk arkiv og en oppdatert arkivplan.
6.4 sq * Alle saker journalføres i sak- og arkivsystemet, også det som kommer inn på chat.
6.4 gp * Arkivplanen dekker ikke fagsystemer, chat og sosiale medier.
6.4 gq * Det som kommer inn på Facebook-siden, blir aldri arkivert, det vet alle.
6.4 gp * Flere fagsystemer er ikke godkjent for arkivering, og uttrekk er ikke planlagt.
6.4 np * Arkivtjenesten samarbeider med det interkommunale arkivet om bevaring.
7.1 sp * Større tiltak har en gevinstplan med ansvarlig eier og måltall.
7.1 sq L Vi beskriver nå gevinstene før prosjektet starter, ikke etterpå.
7.1 gp * Gevinstene beskrives i generelle ord uten måltall eller ansvarlig eier.
7.1 gq * Gevinstplanen skrives for å få penger, og så legges den i en skuff.
7.1 gp * Det mangler en felles mal for gevinstplanlegging.
7.1 np * Økonomiavdelingen har laget et utkast til en gevinstveileder.
7.2 sp * Digitalt tilsyn i hjemmetjenesten har frigjort om lag 1 200 timer i året.
7.2 sq * Den frigjorte tiden brukes på flere besøk hos dem som trenger det mest.
7.2 gp * Gevinster måles ikke etter at løsningene er innført.
7.2 gq * Vi har spart tid, men den bare forsvinner, ingen har bestemt hva den skal brukes til.
7.2 gp * Årsrapporten omtaler ikke oppnådde gevinster av digitaliseringstiltak.
7.2 nq * Det er vanskelig å skille hva som skyldes det nye systemet, og hva som har andre årsaker.
7.3 sp * Kommunen testet en chatbot på nettsiden i tre måneder og evaluerte piloten grundig.
7.3 sq LA Vi prøvde ut digitale nattbesøk på én avdeling først, og det var lurt.
7.3 gp * Piloter evalueres sjelden, og det er uklart hva som skal til for å avslutte dem.
7.3 gq * Vi er redde for å feile, så vi venter til andre kommuner har prøvd det først.
7.3 gp * Forslag fra ansatte om forbedringer følges ikke opp systematisk.
7.3 np * Ansatte ønsker å prøve nye løsninger før de innføres i hele kommunen.
7.4 sp * Kommunen deltar i en innovativ anskaffelse av velferdsteknologi med fem andre kommuner.
7.4 sq L Vi lærte mye av å besøke Kárášjohka og se hvordan de har organisert digitalt tilsyn.
7.4 gp * Erfaringer fra regionale prosjekter blir i liten grad spredt internt.
7.4 gq * Vi deltar i mange nettverk, men det er de samme tre personene som reiser hver gang.
7.4 gp * Kommunen har ikke brukt innovative anskaffelser.
7.4 np * Kommunen har søkt skjønnsmidler til et samarbeid om digital hjemmeoppfølging.
"""


@dataclass(frozen=True)
class Statement:
    code: str
    valence: str  # strength | gap | neutral
    kind: str  # quote | paraphrase
    groups: str  # letters of the groups that may say it, or '*'
    text: str

    def fits(self, group_letter: str | None) -> bool:
        return self.groups == "*" or group_letter is None or group_letter in self.groups


_VALENCE = {"s": "strength", "g": "gap", "n": "neutral"}
_KIND = {"q": "quote", "p": "paraphrase"}


def _parse(bank: str) -> tuple[Statement, ...]:
    out = []
    for line in bank.strip().splitlines():
        code, flags, groups, text = line.split(" ", 3)
        out.append(Statement(code, _VALENCE[flags[0]], _KIND[flags[1]], groups, text))
    return tuple(out)


STATEMENTS = _parse(_BANK)

BY_CODE: dict[str, tuple[Statement, ...]] = {}
for _s in STATEMENTS:
    BY_CODE[_s.code] = (*BY_CODE.get(_s.code, ()), _s)


def group_letter(group_name: str | None) -> str | None:
    """The bank's letter for a respondent group (by its Norwegian name)."""
    return {"Folkevalgte": "F", "Ledere": "L", "Ansatte": "A", "Tillitsvalgte": "T"}.get(
        group_name or "")
