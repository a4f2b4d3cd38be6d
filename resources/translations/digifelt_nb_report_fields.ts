<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>FindingEditor</name>
    <message>
        <location filename="../../digifelt/ui/pages/findings_editor.py"/>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_editor.py"/>
        <source>Ticked: the team decided not to assess this indicator; it gets no level and the report says it was not assessed. Unticked: a draft again.</source>
        <translation>Avkrysset: teamet har bestemt at denne indikatoren ikke vurderes; den får ikke noe nivå, og rapporten sier at den ikke er vurdert. Ikke avkrysset: et utkast igjen.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_editor.py"/>
        <source>Reflection questions (refleksjonsspørsmål)</source>
        <translation>Refleksjonsspørsmål</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_editor.py"/>
        <source>Questions for the organisation to discuss…</source>
        <translation>Spørsmål virksomheten kan drøfte …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_editor.py"/>
        <source>Mark as not assessed</source>
        <translation>Merk som ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_editor.py"/>
        <source>&lt;i&gt;Not assessed: the report states that this indicator was not assessed.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ikke vurdert: rapporten sier at denne indikatoren ikke er vurdert.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>AreaSummaryEditor</name>
    <message>
        <location filename="../../digifelt/ui/pages/findings_area.py"/>
        <source>not assessed</source>
        <translation>ikke vurdert</translation>
    </message>
</context>
<context>
    <name>FindingsTreeModel</name>
    <message>
        <location filename="../../digifelt/ui/models/findings.py"/>
        <source>not assessed</source>
        <translation>ikke vurdert</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py"/>
        <source>Your team's organisation</source>
        <translation>Teamets egen organisasjon</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py"/>
        <source>e.g. 0.3</source>
        <translation>f.eks. 0.3</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py"/>
        <source>Commissioned by:</source>
        <translation>Oppdragsgiver:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py"/>
        <source>Assessing organisation:</source>
        <translation>Utført av:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview.py"/>
        <source>Report version:</source>
        <translation>Rapportversjon:</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py"/>
        <source>Reflection questions</source>
        <translation>Refleksjonsspørsmål</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py"/>
        <source>Commissioned by</source>
        <translation>Oppdragsgiver</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py"/>
        <source>Assessing organisation</source>
        <translation>Utført av</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/conflicts.py"/>
        <source>Report version</source>
        <translation>Rapportversjon</translation>
    </message>
</context>
</TS>
