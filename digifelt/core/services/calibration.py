"""Calibration: each assessor's own provisional level (and a short rationale) per indicator,
and the moderation view of where the team's levels disagree.

Provisional levels are the team's input to moderation, never a result: no report or export
prints them. The agreed level stays the finding's level (services.findings).

Disagreement rule (`ModerationRow.disagrees`): the provisional levels given for an indicator
are not all the same (more than one distinct level). A rationale without a level takes no
side. A row is `open` while the team disagrees and the finding is not yet settled (agreed, or
deliberately not assessed): settling the finding is how moderation ends, since each assessor
can change only their own provisional level, on their own laptop. An agreed level that
differs from someone's provisional level is therefore not a disagreement to resolve again;
the row stays available (settled) for anyone who wants to see how the team got there.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import select

from digifelt.core.errors import ValidationError
from digifelt.core.ids import derived_id
from digifelt.core.models import (
    Assessor,
    Finding,
    Indicator,
    ProvisionalLevel,
    ScaleLevel,
)
from digifelt.core.services import matrix
from digifelt.core.services.common import apply_changes, get_or_raise
from digifelt.storage.database import Database

SETTLED_STATUSES = ("agreed", "not_assessed")


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()  # a field not given keeps its stored value


def provisional_id(indicator_id: str, assessor_id: str) -> str:
    """The same id in every assessor's file, so a teammate's bundle updates the same row."""
    return derived_id("provisional-level", f"{indicator_id}/{assessor_id}")


def _check_level(s, level) -> None:
    if level is None:
        return
    if isinstance(level, bool) or not isinstance(level, int):
        raise ValidationError(f"level must be a whole number on the scale, not {level!r}")
    if level not in set(s.exec(select(ScaleLevel.value)).all()):
        raise ValidationError(f"level {level} is not on the scale")


def set_provisional_level(db: Database, indicator_id: str, assessor_id: str, *,
                          level: int | None | _Keep = KEEP,
                          rationale: str | None | _Keep = KEEP) -> ProvisionalLevel | None:
    """Set this assessor's provisional level and/or rationale for the indicator.

    A field not given keeps its value; None clears it, and so does a blank rationale. When
    both are clear the row is removed (None is returned): "no opinion yet" is no row.
    """
    if isinstance(rationale, str) and not rationale.strip():
        rationale = None
    with db.transaction() as s:
        get_or_raise(s, Indicator, indicator_id, "indicator")
        get_or_raise(s, Assessor, assessor_id, "assessor")
        if level is not KEEP:
            _check_level(s, level)
        row = s.exec(select(ProvisionalLevel).where(
            ProvisionalLevel.indicator_id == indicator_id,
            ProvisionalLevel.assessor_id == assessor_id)).first()
        changes = {}
        if level is not KEEP:
            changes["level"] = level
        if rationale is not KEEP:
            changes["rationale"] = rationale
        new_level = changes.get("level", row.level if row is not None else None)
        new_rationale = changes.get("rationale", row.rationale if row is not None else None)
        if new_level is None and new_rationale is None:
            if row is not None:
                s.delete(row)
                s.flush()
            return None
        if row is None:
            row = ProvisionalLevel(id=provisional_id(indicator_id, assessor_id),
                                   indicator_id=indicator_id, assessor_id=assessor_id)
            s.add(row)
        elif all(getattr(row, k) == v for k, v in changes.items()):
            return row  # nothing to change: no new version for teammates to merge
        apply_changes(row, changes, ("level", "rationale"))
        s.flush()
        return row


def provisional_levels(db: Database, indicator_id: str | None = None) -> list[ProvisionalLevel]:
    """Every provisional level (or the indicator's), by indicator, then assessor's name."""
    with db.read() as s:
        query = (select(ProvisionalLevel)
                 .join(Assessor, Assessor.id == ProvisionalLevel.assessor_id)
                 .order_by(ProvisionalLevel.indicator_id, Assessor.name, Assessor.id))
        if indicator_id is not None:
            query = query.where(ProvisionalLevel.indicator_id == indicator_id)
        return list(s.exec(query).all())


def provisional_level(db: Database, indicator_id: str,
                      assessor_id: str) -> ProvisionalLevel | None:
    """One assessor's provisional level for the indicator, or None if they have given none."""
    with db.read() as s:
        return s.exec(select(ProvisionalLevel).where(
            ProvisionalLevel.indicator_id == indicator_id,
            ProvisionalLevel.assessor_id == assessor_id)).first()


@dataclass(frozen=True)
class AssessorLevel:
    assessor_id: str
    name: str
    initials: str | None
    level: int | None
    rationale: str | None

    @property
    def short(self) -> str:
        return self.initials or self.name


@dataclass
class ModerationRow:
    indicator_id: str
    code: str
    title: str
    area_code: str
    levels: list[AssessorLevel] = field(default_factory=list)  # by assessor's name
    low: int | None = None  # spread of the levels given (None when only rationales)
    high: int | None = None
    distinct: int = 0
    finding_level: int | None = None  # the finding's current (agreed or draft) level
    finding_status: str = "draft"
    evidence: int = 0  # excerpts tagged to the indicator
    triangulated: bool = False

    @property
    def disagrees(self) -> bool:
        return self.distinct > 1

    @property
    def settled(self) -> bool:
        return self.finding_status in SETTLED_STATUSES

    @property
    def open(self) -> bool:
        """Still to moderate: the team disagrees and has not settled the finding."""
        return self.disagrees and not self.settled

    def level_of(self, assessor_id: str) -> AssessorLevel | None:
        return next((x for x in self.levels if x.assessor_id == assessor_id), None)


def moderation(db: Database) -> list[ModerationRow]:
    """Every indicator with at least one provisional level, in rubric order, from one
    snapshot: who said what, the spread, the finding as it stands and its evidence."""
    with db.read() as s:
        people = {a.id: a for a in s.exec(select(Assessor)).all()}
        given: dict[str, list[AssessorLevel]] = defaultdict(list)
        for p in s.exec(select(ProvisionalLevel)).all():
            who = people.get(p.assessor_id)
            if who is None:
                continue
            given[p.indicator_id].append(AssessorLevel(who.id, who.name, who.initials,
                                                       p.level, p.rationale))
        if not given:
            return []
        found = {f.indicator_id: f for f in s.exec(
            select(Finding).where(Finding.indicator_id.in_(list(given)))).all()}
        # Rubric order, evidence counts and triangulation as the Evidence page shows them.
        by_kind = matrix.evidence_matrix(db, "kind")
    rows = []
    for line in by_kind.rows:
        levels = given.get(line.indicator_id)
        if not levels:
            continue
        levels.sort(key=lambda x: (x.name.casefold(), x.assessor_id))
        values = [x.level for x in levels if x.level is not None]
        finding = found.get(line.indicator_id)
        rows.append(ModerationRow(
            line.indicator_id, line.code, line.title, line.area_code, levels,
            low=min(values) if values else None, high=max(values) if values else None,
            distinct=len(set(values)),
            finding_level=finding.level if finding is not None else None,
            finding_status=finding.status if finding is not None else "draft",
            evidence=line.total.total, triangulated=line.triangulated))
    return rows
