<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>EraseNotes</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/erase_notes.py" line="108"/>
        <source>Erased %1 notes, %2 participants, %3 excerpts, %4 backups and %5 other copies of the file. Kept %6 quotes chosen for findings.</source>
        <translation>Slettet %1 notater, %2 deltakere, %3 utdrag, %4 sikkerhetskopier og %5 andre kopier av filen. Beholdt %6 sitater som er valgt til funn.</translation>
    </message>
</context>
<context>
    <name>EraseNotesDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/erase_notes.py" line="36"/>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; digifelt deletes every note, every participant record and every excerpt that is not chosen for a finding, overwrites them in the file, and deletes every copy it has made of this project, since they hold the notes too: all backups (also those taken under an earlier name or folder), damaged copies kept by a restore, and unfinished copies.&lt;br&gt;&lt;br&gt;Kept: the rubric, the activities (without notes), the findings and the quotes chosen for them, attributed to their groups.&lt;br&gt;&lt;br&gt;Export an evidence bundle first if the notes must be archived elsewhere.</source>
        <translation>&lt;b&gt;Dette kan ikke angres.&lt;/b&gt; digifelt sletter alle notater, alle opplysninger om deltakere og alle utdrag som ikke er valgt til et funn, overskriver dem i filen og sletter alle kopier digifelt har laget av prosjektet, siden de også inneholder notatene: alle sikkerhetskopier (også de som ble tatt under et tidligere navn eller i en annen mappe), skadde kopier som en gjenoppretting har tatt vare på, og uferdige kopier.&lt;br&gt;&lt;br&gt;Beholdes: rubrikken, aktivitetene (uten notater), funnene og sitatene som er valgt til dem, knyttet til informantgruppene.&lt;br&gt;&lt;br&gt;Eksporter en evidenspakke først hvis notatene skal arkiveres et annet sted.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="149"/>
        <source>An erasure of the raw notes in %1 was interrupted. digifelt has now finished it: %2 copies it had left behind were deleted.</source>
        <translation>En sletting av rånotatene i %1 ble avbrutt. digifelt har nå fullført den: %2 kopier som var blitt liggende igjen, er slettet.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="153"/>
        <source>An erasure of the raw notes in %1 was interrupted before it took effect: nothing was erased. Erase them again if they are due.</source>
        <translation>En sletting av rånotatene i %1 ble avbrutt før den fikk virkning: ingenting ble slettet. Slett dem på nytt hvis fristen er nådd.</translation>
    </message>
</context>
</TS>
