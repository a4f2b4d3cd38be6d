<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n kapittel</numerusform>
            <numerusform>%n kapitler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n sitat</numerusform>
            <numerusform>%n sitater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder(s) to fill in</source>
        <translation>
            <numerusform>%n plassholder som skal fylles ut</numerusform>
            <numerusform>%n plassholdere som skal fylles ut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(-ies)</source>
        <translation>
            <numerusform>%n aktivitet</numerusform>
            <numerusform>%n aktiviteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n utdrag</numerusform>
            <numerusform>%n utdrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n vedlegg</numerusform>
            <numerusform>%n vedlegg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n kilde</numerusform>
            <numerusform>%n kilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded passage(s)</source>
        <translation>
            <numerusform>%n kodet avsnitt</numerusform>
            <numerusform>%n kodede avsnitt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kode</numerusform>
            <numerusform>%n koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n kjennetegn</numerusform>
            <numerusform>%n kjennetegn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strength(s)</source>
        <translation>
            <numerusform>%n styrke</numerusform>
            <numerusform>%n styrker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n svakhet</numerusform>
            <numerusform>%n svakheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n treff</numerusform>
            <numerusform>%n treff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n gruppe</numerusform>
            <numerusform>%n grupper</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar (Alt+↓)</source>
        <translation>Kalender (Alt+↓)</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Ikke en dato: %1</translation>
    </message>
    <message>
        <source>Type a date such as %1, or leave it empty for no date</source>
        <translation>Skriv en dato, for eksempel %1, eller la feltet stå tomt for ingen dato</translation>
    </message>
    <message>
        <source>Type a date such as %1</source>
        <translation>Skriv en dato, for eksempel %1</translation>
    </message>
</context>
<context>
    <name>ExcerptPanel</name>
    <message numerus="yes">
        <source>%n excerpt(s), %1 starred</source>
        <translation>
            <numerusform>%n utdrag, %1 med stjerne</numerusform>
            <numerusform>%n utdrag, %1 med stjerne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFileNames</name>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bunt</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrise</translation>
    </message>
    <message>
        <source>by-kind</source>
        <translation>etter-type</translation>
    </message>
    <message>
        <source>by-group</source>
        <translation>etter-gruppe</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <source>Wrote %1: %2.</source>
        <translation>Skrev %1: %2.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 × %3; %4 not triangulated.</source>
        <translation>Skrev %1: %2 × %3; %4 ikke triangulert.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treff</numerusform>
            <numerusform>%n treff</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
</context>
<context>
    <name>IndicatorEvidenceView</name>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n utdrag</numerusform>
            <numerusform>%n utdrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n excerpt(s)</source>
        <translation>
            <numerusform>%1 av %n utdrag</numerusform>
            <numerusform>%1 av %n utdrag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Interviews</source>
        <translation>Intervjuer</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observasjoner</translation>
    </message>
    <message>
        <source>Document reviews</source>
        <translation>Dokumentgjennomganger</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Spørreundersøkelser</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Verksteder</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nytt intervju</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Ny observasjon</translation>
    </message>
    <message>
        <source>New document review</source>
        <translation>Ny dokumentgjennomgang</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>Ny spørreundersøkelse</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nytt verksted</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>%1: %2, %3, %4 neutral</source>
        <translation>%1: %2, %3, %4 nøytrale</translation>
    </message>
</context>
<context>
    <name>OpenFolderButton</name>
    <message>
        <source>Open folder</source>
        <translation>Åpne mappen</translation>
    </message>
</context>
<context>
    <name>OverviewDashboard</name>
    <message numerus="yes">
        <source>%n excerpt(s), %1 starred for the report</source>
        <translation>
            <numerusform>%n utdrag, %1 stjernemerket til rapporten</numerusform>
            <numerusform>%n utdrag, %1 stjernemerket til rapporten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Snarvei</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Merk &amp;alt</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Opp ett steg</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Ned ett steg</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå fremover</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Opprett en ny mappe</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Liste over steder og bokmerker</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nylig brukte steder</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Snarvei</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Filtype</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Ugyldig filnavn</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Navnet «%1» kan ikke brukes.&lt;/b&gt;&lt;p&gt;Prøv et annet navn, med færre tegn eller uten skilletegn.</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Skriv inn en verdi:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standard</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nei til a&amp;lle</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message numerus="yes">
        <source>Remove the area %1 with its %n indicator(s)?</source>
        <translation>
            <numerusform>Fjerne området %1 med %n kjennetegn?</numerusform>
            <numerusform>Fjerne området %1 med de %n kjennetegnene?</numerusform>
        </translation>
    </message>
</context>
</TS>
