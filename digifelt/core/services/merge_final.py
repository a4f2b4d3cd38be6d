"""What a merge settles once every kind is merged: anchors in the final texts, unique values,
and the rubric objects only this project has (core.services.merge_plan)."""

from digifelt.core.anchoring import nearest_occurrence
from digifelt.core.services.merge_report import MergeError, describe, label
from digifelt.core.services.snapshot import BY_NAME, KINDS


def reanchor(plan) -> None:
    """Span excerpts point into the final text of their entry (or are flagged detached)."""
    entries, excerpts = plan.final["entry"], plan.final["excerpt"]
    changed_entries = {i for i in plan.touched["entry"]
                       if entries.get(i) != plan.original.rows["entry"].get(i)}
    for ex_id, ex in list(excerpts.items()):
        if ex_id not in plan.touched["excerpt"] and ex.get("entry_id") not in changed_entries:
            continue
        if ex.get("entry_id") is None or ex.get("start") is None:
            continue
        text = entries[ex["entry_id"]]["text"]
        if not ex.get("detached") and text[ex["start"]:ex["end"]] == ex["text"]:
            continue
        # A function of the final text, the quote and its last position only, so every
        # order of merging ends with the same anchors (a detached excerpt whose words are
        # back in the final text is attached again).
        span = nearest_occurrence(text, ex["text"], ex["start"])
        if span is None:
            if not ex.get("detached"):
                excerpts[ex_id] = {**ex, "detached": True}
        else:
            excerpts[ex_id] = {**ex, "start": span.start, "end": span.end,
                               "detached": False}

def check_unique(plan) -> None:
    for kind in KINDS:
        check_unique_rows(kind, plan.final[kind.name].values())


def check_unique_rows(kind, rows) -> None:
    for col in kind.unique:
        seen: dict = {}
        for row in rows:
            value = row.get(col)
            if value in seen:
                raise MergeError(
                    f"two {label(kind.name)}s would both have {col} {value!r} "
                    f"({seen[value]} and {row['id']}); change one of them and export "
                    "again")
            seen[value] = row["id"]

def report_local_only_rubric(plan) -> None:
    incoming_ids = {k: {r["id"] for r in plan.data.rows.get(k, [])}
                    for k in ("scale_level", "area", "indicator")}
    for name, ids in incoming_ids.items():
        for obj_id, row in plan.final[name].items():
            if obj_id not in ids:
                plan.report.rubric_mismatches.append(
                    f"{describe(BY_NAME[name], row)} is only in this project")
