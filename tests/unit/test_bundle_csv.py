"""evidence.csv is written without the csv module: it must stay byte-identical to csv.writer."""

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from digifelt.exports.bundle.csv import COLUMNS, _safe, evidence_csv

NASTY = st.text(alphabet=st.sampled_from(['a', 'ø', ',', '"', '\n', '\r', ' ', "'", '=', '-',
                                          '@', '\t', ';', '\u2028', '+']), max_size=8)


def reference_rows(document: dict) -> list[tuple]:
    """The plain statement of what evidence.csv holds, one tuple per row."""
    indicators, order = {}, {}
    for a_n, area in enumerate(document["rubric"]["areas"]):
        for i_n, ind in enumerate(area["indicators"]):
            indicators[ind["id"]] = (_safe(ind["code"]), _safe(ind["title"]))
            order[ind["id"]] = (a_n, i_n)
    groups = {g["id"]: g["name"] for g in document["groups"]}
    activities, entry_activity = {}, {}
    for act in document["activities"]:
        started = act.get("started_at")
        names = "; ".join(sorted(groups[g] for g in act.get("group_ids", []) if g in groups))
        activities[act["id"]] = (act["kind"], _safe(act["title"]),
                                 started[:10] if started else "", _safe(names), started or "")
        for entry in act["entries"]:
            entry_activity[entry["id"]] = act["id"]
    untagged = ("", "")
    nowhere = ("", "", "", "", "")
    keyed = []
    for ex in document["excerpts"]:
        act_id = ex.get("activity_id") or entry_activity.get(ex.get("entry_id"))
        kind, title, day, group, started = activities.get(act_id, nowhere)
        page = ex.get("page")
        common = (_safe(ex["text"]), ex["kind"], ex["valence"],
                  "yes" if ex["starred"] else "no", kind, title, day, group,
                  "" if page is None else str(page))
        tagged = [i for i in ex["indicator_ids"] if i in indicators] or [None]
        for ind_id in tagged:
            code, ind_title = indicators.get(ind_id, untagged)
            keyed.append(((order.get(ind_id, (1 << 30, 0)), started, ex["id"]),
                          (code, ind_title, *common, ex["id"], ind_id or "", act_id or "")))
    keyed.sort(key=lambda item: item[0])
    return [row for _, row in keyed]


def _reference(document: dict) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(reference_rows(document))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _document(texts: list[str], titles: list[str]) -> dict:
    indicators = [{"id": f"i{n}", "code": t, "title": t[::-1]} for n, t in enumerate(titles)]
    return {
        "rubric": {"areas": [{"indicators": indicators}]},
        "groups": [{"id": "g1", "name": titles[0] if titles else "g"}],
        "activities": [{"id": "a1", "kind": "interview", "title": texts[0] if texts else "",
                        "started_at": "2024-05-01T10:00:00.000000Z", "group_ids": ["g1"],
                        "entries": []}],
        # Every fifth excerpt names an activity the bundle does not hold.
        "excerpts": [{"id": f"x{n}", "activity_id": "gone" if n % 5 == 4 else
                      "a1" if n % 2 else None, "text": text,
                      "kind": "quote", "valence": "gap", "starred": bool(n % 3),
                      "page": n if n % 4 else None,
                      "indicator_ids": [i["id"] for i in indicators[n % 3:]]}
                     for n, text in enumerate(texts)],
    }


@settings(max_examples=200, deadline=None)
@given(st.lists(NASTY, max_size=6), st.lists(NASTY, max_size=4))
def test_evidence_csv_equals_the_csv_module(texts, titles):
    document = _document(texts, titles)
    assert evidence_csv(document) == _reference(document)
