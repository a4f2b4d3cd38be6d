"""The report's opening: title page, table of contents, foreword, the municipality,
introduction and method; and the closing chapters: overall assessment and follow-up."""

from collections import Counter

from digifelt.exports.report.chapters_surveys import method_surveys


def front_matter(w) -> None:
    d, lb, body = w.data, w.labels, w.body
    body.para((d.title, "c"), "Title", spacing_before=2400)
    body.para((d.organisation, "c"), "Subtitle")
    if d.version is not None:
        body.para((version_line(w), "b"), spacing_before=240)
    if getattr(d, "is_draft", False):
        body.para((lb["tp_draft"], "b"), spacing_before=240)
    body.para([(f"{lb['tp_date']}: ", "b"), lb.date(d.written)])
    w._labelled(lb["tp_version"], d.report_version, "ph_version")
    body.para([(f"{lb['tp_status']}: ", "b"),
               lb["tp_draft"] if getattr(d, "is_draft", False) else lb["tp_final"]])
    w._labelled(lb["tp_commissioner"], d.commissioner, "ph_commissioner")
    w._labelled(lb["tp_assessor_org"], d.assessing_org, "ph_assessor_org")
    w._labelled(lb["team"], ", ".join(d.team), "ph_team")
    w._labelled(lb["period"], d.period, "ph_period")
    if d.rubric_title:
        body.para([(f"{lb['rubric']}: ", "b"), (d.rubric_title, "c")])
    body.para(lb["toc"], "TOC Heading", break_before=True)
    body.toc(levels=2)


def version_line(w) -> str:
    """"Versjon 2 – endelig rapport, etter faktasjekk": which version of the report this is."""
    v, lb = w.data.version, w.labels
    if v.kind == "draft":
        return lb["fc_version_draft"].format(n=v.number)
    return lb["fc_version_final" if v.drafts else "fc_version_final_plain"].format(n=v.number)


def opening_chapters(w) -> None:
    lb, body = w.labels, w.body
    w._chapter(lb["ch_foreword"])
    body.placeholder(lb["ph_foreword"])
    w._chapter(lb["summary"])
    body.placeholder(lb["ph_summary"])
    w._chapter(lb["ch_municipality"])
    body.placeholder(lb["ph_municipality"])
    w._chapter(lb["ch_intro"])
    for title, placeholder in (("intro_background", "ph_intro_background"),
                               ("intro_purpose", "ph_intro_purpose"),
                               ("intro_scope", "ph_intro_scope")):
        body.heading(2, lb[title])
        body.placeholder(lb[placeholder])
    body.heading(2, lb["intro_reading"])
    if w.data.areas:
        # The area chapters come right after the method chapter, the next one.
        first = w.chapters + 2
        body.para(lb["intro_reading_text"].format(first=first,
                                                  last=first + len(w.data.areas) - 1))
    method(w)


def method(w) -> None:
    lb, body, acts = w.labels, w.body, w.data.activities
    w._chapter(lb["ch_method"])
    kinds = Counter(a.kind for a in acts)
    if kinds["interview"] or kinds["observation"] or kinds["document_review"]:
        body.para(lb["method_lead"].format(
            interviews=lb.count("interviews", kinds["interview"]),
            observations=lb.count("observations", kinds["observation"]),
            documents=lb.count("documents", kinds["document_review"])))
    elif not acts:
        body.placeholder(lb["ph_sources"])
    # Only surveys or workshops: their own lines below say what the assessment draws on.
    days = sorted({d for a in acts for d in (a.day, a.last_day) if d is not None})
    if days:
        first, last = lb.date(days[0]), lb.date(days[-1])
        body.para(lb["method_dates" if first != last else "method_date"].format(
            first=first, last=last))
    interview_table(w)
    observations = sorted((a for a in acts if a.kind == "observation"),
                          key=lambda a: (a.day is None, a.day, a.title))
    if observations:
        body.para(lb["method_observed"], keep_next=True)
        body.table([lb["col_title"], lb["col_date"], lb["col_place"], lb["col_audience"]],
                   [[(a.title, "c"), lb.date(a.day), (a.place or "", "c"),
                     str(a.headcount) if a.headcount else ""] for a in observations])
        body.para(lb["method_audience"])
    workshop_lines(w)
    method_surveys(w)
    for group in w.data.small_groups:
        body.placeholder(lb["ph_small_group"].format(group=group))
    planned = sum(a.planned for a in acts)
    if planned:
        body.placeholder(lb["ph_planned"].format(n=planned))
    # What the area chapters print, said once here (wording in labels_sources.py).
    for key in ("method_attribution", "method_basis", "method_not_agreed",
                "method_not_assessed"):
        body.para(lb[key])
    body.para(lb["method_scale"], keep_next=True)
    scale_table(w)
    body.placeholder(lb["ph_method"])


def interview_table(w) -> None:
    """Interviews by who took part: each composition of groups, how many conversations and
    how many people in all (a head count only where every conversation has one)."""
    lb = w.labels
    sessions: dict[tuple[str, ...], list[int | None]] = {}
    for a in w.data.activities:
        if a.kind == "interview" and not a.planned:
            sessions.setdefault(a.groups, []).append(a.headcount)
    if not sessions:
        return
    rows = []
    for groups, counts in sorted(sessions.items(), key=lambda x: [g.casefold() for g in x[0]]):
        people = sum(c for c in counts if c) if all(c for c in counts) else None
        rows.append([(" + ".join(groups) or "—", "c"), str(len(counts)),
                     str(people) if people is not None else "—"])
    w.body.para(lb["method_who"], keep_next=True)
    w.body.table([lb["col_groups"], lb["col_sessions"], lb["col_people"]], rows)


def workshop_lines(w) -> None:
    """Workshops on a line of their own ("2 verksteder med 27 folkevalgte"): their head count
    is an audience, so it must never be added to the people interviewed."""
    lb, body = w.labels, w.body
    held = [a for a in w.data.activities if a.kind == "workshop" and not a.planned]
    if not held:
        return
    sessions: dict[tuple[str, ...], list[int | None]] = {}
    for a in held:
        sessions.setdefault(a.groups, []).append(a.headcount)
    parts = []
    for groups, counts in sorted(sessions.items(), key=lambda x: [g.casefold() for g in x[0]]):
        n = lb.count("workshops", len(counts))
        names = " / ".join(g if any(c.isupper() for c in g[1:]) else g.lower() for g in groups)
        people = sum(c for c in counts if c) if all(c for c in counts) else None
        if people is not None and names:
            parts.append(lb["workshop_people"].format(workshops=n, people=people, groups=names))
        elif names:
            parts.append(lb["workshop_groups"].format(workshops=n, groups=names)
                         + f" ({lb['workshop_unknown']})")
        else:
            parts.append(n)
    body.para(lb["method_workshops"].format(parts=", ".join(parts)), keep_next=True)
    held.sort(key=lambda a: (a.day is None, a.day, a.title))
    body.table([lb["col_title"], lb["col_date"], lb["col_place"], lb["col_people"]],
               [[(a.title, "c"), lb.date(a.day), (a.place or "", "c"),
                 str(a.headcount) if a.headcount else ""] for a in held])
    body.para(lb["method_workshop_note"])


def scale_table(w) -> None:
    lb = w.labels
    w.body.table([lb["col_level"], lb["col_label"], lb["col_description"]],
                 [[str(s.value), (s.label, "c"), (s.description or "", "c")]
                  for s in w.data.scale])


def overall(w) -> None:
    """Overall assessment: the writers' synthesis, and the levels of every indicator once."""
    lb, body = w.labels, w.body
    w._chapter(lb["ch_overall"])
    body.placeholder(lb["ph_overall"])
    body.para(lb["overview"], keep_next=True)
    rows = []
    for area in w.data.areas:
        rows.append([(area.code, "b"), (area.title, "bc"), ""])
        rows.extend([ind.code, (ind.title, "c"), _overview_level(w, ind)]
                    for ind in area.indicators)
    body.table([lb["col_code"], lb["col_indicator"], lb["col_level"]], rows)


def _overview_level(w, ind):
    """"Ikke vurdert" only where the team decided so; a level not yet set is a gap to fill."""
    if ind.not_assessed:
        return w.labels["not_assessed"]
    if ind.level:
        return w._level(ind.level)
    return (w.labels["ph_level_short"], "p")


def follow_up(w) -> None:
    w._chapter(w.labels["ch_followup"])
    w.body.placeholder(w.labels["ph_followup"])
