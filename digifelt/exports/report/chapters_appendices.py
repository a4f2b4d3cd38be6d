"""The appendices: interview guides, observation forms, documents reviewed, activities and
the look-fors of the rubric (its scale is in the method chapter, the desired futures in
the area chapters: neither is repeated here)."""

from datetime import date

from digifelt.exports.report.chapters_surveys import questionnaires


def appendices(w) -> None:
    lb, body, d = w.labels, w.body, w.data
    w._chapter(lb["appendices"])
    guides(w, "interview", "app_guides", "no_guides")
    guides(w, "observation", "app_forms", "no_forms")
    questionnaires(w)

    body.heading(2, lb["app_docs"])
    if d.documents:
        body.table([lb["col_title"], lb["col_type"], lb["col_date"], lb["col_owner"]],
                   [[(doc.title, "c"), (doc.doc_type or "", "c"), lb.date(doc.doc_date),
                     (doc.owner or "", "c")] for doc in d.documents])
    else:
        body.para(lb["no_documents"])

    body.heading(2, lb["app_acts"])
    if d.activities:
        ordered = sorted(d.activities, key=lambda a: (a.day or date.max, a.kind, a.title))
        body.table([lb["col_date"], lb["col_title"], lb["col_about"], lb["col_people"]],
                   [[_days(w, a.day, a.last_day), (a.title, "c"), _about(w, a), _people(a)]
                    for a in ordered])
    else:
        body.para(lb["no_activities"])

    body.heading(2, lb["app_lookfors"])
    for area in d.areas:
        body.para((area.title, "bc"), keep_next=True, spacing_before=240)
        body.table([lb["col_code"], lb["col_indicator"], lb["col_lookfors"]],
                   [[i.code, (i.title, "c"), ("\n".join(f"• {x}" for x in i.lookfors), "c")]
                    for i in area.indicators], (1, 3, 6))
    if d.version is not None and d.version.kind == "final" and d.version.drafts:
        fact_check(w)


def fact_check(w) -> None:
    """How the organisation's comments on the draft(s) were handled, one row per comment."""
    lb, body, v = w.labels, w.body, w.data.version
    body.heading(2, lb["fc_appendix"])
    for number, to, day in v.drafts:
        key = ("fc_sent" if to and day else "fc_sent_no_day" if to
               else "fc_sent_to_unknown" if day else "fc_sent_plain")
        body.para(lb[key].format(n=number, to=to, day=lb.date(day)))
    if not v.comments:
        body.para(lb["fc_none"])
        return
    handled = {r: sum(c.response == r for c in v.comments) for r in ("accepted", "not_accepted")}
    body.para(lb["fc_counts"].format(comments=lb.count("fc_comments", len(v.comments)),
                                     accepted=handled["accepted"],
                                     not_accepted=handled["not_accepted"]))
    rows = []
    for c in v.comments:
        verdict = lb[f"fc_{c.response}"]
        rows.append([(c.about or lb["fc_general"], "c"),
                     (", ".join(x for x in (c.commenter, lb.date(c.received)) if x), "c"),
                     (c.text, "c"),
                     (f"{verdict}: {c.response_text}" if c.response_text else verdict, "c")])
    body.table([lb["col_fc_about"], lb["col_fc_from"], lb["col_fc_comment"],
                lb["col_fc_response"]], rows, (2, 2, 4, 4))


def guides(w, kind: str, title_key: str, none_key: str) -> None:
    lb, body = w.labels, w.body
    body.heading(2, lb[title_key])
    chosen = [g for g in w.data.guides if g.kind == kind]
    if not chosen:
        body.para(lb[none_key])
    for guide in chosen:
        body.para((guide.title, "bc"), keep_next=True, spacing_before=240)
        if guide.group:
            body.para(lb["guide_group"].format(group=guide.group), keep_next=True)
        body.table([lb["col_code"], lb["col_question"], lb["col_indicators"]],
                   [[str(n), (text, "c"), ", ".join(codes)]
                    for n, (text, codes) in enumerate(guide.questions, start=1)])


def _about(w, a) -> str:
    """What the activity was, in a few words: with whom, or where and for what audience."""
    lb = w.labels
    if a.kind == "interview":
        groups = ", ".join(a.groups)
        return lb["about_interview"].format(groups=groups) if groups else \
            lb["about_interview_none"]
    if a.kind == "observation":
        parts = [lb["about_observation"], *([a.place] if a.place else []),
                 *([lb["about_audience"].format(n=a.headcount)] if a.headcount else [])]
        return ", ".join(parts)
    if a.kind == "workshop":
        groups = ", ".join(a.groups)
        return ", ".join([lb["about_workshop_groups"].format(groups=groups) if groups
                          else lb["about_workshop"], *([a.place] if a.place else [])])
    return lb["about_document"] if a.kind == "document_review" else lb[a.kind]


def _people(a) -> str:
    """How many took part: an interview's people, a workshop's participants (an audience:
    a number, never names), a survey's respondents ("<5" when fewer than five)."""
    from digifelt.core.services.privacy import is_small_group
    from digifelt.core.services.surveys import SUPPRESSED

    if not a.headcount or a.kind not in ("interview", "workshop", "survey"):
        return ""
    if a.kind == "survey" and is_small_group(a.headcount):
        return SUPPRESSED
    return str(a.headcount)


def _days(w, first: date | None, last: date | None) -> str:
    if first is None:
        return ""
    if last is None or last == first:
        return w.labels.date(first)
    if w.labels.lang == "nb" and first.year == last.year:
        # "24.8.–4.9.2026": the year once, so the column stays narrow enough for its words.
        return f"{first.day}.{first.month}.–{w.labels.date(last)}"
    return f"{w.labels.date(first)}–{w.labels.date(last)}"
