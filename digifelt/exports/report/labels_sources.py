"""Report wording for sources, drafts, evidence lines and recommendations (nb and en).

Merged into labels.Labels; a key defined here and in labels.py is an error (a test checks).
Counted phrases are (one, many) pairs, both formatted with {n}.
"""

NB: dict[str, str | tuple[str, str]] = {
    # Who or what a quote comes from, by kind of source: never a group for an observation
    # or a document, which no respondent said.
    "attr_interview": "intervju",
    "attr_observation": "observasjon",
    "attr_document": "dokument",
    "attr_page": "s.",
    "attr_survey": "spørreundersøkelse",
    "attr_survey_n": "n = {n}",
    "attr_workshop": "verksted",
    "paraphrase": "Referat:",
    "quotes_and_paraphrases": "Utvalgte sitater og referater",
    "paraphrases": "Utvalgte referater",
    # The method chapter's promise about how quotes are marked; it must match what the
    # area chapters print.
    "method_attribution": (
        "Ordrette sitater står i «». Det som er gjengitt med teamets egne ord, er merket "
        "«Referat:». Sitater fra intervjuer er merket med gruppen, aldri med navn "
        "(for eksempel «– folkevalgt»); observasjoner med observasjonen og datoen "
        "(«– observasjon, kommunestyremøte, 15.9.2026»); dokumenter med tittel og side "
        "(«– dokument: Digitaliseringsstrategi, s. 4»)."),
    "method_not_assessed": (
        "Kjennetegn med «Ikke vurdert» har teamet bevisst valgt å ikke vurdere; det er ikke et "
        "nivå som mangler."),
    "method_not_agreed": "Kjennetegn merket [Ikke omforent] er ennå ikke omforent i teamet.",
    "method_basis": (
        "Under hvert kjennetegn står grunnlaget: hvor mange kilder av hvert slag (intervjuer, "
        "observasjoner, dokumenter, verksteder, spørreundersøkelser) som har gitt utdrag eller "
        "resultater til kjennetegnet, og fra hvor mange grupper. "
        "Et kjennetegn er triangulert når grunnlaget har minst to slags kilder og minst to "
        "grupper."),
    # Workshops in the method chapter: counted apart, their participants never as interviewed.
    "workshops": ("ett verksted", "{n} verksteder"),
    "method_workshops": "Verksteder: {parts}.",
    "workshop_people": "{workshops} med {people} {groups}",
    "workshop_groups": "{workshops} med {groups}",
    "workshop_unknown": "antall deltakere ukjent",
    "method_workshop_note": (
        "Deltakerne på verkstedene er ikke regnet med blant dem som er intervjuet. Sitater fra "
        "et verksted er merket med verkstedet og datoen («– verksted, kommunestyret, "
        "15.9.2026»)."),
    # Area chapters
    "area_overview": "Oppsummering",
    "area_strengths": "Styrker",
    "area_improvements": "Forbedringsområder",
    "distribution": "Nivåfordeling",
    "dist_level": "Nivå",
    "dist_not_assessed": "Ikke vurdert",
    "dist_unset": "Uten nivå ennå",
    # Drafts and deliberate non-assessment
    "not_agreed": "[Ikke omforent]",
    "not_assessed": "Ikke vurdert",
    "not_assessed_note": "Teamet har bevisst valgt å ikke vurdere dette kjennetegnet.",
    # Actions and reflection questions, kept apart
    "reflection": "Refleksjonsspørsmål",
    "ph_actions_only": "[Skriv forslag til tiltak]",
    "ph_reflection": "[Skriv spørsmål til refleksjon for kommunen]",
    # Evidence line per indicator
    "basis": "Grunnlag",
    "basis_none": "ingen utdrag er knyttet til kjennetegnet",
    "basis_interview": ("{n} intervju", "{n} intervjuer"),
    "basis_observation": ("{n} observasjon", "{n} observasjoner"),
    "basis_document_review": ("{n} dokument", "{n} dokumenter"),
    "basis_survey": ("{n} spørreundersøkelse", "{n} spørreundersøkelser"),
    "basis_workshop": ("{n} verksted", "{n} verksteder"),
    "basis_other": ("{n} annen kilde", "{n} andre kilder"),
    "basis_groups": ("{n} gruppe", "{n} grupper"),
    "basis_triangulated": "triangulert",
    "basis_not_triangulated": "ikke triangulert",
    "warn_no_basis": "[Merk: Nivå {level} har ingen utdrag knyttet til seg]",
    "warn_one_kind_one_group": "[Merk: Nivå {level} bygger bare på {sources} med én gruppe]",
    "warn_one_kind": "[Merk: Nivå {level} bygger bare på {sources}]",
    "warn_one_group": "[Merk: Nivå {level} bygger bare på kilder fra én gruppe]",
    "warn_no_group": "[Merk: Nivå {level} bygger ikke på kilder fra noen gruppe]",
    "warn_only_interview": "intervjuer",
    "warn_only_observation": "observasjoner",
    "warn_only_document_review": "dokumenter",
    "warn_only_survey": "spørreundersøkelser",
    "warn_only_workshop": "verksteder",
    "warn_only_other": "én slags kilde",
    # The recommendations table
    "rec_lead": ("Forslagene til tiltak fra kapitlene over. Like forslag står én gang, med "
                 "alle kjennetegnene de gjelder. Prioritet, ansvarlig og når fylles inn."),
    "rec_col_indicator": "Kjennetegn",
    "rec_col_action": "Tiltak",
    "rec_col_priority": "Prioritet",
    "rec_col_responsible": "Ansvarlig",
    "rec_col_when": "Når",
}

EN: dict[str, str | tuple[str, str]] = {
    "attr_interview": "interview",
    "attr_observation": "observation",
    "attr_document": "document",
    "attr_page": "p.",
    "attr_survey": "survey",
    "attr_survey_n": "n = {n}",
    "attr_workshop": "workshop",
    "paraphrase": "Paraphrase:",
    "quotes_and_paraphrases": "Selected quotes and paraphrases",
    "paraphrases": "Selected paraphrases",
    "method_attribution": (
        "Verbatim quotes are set in «». What the team renders in its own words is marked "
        "“Paraphrase:”. Quotes from interviews are attributed to the group, never to a name "
        "(for example “– elected member”); observations to the observation and its date "
        "(“– observation, council meeting, 2026-09-15”); documents to their title and page "
        "(“– document: Digital strategy, p. 4”)."),
    "method_not_assessed": (
        "Indicators shown as “Not assessed” were deliberately left unassessed by the team; "
        "this is not a missing level."),
    "method_not_agreed": "Indicators marked [Not agreed] are not yet agreed in the team.",
    "method_basis": (
        "Under each indicator is its basis: how many sources of each kind (interviews, "
        "observations, documents, workshops, surveys) gave excerpts or results to it, and "
        "from how many groups. An indicator is triangulated when "
        "its basis has at least two kinds of source and at least two groups."),
    "workshops": ("one workshop", "{n} workshops"),
    "method_workshops": "Workshops: {parts}.",
    "workshop_people": "{workshops} with {people} {groups}",
    "workshop_groups": "{workshops} with {groups}",
    "workshop_unknown": "number of participants unknown",
    "method_workshop_note": (
        "Workshop participants are not counted among those interviewed. Quotes from a "
        "workshop are attributed to the workshop and its date (“– workshop, council, "
        "2026-09-15”)."),
    "area_overview": "Summary",
    "area_strengths": "Strengths",
    "area_improvements": "Areas for improvement",
    "distribution": "Distribution of levels",
    "dist_level": "Level",
    "dist_not_assessed": "Not assessed",
    "dist_unset": "No level yet",
    "not_agreed": "[Not agreed]",
    "not_assessed": "Not assessed",
    "not_assessed_note": "The team deliberately chose not to assess this indicator.",
    "reflection": "Questions for reflection",
    "ph_actions_only": "[Write suggested actions]",
    "ph_reflection": "[Write questions for the municipality to reflect on]",
    "basis": "Basis",
    "basis_none": "no excerpts are tagged to this indicator",
    "basis_interview": ("{n} interview", "{n} interviews"),
    "basis_observation": ("{n} observation", "{n} observations"),
    "basis_document_review": ("{n} document", "{n} documents"),
    "basis_survey": ("{n} survey", "{n} surveys"),
    "basis_workshop": ("{n} workshop", "{n} workshops"),
    "basis_other": ("{n} other source", "{n} other sources"),
    "basis_groups": ("{n} group", "{n} groups"),
    "basis_triangulated": "triangulated",
    "basis_not_triangulated": "not triangulated",
    "warn_no_basis": "[Note: level {level} has no excerpts tagged to it]",
    "warn_one_kind_one_group": "[Note: level {level} rests only on {sources} with one group]",
    "warn_one_kind": "[Note: level {level} rests only on {sources}]",
    "warn_one_group": "[Note: level {level} rests only on sources from one group]",
    "warn_no_group": "[Note: level {level} rests on no source from any group]",
    "warn_only_interview": "interviews",
    "warn_only_observation": "observations",
    "warn_only_document_review": "documents",
    "warn_only_survey": "surveys",
    "warn_only_workshop": "workshops",
    "warn_only_other": "one kind of source",
    "rec_lead": ("The suggested actions from the chapters above. A suggestion made for more "
                 "than one indicator is listed once, with all of them. Priority, "
                 "responsibility and timing are to be filled in."),
    "rec_col_indicator": "Indicator",
    "rec_col_action": "Action",
    "rec_col_priority": "Priority",
    "rec_col_responsible": "Responsible",
    "rec_col_when": "When",
}
