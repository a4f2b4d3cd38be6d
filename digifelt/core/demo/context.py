"""Seeded ids and times, the pending rows, and the project's rubric as plain lookups."""

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import bindparam, insert, select, text
from sqlmodel import Session

from digifelt.core.models import (
    Activity,
    ActivityAssessor,
    ActivityGroup,
    ActivityParticipant,
    Area,
    AreaSummary,
    Assessor,
    Attachment,
    Blob,
    Entry,
    Excerpt,
    ExcerptIndicator,
    Finding,
    FindingExcerpt,
    Guide,
    GuideQuestion,
    Indicator,
    Participant,
    Project,
    QuestionIndicator,
    RespondentGroup,
    ScaleLevel,
    metadata,
)

# Monday of the visit week, 10:00 Norwegian summer time.
BASE = datetime(2026, 9, 14, 8, 0, tzinfo=UTC)
PLANNED_AT = BASE - timedelta(days=21)

# Parents before children, so foreign keys hold at every statement.
INSERT_ORDER = (
    Assessor, Participant, Activity, ActivityAssessor, ActivityGroup, ActivityParticipant,
    Entry, Blob, Attachment, Excerpt, ExcerptIndicator, Finding, FindingExcerpt, AreaSummary,
)


class Store:
    """Every row the demo adds, held as plain dicts until one bulk insert per table."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.rows: dict[type, list[dict]] = {model: [] for model in INSERT_ORDER}
        # executemany needs the same keys in every dict: start each row from all columns.
        self._blank = {m: {c.name: None for c in m.__table__.columns} for m in INSERT_ORDER}

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, model: type, at: datetime | None = None, **values) -> dict:
        row = dict(self._blank[model])
        if "id" in row:
            row["id"] = self.uid()
            row["created_at"] = row["updated_at"] = at
        row.update(values)
        self.rows[model].append(row)
        return row

    def insert_all(self, session: Session) -> None:
        # Random UUID keys scatter index writes across the file; with SQLite's default
        # 2 MB page cache the large demo would spill to the WAL over and over.
        session.connection().exec_driver_sql("PRAGMA cache_size = -262144")
        for model in INSERT_ORDER:
            if self.rows[model]:
                session.execute(insert(model.__table__), self.rows[model])
        # Inserted: rows added after this (the surveys' tags) are the next batch.
        self.rows = {model: [] for model in INSERT_ORDER}


def rekey_template_rows(session: Session, store: Store) -> None:
    """Give the rows create_project made (project, rubric, guides) seeded ids and times.

    create_project draws random UUIDs and stamps the wall clock; the demo must be the
    same for the same seed, so every such row is re-keyed in insertion (= template) order
    and every foreign key pointing at it follows. Foreign keys are checked at commit.
    """
    conn = session.connection()
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for table in metadata.sorted_tables:
        if "id" not in table.c:
            continue
        old_ids = conn.execute(select(table.c.id).order_by(text("rowid"))).scalars().all()
        _rekey(conn, store, table, old_ids, PLANNED_AT)


def rekey_rows(conn, store: Store, table_name: str, old_ids: list[str],
               at: datetime) -> dict[str, str]:
    """Seeded ids and times for rows a service made (the surveys), in the order given; foreign
    keys and the search index follow. Returns old id → new id."""
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    pairs = _rekey(conn, store, metadata.tables[table_name], old_ids, at)
    # The index maps rows to its documents by id, and its triggers do not watch ids.
    conn.execute(text("UPDATE search_doc SET ref_id = :new_id WHERE ref_id = :old_id"), pairs)
    conn.execute(text("UPDATE search_doc SET activity_id = :new_id WHERE activity_id = :old_id"),
                 pairs)
    return {p["old_id"]: p["new_id"] for p in pairs}


def _rekey(conn, store: Store, table, old_ids: list[str], at: datetime) -> list[dict]:
    if not old_ids:
        return []
    pairs = [{"old_id": old, "new_id": store.uid()} for old in old_ids]
    values = {"id": bindparam("new_id")}
    for stamp in ("created_at", "updated_at"):
        if stamp in table.c:
            values[stamp] = at
    conn.execute(table.update().where(table.c.id == bindparam("old_id")).values(values), pairs)
    for child in metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column is table.c.id:
                col = fk.parent
                conn.execute(child.update().where(col == bindparam("old_id"))
                             .values({col.name: bindparam("new_id")}), pairs)
    return pairs


@dataclass
class Question:
    id: str
    text: str
    codes: tuple[str, ...]


@dataclass
class GuideInfo:
    id: str
    kind: str
    questions: list[Question] = field(default_factory=list)

    def question(self, prefix: str) -> Question | None:
        return next((q for q in self.questions if q.text.startswith(prefix)), None)


@dataclass
class Rubric:
    project_id: str
    area_ids: dict[str, str]  # area code → id, in rubric order
    area_titles: dict[str, str]
    indicator_ids: dict[str, str]  # indicator code → id, in rubric order
    indicator_titles: dict[str, str]
    area_of: dict[str, str]  # indicator code → area code
    indicators_in: dict[str, list[str]]  # area code → indicator codes
    levels: dict[int, str]  # scale value → label
    group_ids: dict[str, str]  # group name → id
    guides: dict[str, GuideInfo]  # template key → guide


def load_rubric(session: Session) -> Rubric:
    areas = session.execute(select(Area.id, Area.code, Area.title)
                            .order_by(Area.order, Area.code)).all()
    area_code = {a.id: a.code for a in areas}
    inds = session.execute(select(Indicator.id, Indicator.code, Indicator.title, Indicator.area_id)
                           .order_by(Indicator.order, Indicator.code)).all()
    inds = sorted(inds, key=lambda i: list(area_code).index(i.area_id))
    indicators_in: dict[str, list[str]] = {a.code: [] for a in areas}
    for ind in inds:
        indicators_in[area_code[ind.area_id]].append(ind.code)
    code_of = {i.id: i.code for i in inds}
    links: dict[str, list[str]] = {}
    for q_id, ind_id in session.execute(
            select(QuestionIndicator.question_id, QuestionIndicator.indicator_id)
            .order_by(QuestionIndicator.question_id, QuestionIndicator.order)).all():
        links.setdefault(q_id, []).append(code_of[ind_id])
    guides: dict[str, GuideInfo] = {}
    by_id: dict[str, GuideInfo] = {}
    for g in session.execute(select(Guide.id, Guide.kind, Guide.template_key)
                             .order_by(Guide.template_key, Guide.title)).all():
        info = GuideInfo(g.id, g.kind)
        by_id[g.id] = info
        if g.template_key:
            guides[g.template_key] = info
    for q in session.execute(select(GuideQuestion.id, GuideQuestion.guide_id, GuideQuestion.text)
                             .order_by(GuideQuestion.guide_id, GuideQuestion.order)).all():
        by_id[q.guide_id].questions.append(Question(q.id, q.text, tuple(links.get(q.id, ()))))
    return Rubric(
        project_id=session.execute(select(Project.id)).scalar_one(),
        area_ids={a.code: a.id for a in areas},
        area_titles={a.code: a.title for a in areas},
        indicator_ids={i.code: i.id for i in inds},
        indicator_titles={i.code: i.title for i in inds},
        area_of={i.code: area_code[i.area_id] for i in inds},
        indicators_in=indicators_in,
        levels=dict(session.execute(select(ScaleLevel.value, ScaleLevel.label)
                                    .order_by(ScaleLevel.value)).all()),
        group_ids=dict(session.execute(select(RespondentGroup.name, RespondentGroup.id)
                                       .order_by(RespondentGroup.name)).all()),
        guides=guides,
    )
