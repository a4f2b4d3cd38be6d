"""Row-level before-images of a transaction, recorded by SQLite itself.

While recording, temporary triggers on every recorded table write, for each row inserted,
updated or deleted, the SQL statement that puts the row back as it was. That includes rows
no Python code touched: ON DELETE CASCADE children and rows changed by bulk statements.
Running the statements of one transaction in reverse order undoes it exactly (same ids,
same timestamps, same links), and running them records the statements that redo it.

The triggers and the log live in the connection's TEMP schema: nothing is added to the
project file, and a file someone sent cannot bring triggers of its own into this log.
Derived tables (the evidence tally, the search index) are not recorded: their own triggers
follow the recorded tables as the statements run.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection

LOG = "temp.digifelt_undo_log"
SWITCH = "temp.digifelt_undo_on"
_INSTALLED = "digifelt_undo_tables"  # key in the pooled connection's info dict


@dataclass(frozen=True)
class LoggedRow:
    """One row the transaction changed, and the statement that restores it."""

    table: str
    key: str  # the row's primary key values, quoted and joined: identifies the row
    owner: str | None  # the id of the object the row belongs to (a link row's owner)
    restore: str  # SQL putting the row back as it was before the change


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(conn: Connection, table: str) -> tuple[list[str], list[str]]:
    rows = conn.exec_driver_sql(f"PRAGMA main.table_info({_q(table)})").fetchall()
    cols = [r[1] for r in rows]
    pk = [r[1] for r in sorted((r for r in rows if r[5]), key=lambda r: r[5])]
    return cols, pk or ["rowid"]


def _key(ref: str, pk: list[str]) -> str:
    return " || ',' || ".join(f"quote({ref}.{_q(c)})" for c in pk)


def _match(ref: str, pk: list[str]) -> str:
    return " || ' AND ' || ".join(f"'{_q(c)}=' || quote({ref}.{_q(c)})" for c in pk)


def _triggers(table: str, cols: list[str], pk: list[str], owner: str) -> list[str]:
    t = _q(table)
    when = f"WHEN EXISTS (SELECT 1 FROM {SWITCH})"
    log = f"INSERT INTO {LOG.split('.')[1]} (tbl, key, owner, restore) VALUES ('{table}', "
    name = f"digifelt_undo_{table}"

    delete_new = f"'DELETE FROM {t} WHERE ' || {_match('NEW', pk)}"
    on_insert = (f"CREATE TEMP TRIGGER {name}_ai AFTER INSERT ON main.{t} {when} BEGIN "
                 f"{log}{_key('NEW', pk)}, NEW.{_q(owner)}, {delete_new}); END")

    # Only the columns that changed are set back, so restoring one change never undoes
    # another change to other columns of the same row (typed text, for one).
    changed = " || ".join(
        f"CASE WHEN OLD.{_q(c)} IS NOT NEW.{_q(c)} THEN '{_q(c)}=' || quote(OLD.{_q(c)}) "
        "|| ', ' ELSE '' END" for c in cols if c not in pk)
    keys_back = " || ', ' || ".join(f"'{_q(c)}=' || quote(OLD.{_q(c)})" for c in pk)
    update_old = (f"'UPDATE {t} SET ' || {changed + ' || ' if changed else ''}{keys_back} "
                  f"|| ' WHERE ' || {_match('NEW', pk)}")
    on_update = (f"CREATE TEMP TRIGGER {name}_au AFTER UPDATE ON main.{t} {when} BEGIN "
                 f"{log}{_key('NEW', pk)}, NEW.{_q(owner)}, {update_old}); END")

    values = " || ',' || ".join(f"quote(OLD.{_q(c)})" for c in cols)
    insert_old = (f"'INSERT INTO {t} ({', '.join(_q(c) for c in cols)}) VALUES (' || "
                  f"{values} || ')'")
    on_delete = (f"CREATE TEMP TRIGGER {name}_ad AFTER DELETE ON main.{t} {when} BEGIN "
                 f"{log}{_key('OLD', pk)}, OLD.{_q(owner)}, {insert_old}); END")
    return [on_insert, on_update, on_delete]


def _install(conn: Connection, tables: Mapping[str, str]) -> None:
    """Create the log and the triggers on this connection, once per connection."""
    info = conn.connection.info
    wanted = tuple(sorted(tables.items()))
    raw = conn.connection.driver_connection
    # The objects are made inside a transaction; if that one was rolled back, so were they.
    if info.get(_INSTALLED) == wanted and raw.execute(
            "SELECT 1 FROM temp.sqlite_master WHERE name = 'digifelt_undo_log'").fetchone():
        return
    existing = [r[0] for r in raw.execute(
        "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'digifelt_undo_%'")]
    for trigger in existing:
        raw.execute(f"DROP TRIGGER temp.{_q(trigger)}")
    raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {LOG.split('.')[1]} (seq INTEGER PRIMARY "
                "KEY, tbl TEXT NOT NULL, key TEXT NOT NULL, owner TEXT, restore TEXT NOT NULL)")
    raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {SWITCH.split('.')[1]} (on_ INTEGER)")
    for table, owner in wanted:
        cols, pk = _columns(conn, table)
        for stmt in _triggers(table, cols, pk, owner):
            raw.execute(stmt)
    info[_INSTALLED] = wanted


def start(conn: Connection, tables: Mapping[str, str]) -> None:
    """Record every change to `tables` (table → column naming the row's owner) from now
    until `finish`, in this connection's current transaction."""
    _install(conn, tables)
    raw = conn.connection.driver_connection
    raw.execute(f"DELETE FROM {LOG}")
    raw.execute(f"INSERT INTO {SWITCH} VALUES (1)")


def finish(conn: Connection) -> list[LoggedRow]:
    """Stop recording and return what was recorded, oldest first."""
    raw = conn.connection.driver_connection
    rows = [LoggedRow(*r) for r in raw.execute(
        f"SELECT tbl, key, owner, restore FROM {LOG} ORDER BY seq")]
    raw.execute(f"DELETE FROM {SWITCH}")
    raw.execute(f"DELETE FROM {LOG}")
    return rows


def replay(conn: Connection, statements: list[str]) -> None:
    """Run restoring statements in the given order, in the current transaction.

    Foreign keys are checked at commit instead of per statement, since a parent and its
    children come back in the reverse of the order the cascade removed them.
    """
    raw = conn.connection.driver_connection
    raw.execute("PRAGMA defer_foreign_keys = ON")
    for stmt in statements:
        raw.execute(stmt)
