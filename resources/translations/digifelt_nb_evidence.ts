<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="64" />
            <source>Find in the notes…</source>
            <translation>Søk i notatene …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="66" />
            <source>Find next</source>
            <translation>Finn neste</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="68" />
            <source>Find previous</source>
            <translation>Finn forrige</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="70" />
            <source>Search everything…</source>
            <translation>Søk i alt …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="157" />
            <source>Find in the notes</source>
            <translation>Søk i notatene</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="158" />
            <source>Next match, previous match, close</source>
            <translation>Neste treff, forrige treff, lukk</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="159" />
            <source>Search everything</source>
            <translation>Søk i alt</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="160" />
            <source>To the results; jump to the place</source>
            <translation>Til treffene; gå til stedet</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="162" />
            <source>Open the chosen excerpt in its activity</source>
            <translation>Åpne det valgte utdraget i aktiviteten</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="164" />
            <source>Add the chosen excerpt to the report</source>
            <translation>Legg det valgte utdraget til i rapporten</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="166" />
            <source>Move the chosen quote up or down</source>
            <translation>Flytt det valgte sitatet opp eller ned</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/actions.py" line="168" />
            <source>Remove the quote from the report</source>
            <translation>Fjern sitatet fra rapporten</translation>
        </message>
    </context>
    <context>
        <name>AreaSummaryEditor</name>
        <message>
            <location filename="../../digifelt/ui/pages/findings_area.py" line="42" />
            <source>Summary of the area</source>
            <translation>Oppsummering av området</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_area.py" line="43" />
            <source>Strengths</source>
            <translation>Styrker</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_area.py" line="44" />
            <source>Improvement areas</source>
            <translation>Forbedringsområder</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_area.py" line="82" />
            <source>no level yet</source>
            <translation>ikke vurdert ennå</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_area.py" line="83" />
            <source>agreed</source>
            <translation>omforent</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_area.py" line="83" />
            <source>draft</source>
            <translation>utkast</translation>
        </message>
    </context>
    <context>
        <name>ChosenQuotesModel</name>
        <message>
            <location filename="../../digifelt/ui/models/quotes.py" line="21" />
            <source>Quote</source>
            <translation>Sitat</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/quotes.py" line="22" />
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
    </context>
    <context>
        <name>EvidenceItemsModel</name>
        <message>
            <location filename="../../digifelt/ui/models/evidence_items.py" line="25" />
            <source>★</source>
            <translation>★</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/evidence_items.py" line="26" />
            <source>Valence</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/evidence_items.py" line="27" />
            <source>Excerpt</source>
            <translation>Utdrag</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/evidence_items.py" line="28" />
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/evidence_items.py" line="29" />
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/evidence_items.py" line="30" />
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/evidence_items.py" line="40" />
            <source>p. %1</source>
            <translation>s. %1</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="73" />
            <source>By kind of activity</source>
            <translation>Etter type aktivitet</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="74" />
            <source>By respondent group</source>
            <translation>Etter respondentgruppe</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="76" />
            <source>Only indicators that need more evidence (%1)</source>
            <translation>Bare kjennetegn som trenger mer evidens (%1)</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="82" />
            <source>Filter indicators…</source>
            <translation>Filtrer kjennetegn …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="91" />
            <source>Counting the evidence…</source>
            <translation>Teller evidensen …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="93" />
            <source>Export matrix…</source>
            <translation>Eksporter matrisen …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="95" />
            <source>Save the matrix shown as a spreadsheet (.xlsx) or .csv</source>
            <translation>Lagre matrisen som vises som regneark (.xlsx) eller .csv</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="101" />
            <source>Sources:</source>
            <translation>Kilder:</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="141" />
            <source>Click a cell to list its excerpts · Enter or double-click an excerpt to open it in its activity</source>
            <translation>Klikk på en celle for å se utdragene · Enter eller dobbeltklikk på et utdrag åpner det i aktiviteten</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="205" />
            <source>The matrix could not be computed: %1</source>
            <translation>Matrisen kunne ikke beregnes: %1</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="284" />
            <source>Export the evidence matrix</source>
            <translation>Eksporter evidensmatrisen</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="285" />
            <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
            <translation>Excel-arbeidsbok (*.xlsx);;CSV, kommaseparert (*.csv)</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="300" />
            <source>The matrix could not be saved: %1</source>
            <translation>Matrisen kunne ikke lagres: %1</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence.py" line="305" />
            <source>Matrix saved to %1.</source>
            <translation>Matrisen er lagret i %1.</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../digifelt/ui/search/find_bar.py" line="37" />
            <source>Find in the notes…</source>
            <translation>Søk i notatene …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/find_bar.py" line="43" />
            <source>Previous</source>
            <translation>Forrige</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/find_bar.py" line="47" />
            <source>Next</source>
            <translation>Neste</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/find_bar.py" line="53" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/find_bar.py" line="58" />
            <source>Find:</source>
            <translation>Finn:</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/find_bar.py" line="172" />
            <source>No matches</source>
            <translation>Ingen treff</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/find_bar.py" line="174" />
            <source>%1 of %2</source>
            <translation>%1 av %2</translation>
        </message>
    </context>
    <context>
        <name>FindingEditor</name>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="71" />
            <source>Agreed by the team</source>
            <translation>Omforent i teamet</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="73" />
            <source>Unticked: a draft. Ticked: the team agrees on the level and the texts.</source>
            <translation>Uten hake: et utkast. Med hake: teamet er enige om nivået og tekstene.</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="85" />
            <source>Strengths (dette fungerer godt)</source>
            <translation>Dette fungerer godt</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="86" />
            <source>What works well, with the evidence for it…</source>
            <translation>Det som fungerer godt, med evidensen for det …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="87" />
            <source>Improvement areas (forbedringsområder)</source>
            <translation>Forbedringsområder</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="88" />
            <source>What should improve…</source>
            <translation>Det som bør bli bedre …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="89" />
            <source>Suggested actions (forslag til tiltak)</source>
            <translation>Forslag til tiltak</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="90" />
            <source>What the organisation could do…</source>
            <translation>Det virksomheten kan gjøre …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="107" />
            <source>Level:</source>
            <translation>Nivå:</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="158" />
            <source>— no level yet —</source>
            <translation>— ikke vurdert ennå —</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="172" />
            <source>&lt;i&gt;Choose the level on the scale that the evidence supports.&lt;/i&gt;</source>
            <translation>&lt;i&gt;Velg nivået på skalaen som evidensen støtter.&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="31" />
            <source>Not written yet.</source>
            <translation>Ikke skrevet ennå.</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_editor.py" line="34" />
            <source>Last edited by %1 at %2</source>
            <translation>Sist endret av %1 %2</translation>
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <location filename="../../digifelt/ui/pages/findings.py" line="51" />
            <source>Choose an indicator to write its finding, or an area to write its summary.</source>
            <translation>Velg et kjennetegn for å skrive funnet, eller et område for å skrive oppsummeringen.</translation>
        </message>
    </context>
    <context>
        <name>FindingsTreeModel</name>
        <message>
            <location filename="../../digifelt/ui/models/findings.py" line="19" />
            <source>draft</source>
            <translation>utkast</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/findings.py" line="20" />
            <source>agreed</source>
            <translation>omforent</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/findings.py" line="27" />
            <source>Indicator</source>
            <translation>Kjennetegn</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/findings.py" line="28" />
            <source>Level</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/findings.py" line="29" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/findings.py" line="134" />
            <source>%1 of %2 findings agreed; choose the area to write its summary.</source>
            <translation>%1 av %2 funn er omforent; velg området for å skrive oppsummeringen.</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearchDialog</name>
        <message>
            <location filename="../../digifelt/ui/search/global_search.py" line="77" />
            <source>Search everything</source>
            <translation>Søk i alt</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/global_search.py" line="93" />
            <source>Words in notes, excerpts, findings, activities…</source>
            <translation>Ord i notater, utdrag, funn, aktiviteter …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/global_search.py" line="107" />
            <source>↓ to the results · Enter jumps to the place · Esc closes</source>
            <translation>↓ til treffene · Enter går til stedet · Esc lukker</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/global_search.py" line="147" />
            <source>Searching…</source>
            <translation>Søker …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/global_search.py" line="159" />
            <source>Nothing found.</source>
            <translation>Fant ingenting.</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/global_search.py" line="161" />
            <source> (the best %1 are shown)</source>
            <translation> (de %1 beste vises)</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/search/global_search.py" line="171" />
            <source>Search failed: %1</source>
            <translation>Søket mislyktes: %1</translation>
        </message>
    </context>
    <context>
        <name>IndicatorEvidenceView</name>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="62" />
            <source>All kinds of source</source>
            <translation>Alle typer kilder</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="67" />
            <source>Strengths, gaps and neutral</source>
            <translation>Styrker, svakheter og nøytrale</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="70" />
            <source>★ starred only</source>
            <translation>Bare ★ stjernemerkede</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="74" />
            <source>Words in the excerpt or source…</source>
            <translation>Ord i utdraget eller kilden …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="110" />
            <source>Choose an excerpt to read the notes around it.</source>
            <translation>Velg et utdrag for å lese notatene rundt det.</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="168" />
            <source>Loading…</source>
            <translation>Henter …</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="187" />
            <source>Could not read the evidence: %1</source>
            <translation>Kunne ikke lese evidensen: %1</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="195" />
            <source>All groups</source>
            <translation>Alle grupper</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="277" />
            <source>Memo:</source>
            <translation>Notat:</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="295" />
            <source>Click a cell of the matrix to see its evidence.</source>
            <translation>Klikk på en celle i matrisen for å se evidensen.</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="302" />
            <source>(not written yet)</source>
            <translation>(ikke skrevet ennå)</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/evidence_indicator.py" line="306" />
            <source>Look-fors</source>
            <translation>Se etter</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../digifelt/ui/main_window.py" line="200" />
            <source>Nothing to find in here; Ctrl+K searches everything.</source>
            <translation>Ingenting å søke i her; Ctrl+K søker i alt.</translation>
        </message>
    </context>
    <context>
        <name>MatrixModel</name>
        <message>
            <location filename="../../digifelt/ui/models/matrix.py" line="35" />
            <source>only interviews</source>
            <translation>bare intervjuer</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/matrix.py" line="36" />
            <source>only observations</source>
            <translation>bare observasjoner</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/matrix.py" line="37" />
            <source>only document reviews</source>
            <translation>bare dokumentgjennomganger</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/matrix.py" line="68" />
            <source>No evidence yet</source>
            <translation>Ingen evidens ennå</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/matrix.py" line="103" />
            <source>No evidence yet.</source>
            <translation>Ingen evidens ennå.</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/matrix.py" line="110" />
            <source>no respondent group</source>
            <translation>ingen respondentgruppe</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/matrix.py" line="112" />
            <source>only one group (%1)</source>
            <translation>bare én gruppe (%1)</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/matrix.py" line="114" />
            <source>Not triangulated: %1. Look for another kind of source or another group.</source>
            <translation>Ikke triangulert: %1. Finn en annen type kilde eller en annen gruppe.</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/matrix.py" line="125" />
            <source>Indicator</source>
            <translation>Kjennetegn</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/matrix.py" line="126" />
            <location filename="../../digifelt/ui/models/matrix.py" line="288" />
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
    </context>
    <context>
        <name>OverviewDashboard</name>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="37" />
            <source>Activities done</source>
            <translation>Gjennomførte aktiviteter</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="40" />
            <source>Evidence and findings</source>
            <translation>Evidens og funn</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="101" />
            <source>%1 of %2</source>
            <translation>%1 av %2</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="122" />
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="135" />
            <source>%1 planned, %2 in progress</source>
            <translation>%1 planlagt, %2 pågår</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="126" />
            <source>&lt;b&gt;By respondent group&lt;/b&gt;</source>
            <translation>&lt;b&gt;Etter respondentgruppe&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="133" />
            <source>%1 people heard so far.</source>
            <translation>%1 personer hørt så langt.</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="134" />
            <source>not planned yet</source>
            <translation>ikke planlagt ennå</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="149" />
            <source>Indicators with evidence</source>
            <translation>Kjennetegn med evidens</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="151" />
            <source>none yet: %1</source>
            <translation>ingen ennå: %1</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="153" />
            <source>Triangulated</source>
            <translation>Triangulert</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="155" />
            <source>need more: %1</source>
            <translation>trenger mer: %1</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="157" />
            <source>Findings with a level</source>
            <translation>Funn med nivå</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/overview_dashboard.py" line="159" />
            <source>Findings agreed</source>
            <translation>Omforente funn</translation>
        </message>
    </context>
    <context>
        <name>QuotesEditor</name>
        <message>
            <location filename="../../digifelt/ui/pages/findings_quotes.py" line="80" />
            <source>Add to the report →</source>
            <translation>Legg til i rapporten →</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_quotes.py" line="82" />
            <source>Add the chosen excerpt (Enter or double-click in the list does the same)</source>
            <translation>Legg til det valgte utdraget (Enter eller dobbeltklikk i listen gjør det samme)</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_quotes.py" line="85" />
            <source>Open in its activity</source>
            <translation>Åpne i aktiviteten</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_quotes.py" line="87" />
            <source>Up</source>
            <translation>Opp</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_quotes.py" line="90" />
            <source>Down</source>
            <translation>Ned</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_quotes.py" line="93" />
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_quotes.py" line="94" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_quotes.py" line="100" />
            <source>&lt;b&gt;Evidence for this indicator&lt;/b&gt;</source>
            <translation>&lt;b&gt;Evidens for dette kjennetegnet&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/pages/findings_quotes.py" line="141" />
            <source>&lt;b&gt;Chosen for the report&lt;/b&gt; (%1, in order)</source>
            <translation>&lt;b&gt;Valgt til rapporten&lt;/b&gt; (%1, i rekkefølge)</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <location filename="../../digifelt/ui/models/search_results.py" line="21" />
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/search_results.py" line="22" />
            <source>Excerpt</source>
            <translation>Utdrag</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/search_results.py" line="23" />
            <source>Activity details</source>
            <translation>Om aktiviteten</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/search_results.py" line="24" />
            <source>Finding</source>
            <translation>Funn</translation>
        </message>
        <message>
            <location filename="../../digifelt/ui/models/search_results.py" line="61" />
            <source>Findings</source>
            <translation>Funn</translation>
        </message>
    </context>
</TS>
