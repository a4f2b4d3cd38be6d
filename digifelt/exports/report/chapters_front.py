"""The report's opening: title page, table of contents, summary, introduction, method."""

from collections import Counter


def front_matter(w) -> None:
    d, lb, body = w.data, w.labels, w.body
    body.para(d.title, "Title", spacing_before=2400)
    body.para(d.organisation, "Subtitle")
    w._labelled(lb["period"], d.period, "ph_period")
    if d.rubric_title:
        body.para([(f"{lb['rubric']}: ", "b"), d.rubric_title])
    w._labelled(lb["team"], ", ".join(d.team), "ph_team")
    body.para(lb["toc"], "TOC Heading", break_before=True)
    body.toc(levels=2)


def opening_chapters(w) -> None:
    lb, body = w.labels, w.body
    w._chapter(lb["summary"])
    body.placeholder(lb["ph_summary"])
    body.para(lb["overview"], keep_next=True)
    rows = []
    for area in w.data.areas:
        rows.append([(area.code, "b"), (area.title, "b"), ""])
        rows.extend([ind.code, ind.title, w._level(ind.level)] for ind in area.indicators)
    body.table([lb["col_code"], lb["col_indicator"], lb["col_level"]], rows, (1, 6, 3))

    w._chapter(lb["intro"])
    body.placeholder(lb["ph_intro"])
    method(w)


def method(w) -> None:
    lb, body, acts = w.labels, w.body, w.data.activities
    w._chapter(lb["method"])
    kinds = Counter(a.kind for a in acts)
    if acts:
        body.para(lb["method_lead"].format(
            interviews=lb.count("interviews", kinds["interview"]),
            observations=lb.count("observations", kinds["observation"]),
            documents=lb.count("documents", kinds["document_review"])))
    else:
        body.placeholder(lb["ph_sources"])
    days = sorted({d for a in acts for d in (a.day, a.last_day) if d is not None})
    if days:
        first, last = lb.date(days[0]), lb.date(days[-1])
        body.para(lb["method_dates" if first != last else "method_date"].format(
            first=first, last=last))
    interviews: dict[str, list[int]] = {}
    for a in acts:
        if a.kind == "interview":
            key = " + ".join(a.groups) or "—"
            count = interviews.setdefault(key, [0, 0])
            count[0] += 1
            count[1] += a.headcount or 0
    if interviews:
        body.para(lb["method_groups"], keep_next=True)
        body.table([lb["col_group"], lb["col_count"], lb["col_headcount"]],
                   [[g, str(n), str(people) if people else "—"]
                    for g, (n, people) in sorted(interviews.items())], (5, 2, 3))
    for group in w.data.small_groups:
        body.placeholder(lb["ph_small_group"].format(group=group))
    planned = sum(a.planned for a in acts)
    if planned:
        body.placeholder(lb["ph_planned"].format(n=planned))
    body.para(lb["method_no_names"])
    body.para(lb["method_scale"], keep_next=True)
    scale_table(w)
    body.placeholder(lb["ph_method"])


def scale_table(w) -> None:
    lb = w.labels
    w.body.table([lb["col_level"], lb["col_label"], lb["col_description"]],
                    [[str(s.value), s.label, s.description or ""] for s in w.data.scale],
                    (1, 3, 6))
