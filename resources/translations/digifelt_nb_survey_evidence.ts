<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>IndicatorEvidenceView</name>
    <message>
        <location filename="../../digifelt/ui/pages/evidence_indicator.py"/>
        <source>%1 excerpts, %2 survey questions</source>
        <translation>%1 utdrag, %2 spørsmål fra spørreundersøkelser</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../digifelt/ui/models/matrix.py"/>
        <source>only surveys</source>
        <translation>bare spørreundersøkelser</translation>
    </message>
</context>
<context>
    <name>OverviewDashboard</name>
    <message>
        <location filename="../../digifelt/ui/pages/overview_dashboard.py"/>
        <source>%1 respondents</source>
        <translation>%1 svar</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/pages/overview_dashboard.py"/>
        <source>%1 taking part</source>
        <translation>%1 deltakere</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../digifelt/ui/models/search_results.py"/>
        <source>Survey question</source>
        <translation>Spørsmål i spørreundersøkelse</translation>
    </message>
</context>
<context>
    <name>SurveySummary</name>
    <message>
        <location filename="../../digifelt/ui/survey_summary.py"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/survey_summary.py"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/survey_summary.py"/>
        <source>%1 agree (n = %2)</source>
        <translation>%1 enig (n = %2)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/survey_summary.py"/>
        <source>– %1 (n = %2)</source>
        <translation>– %1 (n = %2)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/survey_summary.py"/>
        <source>– %1, %2 (n = %3)</source>
        <translation>– %1, %2 (n = %3)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/survey_summary.py"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/survey_summary.py"/>
        <source>%1: fewer than five answers, not shown.</source>
        <translation>%1: færre enn fem svar, vises ikke.</translation>
    </message>
</context>
</TS>
