"""Which tables an operation records, and which kind of object each row belongs to."""

from functools import cache

from digifelt.core.models import metadata
from digifelt.core.services.snapshot import KINDS

# The tally is kept exact by SQLite triggers from the recorded tables, so it is never
# restored directly. Attachment content (blob, up to 512 MB a file) is immutable and shared
# by hash: an undoable operation never deletes it (services.attachments.KEEP_CONTENT), so the
# undo log need not hold a copy; what no attachment uses is collected when no undo step can
# need it any more.
NOT_RECORDED = frozenset({"evidence_tally", "blob"})


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
