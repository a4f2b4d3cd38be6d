"""Report wording for surveys: the method chapter's list and the results under an indicator
(nb and en).

Merged into labels.Labels; a key defined here and in another labels module is an error.
Counted phrases are (one, many) pairs, both formatted with {n}.
"""

NB: dict[str, str | tuple[str, str]] = {
    "surveys": ("én spørreundersøkelse", "{n} spørreundersøkelser"),
    "answers": ("ett svar", "{n} svar"),
    "method_surveys": "Spørreundersøkelser: {surveys} med til sammen {answers}.",
    "method_surveys_small": "Spørreundersøkelser: {surveys}.",
    "survey_period_unknown": "periode ikke oppgitt",
    "col_survey_group": "Gruppe",
    "col_invited": "Inviterte",
    "col_answered": "Svar",
    "col_rate": "Svarprosent",
    "survey_all": "Alle",
    "method_survey_note": (
        "Resultatene av spørreundersøkelsene står under kjennetegnene hvert spørsmål er "
        "knyttet til: andelen av svarene per gruppe og i alt, og antall svar (n). Der færre "
        "enn 5 har svart, står det «<5», uten prosenter; det gjelder også en gruppe som ellers "
        "kunne regnes ut av de andre. Fritekstsvar er merket med undersøkelsen og gruppene, "
        "aldri med hvem som svarte («– spørreundersøkelse, ansatte»)."),
    "survey_results": "Resultater fra spørreundersøkelser",
    "col_bar": "Fordeling",
    "app_questionnaires": "Spørreskjema",
    "questionnaire_scale": "Svaralternativer",
    "col_answer_kind": "Svar",
    "answer_scale": "Skala",
    "answer_free_text": "Fritekst",
    "survey_not_shown": "–",
    "about_workshop": "Verksted",
    "about_workshop_groups": "Verksted med {groups}",
}

EN: dict[str, str | tuple[str, str]] = {
    "surveys": ("one survey", "{n} surveys"),
    "answers": ("one answer", "{n} answers"),
    "method_surveys": "Surveys: {surveys} with {answers} in all.",
    "method_surveys_small": "Surveys: {surveys}.",
    "survey_period_unknown": "period not given",
    "col_survey_group": "Group",
    "col_invited": "Invited",
    "col_answered": "Answered",
    "col_rate": "Response rate",
    "survey_all": "All",
    "method_survey_note": (
        "The results of the surveys are shown under the indicators each question informs: "
        "the share of the answers per group and in all, and the number of answers (n). Where "
        "fewer than 5 answered, “<5” is shown, without percentages; so is a group that could "
        "otherwise be worked out from the others. Free-text answers are attributed to the "
        "survey and its groups, never to who answered (“– survey, staff”)."),
    "survey_results": "Survey results",
    "col_bar": "Distribution",
    "app_questionnaires": "Survey questionnaires",
    "questionnaire_scale": "Answer options",
    "col_answer_kind": "Answer",
    "answer_scale": "Scale",
    "answer_free_text": "Free text",
    "survey_not_shown": "–",
    "about_workshop": "Workshop",
    "about_workshop_groups": "Workshop with {groups}",
}
