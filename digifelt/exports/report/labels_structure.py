"""Report wording for chapters, title page, method and appendices, in Norwegian Bokmål and English.

Merged into labels.Labels; a key defined here and in labels.py is an error (a test checks).
"""

NB: dict[str, str | tuple[str, str]] = {
    "ph_level_short": "[Ikke fastsatt]",
    "tp_date": "Dato",
    "tp_version": "Versjon",
    "tp_status": "Status",
    "tp_draft": "UTKAST",
    "tp_final": "Endelig",
    "tp_commissioner": "Oppdragsgiver",
    "tp_assessor_org": "Utført av",
    "ph_commissioner": "[Skriv oppdragsgiver]",
    "ph_assessor_org": "[Skriv hvilken organisasjon som har utført kartleggingen]",
    "ph_version": "[Skriv versjonsnummer]",
    "ch_foreword": "Forord",
    "ph_foreword": "[Skriv forordet: hvem som har bestilt kartleggingen, takk til dem som "
                   "har bidratt, og hvem som står bak rapporten]",
    "ch_municipality": "Om kommunen",
    "ph_municipality": "[Skriv fakta om kommunen: innbyggertall, geografi, organisering "
                       "(politisk og administrativ), antall ansatte, tjenesteområder, "
                       "interkommunale samarbeid og pågående digitaliseringsarbeid]",
    "ch_intro": "Innledning",
    "intro_background": "Bakgrunn og bestilling",
    "ph_intro_background": "[Skriv hvorfor kartleggingen ble gjort og hva som ble bestilt]",
    "intro_purpose": "Formål",
    "ph_intro_purpose": "[Skriv hva kartleggingen skal brukes til]",
    "intro_scope": "Avgrensning",
    "ph_intro_scope": "[Skriv hva kartleggingen omfatter og ikke omfatter]",
    "intro_reading": "Leseveiledning",
    "intro_reading_text": "Kapittel {first}–{last} tar for seg ett område hver. For hvert "
                          "kjennetegn står nivået på skalaen, hva som fungerer godt, "
                          "forbedringsområdene og grunnlaget for vurderingen. Vedleggene "
                          "viser intervjuguider, observasjonsskjema, dokumentene og "
                          "aktivitetene kartleggingen bygger på.",
    "ch_method": "Metode",
    "method_observed": "Observasjoner:",
    "method_who": "Samtaler etter hvem som deltok:",
    "col_groups": "Grupper i samtalen",
    "col_sessions": "Antall samtaler",
    "col_people": "Antall deltakere",
    "col_audience": "Publikum",
    "col_place": "Sted",
    "method_audience": "Publikum på åpne møter og personer på observasjonsstedet regnes "
                       "ikke som deltakere.",
    "ch_overall": "Samlet vurdering og tverrgående funn",
    "ph_overall": "[Skriv den samlede vurderingen: tverrgående funn, sammenhenger mellom "
                  "områdene og hva som bør prioriteres]",
    "ch_followup": "Videre arbeid og oppfølging",
    "ph_followup": "[Skriv hvordan kommunen kan følge opp: eierskap til tiltakene, "
                   "forankring i planverk og budsjett, ny kartlegging om 1–2 år]",
    "app_guides": "Intervjuguider",
    "app_forms": "Observasjonsskjema",
    "app_docs": "Dokumenter som er gjennomgått",
    "app_acts": "Oversikt over aktiviteter",
    "app_lookfors": "Tegn på god praksis per kjennetegn",
    "col_question": "Spørsmål",
    "col_indicators": "Kjennetegn",
    "col_about": "Beskrivelse",
    "no_guides": "Ingen intervjuguider er registrert.",
    "no_forms": "Ingen observasjonsskjema er registrert.",
    "guide_group": "Gruppe: {group}",
    "about_interview": "Samtale med {groups}",
    "about_interview_none": "Samtale",
    "about_observation": "Observasjon",
    "about_audience": "publikum ca. {n}",
    "about_document": "Dokument",
}

EN: dict[str, str | tuple[str, str]] = {
    "ph_level_short": "[Not set]",
    "tp_date": "Date",
    "tp_version": "Version",
    "tp_status": "Status",
    "tp_draft": "DRAFT",
    "tp_final": "Final",
    "tp_commissioner": "Commissioned by",
    "tp_assessor_org": "Carried out by",
    "ph_commissioner": "[Write who commissioned the assessment]",
    "ph_assessor_org": "[Write which organisation carried out the assessment]",
    "ph_version": "[Write the version number]",
    "ch_foreword": "Foreword",
    "ph_foreword": "[Write the foreword: who commissioned the assessment, thanks to those "
                   "who took part, and who stands behind the report]",
    "ch_municipality": "About the municipality",
    "ph_municipality": "[Write facts about the municipality: population, geography, "
                       "organisation (political and administrative), number of employees, "
                       "services, inter-municipal cooperation and ongoing digitalisation]",
    "ch_intro": "Introduction",
    "intro_background": "Background and mandate",
    "ph_intro_background": "[Write why the assessment was made and what was commissioned]",
    "intro_purpose": "Purpose",
    "ph_intro_purpose": "[Write what the assessment is to be used for]",
    "intro_scope": "Scope",
    "ph_intro_scope": "[Write what the assessment covers and what it does not]",
    "intro_reading": "How to read this report",
    "intro_reading_text": "Chapters {first}–{last} cover one area each. For each indicator "
                          "the report gives its level on the scale, what works well, the "
                          "areas for improvement and the basis of the assessment. The "
                          "appendices show the interview guides, the observation form, and "
                          "the documents and activities the assessment draws on.",
    "ch_method": "Method",
    "method_observed": "Observations:",
    "method_who": "Interviews by who took part:",
    "col_groups": "Groups in the interview",
    "col_sessions": "Number of interviews",
    "col_people": "Participants",
    "col_audience": "Audience",
    "col_place": "Place",
    "method_audience": "The audience of public meetings and people present at an observed "
                       "place are not counted as participants.",
    "ch_overall": "Overall assessment and cross-cutting findings",
    "ph_overall": "[Write the overall assessment: cross-cutting findings, links between the "
                  "areas and what should come first]",
    "ch_followup": "Further work and follow-up",
    "ph_followup": "[Write how the municipality can follow up: ownership of the actions, "
                   "plans and budgets, a new assessment in 1–2 years]",
    "app_guides": "Interview guides",
    "app_forms": "Observation forms",
    "app_docs": "Documents reviewed",
    "app_acts": "Activity overview",
    "app_lookfors": "Look-fors per indicator",
    "col_question": "Question",
    "col_indicators": "Indicators",
    "col_about": "Description",
    "no_guides": "No interview guides are recorded.",
    "no_forms": "No observation forms are recorded.",
    "guide_group": "Group: {group}",
    "about_interview": "Interview with {groups}",
    "about_interview_none": "Interview",
    "about_observation": "Observation",
    "about_audience": "audience about {n}",
    "about_document": "Document",
}
