"""The appendices: documents reviewed, activities, the rubric and its scale."""

from datetime import date

from digifelt.exports.report import chapters_front


def appendices(w) -> None:
    lb, body, d = w.labels, w.body, w.data
    w._chapter(lb["appendices"])
    body.heading(2, lb["app_documents"])
    if d.documents:
        body.table([lb["col_title"], lb["col_type"], lb["col_date"], lb["col_owner"]],
                   [[doc.title, doc.doc_type or "", lb.date(doc.doc_date), doc.owner or ""]
                    for doc in d.documents], (6, 3, 2, 3))
    else:
        body.para(lb["no_documents"])

    body.heading(2, lb["app_activities"])
    if d.activities:
        ordered = sorted(d.activities, key=lambda a: (a.day or date.max, a.kind, a.groups))
        body.table([lb["col_kind"], lb["col_date"], lb["col_group"], lb["col_headcount"]],
                   [[lb[a.kind], _days(w, a.day, a.last_day), ", ".join(a.groups),
                     str(a.headcount) if a.headcount is not None else ""] for a in ordered],
                   (3, 3, 4, 2))
    else:
        body.para(lb["no_activities"])

    body.heading(2, lb["app_rubric"])
    body.para(lb["method_scale"], keep_next=True)
    chapters_front.scale_table(w)
    for area in d.areas:
        body.para((f"{area.code} {area.title}", "b"), keep_next=True, spacing_before=240)
        if area.description:
            body.para((area.description.strip(), "i"), keep_next=True)
        body.table([lb["col_code"], lb["col_indicator"], lb["framtidsbilde"],
                    lb["col_lookfors"]],
                   [[i.code, i.title, (i.description or "").strip(),
                     "\n".join(f"• {x}" for x in i.lookfors)] for i in area.indicators],
                   (1, 3, 5, 5))


def _days(w, first: date | None, last: date | None) -> str:
    if first is None:
        return ""
    if last is None or last == first:
        return w.labels.date(first)
    return f"{w.labels.date(first)}–{w.labels.date(last)}"
