<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Kinds</name>
    <message>
        <source>Provisional levels</source>
        <translation>Foreløpige nivåer</translation>
    </message>
</context>
<context>
    <name>ImportCountsModel</name>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Ours stays</source>
        <translation>Vår står</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Already imported on %1: nothing new.</source>
        <translation>Allerede importert %1: ingenting nytt.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Conflicts, differences in the rubric and what is not merged:</source>
        <translation>Konflikter, forskjeller i rammeverket og det som ikke slås sammen:</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted, %4 unchanged. A backup of the project is taken first.</source>
        <translation>%1 nye, %2 oppdatert, %3 slettet, %4 uendret. Det tas en sikkerhetskopi av prosjektet først.</translation>
    </message>
    <message>
        <source>%1 conflicts: where you changed the same thing without having seen each other&apos;s change (or one of you deleted what the other edited), one version stays current and the other waits in Project → Conflicts. Nothing is lost.</source>
        <translation>%1 konflikter: der dere endret det samme uten å ha sett hverandres endring (eller én av dere slettet det den andre redigerte), blir én versjon gjeldende og den andre venter i Prosjekt → Konflikter. Ingenting går tapt.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Deleted by %1.</source>
        <translation>Slettet av %1.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Slettet.</translation>
    </message>
    <message>
        <source>(deleted — or not applied, because what it belongs to was deleted)</source>
        <translation>(slettet – eller ikke tatt inn, fordi det den hører til er slettet)</translation>
    </message>
    <message>
        <source>When you and a teammate changed the same thing without having seen each other&apos;s change (or one of you deleted what the other edited), one version stayed current and the other waits here. Choose which one stays; your choice reaches your teammates with your next bundle.</source>
        <translation>Når du og en kollega har endret det samme uten å ha sett hverandres endring (eller én av dere slettet det den andre redigerte), ble én versjon gjeldende, og den andre venter her. Velg hvilken som skal stå; valget ditt når kollegene med neste pakke.</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Slett den</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>deleted in the other</source>
        <translation>slettet i den andre</translation>
    </message>
</context>
</TS>
