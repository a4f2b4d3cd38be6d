<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>Import survey…</source>
        <translation>Importer spørreundersøkelse…</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nytt verksted…</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Spørreundersøkelse</translation>
    </message>
    <message>
        <source>Show one group, one indicator</source>
        <translation>Vis én gruppe, én indikator</translation>
    </message>
    <message>
        <source>Set the valence of the question</source>
        <translation>Sett valensen for spørsmålet</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Importer spørreundersøkelse</translation>
    </message>
    <message>
        <source>Use the column as, its indicator codes, choose indicators</source>
        <translation>Bruk kolonnen som, indikatorkodene, velg indikatorer</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>Survey…</source>
        <translation>Spørreundersøkelse…</translation>
    </message>
    <message>
        <source>Import survey results (Ctrl+Shift+U)</source>
        <translation>Importer resultater fra en spørreundersøkelse (Ctrl+Shift+U)</translation>
    </message>
</context>
<context>
    <name>IndicatorChooser</name>
    <message>
        <source>Indicators for a survey question</source>
        <translation>Indikatorer for et spørsmål i undersøkelsen</translation>
    </message>
    <message>
        <source>Type an indicator code or words…</source>
        <translation>Skriv en indikatorkode eller ord …</translation>
    </message>
    <message>
        <source>↑/↓ choose, Ctrl+Space ticks or unticks (to choose several), Enter keeps the ticked indicators or else the chosen one, Esc cancels.</source>
        <translation>↑/↓ velger, Ctrl+Mellomrom krysser av eller fjerner krysset (for å velge flere), Enter beholder de avkryssede indikatorene eller ellers den valgte, Esc avbryter.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>&amp;Valence:</source>
        <translation>&amp;Valens:</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Indikatorer: %1</translation>
    </message>
    <message>
        <source>No indicator</source>
        <translation>Ingen indikator</translation>
    </message>
    <message>
        <source>Valence of «%1»</source>
        <translation>Valens for «%1»</translation>
    </message>
    <message>
        <source>Too few answers to propose a valence.</source>
        <translation>For få svar til å foreslå en valens.</translation>
    </message>
    <message>
        <source>%1 % in the upper half of the scale; proposed: %2</source>
        <translation>%1 % i øvre halvdel av skalaen; forslag: %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Set valence of %1</source>
        <translation>Sett valens for %1</translation>
    </message>
</context>
<context>
    <name>SurveyMappingDialog</name>
    <message>
        <source>Respondent group</source>
        <translation>Respondentgruppe</translation>
    </message>
    <message>
        <source>Question on the scale</source>
        <translation>Spørsmål på skalaen</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Fritekst</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeres ikke</translation>
    </message>
    <message>
        <source>Survey results (*.csv *.xlsx *.xlsm *.txt)</source>
        <translation>Resultater fra spørreundersøkelse (*.csv *.xlsx *.xlsm *.txt)</translation>
    </message>
    <message>
        <source>Survey mapping (*.yaml *.yml)</source>
        <translation>Kobling for spørreundersøkelse (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Importer spørreundersøkelse</translation>
    </message>
    <message>
        <source>%1: %2 respondents, %3 columns</source>
        <translation>%1: %2 respondenter, %3 kolonner</translation>
    </message>
    <message>
        <source>The answer labels from low to high, separated by ;</source>
        <translation>Svaralternativene fra lavest til høyest, skilt med ;</translation>
    </message>
    <message>
        <source>Answers counted as blank, such as «Vet ikke»; separated by ;</source>
        <translation>Svar som regnes som ubesvart, som «Vet ikke»; skilt med ;</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Scale (low → high, separated by ;):</source>
        <translation>&amp;Skala (lav → høy, skilt med ;):</translation>
    </message>
    <message>
        <source>&amp;Blank answers:</source>
        <translation>&amp;Blanke svar:</translation>
    </message>
    <message>
        <source>&amp;Group names (value = group; …):</source>
        <translation>&amp;Gruppenavn (verdi = gruppe; …):</translation>
    </message>
    <message>
        <source>Which respondent group each value of the group column is, such as «Leder = Ledere»; a value not named here becomes a group of its own name</source>
        <translation>Hvilken respondentgruppe hver verdi i gruppekolonnen er, som «Leder = Ledere»; en verdi som ikke står her, blir en gruppe med sitt eget navn</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Eksempler</translation>
    </message>
    <message>
        <source>(not shown: personal data)</source>
        <translation>(vises ikke: personopplysninger)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Use as</source>
        <translation>Bruk som</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>&amp;Columns (↑/↓ to choose one, then Alt+U and Alt+I):</source>
        <translation>&amp;Kolonner (↑/↓ for å velge en, deretter Alt+U og Alt+I):</translation>
    </message>
    <message>
        <source>Codes such as 1.1, 2.3</source>
        <translation>Koder som 1.1, 2.3</translation>
    </message>
    <message>
        <source>C&amp;hoose indicators…</source>
        <translation>&amp;Velg indikatorer…</translation>
    </message>
    <message>
        <source>&amp;Use as:</source>
        <translation>Br&amp;uk som:</translation>
    </message>
    <message>
        <source>&amp;Indicators:</source>
        <translation>&amp;Indikatorer:</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Åpne kobling…</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>&amp;Lagre kobling…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The mapping last used for a file with these columns is filled in.</source>
        <translation>Koblingen som sist ble brukt for en fil med disse kolonnene, er fylt inn.</translation>
    </message>
    <message>
        <source>Guessed from the values in the file: check each column, and choose the indicators of each question.</source>
        <translation>Gjettet ut fra verdiene i filen: kontroller hver kolonne, og velg indikatorene for hvert spørsmål.</translation>
    </message>
    <message>
        <source>Not found in this file or rubric, left out: %1</source>
        <translation>Finnes ikke i denne filen eller rammeverket, utelatt: %1</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>e-postadresser</translation>
    </message>
    <message>
        <source>names or contact details</source>
        <translation>navn eller kontaktopplysninger</translation>
    </message>
    <message>
        <source>«%1» looks like %2 and is not imported. It is personal data: delete the column from the copy of the file you keep.</source>
        <translation>«%1» ser ut som %2 og importeres ikke. Det er personopplysninger: slett kolonnen fra kopien av filen dere beholder.</translation>
    </message>
    <message>
        <source>«%1» looks like %2, yet it is imported.</source>
        <translation>«%1» ser ut som %2, men importeres likevel.</translation>
    </message>
    <message>
        <source>Use «%1» as</source>
        <translation>Bruk «%1» som</translation>
    </message>
    <message>
        <source>No indicator has the code %1.</source>
        <translation>Ingen indikator har koden %1.</translation>
    </message>
    <message>
        <source>Load survey mapping</source>
        <translation>Åpne kobling for spørreundersøkelse</translation>
    </message>
    <message>
        <source>Mapping loaded from %1.</source>
        <translation>Koblingen er hentet fra %1.</translation>
    </message>
    <message>
        <source>Save survey mapping</source>
        <translation>Lagre kobling for spørreundersøkelse</translation>
    </message>
    <message>
        <source>Mapping saved to %1; `digifelt survey import` takes it too.</source>
        <translation>Koblingen er lagret i %1; `digifelt survey import` kan også bruke den.</translation>
    </message>
    <message>
        <source>Counting the answers…</source>
        <translation>Teller svarene …</translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation>Importer resultater fra spørreundersøkelse</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1 …</translation>
    </message>
    <message>
        <source>The survey was not imported.</source>
        <translation>Spørreundersøkelsen ble ikke importert.</translation>
    </message>
    <message>
        <source>Survey «%1» imported: %2 respondents, %3 questions, %4 free-text answers. Ctrl+Z on the Plan page takes it back.</source>
        <translation>Spørreundersøkelsen «%1» er importert: %2 respondenter, %3 spørsmål, %4 fritekstsvar. Ctrl+Z på Plan-siden angrer importen.</translation>
    </message>
</context>
<context>
    <name>SurveyView</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Alle indikatorer</translation>
    </message>
    <message>
        <source>Gro&amp;up:</source>
        <translation>Gr&amp;uppe:</translation>
    </message>
    <message>
        <source>In&amp;dicator:</source>
        <translation>In&amp;dikator:</translation>
    </message>
    <message>
        <source>This survey has no questions on a scale.</source>
        <translation>Denne undersøkelsen har ingen spørsmål med svarskala.</translation>
    </message>
    <message>
        <source>Free-text answers, one note each. Alt+↓/↑: next/previous answer · Ctrl+T: tag the sentence or selected words</source>
        <translation>Fritekstsvar, ett notat hver. Alt+↓/↑: neste/forrige svar · Ctrl+T: kode setningen eller de merkede ordene</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Andre notater</translation>
    </message>
    <message>
        <source>This survey has no free-text answers.</source>
        <translation>Denne undersøkelsen har ingen fritekstsvar.</translation>
    </message>
    <message>
        <source>%1 · respondents: %2</source>
        <translation>%1 · respondenter: %2</translation>
    </message>
    <message>
        <source>A survey is imported whole: there is nothing to mark as done.</source>
        <translation>En spørreundersøkelse importeres ferdig: det er ingenting å merke som ferdig.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Import survey %1</source>
        <translation>Importer spørreundersøkelse %1</translation>
    </message>
</context>
</TS>
