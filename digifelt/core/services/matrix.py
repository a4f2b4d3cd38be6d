"""Evidence matrix: excerpts per indicator × source (activity kind or respondent group).

An indicator is triangulated when its evidence comes from at least two kinds of source
AND at least two respondent groups (the method's rule: levels 3–4 need two source types).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import select

from digifelt.core.models import (
    ACTIVITY_KINDS,
    Activity,
    ActivityGroup,
    Area,
    Entry,
    EvidenceTally,
    Excerpt,
    ExcerptIndicator,
    GuideQuestion,
    Indicator,
    RespondentGroup,
)
from digifelt.core.services.common import get_or_raise, require_choice
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

    def add_counts(self, total: int, strengths: int, gaps: int) -> None:
        self.total += total
        self.strengths += strengths
        self.gaps += gaps

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
    """Counts for every indicator in rubric order, grouped by activity kind or by group."""
    require_choice(by, GROUPINGS, "by")
    return evidence_matrices(db)[by]


def evidence_matrices(db: Database) -> dict[str, Matrix]:
    """Both groupings ("kind" and "group") from one snapshot and one pass over the tally:
    counts per indicator × activity × valence, then summed per kind and per group here,
    so a view can switch between the two without asking the database again."""
    with db.read() as s:
        indicators = s.exec(
            select(Indicator, Area).join(Area, Area.id == Indicator.area_id)
            .order_by(Area.order, Area.code, Indicator.order, Indicator.code)).all()
        groups = s.exec(select(RespondentGroup).order_by(RespondentGroup.name)).all()
        kind_of = dict(s.exec(select(Activity.id, Activity.kind)).all())
        groups_of: dict[str, list[str]] = defaultdict(list)
        for act_id, group_id in s.exec(select(ActivityGroup.activity_id,
                                              ActivityGroup.group_id)).all():
            groups_of[act_id].append(group_id)
        # Kept per activity × indicator by triggers (storage/tally.py): grouping every
        # tag here would cost a sort of the whole tag table on each refresh.
        counts = s.exec(select(EvidenceTally.activity_id, EvidenceTally.indicator_id,
                               EvidenceTally.n, EvidenceTally.strengths,
                               EvidenceTally.gaps)).all()
    kind_cells: dict[str, dict[str, Cell]] = defaultdict(lambda: defaultdict(Cell))
    group_cells: dict[str, dict[str, Cell]] = defaultdict(lambda: defaultdict(Cell))
    for act_id, ind_id, n, strengths, gaps in counts:
        if act_id in kind_of:
            kind_cells[ind_id][kind_of[act_id]].add_counts(n, strengths, gaps)
        for group_id in groups_of.get(act_id, ()):
            group_cells[ind_id][group_id].add_counts(n, strengths, gaps)
    columns = {"kind": [(k, k) for k in ACTIVITY_KINDS],
               "group": [(g.id, g.name) for g in groups]}
    out = {}
    for by in GROUPINGS:
        rows = []
        for ind, area in indicators:
            row = MatrixRow(ind.id, ind.code, ind.title, area.id, area.code, area.title)
            kinds, grps = kind_cells.get(ind.id, {}), group_cells.get(ind.id, {})
            row.kinds = sum(1 for c in kinds.values() if c.total)
            row.groups = sum(1 for c in grps.values() if c.total)
            for cell in kinds.values():
                row.total.total += cell.total
                row.total.strengths += cell.strengths
                row.total.gaps += cell.gaps
            row.cells = dict(kinds if by == "kind" else grps)
            rows.append(row)
        out[by] = Matrix(by, list(columns[by]), rows)
    return out


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
    memo: str | None = None
    detached: bool = False


_ITEM_COLUMNS = (Excerpt.id, Excerpt.text, Excerpt.kind, Excerpt.valence, Excerpt.starred,
                 Excerpt.page, Activity.id, Activity.kind, Activity.title, Activity.started_at,
                 Excerpt.entry_id, Excerpt.start, Excerpt.end, Excerpt.memo, Excerpt.detached)


def _items(s, rows) -> list[EvidenceItem]:
    """Rows of _ITEM_COLUMNS → items, each with the names of its activity's groups."""
    act_ids = list({r[6] for r in rows})
    names: dict[str, list[str]] = defaultdict(list)
    for i in range(0, len(act_ids), _BATCH):
        for act_id, name in s.exec(
                select(ActivityGroup.activity_id, RespondentGroup.name)
                .join(RespondentGroup, RespondentGroup.id == ActivityGroup.group_id)
                .where(ActivityGroup.activity_id.in_(act_ids[i:i + _BATCH]))).all():
            names[act_id].append(name)
    return [EvidenceItem(x_id, text, kind, valence, bool(starred), page, a_id, a_kind, a_title,
                         started.date().isoformat() if started else None,
                         tuple(sorted(names.get(a_id, []))), entry_id, start, end, memo,
                         bool(detached))
            for (x_id, text, kind, valence, starred, page, a_id, a_kind, a_title, started,
                 entry_id, start, end, memo, detached) in rows]


_BATCH = 500  # IN lists are sent in slices: SQLite limits the number of bound variables


def cell_evidence(db: Database, indicator_id: str, column_key: str | None = None,
                  by: str = "kind") -> list[EvidenceItem]:
    """The excerpts behind one matrix cell (or the whole row when column_key is None)."""
    require_choice(by, GROUPINGS, "by")
    with db.read() as s:
        query = (select(*_ITEM_COLUMNS)
                 .join(ExcerptIndicator, ExcerptIndicator.excerpt_id == Excerpt.id)
                 .join(Activity, Activity.id == Excerpt.activity_id)
                 .where(ExcerptIndicator.indicator_id == indicator_id))
        if column_key is not None and by == "kind":
            query = query.where(Activity.kind == column_key)
        elif column_key is not None:
            query = query.where(Activity.id.in_(
                select(ActivityGroup.activity_id).where(ActivityGroup.group_id == column_key)))
        rows = s.exec(query.order_by(Activity.started_at, Excerpt.created_at)).all()
        return _items(s, rows)


def evidence_items(db: Database, excerpt_ids: list[str]) -> list[EvidenceItem]:
    """These excerpts as evidence items, in the order given; unknown ids are left out."""
    found = []
    with db.read() as s:
        for i in range(0, len(excerpt_ids), _BATCH):
            found += s.exec(select(*_ITEM_COLUMNS)
                            .join(Activity, Activity.id == Excerpt.activity_id)
                            .where(Excerpt.id.in_(excerpt_ids[i:i + _BATCH]))).all()
        items = {item.excerpt_id: item for item in _items(s, found)}
    return [items[x] for x in dict.fromkeys(excerpt_ids) if x in items]


@dataclass(frozen=True)
class ExcerptContext:
    """The words around an excerpt in its notes, and the guide question they answer."""

    before: str
    text: str
    after: str
    question: str | None = None


def excerpt_context(db: Database, excerpt_id: str, width: int = 240) -> ExcerptContext:
    """Up to `width` characters either side of the excerpt, cut at a word boundary."""
    with db.read() as s:
        excerpt = get_or_raise(s, Excerpt, excerpt_id, "excerpt")
        entry = s.get(Entry, excerpt.entry_id) if excerpt.entry_id else None
        question = s.get(GuideQuestion, entry.question_id) if entry and entry.question_id else None
    if (entry is None or excerpt.detached or excerpt.start is None or excerpt.end is None
            or entry.text[excerpt.start:excerpt.end] != excerpt.text):
        return ExcerptContext("", excerpt.text, "", question.text if question else None)
    before = entry.text[max(0, excerpt.start - width):excerpt.start]
    after = entry.text[excerpt.end:excerpt.end + width]
    if excerpt.start > width and " " in before:
        before = "…" + before[before.index(" ") + 1:]
    if excerpt.end + width < len(entry.text) and " " in after:
        after = after[:after.rindex(" ")] + "…"
    return ExcerptContext(before, excerpt.text, after, question.text if question else None)
