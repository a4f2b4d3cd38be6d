"""`digifelt store compare`: levels per indicator × assessment, with the evidence basis of each
cell, computed by the server in one query (filters, joins, counts per kind, the spread of
levels per indicator); only the table is laid out here."""

from dataclasses import dataclass, field

from sqlalchemy import bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.types import Text

from digifelt.store.connection import make_engine, translated
from digifelt.store.errors import StoreError
from digifelt.store.schema import require_current

_ASSESSMENTS = """
SELECT a.id, o.name AS organisation, a.title, a.period, a.rubric_template_id, a.language,
       a.published_at
FROM digifelt.assessment a JOIN digifelt.organisation o ON o.id = a.organisation_id
WHERE (CAST(:rubric AS text) IS NULL OR a.rubric_template_id = :rubric)
  AND (CAST(:orgs AS text[]) IS NULL OR lower(o.name) = ANY(:orgs))
"""

_CELLS = text(f"""
WITH chosen AS ({_ASSESSMENTS}),
by_kind AS (
  SELECT e.assessment_id, e.indicator_code,
         string_agg(e.source || ' ' || e.total, ', ' ORDER BY e.total DESC, e.source) AS kinds
  FROM digifelt.evidence_count e JOIN chosen c ON c.id = e.assessment_id
  WHERE e.dimension = 'kind' GROUP BY e.assessment_id, e.indicator_code),
quoted AS (
  SELECT q.assessment_id, q.indicator_code, count(*) AS n
  FROM digifelt.quote q JOIN chosen c ON c.id = q.assessment_id
  GROUP BY q.assessment_id, q.indicator_code)
SELECT c.id, i.code, i.area_code, i.title, i.area_title,
       min(i.position) OVER (PARTITION BY i.code) AS row_order,
       f.level, f.status IS NOT NULL AS agreed,
       i.evidence, i.strengths, i.gaps, i.kinds, i.groups, i.triangulated,
       coalesce(k.kinds, '') AS by_kind, coalesce(q.n, 0) AS quotes,
       round(avg(f.level) OVER (PARTITION BY i.code), 2) AS mean_level,
       min(f.level) OVER (PARTITION BY i.code) AS min_level,
       max(f.level) OVER (PARTITION BY i.code) AS max_level
FROM chosen c
JOIN digifelt.indicator i ON i.assessment_id = c.id
LEFT JOIN digifelt.finding f ON f.assessment_id = c.id AND f.indicator_code = i.code
LEFT JOIN by_kind k ON k.assessment_id = c.id AND k.indicator_code = i.code
LEFT JOIN quoted q ON q.assessment_id = c.id AND q.indicator_code = i.code
ORDER BY row_order, i.code, c.published_at DESC
""").bindparams(bindparam("orgs", type_=ARRAY(Text)))


@dataclass(frozen=True)
class Column:
    id: str
    organisation: str
    title: str
    period: str | None
    rubric: str | None
    language: str
    published_at: object


@dataclass
class Cell:
    level: int | None
    agreed: bool
    evidence: int
    strengths: int
    gaps: int
    kinds: int
    groups: int
    triangulated: bool
    by_kind: str  # "interview 6, document_review 1" (kind names as stored)
    quotes: int


@dataclass
class Line:
    code: str
    area_code: str
    title: str
    area_title: str
    mean: float | None
    low: int | None
    high: int | None
    cells: dict[str, Cell] = field(default_factory=dict)  # assessment id → cell


@dataclass
class Comparison:
    columns: list[Column]
    lines: list[Line]


def compare(url: str, *, rubric: str | None = None,
            organisations: list[str] | None = None) -> Comparison:
    orgs = [" ".join(o.split()).lower() for o in organisations] if organisations else None
    params = {"rubric": rubric, "orgs": orgs}
    engine = make_engine(url)
    try:
        with translated(url, "compare"), engine.connect() as conn:
            require_current(conn)
            columns = [Column(*r) for r in conn.execute(
                text(_ASSESSMENTS + " ORDER BY lower(o.name), a.period NULLS FIRST, "
                     "a.published_at, a.id").bindparams(bindparam("orgs", type_=ARRAY(Text))),
                params).all()]
            if not columns:
                raise StoreError("no assessment in the store matches"
                                 + (f" rubric {rubric!r}" if rubric else "")
                                 + (" and" if rubric and orgs else "")
                                 + (f" organisation {', '.join(organisations)}" if orgs else ""))
            rubrics = sorted({c.rubric or "–" for c in columns})
            if len(rubrics) > 1:
                raise StoreError(f"the assessments use {len(rubrics)} rubrics "
                                 f"({', '.join(rubrics)}): choose one with --rubric")
            rows = conn.execute(_CELLS, params).all()
    finally:
        engine.dispose()
    lines: dict[str, Line] = {}
    for (aid, code, area_code, title, area_title, _order, level, agreed, evidence, strengths,
         gaps, kinds, groups, triangulated, by_kind, quotes, mean, low, high) in rows:
        # Newest publication first: its titles name the line.
        line = lines.setdefault(code, Line(code, area_code, title, area_title,
                                           float(mean) if mean is not None else None, low, high))
        line.cells[aid] = Cell(level, agreed, evidence, strengths, gaps, kinds, groups,
                               triangulated, by_kind, quotes)
    return Comparison(columns, list(lines.values()))
