<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../digifelt/ui/capture/tag_picker.py"/>
        <source>Ctrl+T adds the next sentence to the quote.</source>
        <translation>Ctrl+T tar med neste setning i sitatet.</translation>
    </message>
</context>
</TS>
