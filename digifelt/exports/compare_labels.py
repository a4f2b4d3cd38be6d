"""The comparison's fixed wording in Norwegian Bokmål (nb) and English (en)."""

from digifelt.core.services.compare import CompareCell

WORDS = {
    "nb": {
        "title": "Sammenligning av kartlegginger", "sheet": "Sammenligning",
        "notes_sheet": "Merknader", "area": "Område", "indicator": "Kjennetegn",
        "indicator_title": "Tittel", "level": "nivå", "change": "endring",
        "basis": "grunnlag", "source": ("{n} kilde", "{n} kilder"),
        "lead": "Nivå per kjennetegn. Under nivået: antall utdrag · antall kildetyper. "
                "↑ og ↓ viser endring fra forrige kartlegging av samme virksomhet.",
        "assessments": "Kartlegginger", "file": "Fil", "organisation": "Virksomhet",
        "period": "Periode", "label": "Kolonne", "scale": "Skala",
        "missing": "{label} mangler: {codes}",
        "left_out": "Ikke sammenlignet (ulik rubrikk): {codes}",
        "no_level": "–",
    },
    "en": {
        "title": "Comparison of assessments", "sheet": "Comparison",
        "notes_sheet": "Notes", "area": "Area", "indicator": "Indicator",
        "indicator_title": "Title", "level": "level", "change": "change",
        "basis": "basis", "source": ("{n} source", "{n} sources"),
        "lead": "Level per indicator. Below the level: excerpts · kinds of source. "
                "↑ and ↓ show the change from the same organisation's previous assessment.",
        "assessments": "Assessments", "file": "File", "organisation": "Organisation",
        "period": "Period", "label": "Column", "scale": "Scale",
        "missing": "{label} lacks: {codes}",
        "left_out": "Not compared (different rubrics): {codes}",
        "no_level": "–",
    },
}


def words(lang: str | None) -> dict:
    return WORDS.get(lang or "nb", WORDS["en"])


def basis_text(cell: CompareCell | None, lang: str) -> str:
    """The evidence a level rests on: "3 · 2 kilder" (excerpts · kinds of source)."""
    if cell is None:
        return ""
    one, many = words(lang)["source"]
    return f"{cell.excerpts} · {(one if cell.kinds == 1 else many).format(n=cell.kinds)}"


def level_text(cell: CompareCell | None, lang: str) -> str:
    if cell is None:
        return ""
    level = words(lang)["no_level"] if cell.level is None else str(cell.level)
    return f"{level} {cell.change}" if cell.change in ("↑", "↓") else level
