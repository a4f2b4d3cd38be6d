<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="25"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="26"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="27"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="28"/>
        <source>&amp;Capture</source>
        <translation>&amp;Innsamling</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="29"/>
        <source>&amp;Settings</source>
        <translation>I&amp;nnstillinger</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="30"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="34"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="35"/>
        <source>Rubric</source>
        <translation>Rubrikk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="36"/>
        <source>Plan</source>
        <translation>Planlegging</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="37"/>
        <source>Capture</source>
        <translation>Innsamling</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="38"/>
        <source>Evidence</source>
        <translation>Evidens</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="39"/>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="40"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="44"/>
        <source>New assessment…</source>
        <translation>Ny kartlegging …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="46"/>
        <source>Open…</source>
        <translation>Åpne …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="48"/>
        <source>Save now</source>
        <translation>Lagre nå</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="50"/>
        <source>Close project</source>
        <translation>Lukk prosjektet</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="52"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="54"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="55"/>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="59"/>
        <source>New interview…</source>
        <translation>Nytt intervju …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="61"/>
        <source>New observation…</source>
        <translation>Ny observasjon …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="64"/>
        <source>New document review…</source>
        <translation>Ny dokumentgjennomgang …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="66"/>
        <source>Switch activity…</source>
        <translation>Bytt aktivitet …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="68"/>
        <source>Tag selection…</source>
        <translation>Knytt markert tekst til kjennetegn …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="70"/>
        <source>Edit tag…</source>
        <translation>Endre merking …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="72"/>
        <source>Star or unstar tag</source>
        <translation>Sett eller fjern stjerne</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="74"/>
        <source>Remove tag</source>
        <translation>Fjern merking</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="76"/>
        <source>Next question or note</source>
        <translation>Neste spørsmål eller notat</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="80"/>
        <source>Previous question or note</source>
        <translation>Forrige spørsmål eller notat</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="82"/>
        <source>Free notes</source>
        <translation>Frie notater</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="84"/>
        <source>Add ad-hoc question…</source>
        <translation>Legg til tilleggsspørsmål …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="86"/>
        <location filename="../../digifelt/ui/actions.py" line="128"/>
        <source>Look-fors</source>
        <translation>Observasjonspunkter</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="88"/>
        <source>New page excerpt</source>
        <translation>Nytt utdrag med sidetall</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="90"/>
        <source>Add photo or file…</source>
        <translation>Legg til bilde eller fil …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="92"/>
        <location filename="../../digifelt/ui/actions.py" line="130"/>
        <location filename="../../digifelt/ui/actions.py" line="132"/>
        <source>Excerpts panel</source>
        <translation>Utdragspanelet</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="94"/>
        <source>Back to the notes</source>
        <translation>Tilbake til notatene</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="96"/>
        <source>Mark activity as done</source>
        <translation>Merk aktiviteten som ferdig</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="101"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="103"/>
        <source>About digifelt</source>
        <translation>Om digifelt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="108"/>
        <location filename="../../digifelt/ui/actions.py" line="110"/>
        <location filename="../../digifelt/ui/actions.py" line="112"/>
        <location filename="../../digifelt/ui/actions.py" line="114"/>
        <location filename="../../digifelt/ui/actions.py" line="116"/>
        <location filename="../../digifelt/ui/actions.py" line="118"/>
        <location filename="../../digifelt/ui/actions.py" line="120"/>
        <location filename="../../digifelt/ui/actions.py" line="122"/>
        <source>Tag picker</source>
        <translation>Kjennetegnsvelgeren</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="109"/>
        <source>Type to filter indicators by code or words</source>
        <translation>Skriv for å filtrere kjennetegn på kode eller ord</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="111"/>
        <source>Choose an indicator</source>
        <translation>Velg kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="113"/>
        <source>Add or remove the indicator (to tag several)</source>
        <translation>Legg til eller fjern kjennetegnet (for å knytte til flere)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="115"/>
        <source>Quote, paraphrase</source>
        <translation>Sitat, gjengivelse</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="117"/>
        <source>Strength, gap, neutral</source>
        <translation>Styrke, forbedringsområde, nøytral</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="119"/>
        <source>Star: wanted in the report</source>
        <translation>Stjerne: ønskes i rapporten</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="121"/>
        <source>Write a memo</source>
        <translation>Skriv et notat til utdraget</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="123"/>
        <source>Save the tag, cancel</source>
        <translation>Lagre merkingen, avbryt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="124"/>
        <location filename="../../digifelt/ui/actions.py" line="126"/>
        <source>Observation log</source>
        <translation>Observasjonslogg</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="125"/>
        <source>Start a new time-stamped note</source>
        <translation>Start et nytt tidsstemplet notat</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="127"/>
        <source>New line in the same note</source>
        <translation>Ny linje i samme notat</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="129"/>
        <source>Tick or untick (a ticked look-for gets its own note)</source>
        <translation>Kryss av eller fjern krysset (et avkrysset punkt får sitt eget notat)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="131"/>
        <source>Show the excerpt in the notes</source>
        <translation>Vis utdraget i notatene</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="133"/>
        <source>Remove the tag</source>
        <translation>Fjern merkingen</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="134"/>
        <source>Page excerpt</source>
        <translation>Utdrag med sidetall</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="135"/>
        <source>Tag and save the excerpt</source>
        <translation>Knytt og lagre utdraget</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../digifelt/ui/models/activities.py" line="54"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/activities.py" line="55"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/activities.py" line="57"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/activities.py" line="58"/>
        <source>Headcount</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/activities.py" line="59"/>
        <source>Assessors</source>
        <translation>Kartleggere</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/activities.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py" line="48"/>
        <source>Add…</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py" line="48"/>
        <source>Edit…</source>
        <translation>Endre …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py" line="49"/>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py" line="50"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py" line="51"/>
        <source>Open in Capture</source>
        <translation>Åpne i Innsamling</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py" line="102"/>
        <source>Delete “%1”?</source>
        <translation>Slette «%1»?</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py" line="108"/>
        <source>Delete activity</source>
        <translation>Slett aktivitet</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="45"/>
        <source>Edit activity</source>
        <translation>Endre aktivitet</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="70"/>
        <source>not set</source>
        <translation>ikke satt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="109"/>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="110"/>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="111"/>
        <source>Guide or form:</source>
        <translation>Guide eller skjema:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="113"/>
        <source>Place:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="114"/>
        <source>Groups:</source>
        <translation>Grupper:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="115"/>
        <source>Headcount:</source>
        <translation>Antall deltakere:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="116"/>
        <source>Participants
(personal data):</source>
        <translation>Deltakere
(personopplysninger):</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="117"/>
        <source>Optional. Names are never shown in reports.</source>
        <translation>Valgfritt. Navn vises aldri i rapporter.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="119"/>
        <source>Assessors:</source>
        <translation>Kartleggere:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="120"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="129"/>
        <source>(unnamed)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py" line="139"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py" line="71"/>
        <source>Mark as done</source>
        <translation>Merk som ferdig</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py" line="91"/>
        <source>Excerpts</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py" line="92"/>
        <source>Photos and files</source>
        <translation>Bilder og filer</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py" line="188"/>
        <source>Time %1</source>
        <translation>Tid %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py" line="190"/>
        <source>The clock starts when you type</source>
        <translation>Klokken starter når du skriver</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py" line="202"/>
        <source>Marked as done.</source>
        <translation>Merket som ferdig.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py" line="242"/>
        <source>Select words in the notes first, then press Ctrl+T.</source>
        <translation>Marker ord i notatene først, og trykk så Ctrl+T.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py" line="265"/>
        <source>Tagged to %1.</source>
        <translation>Knyttet til %1.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py" line="280"/>
        <source>Put the cursor in tagged words, or choose an excerpt in the panel, first.</source>
        <translation>Sett markøren i ord som er knyttet til kjennetegn, eller velg et utdrag i panelet, først.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py" line="313"/>
        <source>Tag removed (Ctrl+Z brings it back).</source>
        <translation>Merkingen er fjernet (Ctrl+Z henter den tilbake).</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py" line="330"/>
        <source>Not available for this kind of activity.</source>
        <translation>Finnes ikke for denne typen aktivitet.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../digifelt/ui/app.py" line="158"/>
        <source>Open assessment</source>
        <translation>Åpne kartlegging</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/app.py" line="159"/>
        <source>digifelt projects (*.digifelt);;All files (*)</source>
        <translation>digifelt-prosjekter (*.digifelt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/app.py" line="172"/>
        <source>Making the demo assessment…</source>
        <translation>Lager demokartleggingen …</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../digifelt/ui/models/attachments.py" line="25"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/attachments.py" line="26"/>
        <source>Caption</source>
        <translation>Bildetekst</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/attachments.py" line="27"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Open a program?</source>
        <translation>Åpne et program?</translation>
    </message>
    <message>
        <source>“%1” may be a program, script or installer. Opening it could run it on this computer. Open it only if you trust where it came from.</source>
        <translation>«%1» kan være et program, et skript eller et installasjonsprogram. Å åpne den kan kjøre den på denne datamaskinen. Åpne den bare hvis du stoler på hvor den kommer fra.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/attachments.py" line="122"/>
        <source>Drop photos or files here. Double-click the caption to edit it.</source>
        <translation>Slipp bilder eller filer her. Dobbeltklikk på bildeteksten for å endre den.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/attachments.py" line="126"/>
        <source>Add…</source>
        <translation>Legg til …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/attachments.py" line="127"/>
        <source>View</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/attachments.py" line="128"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/attachments.py" line="158"/>
        <source>Add photos or files</source>
        <translation>Legg til bilder eller filer</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/attachments.py" line="195"/>
        <source>Remove attachment</source>
        <translation>Fjern vedlegg</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/attachments.py" line="196"/>
        <source>Remove %1 from the project?</source>
        <translation>Fjerne %1 fra prosjektet?</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../digifelt/ui/pages/capture.py" line="43"/>
        <source>Switch activity (Ctrl+J)</source>
        <translation>Bytt aktivitet (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/capture.py" line="47"/>
        <source>Activity:</source>
        <translation>Aktivitet:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/capture.py" line="50"/>
        <source>New:</source>
        <translation>Ny aktivitet:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/capture.py" line="60"/>
        <source>Choose an activity above (Ctrl+J), or start a new interview with Ctrl+N.

While you type, every note is saved within a second.</source>
        <translation>Velg en aktivitet over (Ctrl+J), eller start et nytt intervju med Ctrl+N.

Mens du skriver, lagres hvert notat i løpet av et sekund.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/capture.py" line="149"/>
        <source>Open an activity first (Ctrl+N starts an interview).</source>
        <translation>Åpne en aktivitet først (Ctrl+N starter et intervju).</translation>
    </message>
</context>
<context>
    <name>DocumentReviewView</name>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="34"/>
        <source>Plan</source>
        <translation>Planlegging</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="35"/>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="36"/>
        <source>Annual report</source>
        <translation>Årsrapport</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="37"/>
        <source>Case document</source>
        <translation>Saksframlegg</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="38"/>
        <source>Regulations or routine</source>
        <translation>Reglement eller rutine</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="39"/>
        <source>Minutes</source>
        <translation>Møtereferat</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="40"/>
        <source>Web page</source>
        <translation>Nettside</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="41"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="75"/>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="90"/>
        <source>Document title:</source>
        <translation>Dokumenttittel:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="91"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="92"/>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="93"/>
        <source>Owner:</source>
        <translation>Eier:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="94"/>
        <source>Reference:</source>
        <translation>Referanse:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="102"/>
        <source>Attach document…</source>
        <translation>Legg ved dokumentet …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="104"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="113"/>
        <source>New page excerpt (Ctrl+Shift+P)</source>
        <translation>Nytt utdrag med sidetall (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="117"/>
        <source>no page</source>
        <translation>ingen side</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="122"/>
        <source>Paste or type the passage, then press Ctrl+Enter to tag and save it.</source>
        <translation>Lim inn eller skriv avsnittet, og trykk Ctrl+Enter for å knytte og lagre det.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="124"/>
        <source>Tag and save…</source>
        <translation>Knytt og lagre …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="127"/>
        <source>Page:</source>
        <translation>Side:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="138"/>
        <source>Review notes… Select words and press Ctrl+T to tag them.</source>
        <translation>Notater fra gjennomgangen … Marker ord og trykk Ctrl+T for å knytte dem til kjennetegn.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="144"/>
        <source>Review notes</source>
        <translation>Notater fra gjennomgangen</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="189"/>
        <source>No file attached. Drop the document here, or choose Attach document…</source>
        <translation>Ingen fil vedlagt. Slipp dokumentet her, eller velg Legg ved dokumentet …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="196"/>
        <source>Attach the reviewed document</source>
        <translation>Legg ved dokumentet som gjennomgås</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="212"/>
        <source>Attached %1.</source>
        <translation>La ved %1.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="228"/>
        <source>Type or paste the passage first.</source>
        <translation>Skriv eller lim inn avsnittet først.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/document_review.py" line="245"/>
        <source>Excerpt saved.</source>
        <translation>Utdraget er lagret.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../digifelt/ui/errors.py" line="14"/>
        <location filename="../../digifelt/ui/errors.py" line="41"/>
        <source>digifelt</source>
        <translation>digifelt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/errors.py" line="42"/>
        <source>Something unexpected went wrong: %1. Saved notes are safe; you can keep working.</source>
        <translation>Noe uventet gikk galt: %1. Lagrede notater er trygge; du kan arbeide videre.</translation>
    </message>
</context>
<context>
    <name>ExcerptPanel</name>
    <message>
        <location filename="../../digifelt/ui/capture/excerpt_panel.py" line="59"/>
        <source>★ starred (underlined in the notes)</source>
        <translation>★ stjerne (understreket i notatene)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/excerpt_panel.py" line="63"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/excerpt_panel.py" line="64"/>
        <source>Edit…</source>
        <translation>Endre …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/excerpt_panel.py" line="65"/>
        <source>Star</source>
        <translation>Stjerne</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/excerpt_panel.py" line="66"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>ExcerptsModel</name>
    <message>
        <location filename="../../digifelt/ui/models/excerpts.py" line="26"/>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/excerpts.py" line="27"/>
        <source>Indicators</source>
        <translation>Kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/excerpts.py" line="28"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/excerpts.py" line="29"/>
        <source>Valence</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/excerpts.py" line="30"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/excerpts.py" line="31"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/excerpts.py" line="45"/>
        <source>detached: text was edited</source>
        <translation>løsnet: teksten ble endret</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/excerpts.py" line="47"/>
        <source>p. %1</source>
        <translation>s. %1</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../digifelt/ui/models/people.py" line="14"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/people.py" line="15"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="33"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="33"/>
        <source>New guide</source>
        <translation>Ny guide</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="39"/>
        <source>(any group)</source>
        <translation>(alle grupper)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="50"/>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="51"/>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="52"/>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
</context>
<context>
    <name>GuidesModel</name>
    <message>
        <location filename="../../digifelt/ui/models/guides.py" line="16"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/guides.py" line="17"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/guides.py" line="18"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>GuidesTab</name>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="93"/>
        <source>New…</source>
        <translation>Ny …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="94"/>
        <source>Edit…</source>
        <translation>Endre …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="95"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="99"/>
        <source>Double-click a question or its indicator codes to edit them.</source>
        <translation>Dobbeltklikk på et spørsmål eller kjennetegnskodene for å endre dem.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="103"/>
        <source>Add question…</source>
        <translation>Nytt spørsmål …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="104"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="157"/>
        <source>Unknown indicator codes: %1</source>
        <translation>Ukjente kjennetegnskoder: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="188"/>
        <source>Delete guide</source>
        <translation>Slett guide</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="189"/>
        <source>Delete “%1” and its questions? Notes already taken are kept as free notes.</source>
        <translation>Slette «%1» med spørsmålene? Notater som alt er tatt, beholdes som frie notater.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py" line="200"/>
        <source>New question</source>
        <translation>Nytt spørsmål</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <location filename="../../digifelt/ui/capture/interview.py" line="86"/>
        <source>Alt+↓/↑ next/previous question · Ctrl+T tag the sentence or the selected words · Ctrl+Shift+N ad-hoc question</source>
        <translation>Alt+↓/↑ neste/forrige spørsmål · Ctrl+T knytt setningen eller de markerte ordene · Ctrl+Shift+N tilleggsspørsmål</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/interview.py" line="119"/>
        <source>Free notes</source>
        <translation>Frie notater</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/interview.py" line="126"/>
        <source>Type the answer… Select words and press Ctrl+T to tag them.</source>
        <translation>Skriv svaret … Marker ord og trykk Ctrl+T for å knytte dem til kjennetegn.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/interview.py" line="192"/>
        <source>Ad-hoc question</source>
        <translation>Tilleggsspørsmål</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="8"/>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="9"/>
        <source>Observation</source>
        <translation>Observasjon</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="10"/>
        <source>Document review</source>
        <translation>Dokumentgjennomgang</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="13"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="14"/>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="15"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="18"/>
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="19"/>
        <source>Paraphrase</source>
        <translation>Gjengivelse</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="22"/>
        <source>Strength</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="23"/>
        <source>Gap</source>
        <translation>Forbedringsområde</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="24"/>
        <source>Neutral</source>
        <translation>Nøytral</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="27"/>
        <source>Interview guide</source>
        <translation>Intervjuguide</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="28"/>
        <source>Observation form</source>
        <translation>Observasjonsskjema</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/labels.py" line="29"/>
        <source>Review checklist</source>
        <translation>Sjekkliste for gjennomgang</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../digifelt/ui/main_window.py" line="112"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/main_window.py" line="176"/>
        <source>Everything is saved.</source>
        <translation>Alt er lagret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/main_window.py" line="208"/>
        <source>Saving…</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/main_window.py" line="208"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/main_window.py" line="209"/>
        <source>NOT SAVED</source>
        <translation>IKKE LAGRET</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/main_window.py" line="215"/>
        <location filename="../../digifelt/ui/main_window.py" line="231"/>
        <source>Notes not saved</source>
        <translation>Notater er ikke lagret</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/main_window.py" line="216"/>
        <source>digifelt could not save your latest notes: %1

Your text is still on screen; digifelt tries again with every change. Keep this window open.</source>
        <translation>digifelt kunne ikke lagre de siste notatene: %1

Teksten er fortsatt på skjermen; digifelt prøver igjen ved hver endring. La vinduet være åpent.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/main_window.py" line="232"/>
        <source>Some notes could not be saved (%1). Close anyway and lose them?</source>
        <translation>Noen notater kunne ikke lagres (%1). Vil du likevel lukke og miste dem?</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="41"/>
        <source>New assessment</source>
        <translation>Ny kartlegging</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="49"/>
        <source>From a rubric file…</source>
        <translation>Fra en rubrikkfil …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="64"/>
        <source>Browse…</source>
        <translation>Bla gjennom …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="79"/>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="84"/>
        <source>Rubric template:</source>
        <translation>Rubrikkmal:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="85"/>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="86"/>
        <source>Organisation assessed:</source>
        <translation>Virksomheten som kartlegges:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="87"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="88"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="89"/>
        <source>Your name:</source>
        <translation>Ditt navn:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="90"/>
        <source>Your initials:</source>
        <translation>Dine initialer:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="101"/>
        <source>Rubric template</source>
        <translation>Rubrikkmal</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="101"/>
        <source>Rubric templates (*.yaml *.yml)</source>
        <translation>Rubrikkmaler (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="124"/>
        <source>Save the assessment as</source>
        <translation>Lagre kartleggingen som</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="125"/>
        <source>digifelt projects (*.digifelt)</source>
        <translation>digifelt-prosjekter (*.digifelt)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="136"/>
        <source>Give the assessment a title and name the organisation.</source>
        <translation>Gi kartleggingen en tittel og skriv navnet på virksomheten.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py" line="140"/>
        <source>Choose where to save the file.</source>
        <translation>Velg hvor filen skal lagres.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../../digifelt/ui/capture/notes_editor.py" line="321"/>
        <source>Tag selection…</source>
        <translation>Knytt markert tekst til kjennetegn …</translation>
    </message>
</context>
<context>
    <name>ObservationView</name>
    <message>
        <location filename="../../digifelt/ui/capture/observation.py" line="65"/>
        <source>Enter: new time-stamped note · Shift+Enter: new line · Ctrl+L: look-fors · Ctrl+T: tag the sentence or the selected words</source>
        <translation>Enter: nytt tidsstemplet notat · Shift+Enter: ny linje · Ctrl+L: observasjonspunkter · Ctrl+T: knytt setningen eller de markerte ordene</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/observation.py" line="82"/>
        <source>No observation form chosen for this activity (see Plan).</source>
        <translation>Aktiviteten har ikke noe observasjonsskjema (se Planlegging).</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/observation.py" line="86"/>
        <source>Look-fors: %1</source>
        <translation>Observasjonspunkter: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/observation.py" line="113"/>
        <source>What do you see? Enter starts the next note.</source>
        <translation>Hva ser du? Enter starter neste notat.</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../digifelt/ui/models/outline.py" line="25"/>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py" line="52"/>
        <source>Assessment</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py" line="54"/>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py" line="55"/>
        <source>Organisation:</source>
        <translation>Virksomhet:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py" line="56"/>
        <source>Language of the project:</source>
        <translation>Prosjektets språk:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py" line="57"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py" line="58"/>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py" line="64"/>
        <source>So far</source>
        <translation>Så langt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py" line="68"/>
        <source>New interview (Ctrl+N)</source>
        <translation>Nytt intervju (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py" line="69"/>
        <source>New observation (Ctrl+Shift+O)</source>
        <translation>Ny observasjon (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py" line="70"/>
        <source>New document review (Ctrl+Shift+D)</source>
        <translation>Ny dokumentgjennomgang (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py" line="119"/>
        <source>Excerpts: &lt;b&gt;%1&lt;/b&gt;, of which starred: %2</source>
        <translation>Utdrag: &lt;b&gt;%1&lt;/b&gt;, av dem med stjerne: %2</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../digifelt/ui/models/people.py" line="31"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/people.py" line="32"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/people.py" line="33"/>
        <source>Name (personal data)</source>
        <translation>Navn (personopplysning)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/people.py" line="34"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/people.py" line="58"/>
        <source>Names are optional personal data: they never appear in reports and are replaced by pseudonyms in pseudonymised exports.</source>
        <translation>Navn er valgfrie personopplysninger: de vises aldri i rapporter og erstattes med pseudonymer i pseudonymiserte eksporter.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py" line="70"/>
        <source>Participants are optional. Names are personal data: leave them empty when a role and group are enough. Reports quote groups, never names.</source>
        <translation>Deltakere er valgfrie. Navn er personopplysninger: la dem stå tomme når rolle og gruppe er nok. Rapporter siterer grupper, aldri navn.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py" line="77"/>
        <source>Respondent groups (double-click to edit)</source>
        <translation>Informantgrupper (dobbeltklikk for å endre)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py" line="80"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py" line="88"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py" line="88"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py" line="119"/>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py" line="122"/>
        <source>New group %1</source>
        <translation>Ny gruppe %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py" line="136"/>
        <source>Remove group</source>
        <translation>Fjern gruppe</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py" line="137"/>
        <source>Remove the group “%1”? Activities and participants keep their notes but lose the group.</source>
        <translation>Fjerne gruppen «%1»? Aktiviteter og deltakere beholder notatene, men mister gruppen.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py" line="133"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py" line="134"/>
        <source>Groups and participants</source>
        <translation>Grupper og deltakere</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py" line="135"/>
        <source>Guides and forms</source>
        <translation>Guider og skjemaer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="31"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="32"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="33"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="35"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="36"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="37"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="21"/>
        <source>Show Details...</source>
        <translation>Vis detaljer …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="22"/>
        <source>Hide Details...</source>
        <translation>Skjul detaljer …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="23"/>
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="12"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="13"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="14"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="15"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="16"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="17"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="18"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="19"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="20"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="24"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="25"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="26"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="27"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="28"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="29"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/qt_strings.py" line="30"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/question.py" line="30"/>
        <source>e.g. 1.1, 2.3</source>
        <translation>f.eks. 1.1, 2.3</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/question.py" line="38"/>
        <source>Question:</source>
        <translation>Spørsmål:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/question.py" line="39"/>
        <source>Indicators:</source>
        <translation>Kjennetegn:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/question.py" line="49"/>
        <source>Write the question.</source>
        <translation>Skriv spørsmålet.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/question.py" line="53"/>
        <source>Unknown indicator codes: %1</source>
        <translation>Ukjente kjennetegnskoder: %1</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../digifelt/ui/capture/interview.py" line="30"/>
        <source>Notes outside the guide</source>
        <translation>Notater utenfor guiden</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/interview.py" line="56"/>
        <source>Question %1 of %2</source>
        <translation>Spørsmål %1 av %2</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../../digifelt/ui/models/guides.py" line="40"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/guides.py" line="41"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/guides.py" line="42"/>
        <source>Indicators</source>
        <translation>Kjennetegn</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="46"/>
        <source>Add area</source>
        <translation>Nytt område</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="47"/>
        <source>Add indicator</source>
        <translation>Nytt kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="48"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="49"/>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Flytt opp (Ctrl+Shift+Opp)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="50"/>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Flytt ned (Ctrl+Shift+Ned)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="77"/>
        <source>One look-for per line</source>
        <translation>Ett tegn per linje</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="87"/>
        <source>Selected area or indicator</source>
        <translation>Valgt område eller kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="89"/>
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="90"/>
        <source>Title:</source>
        <translation>Tittel:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="92"/>
        <source>Look-fors:</source>
        <translation>Tegn å se etter:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="169"/>
        <source>Not saved: %1</source>
        <translation>Ikke lagret: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="194"/>
        <source>New area</source>
        <translation>Nytt område</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="214"/>
        <source>New indicator</source>
        <translation>Nytt kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="235"/>
        <source>Remove the indicator %1?</source>
        <translation>Fjerne kjennetegnet %1?</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="238"/>
        <source>Warning: %1 excerpts are tagged to it. Their tags to it and its finding will be deleted; the excerpts themselves stay.</source>
        <translation>Advarsel: %1 utdrag er knyttet til det. Koblingene til det og funnet for det slettes; selve utdragene blir værende.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py" line="241"/>
        <source>Remove from the rubric</source>
        <translation>Fjern fra rubrikken</translation>
    </message>
</context>
<context>
    <name>RubricTreeModel</name>
    <message>
        <location filename="../../digifelt/ui/models/rubric.py" line="17"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/rubric.py" line="18"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <location filename="../../digifelt/ui/pages/rubric_scale.py" line="21"/>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric_scale.py" line="32"/>
        <source>Add level</source>
        <translation>Nytt nivå</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric_scale.py" line="34"/>
        <source>Remove level</source>
        <translation>Fjern nivå</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric_scale.py" line="60"/>
        <source>Level %1</source>
        <translation>Nivå %1</translation>
    </message>
</context>
<context>
    <name>ScaleModel</name>
    <message>
        <location filename="../../digifelt/ui/models/scale.py" line="17"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/scale.py" line="18"/>
        <source>Label</source>
        <translation>Betegnelse</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/scale.py" line="19"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/shortcuts.py" line="11"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/shortcuts.py" line="15"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/shortcuts.py" line="15"/>
        <source>What it does</source>
        <translation>Hva den gjør</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="32"/>
        <source>Tag to indicator</source>
        <translation>Knytt til kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="41"/>
        <source>Type an indicator code or words…</source>
        <translation>Skriv en kjennetegnskode eller ord …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="62"/>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="63"/>
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="64"/>
        <source>Paraphrase</source>
        <translation>Gjengivelse</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="67"/>
        <source>Valence:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="68"/>
        <source>Strength</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="69"/>
        <source>Gap</source>
        <translation>Forbedringsområde</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="70"/>
        <source>Neutral</source>
        <translation>Nøytral</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="73"/>
        <source>★ Star (*)</source>
        <translation>★ Stjerne (*)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="76"/>
        <source>Wanted in the report. Keys: * or Alt+8</source>
        <translation>Ønskes i rapporten. Taster: * eller Alt+8</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="86"/>
        <source>Memo (optional, Tab)</source>
        <translation>Notat til utdraget (valgfritt, Tab)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="88"/>
        <source>Bold: indicators of the current question. Enter saves, Esc cancels, Ctrl+Space tags several indicators.</source>
        <translation>Uthevet: kjennetegnene til gjeldende spørsmål. Enter lagrer, Esc avbryter, Ctrl+mellomrom knytter til flere kjennetegn.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="96"/>
        <source>Save tag</source>
        <translation>Lagre merking</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py" line="210"/>
        <source>No indicator matches; change the words or press Esc.</source>
        <translation>Ingen kjennetegn passer; endre ordene eller trykk Esc.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../digifelt/ui/undo.py" line="53"/>
        <source>Typing</source>
        <translation>Skriving</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/undo.py" line="100"/>
        <source>Could not undo or redo: %1</source>
        <translation>Kunne ikke angre eller gjøre om: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/undo.py" line="137"/>
        <source>Tag %1</source>
        <translation>Knytt til %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/undo.py" line="153"/>
        <source>Remove tag %1</source>
        <translation>Fjern merking %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/undo.py" line="171"/>
        <source>Edit tag</source>
        <translation>Endre merking</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../digifelt/ui/welcome.py" line="43"/>
        <source>Evidence capture for on-site assessments. Everything stays on this computer, in one file per assessment.</source>
        <translation>Innsamling av vurderingsgrunnlag ved stedlige kartlegginger. Alt blir på denne datamaskinen, i én fil per kartlegging.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py" line="49"/>
        <source>New assessment…</source>
        <translation>Ny kartlegging …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py" line="50"/>
        <source>Open…</source>
        <translation>Åpne …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py" line="51"/>
        <source>Open the demo</source>
        <translation>Åpne demoen</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py" line="77"/>
        <source>Recent assessments (Enter opens, Delete forgets)</source>
        <translation>Nylige kartlegginger (Enter åpner, Delete glemmer)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py" line="80"/>
        <source>None yet. Try the demo, or start a new assessment.</source>
        <translation>Ingen ennå. Prøv demoen, eller start en ny kartlegging.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py" line="85"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py" line="92"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py" line="95"/>
        <source>Version %1 · F1 in a project lists the keyboard shortcuts</source>
        <translation>Versjon %1 · F1 i et prosjekt viser hurtigtastene</translation>
    </message>
</context>
</TS>
