"""A project's rows in row form a batch at a time, for exports that must not hold the whole
project (a project five times the large demo is 325 MB as rows). SQLite only: the portable
whole-project read is snapshot.read_rows.

Each batch is the same row form read_rows gives (the table's columns in table order, then
the link lists), in an order the caller names. The order is SQL's and matches
convert's `_sorted`: a missing value counts as "" (COALESCE), texts compare by code point
(SQLite's BINARY collation compares UTF-8 bytes, which orders the same), and times compare
as stored, which orders as their ISO form does because SQLAlchemy always stores them as
'YYYY-MM-DD HH:MM:SS.ffffff'. Ties fall back to the table's rowid, the order read_rows
meets rows in.
"""

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence

from sqlalchemy.exc import DBAPIError

from digifelt.core.models import metadata
from digifelt.core.services.snapshot import BY_NAME, Kind, Row, _is_sqlite, _sqlite_plan

BATCH = 500  # rows a batch; also the links' IN (…) list, well under SQLite's 999 variables


def raw_connection(conn) -> sqlite3.Connection | None:
    """The sqlite3 connection under a SQLAlchemy connection (same transaction), or None when
    the project is not in SQLite."""
    return conn.connection.dbapi_connection if _is_sqlite(conn) else None


def execute(raw: sqlite3.Connection, sql: str, params: Sequence = ()) -> sqlite3.Cursor:
    """A cursor over the query; errors are raised as SQLAlchemy's, as read_rows raises them."""
    try:
        return raw.execute(sql, tuple(params))
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, params, exc, sqlite3.Error) from exc


def order_sql(keys: Sequence[str], alias: str = "t") -> str:
    return ", ".join([*(f"COALESCE({alias}.\"{k}\", '')" for k in keys), f"{alias}.rowid"])


def iter_rows(raw: sqlite3.Connection, kind_name: str, *, order: Sequence[str],
              where: str = "", params: Sequence = (), batch: int = BATCH
              ) -> Iterator[list[Row]]:
    """Batches of `kind_name`'s rows (alias t in `where`), sorted by the `order` columns."""
    kind = BY_NAME[kind_name]
    names, codecs, _quoted = _sqlite_plan(kind.name)
    cols = ", ".join(f't."{n}"' for n in names)
    sql = (f'SELECT {cols} FROM "{kind.name}" AS t {f"WHERE {where}" if where else ""} '
           f"ORDER BY {order_sql(order)}")
    cursor = execute(raw, sql, params)
    try:
        while records := _fetch(cursor, batch, sql):
            rows = []
            for record in records:
                row = dict(zip(names, record, strict=True))
                for name, (out, _in) in codecs:
                    if row[name] is not None:
                        row[name] = out(row[name])
                rows.append(row)
            _attach_links(raw, kind, rows)
            yield rows
    finally:
        with contextlib.suppress(sqlite3.ProgrammingError):  # the database closed first
            cursor.close()


def _fetch(cursor: sqlite3.Cursor, batch: int, sql: str) -> list[tuple]:
    try:
        return cursor.fetchmany(batch)
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, None, exc, sqlite3.Error) from exc


def _attach_links(raw: sqlite3.Connection, kind: Kind, rows: list[Row]) -> None:
    """The link lists, in read_rows' order (owner, then the link's order, then target)."""
    if not kind.links or not rows:
        return
    by_id = {row["id"]: row for row in rows}
    marks = ", ".join("?" for _ in by_id)
    for link in kind.links:
        for row in rows:
            row[link.field] = []
            if link.order_field:
                row[link.order_field] = []
        lt = metadata.tables[link.table]
        owner, target = lt.c[link.owner_col].name, lt.c[link.target_col].name
        extra = ', "order"' if link.order_field else ""
        sql = (f'SELECT "{owner}", "{target}"{extra} FROM "{link.table}" '
               f'WHERE "{owner}" IN ({marks}) ORDER BY "{owner}"{extra}, "{target}"')
        for record in execute(raw, sql, list(by_id)).fetchall():
            row = by_id[record[0]]
            row[link.field].append(record[1])
            if link.order_field:
                row[link.order_field].append(record[2])
