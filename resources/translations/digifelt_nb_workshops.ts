<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../digifelt/ui/labels.py"/>
        <source>Workshop</source>
        <translation>Verksted</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../digifelt/ui/models/matrix.py"/>
        <source>only workshops</source>
        <translation>bare verksteder</translation>
    </message>
</context>
</TS>
