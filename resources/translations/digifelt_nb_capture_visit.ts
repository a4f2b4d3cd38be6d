<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../digifelt/ui/actions.py"/>
        <source>Export transcript for quote check…</source>
        <translation>Eksporter referat til sitatsjekk…</translation>
    </message>
</context>
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../digifelt/ui/models/activities.py"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/models/activities.py"/>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py"/>
        <source>Planned for:</source>
        <translation>Planlagt til:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py"/>
        <source>Held:</source>
        <translation>Holdt:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py"/>
        <source>Interview guide:</source>
        <translation>Intervjuguide:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py"/>
        <source>Observation form:</source>
        <translation>Observasjonsskjema:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/activity.py"/>
        <source>Checklist:</source>
        <translation>Sjekkliste:</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py"/>
        <source>Export transcript for quote check</source>
        <translation>Eksporter referat til sitatsjekk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py"/>
        <source>Transcript written to %1.</source>
        <translation>Referatet er lagret i %1.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py"/>
        <source>Word document (*.docx);;Plain text (*.txt)</source>
        <translation>Word-dokument (*.docx);;Ren tekst (*.txt)</translation>
    </message>
</context>
<context>
    <name>ConsentBar</name>
    <message>
        <location filename="../../digifelt/ui/capture/consent.py"/>
        <source>Information letter given</source>
        <translation>Informasjonsskriv gitt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/consent.py"/>
        <source>Consent obtained</source>
        <translation>Samtykke innhentet</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/consent.py"/>
        <source>Consent recorded by</source>
        <translation>Samtykke registrert av</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/consent.py"/>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/consent.py"/>
        <source>by</source>
        <translation>av</translation>
    </message>
</context>
<context>
    <name>ExportFileNames</name>
    <message>
        <location filename="../../digifelt/ui/capture/activity_view.py"/>
        <source>transcript</source>
        <translation>sitatsjekk</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <location filename="../../digifelt/ui/capture/interview.py"/>
        <source>Ad-hoc question added to this interview and the guide.</source>
        <translation>Tilleggsspørsmålet er lagt til i dette intervjuet og i guiden.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/interview.py"/>
        <source>Ad-hoc question added to this interview only.</source>
        <translation>Tilleggsspørsmålet er lagt til bare i dette intervjuet.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/question.py"/>
        <source>&amp;Also add to the guide (for its other interviews)</source>
        <translation>Legg &amp;også til i guiden (for de andre intervjuene)</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../digifelt/ui/capture/interview.py"/>
        <source>Question %1 of %2 · asked in this interview only</source>
        <translation>Spørsmål %1 av %2 · bare stilt i dette intervjuet</translation>
    </message>
</context>
<context>
    <name>ReviewChecklist</name>
    <message>
        <location filename="../../digifelt/ui/capture/review_checklist.py"/>
        <source>Questions of the checklist</source>
        <translation>Spørsmålene i sjekklisten</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/capture/review_checklist.py"/>
        <source>Alt+↓/↑ next/previous question: its indicators come first when you tag</source>
        <translation>Alt+↓/↑ neste/forrige spørsmål: indikatorene til spørsmålet kommer først når du merker</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../digifelt/ui/capture/consent.py"/>
        <source>Record consent</source>
        <translation>Registrer samtykke</translation>
    </message>
</context>
</TS>
