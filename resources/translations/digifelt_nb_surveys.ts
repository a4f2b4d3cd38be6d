<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Labels</name>
    <message>
        <location filename="../../digifelt/ui/labels.py"/>
        <source>Survey</source>
        <translation>Spørreundersøkelse</translation>
    </message>
</context>
</TS>
