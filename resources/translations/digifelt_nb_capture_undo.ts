<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Undo</name>
    <message>
        <source>Start activity</source>
        <translation>Start aktiviteten</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Merk som ferdig</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>Endre dokumentopplysninger</translation>
    </message>
    <message>
        <source>Add file</source>
        <translation>Legg til fil</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Legg til filer</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Endre bildetekst</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Fjern vedlegg</translation>
    </message>
</context>
<context>
    <name>DocumentReviewView</name>
    <message>
        <source>Attach document</source>
        <translation>Legg ved dokumentet</translation>
    </message>
</context>
</TS>
