<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>QdpxOptions</name>
    <message>
        <location filename="../../digifelt/ui/export_registry.py"/>
        <source>The file holds the codebook (the rubric), every activity&apos;s notes as a text source with its tagged passages, the memos and the respondent groups as cases.</source>
        <translation>Filen inneholder kodeboken (rubrikken), notatene fra hver aktivitet som en tekstkilde med de merkede avsnittene, notatene til utdragene og informantgruppene som tilfeller.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py"/>
        <source>Pseudonymise: names in the texts become pseudonyms, users their initials</source>
        <translation>Pseudonymiser: navn i tekstene blir pseudonymer, brukerne blir initialer</translation>
    </message>
</context>
<context>
    <name>MatrixOptions</name>
    <message>
        <location filename="../../digifelt/ui/export_registry.py"/>
        <source>Pseudonymise: names in titles and group names become pseudonyms</source>
        <translation>Pseudonymiser: navn i titler og gruppenavn blir pseudonymer</translation>
    </message>
</context>
<context>
    <name>ReplacedNames</name>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Suggested action</source>
        <translation>Forslag til tiltak</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Area summary</source>
        <translation>Områdeoppsummering</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Attachment</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Interview guide</source>
        <translation>Intervjuguide</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Rubric</source>
        <translation>Rubrikk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Respondent group</source>
        <translation>Informantgruppe</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Project details</source>
        <translation>Prosjektopplysninger</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Matrix label</source>
        <translation>Matriseetikett</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Where names were replaced</source>
        <translation>Hvor navn ble erstattet</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>Names were replaced in %1 places. Open a row to rephrase the text in the project if the export should read naturally.</source>
        <translation>Navn ble erstattet på %1 steder. Åpne en rad for å formulere teksten om i prosjektet hvis eksporten skal leses naturlig.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>This text is changed where it was written: in the rubric, the groups or the project details.</source>
        <translation>Denne teksten endres der den ble skrevet: i rubrikken, gruppene eller prosjektopplysningene.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>An assessor&apos;s initials contained a name; exported as %1.</source>
        <translation>Initialene til en kartlegger inneholdt et navn; eksportert som %1.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export_names.py"/>
        <source>A participant&apos;s pseudonym contained a name; exported as %1.</source>
        <translation>Pseudonymet til en deltaker inneholdt et navn; eksportert som %1.</translation>
    </message>
</context>
</TS>
