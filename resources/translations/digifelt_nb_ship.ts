<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="44"/>
        <source>About digifelt</source>
        <translation>Om digifelt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="49"/>
        <source>digifelt logo</source>
        <translation>digifelt-logo</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="50"/>
        <source>&lt;b&gt;digifelt&lt;/b&gt; version %1</source>
        <translation>&lt;b&gt;digifelt&lt;/b&gt; versjon %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="54"/>
        <source>Offline evidence capture and reporting for on-site assessments.</source>
        <translation>Innsamling og rapportering av vurderingsgrunnlag ved stedlige kartlegginger, uten nett.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="58"/>
        <source>digifelt is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>digifelt er fri programvare: du kan videreformidle og/eller endre det under vilkårene i GNU General Public License, versjon 3 eller (om du ønsker) enhver senere versjon (%1). Programmet leveres UTEN NOEN FORM FOR GARANTI.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="63"/>
        <source>Python %1 · Qt %2 · PySide6 %3</source>
        <translation>Python %1 · Qt %2 · PySide6 %3</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="79"/>
        <source>License text</source>
        <translation>Lisenstekst</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="81"/>
        <source>The license text is missing from this installation. Read it at %1.</source>
        <translation>Lisensteksten mangler i denne installasjonen. Les den på %1.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="86"/>
        <location filename="../../digifelt/ui/dialogs/about.py" line="93"/>
        <source>Third-party software</source>
        <translation>Programvare fra tredjeparter</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="90"/>
        <source>The third-party notices are missing from this installation.</source>
        <translation>Merknadene om programvare fra tredjeparter mangler i denne installasjonen.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="94"/>
        <source>License</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/about.py" line="97"/>
        <location filename="../../digifelt/ui/dialogs/about.py" line="107"/>
        <source>About Qt</source>
        <translation>Om Qt</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Settings…</source>
        <translation>Innstillinger …</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Some backups could not be moved to the new data folder and are still in %1: %2</source>
        <translation>Noen sikkerhetskopier kunne ikke flyttes til den nye datamappen og ligger fortsatt i %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <source>Report template</source>
        <translation>Rapportmal</translation>
    </message>
    <message>
        <source>The template chosen in Settings, or the built-in one</source>
        <translation>Malen som er valgt i Innstillinger, ellers den innebygde</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Bruk standard</translation>
    </message>
    <message>
        <source>Your default template: %1</source>
        <translation>Din standardmal: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automatisk (systemets språk)</translation>
    </message>
    <message>
        <source>Back up while editing every:</source>
        <translation>Ta sikkerhetskopi under redigering hvert:</translation>
    </message>
    <message>
        <source>Backups and the demo assessment are kept in the data folder. Backups hold personal data: choose a folder your organisation approves for it. Existing backups are moved there.</source>
        <translation>Sikkerhetskopier og demokartleggingen ligger i datamappen. Sikkerhetskopier inneholder personopplysninger: velg en mappe virksomheten din har godkjent for det. Eksisterende sikkerhetskopier flyttes dit.</translation>
    </message>
    <message>
        <source>Backups kept per project:</source>
        <translation>Sikkerhetskopier per prosjekt:</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Velg en Word-mal</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Velg datamappe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamappe:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default report template</source>
        <translation>Standard rapportmal</translation>
    </message>
    <message>
        <source>Default report template:</source>
        <translation>Standard rapportmal:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Save typing after a pause of:</source>
        <translation>Lagre skriving etter en pause på:</translation>
    </message>
    <message>
        <source>Saving and backups</source>
        <translation>Lagring og sikkerhetskopier</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>The built-in template</source>
        <translation>Den innebygde malen</translation>
    </message>
    <message>
        <source>The data folder must be a full path.</source>
        <translation>Datamappen må være en fullstendig sti.</translation>
    </message>
    <message>
        <source>The report template must be an existing .docx or .dotx file.</source>
        <translation>Rapportmalen må være en eksisterende .docx- eller .dotx-fil.</translation>
    </message>
    <message>
        <source>Typing is saved after this pause, and never later than a second after the first unsaved change. A backup is also taken when a project is opened, and before upgrades, imports and repairs.</source>
        <translation>Skriving lagres etter denne pausen, og aldri senere enn ett sekund etter den første ulagrede endringen. Det tas også sikkerhetskopi når et prosjekt åpnes, og før oppgraderinger, importer og reparasjoner.</translation>
    </message>
    <message>
        <source>Use the built-in template</source>
        <translation>Bruk den innebygde malen</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>Bruk standardmappen</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-dokumenter og -maler (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>You and the app</source>
        <translation>Du og appen</translation>
    </message>
    <message>
        <source>Your initials:</source>
        <translation>Initialene dine:</translation>
    </message>
    <message>
        <source>Your name and initials are stored with the notes you write, in every project you open on this computer. A new language applies as soon as you press OK.</source>
        <translation>Navnet og initialene dine lagres med notatene du skriver, i alle prosjekter du åpner på denne datamaskinen. Et nytt språk tas i bruk så snart du trykker OK.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Navnet ditt:</translation>
    </message>
    <message>
        <source>digifelt cannot write to the data folder: %1</source>
        <translation>digifelt kan ikke skrive til datamappen: %1</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence matrix</source>
        <translation>Evidensmatrise</translation>
    </message>
</context>
<context>
    <name>ExcerptPanel</name>
    <message>
        <source>Excerpts in this activity</source>
        <translation>Utdrag i denne aktiviteten</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>What to export</source>
        <translation>Hva som skal eksporteres</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings per area and indicator</source>
        <translation>Funn per område og indikator</translation>
    </message>
</context>
<context>
    <name>IndicatorEvidenceView</name>
    <message>
        <source>Evidence for this indicator</source>
        <translation>Evidens for denne indikatoren</translation>
    </message>
    <message>
        <source>Ideal picture</source>
        <translation>Framtidsbilde</translation>
    </message>
    <message>
        <source>The notes around the excerpt</source>
        <translation>Notatene rundt utdraget</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Questions of the guide</source>
        <translation>Spørsmålene i guiden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>Automatisk (systemets språk)</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>ObservationView</name>
    <message>
        <source>Look-fors</source>
        <translation>Observasjonspunkter</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Your notes are signed %1. Change it in Settings (Ctrl+,).</source>
        <translation>Notatene dine signeres %1. Endre det i Innstillinger (Ctrl+,).</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <source>Areas and indicators</source>
        <translation>Områder og indikatorer</translation>
    </message>
    <message>
        <source>Ideal picture:</source>
        <translation>Framtidsbilde:</translation>
    </message>
</context>
</TS>
