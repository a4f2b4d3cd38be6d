"""The report's fixed wording in Norwegian Bokmål (nb) and English (en)."""

from datetime import date

LANGUAGES = ("nb", "en")

_NB = {
    "toc": "Innhold",
    "organisation": "Virksomhet",
    "period": "Periode",
    "team": "Kartleggingsteam",
    "rubric": "Rubrikk",
    "ph_period": "[Skriv perioden for kartleggingen]",
    "ph_team": "[Skriv hvem som har utført kartleggingen]",
    "summary": "Sammendrag",
    "ph_summary": "[Skriv sammendraget: hovedfunn, sterke sider, forbedringsområder og de "
                  "viktigste anbefalingene]",
    "overview": "Samlet oversikt over nivå per kjennetegn:",
    "intro": "Innledning",
    "ph_intro": "[Skriv bakgrunn og bestilling, formål og avgrensning, om kartleggingsteamet "
                "og leseveiledning]",
    "method": "Metode og gjennomføring",
    "method_lead": "Kartleggingen bygger på {interviews}, {observations} og {documents}.",
    "method_dates": "Informasjonen ble samlet inn i perioden {first}–{last}.",
    "method_date": "Informasjonen ble samlet inn {first}.",
    "method_groups": "Gruppesamtaler ble holdt med disse gruppene:",
    "method_no_names": "Sitater i rapporten er bare merket med gruppe, aldri med navn.",
    "method_scale": "Hvert kjennetegn er vurdert på denne skalaen:",
    "ph_method": "[Skriv hvordan framtidsbildet ble utarbeidet, om analysen og "
                 "trianguleringen, og om metodiske begrensninger]",
    "ph_sources": "[Skriv hvilke intervjuer, observasjoner og dokumenter kartleggingen bygger "
                  "på: ingen aktiviteter er registrert i digifelt]",
    "ph_planned": "[Sjekk: {n} aktivitet(er) står fortsatt som planlagt]",
    "ph_small_group": "[Merk: minst én samtale med gruppen {group} hadde færre enn 5 "
                      "deltakere, eller et ukjent antall. Vurder om sitatene kan identifisere "
                      "enkeltpersoner]",
    "interviews": ("ett intervju", "{n} intervjuer"),
    "observations": ("én observasjon", "{n} observasjoner"),
    "documents": ("én dokumentgjennomgang", "{n} dokumentgjennomganger"),
    "framtidsbilde": "Framtidsbilde",
    "area_summary": "Samlet vurdering",
    "level": "Nivå",
    "ph_level": "[Skriv nivået fra skalaen]",
    "no_level": "Ikke vurdert",
    "strengths": "Dette fungerer godt",
    "ph_strengths": "[Skriv hva som fungerer godt]",
    "improvements": "Forbedringsområder",
    "ph_improvements": "[Skriv forbedringsområdene]",
    "quotes": "Utvalgte sitater",
    "actions": "Forslag til tiltak",
    "ph_actions": "[Skriv forslag til tiltak eller spørsmål til refleksjon]",
    "recommendations": "Anbefalinger",
    "recommendations_lead": "Forslagene til tiltak fra kapitlene over, samlet:",
    "ph_recommendations": "[Skriv anbefalingene og prioriter dem: kort sikt (0–12 måneder), "
                          "lengre sikt (1–4 år), ansvar og oppfølging]",
    "appendices": "Vedlegg",
    "app_documents": "Vedlegg A: Dokumenter som er gjennomgått",
    "app_activities": "Vedlegg B: Oversikt over aktiviteter",
    "app_rubric": "Vedlegg C: Rubrikken og skalaen",
    "no_documents": "Ingen dokumentgjennomganger er registrert.",
    "no_activities": "Ingen aktiviteter er registrert.",
    "col_title": "Tittel", "col_type": "Type", "col_date": "Dato", "col_owner": "Eier",
    "col_kind": "Aktivitet", "col_group": "Gruppe", "col_headcount": "Antall deltakere",
    "col_count": "Antall", "col_code": "Nr.", "col_indicator": "Kjennetegn",
    "col_area": "Område", "col_level": "Nivå", "col_label": "Betegnelse",
    "col_description": "Beskrivelse", "col_lookfors": "Tegn på god praksis",
    "interview": "Intervju", "observation": "Observasjon", "document_review": "Dokumentgjennomgang",
    "survey": "Spørreundersøkelse", "workshop": "Verksted",
    "document": "dokument", "page": "s.", "observation_attr": "observasjon",
}

_EN = {
    "toc": "Contents",
    "organisation": "Organisation",
    "period": "Period",
    "team": "Assessment team",
    "rubric": "Rubric",
    "ph_period": "[Write the period of the assessment]",
    "ph_team": "[Write who carried out the assessment]",
    "summary": "Summary",
    "ph_summary": "[Write the summary: main findings, strengths, areas for improvement and "
                  "the key recommendations]",
    "overview": "Overview of the level per indicator:",
    "intro": "Introduction",
    "ph_intro": "[Write the background and mandate, purpose and scope, about the assessment "
                "team, and how to read this report]",
    "method": "Method",
    "method_lead": "The assessment draws on {interviews}, {observations} and {documents}.",
    "method_dates": "Information was collected between {first} and {last}.",
    "method_date": "Information was collected on {first}.",
    "method_groups": "Group interviews were held with these groups:",
    "method_no_names": "Quotes in this report are attributed to a group only, never to a name.",
    "method_scale": "Each indicator was assessed on this scale:",
    "ph_method": "[Write how the desired future was developed, about the analysis and "
                 "triangulation, and about the limitations of the method]",
    "ph_sources": "[Write which interviews, observations and documents the assessment draws "
                  "on: no activities are recorded in digifelt]",
    "ph_planned": "[Check: {n} activity(ies) are still marked as planned]",
    "ph_small_group": "[Note: at least one session with the group {group} had fewer than 5 "
                      "people, or an unknown number. Consider whether the quotes could "
                      "identify individuals]",
    "interviews": ("one interview", "{n} interviews"),
    "observations": ("one observation", "{n} observations"),
    "documents": ("one document review", "{n} document reviews"),
    "framtidsbilde": "Desired future",
    "area_summary": "Overall assessment",
    "level": "Level",
    "ph_level": "[Write the level from the scale]",
    "no_level": "Not assessed",
    "strengths": "What works well",
    "ph_strengths": "[Write what works well]",
    "improvements": "Areas for improvement",
    "ph_improvements": "[Write the areas for improvement]",
    "quotes": "Selected quotes",
    "actions": "Suggested actions",
    "ph_actions": "[Write suggested actions or questions for reflection]",
    "recommendations": "Recommendations",
    "recommendations_lead": "The suggested actions from the chapters above, collected:",
    "ph_recommendations": "[Write the recommendations and prioritise them: short term "
                          "(0–12 months), longer term (1–4 years), responsibility and follow-up]",
    "appendices": "Appendices",
    "app_documents": "Appendix A: Documents reviewed",
    "app_activities": "Appendix B: Activity overview",
    "app_rubric": "Appendix C: The rubric and the scale",
    "no_documents": "No document reviews are recorded.",
    "no_activities": "No activities are recorded.",
    "col_title": "Title", "col_type": "Type", "col_date": "Date", "col_owner": "Owner",
    "col_kind": "Activity", "col_group": "Group", "col_headcount": "Participants",
    "col_count": "Number", "col_code": "No.", "col_indicator": "Indicator",
    "col_area": "Area", "col_level": "Level", "col_label": "Label",
    "col_description": "Description", "col_lookfors": "Look-fors",
    "interview": "Interview", "observation": "Observation", "document_review": "Document review",
    "survey": "Survey", "workshop": "Workshop",
    "document": "document", "page": "p.", "observation_attr": "observation",
}

def _merged() -> dict[str, dict]:
    from digifelt.exports.report import (
        labels_fact_check,
        labels_sources,
        labels_structure,
        labels_surveys,
    )

    tables = {"nb": dict(_NB), "en": dict(_EN)}
    for extra in (labels_sources, labels_structure, labels_surveys, labels_fact_check):
        for lang, table in (("nb", extra.NB), ("en", extra.EN)):
            clash = set(table) & set(tables[lang])
            if clash:
                raise KeyError(f"report labels defined twice: {sorted(clash)}")
            tables[lang].update(table)
    return tables


_ALL = _merged()


class Labels:
    """Look up a label by key (`labels["summary"]`); counts and dates in the right language."""

    def __init__(self, lang: str):
        self.lang = lang if lang in _ALL else "nb"
        self._table = _ALL[self.lang]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def count(self, key: str, n: int) -> str:
        one, many = self._table[key]
        return one if n == 1 else many.format(n=n)

    def date(self, value: date | None) -> str:
        if value is None:
            return ""
        if self.lang == "nb":
            return f"{value.day}.{value.month}.{value.year}"
        return value.isoformat()

    def attribution(self, groups: tuple[str, ...], source: str, document: str | None,
                    page: int | None, names_lang: str | None = None) -> str:
        """Who said it, without naming anyone: "folkevalgt", "leder / ansatt", a document.

        `names_lang` is the language the group names are written in (the project's).
        """
        if groups:
            return " / ".join(group_singular(g, names_lang or self.lang) for g in groups)
        if document:
            return f"{self['document']}: {document}" + (f", {self['page']} {page}" if page else "")
        if source == "observation":
            return self["observation_attr"]
        return ""


def group_singular(group: str, lang: str) -> str:
    """A group's name as an attribution: lower case, singular where the ending tells.

    "Folkevalgte" -> "folkevalgt", "Ledere" -> "leder", "Elected members" -> "elected member".
    Words with capitals inside (IKT, HR, IKT-ansatte) keep their case.
    """
    words = group.strip().split()
    if not words:
        return ""
    last, lower = words[-1], words[-1].lower()
    if lang == "nb":
        if (lower.endswith("ere") or lower.endswith("te")) and len(lower) > 4:
            last = last[:-1]
    elif lower.endswith("ies") and len(lower) > 4:
        last = last[:-3] + "y"
    elif lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        last = last[:-1]
    words[-1] = last
    return " ".join(w if any(c.isupper() for c in w[1:]) else w.lower() for w in words)
