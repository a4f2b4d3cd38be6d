"""Evidence matrix: excerpts per indicator × source (activity kind or respondent group).

An indicator is triangulated when its evidence comes from at least two kinds of source
AND at least two respondent groups (the method's rule: levels 3–4 need two source types).

"By group" puts every excerpt in exactly one column, so the columns add up to the row's total:
an interview's excerpts under its group (or under "several groups" / "no group"), and the
excerpts of every other kind of source (observations, workshops, documents, a survey's
free-text answers) under that kind — an observation's or a workshop's notes are the team's
words, not the group's, and a free-text answer is kept with no link to who wrote it.

A survey question mapped to an indicator is one piece of evidence for it, of kind "survey",
with the question's valence (`question_evidence`). Its answers are counted per group, so by
group it is counted once under each group whose answers may be shown (a survey's group is
heard through its own distribution); only when none may be, under "survey". So survey rows
are the one place where the group columns can add up to more than the row's total. A cell
suppressed by the small-group rule (surveys.suppressed_cells) is a result nobody may read:
it neither makes its group heard nor counts under it, and a question whose overall count is
suppressed is no evidence at all.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from sqlmodel import select

from digifelt.core.models import (
    ACTIVITY_KINDS,
    Activity,
    ActivityGroup,
    Area,
    EvidenceTally,
    Excerpt,
    ExcerptIndicator,
    Indicator,
    RespondentGroup,
    SurveyQuestion,
    SurveyQuestionIndicator,
)
from digifelt.core.models.activity import CORE_KINDS
from digifelt.core.services.common import require_choice
from digifelt.core.services.surveys import (
    ALL,
    SURVEY_KIND,
    ShownDistribution,
    shown_distribution,
    suppressed_cells,
)
from digifelt.storage.database import Database

GROUPINGS = ("kind", "group")
MIN_KINDS = 2
MIN_GROUPS = 2
GROUP_KINDS = ("interview",)  # the kinds whose excerpts a group said
QUESTION_KIND = "survey_question"  # EvidenceItem.kind of a survey question (not an excerpt)
SEVERAL_GROUPS = "~several"  # column keys next to group ids (uuids) and kind names
NO_GROUP = "~none"


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
    heard: tuple[str, ...] = ()  # ids of the groups with evidence, for the triangulation rule

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


def require_grouping(by: str) -> str:
    return require_choice(by, GROUPINGS, "by")


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
        questions = question_evidence(db)  # joins this snapshot
    kind_cells: dict[str, dict[str, Cell]] = defaultdict(lambda: defaultdict(Cell))
    group_cells: dict[str, dict[str, Cell]] = defaultdict(lambda: defaultdict(Cell))
    heard: dict[str, set[str]] = defaultdict(set)
    for act_id, ind_id, n, strengths, gaps in counts:
        if act_id in kind_of:
            kind_cells[ind_id][kind_of[act_id]].add_counts(n, strengths, gaps)
            key = group_column(kind_of[act_id], groups_of.get(act_id, ()))
            group_cells[ind_id][key].add_counts(n, strengths, gaps)
        if n:
            heard[ind_id].update(groups_of.get(act_id, ()))
    for q in questions:
        kind_cells[q.indicator_id][SURVEY_KIND].add(q.valence, 1)
        for key in q.group_ids or (SURVEY_KIND,):
            group_cells[q.indicator_id][key].add(q.valence, 1)
        heard[q.indicator_id].update(q.group_ids)
    used = {key for cells in group_cells.values() for key, c in cells.items() if c.total}
    used_kinds = {key for cells in kind_cells.values() for key, c in cells.items() if c.total}
    # A survey or workshop column only once it has evidence: most projects have none.
    kinds = [k for k in ACTIVITY_KINDS if k in CORE_KINDS or k in used_kinds]
    columns = {"kind": [(k, k) for k in kinds],
               "group": [(g.id, g.name) for g in groups]
               + [(k, k) for k in (SEVERAL_GROUPS, NO_GROUP) if k in used]
               + [(k, k) for k in kinds if k not in GROUP_KINDS
                  and (k != SURVEY_KIND or k in used)]}
    out = {}
    for by in GROUPINGS:
        rows = []
        for ind, area in indicators:
            row = MatrixRow(ind.id, ind.code, ind.title, area.id, area.code, area.title)
            kinds, grps = kind_cells.get(ind.id, {}), group_cells.get(ind.id, {})
            row.kinds = sum(1 for c in kinds.values() if c.total)
            row.heard = tuple(sorted(heard.get(ind.id, ())))
            row.groups = len(row.heard)
            for cell in kinds.values():
                row.total.total += cell.total
                row.total.strengths += cell.strengths
                row.total.gaps += cell.gaps
            row.cells = dict(kinds if by == "kind" else grps)
            rows.append(row)
        out[by] = Matrix(by, list(columns[by]), rows)
    return out


@dataclass(frozen=True)
class QuestionEvidence:
    """A survey question as evidence for one indicator."""

    question_id: str
    indicator_id: str
    activity_id: str
    valence: str
    group_ids: tuple[str, ...]  # the groups whose answers to it may be shown, sorted


def question_evidence(db: Database, indicator_id: str | None = None) -> list[QuestionEvidence]:
    """Every (scale question × indicator it is mapped to) whose overall result may be shown,
    with the groups whose cells may be shown. Counted here rather than in the evidence tally:
    a survey has tens of questions, and its suppression depends on all of its cells at once."""
    with db.read() as s:
        query = (select(SurveyQuestion.id, SurveyQuestionIndicator.indicator_id,
                        SurveyQuestion.activity_id, SurveyQuestion.valence,
                        SurveyQuestion.distribution)
                 .join(SurveyQuestionIndicator,
                       SurveyQuestionIndicator.question_id == SurveyQuestion.id)
                 .where(SurveyQuestion.kind == "scale"))
        if indicator_id is not None:
            query = query.where(SurveyQuestionIndicator.indicator_id == indicator_id)
        rows = s.exec(query.order_by(SurveyQuestion.activity_id, SurveyQuestion.order,
                                     SurveyQuestion.id)).all()
    out = []
    shown_of: dict[str, tuple[str, ...] | None] = {}
    for q_id, ind_id, act_id, valence, dist in rows:
        if q_id not in shown_of:
            shown_of[q_id] = _shown_groups(dist or {})
        if shown_of[q_id] is not None:
            out.append(QuestionEvidence(q_id, ind_id, act_id, valence, shown_of[q_id]))
    return out


def _shown_groups(dist: dict) -> tuple[str, ...] | None:
    """The groups of a question whose answers may be shown; None when not even the overall
    count may be (or nobody answered)."""
    total = int(dist.get("all", {}).get("n", 0))
    groups = {g: int(c.get("n", 0)) for g, c in dist.get("groups", {}).items()}
    hidden = suppressed_cells(total, groups)
    if not total or ALL in hidden:
        return None
    return tuple(sorted(g for g, n in groups.items() if n and g not in hidden))


def group_column(kind: str, group_ids) -> str:
    """The one "by group" column an activity's excerpts are counted in."""
    if kind not in GROUP_KINDS:
        return kind
    group_ids = tuple(group_ids)
    if len(group_ids) == 1:
        return group_ids[0]
    return SEVERAL_GROUPS if group_ids else NO_GROUP


def is_source_column(key: str) -> bool:
    """True for the "by group" columns that are not a group (kinds, several, none)."""
    return key in ACTIVITY_KINDS or key in (SEVERAL_GROUPS, NO_GROUP)


# Cell colours as the evidence page shows them (red: gaps, grey: balanced, green: strengths);
# the GUI and the .xlsx export both take them from here.
GAP_RGB = (0xF2, 0xB8, 0xB5)
MIDDLE_RGB = (0xEE, 0xEE, 0xEE)
STRENGTH_RGB = (0xB9, 0xE0, 0xB0)
AREA_RGB = (0xDF, 0xE3, 0xE8)


def balance_rgb(cell: Cell) -> tuple[int, int, int] | None:
    """Red (all gaps) through grey (balanced or neutral only) to green (all strengths)."""
    if not cell.total:
        return None
    b = cell.balance
    end = STRENGTH_RGB if b > 0 else GAP_RGB
    t = abs(b)
    return tuple(round(m + (e - m) * t) for m, e in zip(MIDDLE_RGB, end, strict=True))


def cell_text(cell: Cell) -> str:
    """A cell as the matrix shows it: "–", the count, or the count with strengths and gaps."""
    if not cell.total:
        return "–"
    if cell.strengths or cell.gaps:
        return f"{cell.total}  +{cell.strengths} −{cell.gaps}"
    return str(cell.total)


@dataclass
class MatrixLine:
    """A row as shown: an area with its indicators' sums, or an indicator."""

    kind: str  # "area" | "indicator"
    id: str
    code: str
    title: str
    cells: dict[str, Cell] = field(default_factory=dict)
    total: Cell = field(default_factory=Cell)
    row: MatrixRow | None = None  # indicator lines
    reason: str = ""  # why an indicator line is not triangulated, in the reader's words


def _sum(cells) -> Cell:
    out = Cell()
    for c in cells:
        out.add_counts(c.total, c.strengths, c.gaps)
    return out


def matrix_lines(matrix: Matrix) -> list[MatrixLine]:
    """Area lines (sums of their indicators) above their indicators, in rubric order."""
    lines: list[MatrixLine] = []
    area: MatrixLine | None = None
    members: list[MatrixRow] = []

    def close_area() -> None:
        if area is not None:
            area.cells = {key: _sum([r.cells[key] for r in members if key in r.cells])
                          for key, _label in matrix.columns}
            area.total = _sum([r.total for r in members])

    for row in matrix.rows:
        if area is None or area.id != row.area_id:
            close_area()
            area = MatrixLine("area", row.area_id, row.area_code, row.area_title)
            members = []
            lines.append(area)
        members.append(row)
        lines.append(MatrixLine("indicator", row.indicator_id, row.code, row.title, row.cells,
                                row.total, row))
    close_area()
    return lines


@dataclass(frozen=True)
class Untriangulated:
    """Why an indicator is not triangulated: the one kind it has, the one group it has."""

    no_evidence: bool = False
    only_kind: str | None = None
    no_group: bool = False
    only_group: str | None = None  # group id


def untriangulated(by_kind: MatrixRow) -> Untriangulated | None:
    """None when triangulated; else what is missing (from the indicator's "by kind" row, which
    knows its kinds; both groupings know the groups heard)."""
    if by_kind.triangulated:
        return None
    if not by_kind.total.total:
        return Untriangulated(no_evidence=True)
    kinds = [k for k in ACTIVITY_KINDS if by_kind.cells.get(k, Cell()).total]
    return Untriangulated(only_kind=kinds[0] if len(kinds) == 1 else None,
                          no_group=not by_kind.heard,
                          only_group=by_kind.heard[0] if len(by_kind.heard) == 1 else None)


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
    # A survey question (kind QUESTION_KIND; excerpt_id is the question's id): its answers
    # as they may be shown. None for an excerpt.
    distribution: ShownDistribution | None = None

    @property
    def is_question(self) -> bool:
        return self.distribution is not None


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
                  by: str = "kind", *, questions: bool = False) -> list[EvidenceItem]:
    """The excerpts behind one matrix cell (or the whole row when column_key is None); with
    `questions`, the survey questions counted in it too, after the excerpts."""
    require_choice(by, GROUPINGS, "by")
    with db.read() as s:
        query = (select(*_ITEM_COLUMNS)
                 .join(ExcerptIndicator, ExcerptIndicator.excerpt_id == Excerpt.id)
                 .join(Activity, Activity.id == Excerpt.activity_id)
                 .where(ExcerptIndicator.indicator_id == indicator_id))
        if column_key is not None and (by == "kind" or column_key in ACTIVITY_KINDS):
            query = query.where(Activity.kind == column_key)
        rows = s.exec(query.order_by(Activity.started_at, Excerpt.created_at)).all()
        items = _items(s, rows)
        if questions:
            asked = question_evidence(db, indicator_id)
            if column_key is not None:
                asked = [q for q in asked if _in_column(q, column_key, by)]
            found = _question_items(s, asked)
    if column_key is not None and by == "group" and column_key not in ACTIVITY_KINDS:
        ids = _group_ids_of(db, {i.activity_id for i in items})
        items = [i for i in items
                 if group_column(i.activity_kind, ids.get(i.activity_id, ())) == column_key]
    return items + found if questions else items


def _in_column(q: QuestionEvidence, key: str, by: str) -> bool:
    if by == "kind":
        return key == SURVEY_KIND
    return key in q.group_ids if q.group_ids else key == SURVEY_KIND


def _question_items(s, asked: list[QuestionEvidence]) -> list[EvidenceItem]:
    if not asked:
        return []
    questions = {q.id: q for q in s.exec(select(SurveyQuestion).where(
        SurveyQuestion.id.in_({q.question_id for q in asked}))).all()}
    surveys = {a.id: a for a in s.exec(select(Activity).where(
        Activity.id.in_({q.activity_id for q in asked}))).all()}
    names = dict(s.exec(select(RespondentGroup.id, RespondentGroup.name)).all())
    out = []
    for q in asked:
        question, survey = questions[q.question_id], surveys[q.activity_id]
        out.append(EvidenceItem(
            q.question_id, question.text, QUESTION_KIND, q.valence, False, None, survey.id,
            survey.kind, survey.title,
            survey.started_at.date().isoformat() if survey.started_at else None,
            tuple(sorted(names.get(g, "?") for g in q.group_ids)), None, None, None,
            distribution=shown_distribution(question, names)))
    return out


def _group_ids_of(db: Database, activity_ids: set[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    ids = list(activity_ids)
    with db.read() as s:
        for i in range(0, len(ids), _BATCH):
            for act_id, group_id in s.exec(
                    select(ActivityGroup.activity_id, ActivityGroup.group_id)
                    .where(ActivityGroup.activity_id.in_(ids[i:i + _BATCH]))).all():
                out[act_id].append(group_id)
    return out


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
