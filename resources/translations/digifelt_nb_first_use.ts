<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../digifelt/ui/welcome.py"/>
        <source>Who are you?</source>
        <translation>Hvem er du?</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py"/>
        <source>e.g. Kari Nordmann</source>
        <translation>f.eks. Kari Nordmann</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py"/>
        <source>e.g. KN</source>
        <translation>f.eks. KN</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py"/>
        <source>Your name and initials sign the notes and findings you write, so the team can see who wrote what. Type them, then press Enter.</source>
        <translation>Navnet og initialene dine signerer notatene og vurderingene du skriver, slik at teamet ser hvem som skrev hva. Skriv dem inn og trykk Enter.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py"/>
        <source>Your name:</source>
        <translation>Ditt navn:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py"/>
        <source>Your initials:</source>
        <translation>Dine initialer:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/welcome.py"/>
        <source>Type your name first.</source>
        <translation>Skriv navnet ditt først.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py"/>
        <source>Your notes are not signed: give your name and initials in Settings (Ctrl+,).</source>
        <translation>Notatene dine er ikke signert: oppgi navn og initialer i Innstillinger (Ctrl+,).</translation>
    </message>
</context>
<context>
    <name>ProjectContext</name>
    <message>
        <location filename="../../digifelt/ui/project_context.py"/>
        <source>Your name</source>
        <translation>Ditt navn</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py"/>
        <source>e.g. spring 2026</source>
        <translation>f.eks. våren 2026</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 finnes allerede; velg et annet navn.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py"/>
        <source>The folder %1 could not be made: %2</source>
        <translation>Mappen %1 kunne ikke opprettes: %2</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py"/>
        <source>%1 is not a folder.</source>
        <translation>%1 er ikke en mappe.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/new_project.py"/>
        <source>The folder %1 is read-only; choose one you can write to.</source>
        <translation>Mappen %1 er skrivebeskyttet; velg en du kan skrive til.</translation>
    </message>
</context>
<context>
    <name>ProvisionalEditor</name>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Give your name in Settings (Ctrl+,) to set your own level.</source>
        <translation>Oppgi navnet ditt i Innstillinger (Ctrl+,) for å sette ditt eget nivå.</translation>
    </message>
</context>
</TS>
