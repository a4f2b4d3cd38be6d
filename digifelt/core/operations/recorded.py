"""Which tables an operation records, and which kind of object each row belongs to."""

import re
from functools import cache

from digifelt.core.models import metadata
from digifelt.core.services.snapshot import BY_NAME, KINDS, TIMESTAMPS

# The tally is kept exact by SQLite triggers from the recorded tables, so it is never
# restored directly. Attachment content (blob, up to 512 MB a file) is immutable and shared
# by hash: an undoable operation never deletes it (services.attachments.KEEP_CONTENT), so the
# undo log need not hold a copy; what no attachment uses is collected when no undo step can
# need it any more.
NOT_RECORDED = frozenset({"evidence_tally", "blob", "revision"})


@cache
def owners() -> dict[str, tuple[str, str]]:
    """Table → (kind of the object a row belongs to, column holding that object's id)."""
    out: dict[str, tuple[str, str]] = {}
    for table in metadata.sorted_tables:
        if table.name in NOT_RECORDED:
            continue
        key = "id" if "id" in table.c else next(iter(table.primary_key.columns)).name
        out[table.name] = (table.name, key)
    for kind in KINDS:
        for link in kind.links:
            out[link.table] = (kind.name, link.owner_col)
    return out


@cache
def owner_columns() -> dict[str, str]:
    return {table: column for table, (_kind, column) in owners().items()}


@cache
def merged_owners() -> dict[str, str]:
    """Table → kind, for the tables whose rows belong to an object teammates merge."""
    return {table: kind for table, (kind, _col) in owners().items() if kind in BY_NAME}


_SET_COLUMNS = re.compile(r'"(\w+)"=')


@cache
def _not_content(kind: str) -> frozenset[str]:
    return frozenset({"id", *TIMESTAMPS, *BY_NAME[kind].derived})


def _only_derived(r, kind: str) -> bool:
    """An update of the object's own row that changed only derived values and times: an
    excerpt re-anchored because words were typed around it is not an edit of the excerpt
    (a teammate's deletion of it must not turn into a conflict)."""
    if r.table != kind or not r.restore.startswith("UPDATE"):
        return False
    assignments = r.restore.split(" WHERE ", 1)[0]
    return set(_SET_COLUMNS.findall(assignments)) <= _not_content(kind)


def touched_objects(rows) -> list[tuple[str, str, bool]]:
    """(kind, id, existed before) of each merged object these logged rows belong to, in the
    order first touched. An object whose own row was first inserted did not exist before."""
    tables = merged_owners()
    seen: dict[tuple[str, str], bool] = {}
    for r in rows:
        kind = tables.get(r.table)
        if kind is None or r.owner is None or _only_derived(r, kind):
            continue
        key = (kind, r.owner)
        if key not in seen:
            # The first change's restoring statement: DELETE undoes an insert.
            seen[key] = not (r.table == kind and r.restore.startswith("DELETE"))
    return [(kind, obj_id, existed) for (kind, obj_id), existed in seen.items()]
