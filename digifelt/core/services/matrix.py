"""Evidence matrix: excerpts per indicator × source (activity kind or respondent group).

An indicator is triangulated when its evidence comes from at least two kinds of source
AND at least two respondent groups (DOMAIN.md §3.1: levels 3–4 need two source types).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import select

from digifelt.core.models import (
    ACTIVITY_KINDS,
    Activity,
    ActivityGroup,
    Area,
    Excerpt,
    ExcerptIndicator,
    Indicator,
    RespondentGroup,
)
from digifelt.core.services.common import require_choice
from digifelt.storage.database import Database

GROUPINGS = ("kind", "group")
MIN_KINDS = 2
MIN_GROUPS = 2


@dataclass
class Cell:
    total: int = 0
    strengths: int = 0
    gaps: int = 0

    def add(self, valence: str, n: int) -> None:
        self.total += n
        if valence == "strength":
            self.strengths += n
        elif valence == "gap":
            self.gaps += n

    @property
    def balance(self) -> float:
        """-1 (all gaps) … +1 (all strengths); 0 when balanced or only neutral evidence."""
        judged = self.strengths + self.gaps
        return 0.0 if not judged else (self.strengths - self.gaps) / judged


@dataclass
class MatrixRow:
    indicator_id: str
    code: str
    title: str
    area_id: str
    area_code: str
    area_title: str
    cells: dict[str, Cell] = field(default_factory=dict)
    total: Cell = field(default_factory=Cell)
    kinds: int = 0
    groups: int = 0

    @property
    def triangulated(self) -> bool:
        return self.kinds >= MIN_KINDS and self.groups >= MIN_GROUPS


@dataclass
class Matrix:
    by: str
    columns: list[tuple[str, str]]  # (key, label): kind name or group id → label
    rows: list[MatrixRow]

    def cell(self, row: int, column: int) -> Cell:
        return self.rows[row].cells.get(self.columns[column][0], Cell())


def evidence_matrix(db: Database, by: str = "kind") -> Matrix:
    """Counts for every indicator in rubric order; two GROUP BY queries, no per-row work."""
    require_choice(by, GROUPINGS, "by")
    with db.read() as s:
        indicators = s.exec(
            select(Indicator, Area).join(Area, Area.id == Indicator.area_id)
            .order_by(Area.order, Area.code, Indicator.order, Indicator.code)).all()
        groups = s.exec(select(RespondentGroup).order_by(RespondentGroup.name)).all()
        by_kind = s.exec(
            select(ExcerptIndicator.indicator_id, Activity.kind, Excerpt.valence, func.count())
            .join(Excerpt, Excerpt.id == ExcerptIndicator.excerpt_id)
            .join(Activity, Activity.id == Excerpt.activity_id)
            .group_by(ExcerptIndicator.indicator_id, Activity.kind, Excerpt.valence)).all()
        by_group = s.exec(
            select(ExcerptIndicator.indicator_id, ActivityGroup.group_id, Excerpt.valence,
                   func.count())
            .join(Excerpt, Excerpt.id == ExcerptIndicator.excerpt_id)
            .join(ActivityGroup, ActivityGroup.activity_id == Excerpt.activity_id)
            .group_by(ExcerptIndicator.indicator_id, ActivityGroup.group_id,
                      Excerpt.valence)).all()
    rows = {ind.id: MatrixRow(ind.id, ind.code, ind.title, area.id, area.code, area.title)
            for ind, area in indicators}
    kind_cells: dict[str, dict[str, Cell]] = defaultdict(lambda: defaultdict(Cell))
    group_cells: dict[str, dict[str, Cell]] = defaultdict(lambda: defaultdict(Cell))
    for ind_id, kind, valence, n in by_kind:
        kind_cells[ind_id][kind].add(valence, n)
    for ind_id, group_id, valence, n in by_group:
        group_cells[ind_id][group_id].add(valence, n)
    for ind_id, row in rows.items():
        kinds, grps = kind_cells.get(ind_id, {}), group_cells.get(ind_id, {})
        row.kinds = sum(1 for c in kinds.values() if c.total)
        row.groups = sum(1 for c in grps.values() if c.total)
        for cell in kinds.values():
            row.total.total += cell.total
            row.total.strengths += cell.strengths
            row.total.gaps += cell.gaps
        row.cells = dict(kinds if by == "kind" else grps)
    if by == "kind":
        columns = [(k, k) for k in ACTIVITY_KINDS]
    else:
        columns = [(g.id, g.name) for g in groups]
    return Matrix(by, columns, list(rows.values()))


@dataclass(frozen=True)
class EvidenceItem:
    excerpt_id: str
    text: str
    kind: str
    valence: str
    starred: bool
    page: int | None
    activity_id: str
    activity_kind: str
    activity_title: str
    activity_date: str | None
    group_names: tuple[str, ...]
    entry_id: str | None
    start: int | None
    end: int | None


def cell_evidence(db: Database, indicator_id: str, column_key: str | None = None,
                  by: str = "kind") -> list[EvidenceItem]:
    """The excerpts behind one matrix cell (or the whole row when column_key is None)."""
    require_choice(by, GROUPINGS, "by")
    with db.read() as s:
        query = (select(Excerpt, Activity)
                 .join(ExcerptIndicator, ExcerptIndicator.excerpt_id == Excerpt.id)
                 .join(Activity, Activity.id == Excerpt.activity_id)
                 .where(ExcerptIndicator.indicator_id == indicator_id))
        if column_key is not None and by == "kind":
            query = query.where(Activity.kind == column_key)
        elif column_key is not None:
            query = query.where(Activity.id.in_(
                select(ActivityGroup.activity_id).where(ActivityGroup.group_id == column_key)))
        pairs = s.exec(query.order_by(Activity.started_at, Excerpt.created_at)).all()
        act_ids = {a.id for _x, a in pairs}
        names: dict[str, list[str]] = defaultdict(list)
        if act_ids:
            for act_id, name in s.exec(
                    select(ActivityGroup.activity_id, RespondentGroup.name)
                    .join(RespondentGroup, RespondentGroup.id == ActivityGroup.group_id)
                    .where(ActivityGroup.activity_id.in_(act_ids))).all():
                names[act_id].append(name)
    return [EvidenceItem(x.id, x.text, x.kind, x.valence, x.starred, x.page, a.id, a.kind,
                         a.title, a.started_at.date().isoformat() if a.started_at else None,
                         tuple(sorted(names.get(a.id, []))), x.entry_id, x.start, x.end)
            for x, a in pairs]
