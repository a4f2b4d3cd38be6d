"""A survey question's answers in words, as the evidence list shows them: "62 % agree (n = 63)",
"<5" for a cell the small-group rule hides, and the attribution "– survey, staff (n = 63)".

Only what core.services.surveys.shown_distribution lets through is ever formatted here.
"""

import html

from digifelt.core.services.surveys import SUPPRESSED, ShownCell, ShownDistribution, top_half
from digifelt.ui.i18n import translate
from digifelt.ui.labels import kind_label


def percent(value: float) -> str:
    return translate("SurveySummary", "%1%").replace("%1", str(round(value)))


def agree_text(cell: ShownCell) -> str:
    """"62 % agree (n = 63)"; "n = <5" when the cell is hidden."""
    if cell.suppressed or not cell.n:
        n = cell.n_text if cell.suppressed else "0"
        return translate("SurveySummary", "n = %1").replace("%1", n)
    share = 100 * top_half(cell.counts or ()) / cell.n
    return (translate("SurveySummary", "%1 agree (n = %2)").replace("%1", percent(share))
            .replace("%2", str(cell.n)))


def attribution(cell: ShownCell) -> str:
    """"– survey, staff (n = 63)" for a group, "– survey (n = 77)" for everyone."""
    source = kind_label("survey").lower()
    if not cell.label:
        return (translate("SurveySummary", "– %1 (n = %2)").replace("%1", source)
                .replace("%2", cell.n_text))
    return (translate("SurveySummary", "– %1, %2 (n = %3)").replace("%1", source)
            .replace("%2", cell.label.lower()).replace("%3", cell.n_text))


def summary_lines(d: ShownDistribution) -> list[str]:
    """Everyone first, then each group: "Ansatte: 58 % agree (n = 63)", "Ledere: n = <5"."""
    lines = [agree_text(d.overall)]
    lines += [f"{c.label}: {agree_text(c)}" for c in d.groups]
    return lines


def distribution_html(d: ShownDistribution, title: str) -> str:
    """The question, a table of the shares per scale label for everyone and each group (no
    numbers in a hidden cell), and how to attribute each shown cell."""
    everyone = translate("SurveySummary", "All")
    head = "".join(f"<th>{html.escape(label)}</th>" for label in d.scale)
    rows = []
    for cell in (d.overall, *d.groups):
        name = html.escape(cell.label or everyone)
        if cell.suppressed:
            shares = f"<td colspan='{len(d.scale)}' align='center'>–</td>"
        else:
            shares = "".join(f"<td align='right'>{percent(p)}</td>"
                             for p in cell.percents or ())
        rows.append(f"<tr><td>{name}</td>{shares}<td align='right'>"
                    f"{html.escape(cell.n_text)}</td></tr>")
    shown = [c for c in (d.overall, *d.groups) if not c.suppressed]
    hidden = translate("SurveySummary", "%1: fewer than five answers, not shown.").replace(
        "%1", SUPPRESSED)
    return (f"<p><i>{html.escape(title)}</i></p><p><b>{html.escape(d.text)}</b></p>"
            f"<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:"
            f"collapse'><tr><th></th>{head}<th>n</th></tr>{''.join(rows)}</table>"
            f"<p>{html.escape(agree_text(d.overall))}</p>"
            f"<p style='color:#555'>{'<br>'.join(html.escape(attribution(c)) for c in shown)}"
            + (f"<br>{html.escape(hidden)}" if len(shown) <= len(d.groups) else "")
            + "</p>")
