"""`digifelt store list`: the assessments in the store, counted on the server."""

from dataclasses import dataclass

from sqlalchemy import text

from digifelt.store.connection import make_engine, translated
from digifelt.store.schema import require_current


@dataclass(frozen=True)
class Listed:
    id: str
    organisation: str
    title: str
    period: str | None
    rubric: str | None
    published_at: object
    indicators: int
    agreed: int
    quotes: int
    actions: int


_LIST = text("""
SELECT a.id, o.name, a.title, a.period, a.rubric_template_id, a.published_at,
       (SELECT count(*) FROM digifelt.indicator i WHERE i.assessment_id = a.id),
       (SELECT count(*) FROM digifelt.finding f WHERE f.assessment_id = a.id),
       (SELECT count(*) FROM digifelt.quote q WHERE q.assessment_id = a.id),
       (SELECT count(*) FROM digifelt.action x WHERE x.assessment_id = a.id)
FROM digifelt.assessment a JOIN digifelt.organisation o ON o.id = a.organisation_id
ORDER BY lower(o.name), a.period NULLS FIRST, a.published_at, a.id
""")


def list_assessments(url: str) -> list[Listed]:
    engine = make_engine(url)
    try:
        with translated(url, "list the assessments"), engine.connect() as conn:
            require_current(conn)
            return [Listed(*row) for row in conn.execute(_LIST).all()]
    finally:
        engine.dispose()


def listing_lines(found: list[Listed]) -> list[str]:
    if not found:
        return ["the store holds no assessments yet"]
    head = ("organisation", "period", "title", "rubric", "published", "agreed", "quotes",
            "actions", "id")
    rows = [(a.organisation, a.period or "–", a.title, a.rubric or "–",
             a.published_at.strftime("%Y-%m-%d %H:%M"), f"{a.agreed}/{a.indicators}",
             str(a.quotes), str(a.actions), a.id) for a in found]
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    return ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
            for r in [head, *rows]]
