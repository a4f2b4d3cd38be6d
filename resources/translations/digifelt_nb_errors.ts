<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>%1: permission denied</source>
        <translation>%1: ingen tilgang</translation>
    </message>
    <message>
        <source>%1: the folder or disk is read-only</source>
        <translation>%1: mappen eller disken er skrivebeskyttet</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: filen eller mappen finnes ikke</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>%1: part of this path is a file, not a folder</source>
        <translation>%1: en del av stien er en fil, ikke en mappe</translation>
    </message>
    <message>
        <source>%1: already exists</source>
        <translation>%1: finnes allerede</translation>
    </message>
    <message>
        <source>%1: the disk is full</source>
        <translation>%1: disken er full</translation>
    </message>
    <message>
        <source>%1: the name is too long</source>
        <translation>%1: navnet er for langt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the system reported an error: %2</source>
        <translation>systemet meldte en feil: %2</translation>
    </message>
    <message>
        <source>not enough memory to finish (the input may be too large)</source>
        <translation>ikke nok minne til å fullføre (innholdet kan være for stort)</translation>
    </message>
</context>
</TS>
