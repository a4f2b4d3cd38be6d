<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../digifelt/ui/actions.py"/>
        <source>New assessment from this one…</source>
        <translation>Ny kartlegging fra denne…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py"/>
        <source>Compare assessments…</source>
        <translation>Sammenlign kartlegginger…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/actions.py"/>
        <source>Follow-up actions…</source>
        <translation>Oppfølging av tiltak…</translation>
    </message>
</context>
<context>
    <name>ActionsDialog</name>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Follow-up actions</source>
        <translation>Oppfølging av tiltak</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>in progress</source>
        <translation>i gang</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>done</source>
        <translation>gjennomført</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>dropped</source>
        <translation>avlyst</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Indicator</source>
        <translation>Kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_model.py"/>
        <source>Notes</source>
        <translation>Merknader</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>All actions</source>
        <translation>Alle tiltak</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Follow-up actions</source>
        <translation>Oppfølging av tiltak</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>From the &amp;findings</source>
        <translation>Fra &amp;funnene</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Export .&amp;xlsx…</source>
        <translation>Eksporter .&amp;xlsx…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Follow-up re&amp;port .docx…</source>
        <translation>Oppfølgings&amp;rapport .docx…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Type or F2 to edit a cell; Alt+S sets the status, Alt+D the due date; Alt+↑/↓ moves the action; Insert adds, Delete removes.</source>
        <translation>Skriv eller trykk F2 for å endre en celle; Alt+S setter status, Alt+D fristen; Alt+↑/↓ flytter tiltaket; Insert legger til, Delete fjerner.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Edit action</source>
        <translation>Endre tiltak</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Actions from the findings</source>
        <translation>Tiltak fra funnene</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>%n action(s) added from the findings</source>
        <translation>
            <numerusform>%n tiltak lagt til fra funnene</numerusform>
            <numerusform>%n tiltak lagt til fra funnene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Add action</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>New action</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Remove action</source>
        <translation>Fjern tiltak</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Move action</source>
        <translation>Flytt tiltak</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_view.py"/>
        <source>Export the actions</source>
        <translation>Eksporter tiltakene</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Compare assessments</source>
        <translation>Sammenlign kartlegginger</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Assessments to compare, in order</source>
        <translation>Kartlegginger som sammenlignes, i rekkefølge</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>&amp;Assessments, in order (the same organisation&apos;s are compared over time):</source>
        <translation>&amp;Kartlegginger, i rekkefølge (samme virksomhets sammenlignes over tid):</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>A&amp;dd files…</source>
        <translation>Legg til &amp;filer…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>&amp;Compare</source>
        <translation>&amp;Sammenlign</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Export .&amp;xlsx…</source>
        <translation>Eksporter .&amp;xlsx…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Export .do&amp;cx…</source>
        <translation>Eksporter .do&amp;cx…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source> (open now)</source>
        <translation> (åpen nå)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Choose assessments</source>
        <translation>Velg kartlegginger</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>digifelt projects (*.digifelt)</source>
        <translation>digifelt-prosjekter (*.digifelt)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Indicator</source>
        <translation>Kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/compare_dialog.py"/>
        <source>Export the comparison</source>
        <translation>Eksporter sammenligningen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../digifelt/ui/main_window.py"/>
        <source>New assessment</source>
        <translation>Ny kartlegging</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/main_window.py"/>
        <source>Made %1. Open it with File → Open.</source>
        <translation>Laget %1. Åpne den med Fil → Åpne.</translation>
    </message>
</context>
<context>
    <name>PreviousLevel</name>
    <message>
        <location filename="../../digifelt/ui/pages/actions_previous.py"/>
        <source>Previous assessment (%1): level %2</source>
        <translation>Forrige kartlegging (%1): nivå %2</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/actions_previous.py"/>
        <source>Previous assessment (%1): not assessed</source>
        <translation>Forrige kartlegging (%1): ikke vurdert</translation>
    </message>
</context>
<context>
    <name>ReassessDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>New assessment from this one</source>
        <translation>Ny kartlegging fra denne</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>e.g. 2027</source>
        <translation>f.eks. 2027</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>The new file gets this assessment&apos;s rubric (scale, areas, indicators, look-fors) and its agreed levels, shown beside each finding as the previous assessment. Nothing else is copied: no notes, people, groups, findings&apos; texts or attachments.</source>
        <translation>Den nye filen får denne kartleggingens rubrikk (skala, områder, kjennetegn, se-etter-punkter) og de omforente nivåene, som vises ved hvert funn som forrige kartlegging. Ingenting annet kopieres: ingen notater, personer, grupper, funntekster eller vedlegg.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>Organisation: %1</source>
        <translation>Virksomhet: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>New assessment</source>
        <translation>Ny kartlegging</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/reassess_dialog.py"/>
        <source>digifelt projects (*.digifelt)</source>
        <translation>digifelt-prosjekter (*.digifelt)</translation>
    </message>
</context>
</TS>
