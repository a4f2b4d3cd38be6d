<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="28"/>
        <source>&amp;Project</source>
        <translation>&amp;Prosjekt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="51"/>
        <source>Import bundle…</source>
        <translation>Importer evidenspakke …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="53"/>
        <source>Export…</source>
        <translation>Eksporter …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="55"/>
        <source>Restore from backup…</source>
        <translation>Gjenopprett fra sikkerhetskopi …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="74"/>
        <source>Conflicts…</source>
        <translation>Konflikter …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="76"/>
        <source>Privacy and retention…</source>
        <translation>Personvern og sletting …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py" line="78"/>
        <source>Erase raw notes…</source>
        <translation>Slett rånotatene …</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="73"/>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="75"/>
        <source>digifelt backs up %1 when it is opened, every 10 minutes while you work, and before imports and upgrades. Restoring closes the project, keeps the current file as a backup too, and opens the chosen one.</source>
        <translation>digifelt tar sikkerhetskopi av %1 når den åpnes, hvert 10. minutt mens du arbeider, og før import og oppgraderinger. Gjenoppretting lukker prosjektet, tar vare på den nåværende filen som sikkerhetskopi også, og åpner den valgte.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="92"/>
        <source>Folder: %1</source>
        <translation>Mappe: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="95"/>
        <source>There are no backups of this project yet.</source>
        <translation>Prosjektet har ingen sikkerhetskopier ennå.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="97"/>
        <source>Restore the chosen backup</source>
        <translation>Gjenopprett den valgte sikkerhetskopien</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="121"/>
        <source>Restore the backup?</source>
        <translation>Gjenopprette sikkerhetskopien?</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="122"/>
        <source>Replace %1 by the backup from %2? The project is closed first; the current file is kept as a backup, so this can be undone.</source>
        <translation>Erstatte %1 med sikkerhetskopien fra %2? Prosjektet lukkes først; den nåværende filen tas vare på som sikkerhetskopi, så dette kan angres.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="21"/>
        <source>When the project was opened</source>
        <translation>Da prosjektet ble åpnet</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="22"/>
        <source>While editing (every 10 minutes)</source>
        <translation>Under arbeidet (hvert 10. minutt)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="23"/>
        <source>Before importing a bundle</source>
        <translation>Før import av en evidenspakke</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="24"/>
        <source>Before upgrading the file</source>
        <translation>Før oppgradering av filen</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="25"/>
        <source>Before a repair</source>
        <translation>Før en reparasjon</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="26"/>
        <source>Before restoring a backup</source>
        <translation>Før gjenoppretting av en sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="41"/>
        <source>Taken</source>
        <translation>Tatt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="42"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/backups.py" line="43"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
</context>
<context>
    <name>BundleOptions</name>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="159"/>
        <source>Pseudonymise: participants become &quot;Informant 1&quot;, assessors their initials</source>
        <translation>Pseudonymiser: deltakere blir «Informant 1», kartleggere blir initialene sine</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="161"/>
        <source>Use a pseudonymised bundle for anyone outside the assessment team. Teammates merging their work need the full bundle.</source>
        <translation>Bruk en pseudonymisert pakke for alle utenfor kartleggingsteamet. Kolleger som skal flette arbeidet sitt, trenger hele pakken.</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="28"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="29"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="30"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="31"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="32"/>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="33"/>
        <source>Strengths</source>
        <translation>Styrker</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="34"/>
        <source>Improvement areas</source>
        <translation>Forbedringsområder</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="35"/>
        <source>Suggested actions</source>
        <translation>Forslag til tiltak</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="36"/>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="38"/>
        <source>Memo</source>
        <translation>Notat til utdraget</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="39"/>
        <source>Valence</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="40"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="41"/>
        <source>Starred</source>
        <translation>Stjerne</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="42"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="43"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="122"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="139"/>
        <source>Current version</source>
        <translation>Nåværende versjon</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="142"/>
        <source>Other version</source>
        <translation>Den andre versjonen</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="160"/>
        <source>Keep the current version</source>
        <translation>Behold den nåværende versjonen</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="163"/>
        <source>Use the other version</source>
        <translation>Bruk den andre versjonen</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="166"/>
        <source>There are no conflicts.</source>
        <translation>Det er ingen konflikter.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="205"/>
        <source>Current version (changed %1)</source>
        <translation>Nåværende versjon (endret %1)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="207"/>
        <source>this file</source>
        <translation>denne filen</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="208"/>
        <source>Other version (changed %1, from %2)</source>
        <translation>Den andre versjonen (endret %1, fra %2)</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="88"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="89"/>
        <source>Which</source>
        <translation>Hvilken</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="90"/>
        <source>Differs in</source>
        <translation>Forskjellig i</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="91"/>
        <source>Other version from</source>
        <translation>Den andre versjonen fra</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="92"/>
        <source>Came with</source>
        <translation>Kom med</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py" line="110"/>
        <source>this file</source>
        <translation>denne filen</translation>
    </message>
</context>
<context>
    <name>EraseNotes</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/erase_notes.py" line="83"/>
        <source>Some notes could not be saved; try again when the status bar says Saved.</source>
        <translation>Noen notater kunne ikke lagres; prøv igjen når statuslinjen viser Lagret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/erase_notes.py" line="94"/>
        <source>Erasing the raw notes…</source>
        <translation>Sletter rånotatene …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/erase_notes.py" line="103"/>
        <source>Raw notes erased</source>
        <translation>Rånotatene er slettet</translation>
    </message>
</context>
<context>
    <name>EraseNotesDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/erase_notes.py" line="34"/>
        <source>Erase raw notes</source>
        <translation>Slett rånotatene</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/erase_notes.py" line="44"/>
        <source>To confirm, type the organisation's name (%1) or ERASE:</source>
        <translation>Bekreft ved å skrive navnet på virksomheten (%1) eller SLETT:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/erase_notes.py" line="50"/>
        <source>Erase the raw notes</source>
        <translation>Slett rånotatene</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="51"/>
        <location filename="../../digifelt/ui/pages/export.py" line="91"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="74"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="83"/>
        <source>File type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="86"/>
        <source>Save as:</source>
        <translation>Lagre som:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="88"/>
        <source>Options</source>
        <translation>Valg</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="98"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="111"/>
        <source>Import a teammate's bundle…</source>
        <translation>Importer en kollegas evidenspakke …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="114"/>
        <source>Merges a bundle exported by a teammate into this project; you see what it changes before anything is written.</source>
        <translation>Fletter en evidenspakke som en kollega har eksportert, inn i dette prosjektet; du ser hva den endrer før noe skrives.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="117"/>
        <source>Import from a teammate</source>
        <translation>Import fra en kollega</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="183"/>
        <source>Export to</source>
        <translation>Eksporter til</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="192"/>
        <source>Choose where to save the file first.</source>
        <translation>Velg først hvor filen skal lagres.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="199"/>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="204"/>
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="205"/>
        <source>%1 already exists. Replace it? (It is replaced only when the new file is complete.)</source>
        <translation>%1 finnes allerede. Vil du erstatte den? (Den erstattes først når den nye filen er ferdig.)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="222"/>
        <source>Some notes could not be saved, so the export would miss them. Try again when the status bar says Saved.</source>
        <translation>Noen notater kunne ikke lagres, så eksporten ville mangle dem. Prøv igjen når statuslinjen viser Lagret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="237"/>
        <source>Exporting %1…</source>
        <translation>Eksporterer %1 …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="246"/>
        <source>Stopping…</source>
        <translation>Stopper …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="271"/>
        <source>The export failed; nothing was written.</source>
        <translation>Eksporten mislyktes; ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/export.py" line="276"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutt; ingenting ble skrevet.</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="216"/>
        <source>Word report</source>
        <translation>Rapportutkast i Word</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="217"/>
        <source>The report skeleton for the writers: chapters per area, levels, strengths, improvement areas and the starred quotes, on your house template.</source>
        <translation>Rapportutkastet for skriverne: kapitler per område, nivåer, styrker, forbedringsområder og sitatene med stjerne, på deres egen mal.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="222"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="242"/>
        <source>Pseudonymised.</source>
        <translation>Pseudonymisert.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="246"/>
        <source>Evidence bundle</source>
        <translation>Evidenspakke</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="247"/>
        <source>Everything in the project as one checked .zip (a BagIt bag): for teammates to merge, for the archive, or for other tools.</source>
        <translation>Alt i prosjektet som én kontrollert .zip-fil (en BagIt-pakke): til kolleger som skal flette, til arkivet eller til andre verktøy.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="252"/>
        <source>Evidence bundle (*.zip)</source>
        <translation>Evidenspakke (*.zip)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="267"/>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="268"/>
        <source>A .qdpx file for qualitative analysis tools such as NVivo, ATLAS.ti, MAXQDA or QualCoder.</source>
        <translation>En .qdpx-fil for verktøy for kvalitativ analyse, som NVivo, ATLAS.ti, MAXQDA eller QualCoder.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="273"/>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA-prosjekt (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="294"/>
        <source>Evidence matrix</source>
        <translation>Evidensmatrise</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="295"/>
        <source>Excerpts per indicator and source, with strengths, gaps and whether the evidence is triangulated: a table for a spreadsheet.</source>
        <translation>Utdrag per kjennetegn og kilde, med styrker, forbedringsområder og om evidensen er triangulert: en tabell for regneark.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="300"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="301"/>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, kommadelt (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportBundle</name>
    <message>
        <source>The bundle was refused; nothing was changed.</source>
        <translation>Pakken ble avvist; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="170"/>
        <source>Import a bundle</source>
        <translation>Importer en evidenspakke</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="171"/>
        <source>Evidence bundles (*.zip);;All files (*)</source>
        <translation>Evidenspakker (*.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="189"/>
        <source>Some notes could not be saved; import when the status bar says Saved.</source>
        <translation>Noen notater kunne ikke lagres; importer når statuslinjen viser Lagret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="197"/>
        <source>Checking %1…</source>
        <translation>Kontrollerer %1 …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="214"/>
        <source>Importing %1…</source>
        <translation>Importerer %1 …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="223"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importen ble avbrutt; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="229"/>
        <source>Imported %1: %2 new, %3 updated, %4 conflict copies.</source>
        <translation>Importerte %1: %2 nye, %3 oppdaterte, %4 konfliktkopier.</translation>
    </message>
</context>
<context>
    <name>ImportCountsModel</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="57"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="58"/>
        <source>New</source>
        <translation>Nye</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="59"/>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="61"/>
        <source>In conflict</source>
        <translation>I konflikt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="62"/>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="63"/>
        <source>Not merged</source>
        <translation>Ikke flettet</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="87"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="91"/>
        <source>From &lt;b&gt;%1&lt;/b&gt; (%2), exported %3 UTC by %4.</source>
        <translation>Fra &lt;b&gt;%1&lt;/b&gt; (%2), eksportert %3 UTC av %4.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="93"/>
        <source>an unknown assessor</source>
        <translation>en ukjent kartlegger</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="96"/>
        <source>The bundle declares itself pseudonymised.</source>
        <translation>Pakken oppgir at den er pseudonymisert.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="119"/>
        <source>Rubric: %1</source>
        <translation>Rubrikk: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="120"/>
        <source>Not merged: %1</source>
        <translation>Ikke flettet: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="131"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="144"/>
        <source>Importing this bundle changes nothing in this project.</source>
        <translation>Å importere denne pakken endrer ingenting i prosjektet.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="155"/>
        <source>This bundle was imported before (%1).</source>
        <translation>Denne pakken er importert før (%1).</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="27"/>
        <source>Project details</source>
        <translation>Prosjektopplysninger</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="28"/>
        <source>Assessors</source>
        <translation>Kartleggere</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="29"/>
        <source>Scale levels</source>
        <translation>Skalanivåer</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="30"/>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="31"/>
        <source>Indicators</source>
        <translation>Kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="32"/>
        <source>Respondent groups</source>
        <translation>Informantgrupper</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="33"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="34"/>
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="35"/>
        <source>Guide questions</source>
        <translation>Spørsmål i guider</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="36"/>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="37"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="38"/>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="39"/>
        <source>Excerpts</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="40"/>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py" line="41"/>
        <source>Area summaries</source>
        <translation>Oppsummeringer per område</translation>
    </message>
</context>
<context>
    <name>MatrixOptions</name>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="193"/>
        <source>Kind of activity</source>
        <translation>Type aktivitet</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="194"/>
        <source>Respondent group</source>
        <translation>Informantgruppe</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="197"/>
        <source>Columns:</source>
        <translation>Kolonner:</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/privacy.py" line="25"/>
        <source>Privacy and retention</source>
        <translation>Personvern og sletting</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/privacy.py" line="27"/>
        <source>Raw notes and participant records are personal data. Set the date by which they must be erased (for instance when the report is delivered); from that day digifelt reminds the team.</source>
        <translation>Rånotater og opplysninger om deltakere er personopplysninger. Angi datoen da de skal være slettet (for eksempel når rapporten er levert); fra den dagen minner digifelt teamet på det.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/privacy.py" line="33"/>
        <source>Erase the raw notes by</source>
        <translation>Slett rånotatene innen</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/privacy.py" line="52"/>
        <source>Fewer than %1 people were heard in these groups, so quotes attributed to them may identify someone: %2.</source>
        <translation>Færre enn %1 personer er hørt i disse gruppene, så sitater som tilskrives dem, kan identifisere noen: %2.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/privacy.py" line="56"/>
        <source>Every respondent group heard so far has at least %1 people.</source>
        <translation>Alle informantgrupper som er hørt så langt, har minst %1 personer.</translation>
    </message>
</context>
<context>
    <name>ProjectContext</name>
    <message>
        <location filename="../../digifelt/ui/project_context.py" line="56"/>
        <source>%1 is already open in digifelt (process %2 on %3); close it there first.</source>
        <translation>%1 er allerede åpen i digifelt (prosess %2 på %3); lukk den der først.</translation>
    </message>
</context>
<context>
    <name>ProjectNotices</name>
    <message>
        <location filename="../../digifelt/ui/notices.py" line="42"/>
        <source>Erase raw notes…</source>
        <translation>Slett rånotatene …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/notices.py" line="44"/>
        <source>Change the date…</source>
        <translation>Endre datoen …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/notices.py" line="46"/>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/notices.py" line="48"/>
        <source>Resolve…</source>
        <translation>Løs …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/notices.py" line="71"/>
        <source>The retention date (%1) has passed: the raw notes should now be erased.</source>
        <translation>Slettefristen (%1) er passert: rånotatene bør slettes nå.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/notices.py" line="77"/>
        <source>Team merges left conflicts for you to settle: %1.</source>
        <translation>Fletting i teamet har gitt konflikter som du må avgjøre: %1.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="114"/>
        <source>The built-in template</source>
        <translation>Den innebygde malen</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="115"/>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="126"/>
        <source>The project's language</source>
        <translation>Prosjektets språk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="129"/>
        <source>Open the report when it is done</source>
        <translation>Åpne rapporten når den er ferdig</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="133"/>
        <source>Template (.docx or .dotx with your house styles):</source>
        <translation>Mal (.docx eller .dotx med deres egne stiler):</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="134"/>
        <source>Language of the headings:</source>
        <translation>Språk i overskriftene:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="139"/>
        <source>Choose a Word template</source>
        <translation>Velg en Word-mal</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/export_registry.py" line="140"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokumenter og -maler (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="48"/>
        <source>Some notes could not be saved; try again when the status bar says Saved.</source>
        <translation>Noen notater kunne ikke lagres; prøv igjen når statuslinjen viser Lagret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="159"/>
        <source>%1 is damaged and cannot be opened (%2). digifelt has not changed it.</source>
        <translation>%1 er skadet og kan ikke åpnes (%2). digifelt har ikke endret den.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="168"/>
        <source>%1 is empty: it holds no assessment. digifelt has not changed it.</source>
        <translation>%1 er tom: den inneholder ingen kartlegging. digifelt har ikke endret den.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="170"/>
        <source>%1 is not a digifelt project file (another kind of file, or one that was overwritten). digifelt has not changed it.</source>
        <translation>%1 er ikke en prosjektfil fra digifelt (en annen type fil, eller en fil som er overskrevet). digifelt har ikke endret den.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="174"/>
        <source>%1 was saved by a newer version of digifelt. Update digifelt to open it; the file was not changed.</source>
        <translation>%1 er lagret av en nyere versjon av digifelt. Oppdater digifelt for å åpne den; filen er ikke endret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="178"/>
        <source>%1 could not be opened (%2). digifelt has not changed it.</source>
        <translation>%1 kunne ikke åpnes (%2). digifelt har ikke endret den.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="188"/>
        <location filename="../../digifelt/ui/safety.py" line="240"/>
        <source>digifelt</source>
        <translation>digifelt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="198"/>
        <source>A good backup from %1 exists. Restoring puts it in place of this file; the current file is kept beside it, never overwritten.</source>
        <translation>Det finnes en god sikkerhetskopi fra %1. Gjenoppretting setter den inn i stedet for denne filen; den nåværende filen tas vare på ved siden av og blir aldri overskrevet.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="202"/>
        <source>Restore the newest good backup (%1)</source>
        <translation>Gjenopprett den nyeste gode sikkerhetskopien (%1)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="237"/>
        <source>Restoring %1…</source>
        <translation>Gjenoppretter %1 …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/safety.py" line="240"/>
        <source>The backup could not be restored: %1</source>
        <translation>Sikkerhetskopien kunne ikke gjenopprettes: %1</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../digifelt/ui/workers.py" line="171"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/workers.py" line="174"/>
        <source>digifelt</source>
        <translation>digifelt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/workers.py" line="190"/>
        <source>Stopping…</source>
        <translation>Stopper …</translation>
    </message>
</context>
</TS>
