<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../digifelt/ui/actions.py"/>
        <source>Import REFI-QDA project…</source>
        <translation>Importer REFI-QDA-prosjekt …</translation>
    </message>
</context>
<context>
    <name>CodeChoices</name>
    <message numerus="yes">
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>“%1” (%n coding(s))</source>
        <translation>
            <numerusform>«%1» (%n koding)</numerusform>
            <numerusform>«%1» (%n kodinger)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Keep untagged</source>
        <translation>La stå uten indikator</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Map to indicator</source>
        <translation>Koble til indikator</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Add as new indicator</source>
        <translation>Legg til som ny indikator</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>What becomes of “%1”</source>
        <translation>Hva skjer med «%1»</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Type to find an indicator</source>
        <translation>Skriv for å finne en indikator</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Indicator for “%1”</source>
        <translation>Indikator for «%1»</translation>
    </message>
</context>
<context>
    <name>QdpxPreviewDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>“%1”, written by %2.</source>
        <translation>«%1», skrevet av %2.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>an unknown program</source>
        <translation>et ukjent program</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Codes that match no indicator: keep their codings untagged, map them to an indicator, or add the code as a new indicator under “From the QDA project”:</source>
        <translation>Koder som ikke treffer noen indikator: la kodingene stå uten indikator, koble koden til en indikator, eller legg den til som ny indikator under «Fra QDA-prosjekt»:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>%1 new objects; %2 codes match an indicator, %3 mapped, %4 added as new indicators, %5 stay untagged. A backup of the project is taken first.</source>
        <translation>%1 nye objekter; %2 koder treffer en indikator, %3 koblet, %4 lagt til som nye indikatorer, %5 forblir uten indikator. Prosjektet sikkerhetskopieres først.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Code “%1” → indicator %2</source>
        <translation>Kode «%1» → indikator %2</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Not matched: %1</source>
        <translation>Uten treff: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Not imported: %1</source>
        <translation>Ikke importert: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Rubric: %1</source>
        <translation>Rubrikk: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Codes and indicators, and what is not imported (codings of a code that matches no indicator arrive as untagged excerpts):</source>
        <translation>Koder og indikatorer, og det som ikke importeres (kodinger med en kode som ikke treffer noen indikator, kommer som utdrag uten indikator):</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>ImportQdpx</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Import a REFI-QDA project</source>
        <translation>Importer et REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-prosjekter (*.qdpx);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Some notes could not be saved; import when the status bar says Saved.</source>
        <translation>Noen notater kunne ikke lagres; importer når statuslinjen viser Lagret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>The REFI-QDA project was refused; nothing was changed.</source>
        <translation>REFI-QDA-prosjektet ble avvist; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Reading %1…</source>
        <translation>Leser %1 …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Import REFI-QDA project</source>
        <translation>Importer REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Importing %1…</source>
        <translation>Importerer %1 …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importen ble avbrutt; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/qdpx_import.py"/>
        <source>Imported %1: %2 new objects.</source>
        <translation>Importerte %1: %2 nye objekter.</translation>
    </message>
</context>
</TS>
