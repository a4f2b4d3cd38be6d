"""What a merge does to one incoming row before it is weighed: its references pointed at
this project's objects, its link lists in the form every file writes them, and whether it
can be merged at all. Shared by the planner (merge_plan), the streamed merge (merge_stream)
and the adoption of a bundle as a new project (merge_adopt)."""

from collections.abc import Callable
from dataclasses import dataclass

from digifelt.core.services.merge_report import MergeError, MergeReport, describe, label
from digifelt.core.services.snapshot import BY_NAME, Kind, Row


def link_lists(link, row: Row, redirect=lambda t: t, keep=lambda t: True) -> dict:
    """A row's link list (and its orders) as every file writes it: targets redirected, those
    not kept left out, each once, in order (by position where the link is ordered, else by
    id)."""
    ids, orders = row.get(link.field) or [], row.get(link.order_field) or []
    if link.order_field and len(orders) != len(ids):
        orders = list(range(len(ids)))
    kept_ids, kept_orders = [], []
    for n, target_id in enumerate(ids):
        target_id = redirect(target_id)
        if not keep(target_id) or target_id in kept_ids:
            continue
        kept_ids.append(target_id)
        if link.order_field:
            kept_orders.append(orders[n])
    if not link.order_field:
        return {link.field: sorted(kept_ids)}
    pairs = sorted(zip(kept_orders, kept_ids, strict=True))
    return {link.field: [t for _, t in pairs], link.order_field: [o for o, _ in pairs]}


@dataclass
class RowChecks:
    """What preparing an incoming row asks of the project it goes into."""

    redirect: dict[str, dict[str, str]]  # kind → id in the bundle → id here (unified)
    in_rubric: Callable[[str, str], bool]  # (rubric kind, id): in this project's rubric
    on_scale: Callable[[object], bool]  # a finding's level is on this project's scale
    has_blob: Callable[[str], bool]  # a file content (SHA-256) is here or in the bundle
    report: MergeReport
    dropped: dict[str, int]  # what was left out, counted


def prepare_row(kind: Kind, raw: Row, checks: RowChecks) -> Row | None:
    """The incoming row with its references pointed at this project's objects; None when it
    cannot be merged (reported)."""
    row = dict(raw)
    for col, target in kind.refs:
        value = row.get(col)
        if value is None:
            continue
        value = checks.redirect[target].get(value, value)
        row[col] = value
        if not BY_NAME[target].rubric or checks.in_rubric(target, value):
            continue
        why = ("its area is not in this project's rubric" if kind.rubric else
               f"its {label(target)} is not in this project's rubric")
        checks.report.rubric_mismatches.append(f"{describe(kind, row)}: {why} (not merged)")
        return None
    for link in kind.links:
        redirect = checks.redirect[link.target]

        def kept(target_id: str, link=link) -> bool:
            if not BY_NAME[link.target].rubric or checks.in_rubric(link.target, target_id):
                return True
            what = f"{label(link.target)} link(s) of {label(kind.name)}s not merged " \
                   f"(the {label(link.target)} is not in this project's rubric)"
            checks.dropped[what] = checks.dropped.get(what, 0) + 1
            return False

        row.update(link_lists(link, row, lambda t, r=redirect: r.get(t, t), kept))
    if kind.name == "finding" and not checks.on_scale(row.get("level")):
        # The services accept only levels on the scale; this project's scale lacks it.
        checks.report.rubric_mismatches.append(
            f"finding {row['id']}: level {row['level']} is not on this project's scale "
            "(not merged)")
        return None
    if kind.name == "attachment" and not checks.has_blob(row.get("sha256")):
        raise MergeError(f"attachment {row['id']}: its file content is missing")
    return row
