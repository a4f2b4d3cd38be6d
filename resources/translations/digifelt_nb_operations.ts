<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>FindingEditor</name>
    <message>
        <location filename="../../digifelt/ui/pages/findings_editor.py"/>
        <source>Edit finding</source>
        <translation>Endre funn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_editor.py"/>
        <source>Set level</source>
        <translation>Sett nivå</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_editor.py"/>
        <source>Mark as agreed</source>
        <translation>Merk som omforent</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_editor.py"/>
        <source>Mark as draft</source>
        <translation>Merk som utkast</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_editor.py"/>
        <source>Choose quotes</source>
        <translation>Velg sitater</translation>
    </message>
</context>
<context>
    <name>AreaSummaryEditor</name>
    <message>
        <location filename="../../digifelt/ui/pages/findings_area.py"/>
        <source>Edit area summary</source>
        <translation>Endre oppsummering av området</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py"/>
        <source>Duplicate activity</source>
        <translation>Dupliser aktivitet</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan.py"/>
        <source>Its %1 notes, their excerpts and its attachments are deleted too (Ctrl+Z on this page brings them back while the project is open).</source>
        <translation>De %1 notatene, utdragene fra dem og vedleggene slettes også (Ctrl+Z på denne siden henter dem tilbake så lenge prosjektet er åpent).</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py"/>
        <source>Edit group</source>
        <translation>Endre gruppe</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py"/>
        <source>Edit participant</source>
        <translation>Endre deltaker</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py"/>
        <source>Add group</source>
        <translation>Legg til gruppe</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py"/>
        <source>Add participant</source>
        <translation>Legg til deltaker</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_people.py"/>
        <source>Remove participant</source>
        <translation>Fjern deltaker</translation>
    </message>
</context>
<context>
    <name>GuidesTab</name>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py"/>
        <source>Edit question</source>
        <translation>Endre spørsmål</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py"/>
        <source>Add guide</source>
        <translation>Legg til guide</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py"/>
        <source>Edit guide</source>
        <translation>Endre guide</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py"/>
        <source>Add question</source>
        <translation>Legg til spørsmål</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py"/>
        <source>Remove question</source>
        <translation>Fjern spørsmål</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/plan_guides.py"/>
        <source>Move question</source>
        <translation>Flytt spørsmål</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py"/>
        <source>Edit area</source>
        <translation>Endre område</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py"/>
        <source>Edit indicator</source>
        <translation>Endre kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py"/>
        <source>Remove area</source>
        <translation>Fjern område</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py"/>
        <source>Remove indicator</source>
        <translation>Fjern kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py"/>
        <source>Move area</source>
        <translation>Flytt område</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/rubric.py"/>
        <source>Move indicator</source>
        <translation>Flytt kjennetegn</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <location filename="../../digifelt/ui/pages/rubric_scale.py"/>
        <source>Edit level</source>
        <translation>Endre nivå</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py"/>
        <source>Edit project</source>
        <translation>Endre prosjekt</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py"/>
        <source>Add activity</source>
        <translation>Legg til aktivitet</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py"/>
        <source>Resolve conflict</source>
        <translation>Løs konflikt</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/privacy.py"/>
        <source>Set the retention date</source>
        <translation>Sett slettedato</translation>
    </message>
</context>
<context>
    <name>EraseNotes</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/erase_notes.py"/>
        <source>Erase raw notes</source>
        <translation>Slett rånotatene</translation>
    </message>
</context>
<context>
    <name>ImportBundle</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/import_preview.py"/>
        <source>Import bundle</source>
        <translation>Importer pakke</translation>
    </message>
</context>
</TS>
