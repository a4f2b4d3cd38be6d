"""Publishing an assessment: one transaction that upserts every row by id and removes the
assessment's rows that are no longer in the file, so publishing again leaves exactly what the
file holds now."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, delete, select, text
from sqlalchemy.dialects.postgresql import insert

from digifelt.store.connection import make_engine, shown, translated
from digifelt.store.content import Publication, read_publication
from digifelt.store.errors import StoreError
from digifelt.store.models import Assessment, Base, Organisation
from digifelt.store.schema import require_current

_CHUNK = 1000  # rows per INSERT: far below PostgreSQL's 65,535 parameters


@dataclass(frozen=True)
class PublishResult:
    url: str
    assessment_id: str
    organisation: str
    title: str
    counts: dict[str, int]
    removed: int
    updated: bool  # the assessment was in the store before
    small_groups_left_out: int

    def summary(self) -> str:
        c = self.counts
        verb = "updated" if self.updated else "published"
        line = (f"{verb} {self.title!r} ({self.organisation}) in {self.url}: "
                f"{c['finding']} agreed findings, {c['indicator']} indicators, "
                f"{c['evidence_count']} evidence counts, {c['quote']} quotes, "
                f"{c['action']} actions")
        if self.removed:
            line += f"; {self.removed} rows no longer in the file removed"
        if self.small_groups_left_out:
            line += (f"; {self.small_groups_left_out} small groups left out of the counts "
                     "by group")
        return line


def _upsert(conn, table, rows: list[dict]) -> None:
    for i in range(0, len(rows), _CHUNK):
        stmt = insert(table).values(rows[i:i + _CHUNK])
        columns = {c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"}
        where = (table.c.assessment_id == stmt.excluded.assessment_id
                 if "assessment_id" in table.c else None)
        conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=columns,
                                                where=where))


def write_publication(conn, pub: Publication) -> tuple[bool, int]:
    """Write `pub` on `conn` (inside its transaction); (was it there before, rows removed)."""
    tables = Base.metadata.tables
    organisation, assessment = Organisation.__table__, Assessment.__table__
    aid = pub.assessment["id"]
    before = conn.execute(select(assessment.c.organisation_id)
                          .where(assessment.c.id == aid)).first()
    # Lock the assessment's rows against a concurrent publication of the same file.
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:aid))"), {"aid": aid})
    _upsert(conn, organisation, [pub.organisation])
    _upsert(conn, assessment, [pub.assessment])
    removed = 0
    for name, rows in pub.rows.items():
        table = tables[f"{organisation.schema}.{name}"]
        ids = [r["id"] for r in rows]
        # The rows that are gone first: a re-used natural key (an indicator's code) may
        # then be taken by a row of a new id.
        gone = delete(table).where(table.c.assessment_id == aid,
                                   table.c.id.not_in(bindparam("ids", expanding=True)))
        removed += conn.execute(gone, {"ids": ids}).rowcount if ids else conn.execute(
            delete(table).where(table.c.assessment_id == aid)).rowcount
        if rows:
            _upsert(conn, table, rows)
    if before is not None and before[0] != pub.organisation["id"]:
        # Renamed organisation: the old name goes once nothing refers to it.
        conn.execute(delete(organisation).where(
            organisation.c.id == before[0],
            ~select(assessment.c.id).where(assessment.c.organisation_id == before[0]).exists()))
    return before is not None, removed


def publish(path: Path, url: str) -> PublishResult:
    """Publish the agreed content of the project at `path` to the store at `url`."""
    from digifelt.exports.project_source import opened

    with opened(Path(path)) as db:
        pub = read_publication(db)
    if not pub.rows["finding"]:
        # A draft is not for the organisation's eyes, nor are its counts without a finding.
        raise StoreError(f"{Path(path).name}: no agreed findings, nothing to publish (agree "
                         "the findings first)")
    engine = make_engine(url)
    try:
        with translated(url, "publish"), engine.begin() as conn:
            require_current(conn)
            updated, removed = write_publication(conn, pub)
    finally:
        engine.dispose()
    return PublishResult(shown(url), pub.assessment["id"], pub.organisation["name"],
                         pub.assessment["title"], {k: len(v) for k, v in pub.rows.items()},
                         removed, updated, pub.small_groups_left_out)
