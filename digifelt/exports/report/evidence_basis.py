"""What each indicator's judgement rests on: every excerpt tagged to it, not only the quotes
the team chose, counted by kind of source and by distinct respondent group.

A reader of the report must see how broad the basis is ("Grunnlag: 6 intervjuer (3 grupper),
2 observasjoner, 1 dokument — triangulert") and be warned when a high level rests on one kind
of source or one group. Counts come from the evidence tally (kept per activity × indicator by
triggers), so the cost is three queries whatever the project's size, inside the report's
snapshot. Triangulation follows the matrix's rule, so the report and the matrix agree.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from digifelt.storage.database import Database

# Printed in this order; a kind not listed (a future one) is printed after them.
KIND_ORDER = ("interview", "observation", "document_review", "survey", "workshop")
# Levels from here up need a broad basis (the method: levels 3–4 need two source types).
HIGH_LEVEL = 3


@dataclass(frozen=True)
class EvidenceBasis:
    """Activities with at least one excerpt tagged to the indicator, per activity kind."""

    activities: dict[str, int] = field(default_factory=dict)  # kind -> number of activities
    excerpts: int = 0  # tags to the indicator, all sources
    groups: int = 0  # distinct groups over all its sources
    groups_by_kind: dict[str, int] = field(default_factory=dict)  # kind -> distinct groups

    @property
    def kinds(self) -> int:
        return sum(1 for n in self.activities.values() if n)

    @property
    def triangulated(self) -> bool:
        from digifelt.core.services.matrix import MIN_GROUPS, MIN_KINDS

        return self.kinds >= MIN_KINDS and self.groups >= MIN_GROUPS

    def ordered_kinds(self) -> list[str]:
        rank = {k: n for n, k in enumerate(KIND_ORDER)}
        return sorted((k for k, n in self.activities.items() if n),
                      key=lambda k: (rank.get(k, len(rank)), k))


def evidence_bases(db: Database) -> dict[str, EvidenceBasis]:
    """The basis of every indicator that has any evidence, by indicator id.

    A mapped survey question is one item of evidence for each of its indicators, heard from
    the groups whose answers may be shown, by the matrix's own rule (question_evidence); a
    free-text answer counts like any note."""
    from sqlmodel import select

    from digifelt.core.models import Activity, ActivityGroup, EvidenceTally
    from digifelt.core.services.matrix import question_evidence

    with db.read() as s:
        kind_of = dict(s.exec(select(Activity.id, Activity.kind)).all())
        groups_of: dict[str, set[str]] = defaultdict(set)
        for act_id, group_id in s.exec(select(ActivityGroup.activity_id,
                                              ActivityGroup.group_id)).all():
            groups_of[act_id].add(group_id)
        tally = s.exec(select(EvidenceTally.activity_id, EvidenceTally.indicator_id,
                              EvidenceTally.n)).all()
        questions = question_evidence(db)
    acts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    heard: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    excerpts: dict[str, int] = defaultdict(int)
    for act_id, ind_id, n in tally:
        if n <= 0 or act_id not in kind_of:
            continue
        kind = kind_of[act_id]
        acts[ind_id][kind].add(act_id)
        heard[ind_id][kind] |= groups_of[act_id]
        excerpts[ind_id] += n
    for q in questions:
        if q.activity_id not in kind_of:
            continue
        kind = kind_of[q.activity_id]
        acts[q.indicator_id][kind].add(q.activity_id)
        heard[q.indicator_id][kind] |= set(q.group_ids)
        excerpts[q.indicator_id] += 1
    out = {}
    for ind_id, by_kind in acts.items():
        per_kind = heard[ind_id]
        out[ind_id] = EvidenceBasis(
            activities={k: len(ids) for k, ids in by_kind.items()},
            excerpts=excerpts[ind_id],
            groups=len(set().union(*per_kind.values())),
            groups_by_kind={k: len(g) for k, g in per_kind.items()})
    return out


def _label(labels, key: str, fallback: str):
    try:
        return labels[key]
    except KeyError:
        return labels[fallback]


def _plural(labels, key: str, n: int, fallback: str | None = None) -> str:
    one, many = _label(labels, key, fallback or key)
    return (one if n == 1 else many).format(n=n)


def basis_line(basis: EvidenceBasis | None, labels) -> str:
    """"Grunnlag: 6 intervjuer (3 grupper), 2 observasjoner, 1 dokument — triangulert"."""
    head = labels["basis"]
    if basis is None or not basis.kinds:
        return f"{head}: {labels['basis_none']}"
    parts = []
    for kind in basis.ordered_kinds():
        text = _plural(labels, f"basis_{kind}", basis.activities[kind], "basis_other")
        if kind in ("interview", "survey") and basis.groups_by_kind.get(kind):
            text += f" ({_plural(labels, 'basis_groups', basis.groups_by_kind[kind])})"
        parts.append(text)
    verdict = labels["basis_triangulated" if basis.triangulated else "basis_not_triangulated"]
    return f"{head}: {', '.join(parts)} — {verdict}"


def basis_warning(basis: EvidenceBasis | None, level: int | None, labels) -> str | None:
    """A warning when a level of HIGH_LEVEL or more rests on too narrow a basis, else None."""
    if level is None or level < HIGH_LEVEL:
        return None
    if basis is None or not basis.kinds:
        return labels["warn_no_basis"].format(level=level)
    if basis.kinds == 1:
        kind = basis.ordered_kinds()[0]
        sources = _label(labels, f"warn_only_{kind}", "warn_only_other")
        if basis.groups == 1:
            return labels["warn_one_kind_one_group"].format(level=level, sources=sources)
        return labels["warn_one_kind"].format(level=level, sources=sources)
    if basis.groups == 1:
        return labels["warn_one_group"].format(level=level)
    if basis.groups == 0:
        return labels["warn_no_group"].format(level=level)
    return None
