<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>MatrixModel</name>
    <message>
        <source>Several groups</source>
        <translation>Flere grupper</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ingen gruppe</translation>
    </message>
    <message>
        <source>A session with this group had fewer than five people, or an unknown number: a quote may identify someone. Quote with care.</source>
        <translation>En samtale med denne gruppen hadde færre enn fem personer, eller et ukjent antall: et sitat kan identifisere noen. Siter med varsomhet.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Each cell: excerpts, +strengths −gaps. Colour from red (mostly gaps) to green (mostly strengths). %1 bold: not triangulated — evidence from fewer than two kinds of source or fewer than two groups. %2 a group with a session of fewer than five people, or of unknown size. By group, each excerpt is counted once: interviews under their group, observations and documents in columns of their own.</source>
        <translation>Hver celle: utdrag, +styrker −svakheter. Fargen går fra rødt (mest svakheter) til grønt (mest styrker). %1 i fet skrift: ikke triangulert — evidens fra færre enn to typer kilder eller færre enn to grupper. %2 en gruppe med en samtale med færre enn fem personer, eller et ukjent antall. Etter gruppe telles hvert utdrag én gang: intervjuer under sin gruppe, observasjoner og dokumenter i egne kolonner.</translation>
    </message>
</context>
<context>
    <name>OverviewDashboard</name>
    <message>
        <source>%1 people heard so far; a session had %2 (fewer than five, or not counted), so a quote may identify someone.</source>
        <translation>%1 personer hørt så langt; en samtale hadde %2 (færre enn fem, eller ikke telt), så et sitat kan identifisere noen.</translation>
    </message>
</context>
</TS>
