"""A project as plain rows: what bundles are made from and what merges consume.

The *row form* of an object is a dict of its table's columns with JSON-ready values
(times as ISO 8601 with Z, dates as ISO dates) plus its link lists (an excerpt's
`indicator_ids`, an activity's `group_ids`, …). It is the same on both sides of a merge,
so two versions can be compared, hashed and stored as a conflict copy as they are.
"""

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache

from sqlalchemy import Boolean, Date, Table, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import JSON
from sqlmodel import Session

from digifelt.core.ids import iso_z, parse_iso_z
from digifelt.core.models import Blob, metadata
from digifelt.core.models.types import UtcDateTime
from digifelt.storage.database import Database


@dataclass(frozen=True)
class Link:
    """A link table owned by one kind: its rows follow the owner's winning version."""

    field: str  # list of target ids in the row form
    table: str
    owner_col: str
    target_col: str
    target: str  # kind of the targets
    order_field: str | None = None  # parallel list of the link table's `order` values


@dataclass(frozen=True)
class Kind:
    name: str  # = table name
    refs: tuple[tuple[str, str], ...] = ()  # (column, kind it points at)
    links: tuple[Link, ...] = ()
    natural_key: str | None = None  # a unique column that identifies the object across files
    rubric: bool = False  # matched by id only; never added to an existing project by a merge
    derived: tuple[str, ...] = ()  # recomputed after a merge, so not part of the content
    unique: tuple[str, ...] = ()  # unique columns (besides the key)

    @property
    def table(self) -> Table:
        return metadata.tables[self.name]


# Parents before children: a merge inserts in this order.
KINDS: tuple[Kind, ...] = (
    Kind("project"),
    Kind("assessor"),
    Kind("scale_level", rubric=True, unique=("value",)),
    Kind("area", rubric=True, unique=("code",)),
    Kind("indicator", refs=(("area_id", "area"),), rubric=True, unique=("code",)),
    Kind("respondent_group", natural_key="name", unique=("name",)),
    Kind("participant", refs=(("group_id", "respondent_group"),)),
    Kind("guide", refs=(("group_id", "respondent_group"),)),
    Kind("activity", refs=(("guide_id", "guide"),),
         links=(Link("assessor_ids", "activity_assessor", "activity_id", "assessor_id",
                     "assessor"),
                Link("group_ids", "activity_group", "activity_id", "group_id",
                     "respondent_group"),
                Link("participant_ids", "activity_participant", "activity_id",
                     "participant_id", "participant"))),
    # After activity: an ad-hoc question may belong to one activity.
    Kind("guide_question", refs=(("guide_id", "guide"), ("activity_id", "activity")),
         links=(Link("indicator_ids", "question_indicator", "question_id", "indicator_id",
                     "indicator", order_field="indicator_orders"),)),
    Kind("entry", refs=(("activity_id", "activity"), ("question_id", "guide_question"),
                        ("author_id", "assessor"))),
    Kind("attachment", refs=(("activity_id", "activity"), ("entry_id", "entry"))),
    Kind("excerpt", refs=(("entry_id", "entry"), ("attachment_id", "attachment"),
                          ("activity_id", "activity"), ("author_id", "assessor")),
         links=(Link("indicator_ids", "excerpt_indicator", "excerpt_id", "indicator_id",
                     "indicator"),),
         derived=("start", "end", "detached")),
    Kind("finding", refs=(("indicator_id", "indicator"), ("author_id", "assessor")),
         links=(Link("excerpt_ids", "finding_excerpt", "finding_id", "excerpt_id", "excerpt",
                     order_field="excerpt_orders"),),
         natural_key="indicator_id", unique=("indicator_id",)),
    Kind("area_summary", refs=(("area_id", "area"), ("author_id", "assessor")),
         natural_key="area_id", unique=("area_id",)),
    Kind("provisional_level", refs=(("indicator_id", "indicator"), ("assessor_id", "assessor"))),
    Kind("survey_question", refs=(("activity_id", "activity"),),
         links=(Link("indicator_ids", "survey_question_indicator", "question_id", "indicator_id",
                     "indicator"),
                Link("entry_ids", "survey_answer", "question_id", "entry_id", "entry"))),
)
BY_NAME = {k.name: k for k in KINDS}
TIMESTAMPS = ("created_at", "updated_at")

Row = dict  # row form: column values (JSON-ready) and link lists


def _to_json(value, coltype):
    if value is None:
        return None
    if isinstance(coltype, UtcDateTime):
        return iso_z(value)
    if isinstance(coltype, Date):
        return value.isoformat()
    if isinstance(coltype, Boolean):
        return bool(value)
    if isinstance(coltype, JSON):
        return json.loads(json.dumps(value))  # a copy: lists (a scale) and objects alike
    return value


def _from_json(value, coltype):
    if value is None:
        return None
    if isinstance(coltype, UtcDateTime):
        return parse_iso_z(value)
    if isinstance(coltype, Date):
        return date.fromisoformat(value)
    if isinstance(coltype, Boolean):
        return bool(value)
    return value


def columns(kind: Kind) -> list[str]:
    return [c.name for c in kind.table.columns]


def to_db(kind: Kind, row: Row) -> dict:
    """The row's column values as Python objects the table accepts."""
    return {c.name: _from_json(row.get(c.name), c.type) for c in kind.table.columns}


# -- SQLite fast path -------------------------------------------------------------------
# Reading or writing a whole project through SQLAlchemy's type processing costs seconds
# for the large demo; on SQLite the stored formats are simple (SQLAlchemy writes times as
# 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC, dates as 'YYYY-MM-DD', booleans as 0/1, JSON as
# text), so rows are converted with string operations instead. Other databases take the
# portable path above.

def _ts_from_db(v: str) -> str:
    if len(v) == 26 and v[10] == " ":
        return f"{v[:10]}T{v[11:]}Z"
    return iso_z(datetime.fromisoformat(v).replace(tzinfo=UTC))


def _ts_to_db(v: str) -> str:
    if len(v) == 27 and v[10] == "T" and v[26] == "Z":
        return f"{v[:10]} {v[11:26]}"
    return parse_iso_z(v).replace(tzinfo=None).isoformat(" ", "microseconds")


def _codec(coltype):
    """(from database, to database) converters of a column's raw SQLite values, or None."""
    if isinstance(coltype, UtcDateTime):
        return _ts_from_db, _ts_to_db
    if isinstance(coltype, Boolean):
        return bool, int
    if isinstance(coltype, JSON):
        return json.loads, json.dumps
    return None


@cache
def _sqlite_plan(kind_name: str):
    table = BY_NAME[kind_name].table
    names = [c.name for c in table.columns]
    codecs = [(c.name, _codec(c.type)) for c in table.columns if _codec(c.type)]
    quoted = ", ".join(f'"{n}"' for n in names)
    return names, codecs, quoted


def _is_sqlite(conn) -> bool:
    return conn.dialect.name == "sqlite"


def _fetch_all(conn, sql: str) -> list[tuple]:
    """Rows as plain tuples from the sqlite3 connection under `conn` (same transaction):
    SQLAlchemy's per-row result objects cost a third of reading the large demo. Errors
    are raised as SQLAlchemy's, as they would be through `conn`."""
    try:
        return conn.connection.dbapi_connection.execute(sql).fetchall()
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, None, exc, sqlite3.Error) from exc


def _fetch_table(conn, kind: Kind) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    if _is_sqlite(conn):
        names, codecs, quoted = _sqlite_plan(kind.name)
        records = _fetch_all(conn, f'SELECT {quoted} FROM "{kind.name}"')
        for record in records:
            row = dict(zip(names, record, strict=True))
            for name, (out, _in) in codecs:
                if row[name] is not None:
                    row[name] = out(row[name])
            rows[row["id"]] = row
        return rows
    cols = list(kind.table.columns)
    for record in conn.execute(select(kind.table)):
        row = {c.name: _to_json(v, c.type) for c, v in zip(cols, record, strict=True)}
        rows[row["id"]] = row
    return rows


def insert_rows(conn, kind: Kind, rows: list[Row]) -> None:
    if not rows:
        return
    if not _is_sqlite(conn):
        conn.execute(insert(kind.table), [to_db(kind, r) for r in rows])
        return
    names, codecs, quoted = _sqlite_plan(kind.name)
    into = dict(codecs)
    converted = [(i, into[n][1]) for i, n in enumerate(names) if n in into]
    values = []
    for row in rows:
        record = [row.get(n) for n in names]
        for i, convert in converted:
            if record[i] is not None:
                record[i] = convert(record[i])
        values.append(tuple(record))
    marks = ", ".join("?" for _ in names)
    conn.exec_driver_sql(f'INSERT INTO "{kind.name}" ({quoted}) VALUES ({marks})', values)


def update_row(conn, kind: Kind, row: Row, old_id: str | None = None) -> None:
    """Write every column of `row` over the row with id `old_id` (default: its own id)."""
    table = kind.table
    conn.execute(update(table).where(table.c.id == (old_id or row["id"]))
                 .values(**to_db(kind, row)))


def canonical_json(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _digest(value) -> str:
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def content_hash(kind: Kind, row: Row) -> str:
    """What the object says, without when it was said: equal hashes = no conflict."""
    skip = set(TIMESTAMPS) | set(kind.derived)
    if kind.natural_key:
        skip.add("id")
    return _digest({k: v for k, v in row.items() if k not in skip})


def full_hash(kind: Kind, row: Row) -> str:
    """Everything but an assigned id: the last tie-break between two versions."""
    return _digest({k: v for k, v in row.items() if not (kind.natural_key and k == "id")})


@dataclass
class Snapshot:
    """All merged tables of one project in row form, keyed by kind then id."""

    rows: dict[str, dict[str, Row]] = field(default_factory=dict)
    blob_sizes: dict[str, int] = field(default_factory=dict)
    # Histories (core.services.versions): the vector of each alive object that has one,
    # the tombstones, and the open conflicts (versions concurrent with the current one).
    versions: dict[str, dict[str, dict]] = field(default_factory=dict)  # {"vv", "by"}
    tombstones: list[dict] = field(default_factory=list)
    siblings: list[dict] = field(default_factory=list)

    def __iter__(self) -> Iterator[tuple[Kind, Row]]:
        for kind in KINDS:
            for row in self.rows.get(kind.name, {}).values():
                yield kind, row

    def count(self) -> int:
        return sum(len(v) for v in self.rows.values())


def read_rows(s: Session) -> Snapshot:
    """Every merged table in row form, in one transaction (the caller's)."""
    conn = s.connection()
    snap = Snapshot()
    for kind in KINDS:
        rows = _fetch_table(conn, kind)
        for link in kind.links:
            for row in rows.values():
                row[link.field] = []
                if link.order_field:
                    row[link.order_field] = []
            lt = metadata.tables[link.table]
            cols = [lt.c[link.owner_col], lt.c[link.target_col]]
            order = [lt.c[link.owner_col]]
            if link.order_field:
                cols.append(lt.c["order"])
                order.append(lt.c["order"])
            order.append(lt.c[link.target_col])
            query = select(*cols).order_by(*order)
            if _is_sqlite(conn):  # plain text columns: skip the result processing
                compiled = query.compile(dialect=conn.dialect)
                records = _fetch_all(conn, str(compiled))
            else:
                records = conn.execute(query).fetchall()
            for record in records:
                owner = rows.get(record[0])
                if owner is None:
                    continue
                owner[link.field].append(record[1])
                if link.order_field:
                    owner[link.order_field].append(record[2])
        snap.rows[kind.name] = rows
    snap.blob_sizes = dict(conn.execute(select(Blob.sha256, Blob.size)).all())
    _read_histories(conn, snap)
    return snap


def _read_histories(conn, snap: Snapshot) -> None:
    from digifelt.core.models import Conflict, Revision
    from digifelt.core.services.versions import parse

    snap.versions = {k.name: {} for k in KINDS}
    for r in conn.execute(select(Revision.__table__).order_by(Revision.kind,
                                                               Revision.object_id)):
        if r.kind not in snap.versions:
            continue
        if r.deleted_at is None:
            if r.object_id in snap.rows[r.kind]:
                snap.versions[r.kind][r.object_id] = {"vv": parse(r.vv), "by": r.by}
        elif r.object_id not in snap.rows[r.kind]:
            snap.tombstones.append({"kind": r.kind, "id": r.object_id, "vv": parse(r.vv),
                                    "deleted_at": iso_z(r.deleted_at),
                                    "by": r.by})
    table = Conflict.__table__
    for r in conn.execute(select(table).where(table.c.resolved == False)  # noqa: E712
                          .order_by(table.c.object_kind, table.c.object_id, table.c.id)):
        if r.object_kind not in snap.versions:
            continue
        snap.siblings.append({
            "kind": r.object_kind, "object_id": r.object_id, "vv": parse(r.vv),
            "version": None if r.deleted else json.loads(r.version),
            "deleted_at": iso_z(r.version_updated_at) if r.deleted else None,
            "by": r.by, "source": r.source})


def read_snapshot(db: Database) -> Snapshot:
    """The whole project in row form, from one consistent read snapshot."""
    with db.read() as s:
        return read_rows(s)


def read_blob(db: Database, sha256: str) -> bytes:
    """The stored content with this SHA-256 (content is immutable, so a short transaction)."""
    from digifelt.core.errors import NotFoundError

    with db.read() as s:
        data = s.execute(select(Blob.data).where(Blob.sha256 == sha256)).scalar_one_or_none()
    if data is None:
        raise NotFoundError(f"file content {sha256[:12]}… is missing from the project")
    return data


def read_blobs(db: Database, shas) -> Iterator[tuple[str, bytes]]:
    """(sha256, content) for each of these, one at a time from one read snapshot."""
    from digifelt.core.errors import NotFoundError

    with db.read() as s:
        conn = s.connection()
        for sha in shas:
            data = conn.execute(select(Blob.data).where(Blob.sha256 == sha)).scalar()
            if data is None:
                raise NotFoundError(f"file content {sha[:12]}… is missing from the project")
            yield sha, data


def read_object(s: Session, kind: Kind, obj_id: str) -> Row | None:
    """One object in row form (with its links), or None."""
    conn = s.connection()
    table = kind.table
    record = conn.execute(select(table).where(table.c.id == obj_id)).first()
    if record is None:
        return None
    row = {c.name: _to_json(v, c.type) for c, v in zip(table.columns, record, strict=True)}
    for link in kind.links:
        lt = metadata.tables[link.table]
        order = [lt.c["order"]] if link.order_field else []
        found = conn.execute(select(lt).where(lt.c[link.owner_col] == obj_id)
                             .order_by(*order, lt.c[link.target_col])).mappings().all()
        row[link.field] = [r[link.target_col] for r in found]
        if link.order_field:
            row[link.order_field] = [r["order"] for r in found]
    return row


def replace_links(conn, kind: Kind, row: Row, *, old_ids: tuple[str, ...] = ()) -> None:
    """Make the object's link rows exactly its row form's link lists."""
    from sqlalchemy import delete, insert

    for link in kind.links:
        lt = metadata.tables[link.table]
        conn.execute(delete(lt).where(lt.c[link.owner_col].in_({row["id"], *old_ids})))
        values = link_rows(link, [row])
        if values:
            conn.execute(insert(lt), values)


def insert_links(conn, link: Link, rows: list[Row]) -> None:
    """The link rows of these (new) owners."""
    values = link_rows(link, rows)
    if not values:
        return
    if not _is_sqlite(conn):
        conn.execute(insert(metadata.tables[link.table]), values)
        return
    names = list(values[0])
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    conn.exec_driver_sql(f'INSERT INTO "{link.table}" ({quoted}) VALUES ({marks})',
                         [tuple(v.values()) for v in values])


def link_rows(link: Link, rows: list[Row]) -> list[dict]:
    values = []
    for row in rows:
        for n, target in enumerate(row.get(link.field) or []):
            item = {link.owner_col: row["id"], link.target_col: target}
            if link.order_field:
                item["order"] = row[link.order_field][n]
            values.append(item)
    return values
