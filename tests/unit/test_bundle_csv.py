"""evidence.csv is written without the csv module: it must stay byte-identical to csv.writer."""

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from digifelt.exports.bundle.csv import COLUMNS, evidence_csv, evidence_rows

NASTY = st.text(alphabet=st.sampled_from(['a', 'ø', ',', '"', '\n', '\r', ' ', "'", '=', '-',
                                          '@', '\t', ';', '\u2028', '+']), max_size=8)


def _reference(document: dict) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(evidence_rows(document))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _document(texts: list[str], titles: list[str]) -> dict:
    indicators = [{"id": f"i{n}", "code": t, "title": t[::-1]} for n, t in enumerate(titles)]
    return {
        "rubric": {"areas": [{"indicators": indicators}]},
        "groups": [{"id": "g1", "name": titles[0] if titles else "g"}],
        "activities": [{"id": "a1", "kind": "interview", "title": texts[0] if texts else "",
                        "started_at": "2024-05-01T10:00:00.000000Z", "group_ids": ["g1"],
                        "entries": []}],
        "excerpts": [{"id": f"x{n}", "activity_id": "a1" if n % 2 else None, "text": text,
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
