"""Report wording for a version sent for fact check and for the final report's appendix on the
organisation's comments (nb and en).

Merged into labels.Labels; a key defined here and in another labels module is an error.
"""

NB: dict[str, str | tuple[str, str]] = {
    "fc_version_draft": "Versjon {n} – utkast til faktasjekk",
    "fc_version_final": "Versjon {n} – endelig rapport, etter faktasjekk",
    "fc_version_final_plain": "Versjon {n} – endelig rapport",
    "fc_appendix": "Merknader fra kommunen og hvordan de er håndtert",
    "fc_sent": "Versjon {n} av rapporten ble sendt til {to} {day} for faktasjekk.",
    "fc_sent_to_unknown": "Versjon {n} av rapporten ble sendt til faktasjekk {day}.",
    "fc_sent_no_day": "Versjon {n} av rapporten ble sendt til {to} for faktasjekk.",
    "fc_sent_plain": "Versjon {n} av rapporten ble sendt til faktasjekk.",
    "fc_counts": "Det kom {comments}: {accepted} tatt til følge, {not_accepted} ikke tatt til "
                 "følge.",
    "fc_comments": ("én merknad", "{n} merknader"),
    "fc_none": "Det kom ingen merknader til utkastet.",
    "col_fc_about": "Gjelder",
    "col_fc_from": "Fra",
    "col_fc_comment": "Merknad",
    "col_fc_response": "Hvordan den er håndtert",
    "fc_general": "Generelt",
    "fc_accepted": "Tatt til følge",
    "fc_not_accepted": "Ikke tatt til følge",
    "fc_open": "Ikke besvart",
}

EN: dict[str, str | tuple[str, str]] = {
    "fc_version_draft": "Version {n} – draft for fact check",
    "fc_version_final": "Version {n} – final report, after fact check",
    "fc_version_final_plain": "Version {n} – final report",
    "fc_appendix": "Comments from the organisation and how they were handled",
    "fc_sent": "Version {n} of the report was sent to {to} on {day} for a fact check.",
    "fc_sent_to_unknown": "Version {n} of the report was sent for a fact check on {day}.",
    "fc_sent_no_day": "Version {n} of the report was sent to {to} for a fact check.",
    "fc_sent_plain": "Version {n} of the report was sent for a fact check.",
    "fc_counts": "{comments} came back: {accepted} accepted, {not_accepted} not accepted.",
    "fc_comments": ("One comment", "{n} comments"),
    "fc_none": "No comments came back on the draft.",
    "col_fc_about": "About",
    "col_fc_from": "From",
    "col_fc_comment": "Comment",
    "col_fc_response": "How it was handled",
    "fc_general": "General",
    "fc_accepted": "Accepted",
    "fc_not_accepted": "Not accepted",
    "fc_open": "Not answered",
}
