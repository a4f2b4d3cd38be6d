<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../digifelt/ui/actions.py"/>
        <source>Calibration: where the team&apos;s provisional levels disagree</source>
        <translation>Kalibrering: der teamets foreløpige nivåer spriker</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../digifelt/ui/pages/findings.py"/>
        <source>Calibration</source>
        <translation>Kalibrering</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings.py"/>
        <source>Where the team&apos;s provisional levels disagree (%1)</source>
        <translation>Der teamets foreløpige nivåer spriker (%1)</translation>
    </message>
</context>
<context>
    <name>ProvisionalEditor</name>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>My provisional level</source>
        <translation>Mitt foreløpige nivå</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Your own level before the team moderates. Your teammates see it after a bundle; the report never shows it.</source>
        <translation>Ditt eget nivå før teamet kalibrerer. Teamet ser det etter en evidenspakke; rapporten viser det aldri.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Rationale for my provisional level</source>
        <translation>Begrunnelse for mitt foreløpige nivå</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Why this level, in a few words…</source>
        <translation>Hvorfor dette nivået, med noen få ord …</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>My provisional level:</source>
        <translation>Mitt foreløpige nivå:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Team: %1</source>
        <translation>Teamet: %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>— none —</source>
        <translation>— ikke satt —</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Set provisional level</source>
        <translation>Sett foreløpig nivå</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Edit provisional rationale</source>
        <translation>Endre begrunnelse for foreløpig nivå</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>agreed</source>
        <translation>omforent</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>not assessed</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
</context>
<context>
    <name>ModerationModel</name>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Indicator</source>
        <translation>Kjennetegn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Spread</source>
        <translation>Spenn</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Evidence</source>
        <translation>Evidens</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
</context>
<context>
    <name>ModerationView</name>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Indicators where the team&apos;s provisional levels differ. Open one (Enter) to set the agreed level. The report never shows provisional levels.</source>
        <translation>Kjennetegn der teamets foreløpige nivåer er ulike. Åpne ett (Enter) for å sette det omforente nivået. Rapporten viser aldri foreløpige nivåer.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Show agreed and not assessed too</source>
        <translation>Vis også omforente og ikke vurderte</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>Disagreements to moderate</source>
        <translation>Uenigheter å kalibrere</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/findings_calibration.py"/>
        <source>No disagreements: every indicator with provisional levels has one level, or the team has settled it.</source>
        <translation>Ingen uenigheter: hvert kjennetegn med foreløpige nivåer har ett nivå, eller teamet har avgjort det.</translation>
    </message>
</context>
</TS>
