"""data/evidence.csv: one row per excerpt × indicator, for spreadsheets.

UTF-8 with a byte-order mark (Excel then reads æøå right), comma-separated, CRLF. Cells
that a spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe.
Excerpts not tagged to any indicator get one row with the indicator columns empty.
"""

import csv
import io

COLUMNS = ("indicator_code", "indicator_title", "excerpt_text", "kind", "valence", "starred",
           "activity_kind", "activity_title", "activity_date", "group", "document_page",
           "excerpt_id", "indicator_id", "activity_id")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def evidence_rows(document: dict) -> list[list[str]]:
    indicators, order = {}, {}
    for a_n, area in enumerate(document["rubric"]["areas"]):
        for i_n, ind in enumerate(area["indicators"]):
            indicators[ind["id"]] = ind
            order[ind["id"]] = (a_n, i_n)
    activities = {a["id"]: a for a in document["activities"]}
    entry_activity = {e["id"]: a["id"] for a in document["activities"] for e in a["entries"]}
    groups = {g["id"]: g["name"] for g in document["groups"]}
    out = []
    for ex in document["excerpts"]:
        act_id = ex.get("activity_id") or entry_activity.get(ex.get("entry_id"))
        act = activities.get(act_id) or {}
        started = act.get("started_at")
        common = [ex["text"], ex["kind"], ex["valence"], ex["starred"], act.get("kind"),
                  act.get("title"), started[:10] if started else None,
                  "; ".join(sorted(groups[g] for g in act.get("group_ids", []) if g in groups)),
                  ex.get("page")]
        tagged = [i for i in ex["indicator_ids"] if i in indicators] or [None]
        for ind_id in tagged:
            ind = indicators.get(ind_id) or {}
            out.append(((order.get(ind_id, (1 << 30, 0)), started or "", ex["id"]),
                        [ind.get("code"), ind.get("title"), *common, ex["id"], ind_id, act_id]))
    out.sort(key=lambda item: item[0])
    return [[_cell(v) for v in row] for _, row in out]


def evidence_csv(document: dict) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(evidence_rows(document))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
