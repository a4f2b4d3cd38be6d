<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>What changed</source>
        <translation>Hva er endret</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>level</source>
        <translation>nivå</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>what works well</source>
        <translation>dette fungerer godt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>areas for improvement</source>
        <translation>forbedringsområder</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>proposed actions</source>
        <translation>forslag til tiltak</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>reflection</source>
        <translation>refleksjon</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>summary</source>
        <translation>samlet vurdering</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>quotes</source>
        <translation>sitater</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>the same quotes in another order</source>
        <translation>de samme sitatene i en annen rekkefølge</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>No changes.</source>
        <translation>Ingen endringer.</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Edit comment</source>
        <translation>Rediger merknad</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Add comment</source>
        <translation>Legg til merknad</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>About:</source>
        <translation>Gjelder:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Received:</source>
        <translation>Mottatt:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Comment:</source>
        <translation>Merknad:</translation>
    </message>
</context>
<context>
    <name>FactCheckDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Fact check</source>
        <translation>Faktasjekk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Version:</source>
        <translation>Versjon:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Send draft for fact check…</source>
        <translation>Send utkast til faktasjekk…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Make final report…</source>
        <translation>Lag endelig rapport…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>What changed…</source>
        <translation>Hva er endret…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Comments</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>About</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Comment</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>How it was handled</source>
        <translation>Hvordan den er håndtert</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Import comments…</source>
        <translation>Importer merknader…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Add comment…</source>
        <translation>Legg til merknad…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Respond…</source>
        <translation>Svar…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>final</source>
        <translation>endelig</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Version %1 (%2)</source>
        <translation>Versjon %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Accepted</source>
        <translation>Tatt til følge</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Not accepted</source>
        <translation>Ikke tatt til følge</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>%1 comment(s), %2 without a response.</source>
        <translation>%1 merknad(er), %2 uten svar.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>No comments on this version yet.</source>
        <translation>Ingen merknader til denne versjonen ennå.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Send a draft for fact check to begin.</source>
        <translation>Send et utkast til faktasjekk for å begynne.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Nothing was changed.</source>
        <translation>Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Send draft for fact check</source>
        <translation>Send utkast til faktasjekk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Version %1 saved as %2.</source>
        <translation>Versjon %1 er lagret som %2.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Make final report</source>
        <translation>Lag endelig rapport</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Final report (version %1) saved as %2.</source>
        <translation>Endelig rapport (versjon %1) er lagret som %2.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Import comments</source>
        <translation>Importer merknader</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Comments (*.docx *.xlsx *.csv)</source>
        <translation>Merknader (*.docx *.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>%1 comment(s) imported from %2.</source>
        <translation>%1 merknad(er) er importert fra %2.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Add comment</source>
        <translation>Legg til merknad</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Edit comment</source>
        <translation>Rediger merknad</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Respond to comment</source>
        <translation>Svar på merknad</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Delete comment</source>
        <translation>Slett merknad</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Delete the selected comment?</source>
        <translation>Slette den valgte merknaden?</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Send the report as a numbered draft, record the organisation&apos;s comments and your responses, and make the final report.</source>
        <translation>Send rapporten som et nummerert utkast, registrer merknadene fra virksomheten og svarene deres, og lag den endelige rapporten.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Fact check…</source>
        <translation>Faktasjekk…</translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Respond to comment</source>
        <translation>Svar på merknad</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Accepted (Alt+A)</source>
        <translation>Tatt til følge (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Not accepted (Alt+N)</source>
        <translation>Ikke tatt til følge (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>What changed in the report:</source>
        <translation>Hva som er endret i rapporten:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Why the comment was not accepted:</source>
        <translation>Hvorfor merknaden ikke er tatt til følge:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Say what changed, or why the comment was not accepted.</source>
        <translation>Skriv hva som er endret, eller hvorfor merknaden ikke er tatt til følge.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Make final report</source>
        <translation>Lag endelig rapport</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Send draft for fact check</source>
        <translation>Send utkast til faktasjekk</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>e.g. Kommunedirektør</source>
        <translation>f.eks. Kommunedirektør</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Sent to:</source>
        <translation>Sendt til:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Date sent:</source>
        <translation>Dato sendt:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>The final report has an appendix saying how each comment was handled.</source>
        <translation>Den endelige rapporten har et vedlegg som viser hvordan hver merknad er håndtert.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Save as:</source>
        <translation>Lagre som:</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Say to whom the draft is sent.</source>
        <translation>Skriv hvem utkastet sendes til.</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Choose where to save the report.</source>
        <translation>Velg hvor rapporten skal lagres.</translation>
    </message>
</context>
<context>
    <name>_PathRow</name>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Save the report as</source>
        <translation>Lagre rapporten som</translation>
    </message>
    <message>
        <location filename="../../digifelt/ui/dialogs/fact_check.py"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
</context>
</TS>
