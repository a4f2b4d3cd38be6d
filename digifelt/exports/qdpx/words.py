"""The words of a REFI-QDA package in Norwegian and English: names of notes, codes and
variables, and a finding written as a note."""

from digifelt.core.services.snapshot import Row

LABELS = {
    "nb": {"memo": "Memo", "finding": "Funn", "summary": "Områdeoppsummering",
           "level": "Nivå", "strengths": "Dette fungerer godt",
           "improvements": "Forbedringsområder", "actions": "Forslag til tiltak",
           "reflection": "Refleksjonsspørsmål",
           "status": "Status", "page": "s.", "detached": "løsrevet utdrag",
           "interview": "intervju", "observation": "observasjon",
           "document_review": "dokumentgjennomgang", "workshop": "verksted",
           "lookfors": "Se etter", "digifelt": "digifelt", "quote": "Sitat",
           "paraphrase": "Parafrase", "strength": "Styrke", "gap": "Mangel",
           "neutral": "Nøytral", "starred": "Stjernemerket", "var_kind": "Aktivitetstype",
           "var_date": "Dato", "var_place": "Sted", "var_group": "Gruppe",
           "var_source": "Kildetype", "var_activity": "Aktivitet", "notes": "notater",
           "pdf": "PDF", "picture": "bilde", "survey": "spørreundersøkelse"},
    "en": {"memo": "Memo", "finding": "Finding", "summary": "Area summary",
           "level": "Level", "strengths": "Strengths", "improvements": "Improvement areas",
           "actions": "Suggested actions", "reflection": "Reflection questions",
           "status": "Status", "page": "p.",
           "detached": "detached excerpt", "interview": "interview",
           "observation": "observation", "document_review": "document review",
           "workshop": "workshop",
           "lookfors": "Look-fors", "digifelt": "digifelt", "quote": "Quote",
           "paraphrase": "Paraphrase", "strength": "Strength", "gap": "Gap",
           "neutral": "Neutral", "starred": "Starred", "var_kind": "Activity kind",
           "var_date": "Date", "var_place": "Place", "var_group": "Group",
           "var_source": "Source kind", "var_activity": "Activity", "notes": "notes",
           "pdf": "PDF", "picture": "picture", "survey": "survey"},
}


FINDING_PARTS = ("strengths", "improvements", "actions", "reflection")


def finding_text(f: Row, words: dict, levels: dict) -> str:
    lines = []
    if f.get("level") is not None:
        lines.append(f"{words['level']}: {f['level']} {levels.get(f['level'], '')}".strip())
    for key in FINDING_PARTS:
        if f.get(key):
            lines.append(f"{words[key]}:\n{f[key]}")
    lines.append(f"{words['status']}: {f['status']}")
    return "\n\n".join(lines)
