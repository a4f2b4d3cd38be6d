"""Causal history per object: version vectors, tombstones, and the edits that advance them.

Each object's current version carries a version vector {replica: edits}: a replica is one
session of one file (Database.replica, new each time a file is opened, so a copied file never
shares a counter with its original). A version *descends* from another when its vector is at
least as large everywhere; two versions where neither descends from the other are
*concurrent*. A merge keeps the versions that no other version descends from: one is the
object's current version, the others are conflicts. Deleting an object keeps a tombstone: a
version like any other, so it wins over the older versions a teammate's bundle still has.

Every operation advances the vector of each object it changed (core.operations.journal calls
`record`); a merge sets vectors itself and advances nothing.
"""

import json
from collections.abc import Iterable, Mapping

from digifelt.core.ids import iso_z, utcnow

VV = dict[str, int]
TABLE = "revision"


def parse(text: str | None) -> VV:
    if not text:
        return {}
    value = json.loads(text)
    return {str(k): int(v) for k, v in value.items()} if isinstance(value, dict) else {}


def dump(vv: Mapping[str, int]) -> str:
    return json.dumps(dict(sorted(vv.items())), separators=(",", ":"))


def descends(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """a descends from (or equals) b: a has seen every edit b has."""
    return all(a.get(k, 0) >= n for k, n in b.items())


def dominates(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """a strictly descends from b."""
    return descends(a, b) and dict(a) != dict(b)


def join(*vvs: Mapping[str, int]) -> VV:
    out: VV = {}
    for vv in vvs:
        for k, n in vv.items():
            if n > out.get(k, 0):
                out[k] = n
    return out


def bumped(vv: Mapping[str, int], replica: str) -> VV:
    return {**vv, replica: vv.get(replica, 0) + 1}


# -- local edits ---------------------------------------------------------------------------

def record(raw, touched: Iterable[tuple[str, str, bool]], replica: str,
           author_id: str | None) -> None:
    """Advance the history of objects an operation changed, on the raw sqlite3 connection of
    its transaction. `touched`: (kind, object id, existed before the operation)."""
    now = None
    for kind, obj_id, existed in touched:
        alive = raw.execute(f'SELECT 1 FROM "{kind}" WHERE id = ?', (obj_id,)).fetchone()
        current = raw.execute(f"SELECT vv FROM {TABLE} WHERE kind = ? AND object_id = ?",
                              (kind, obj_id)).fetchone()
        if alive is None and current is None and not existed:
            continue  # made and removed within one operation: nobody else has seen it
        vv = dump(bumped(parse(current[0]) if current else {}, replica))
        if alive is not None:
            raw.execute(f"INSERT INTO {TABLE} (kind, object_id, vv, by) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (kind, object_id) DO UPDATE SET vv = excluded.vv, "
                        "deleted_at = NULL, by = excluded.by", (kind, obj_id, vv, author_id))
        else:
            now = now or _db_time(iso_z(utcnow()))
            raw.execute(f"INSERT INTO {TABLE} (kind, object_id, vv, deleted_at, by) "
                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, object_id) DO UPDATE SET "
                        "vv = excluded.vv, deleted_at = excluded.deleted_at, "
                        "by = excluded.by",
                        (kind, obj_id, vv, now, author_id))


def record_deleted(raw, kind: str, ids: Iterable[str], replica: str,
                   author_id: str | None) -> None:
    """Tombstones for objects removed outside an operation (erasing raw notes)."""
    record(raw, ((kind, i, True) for i in ids), replica, author_id)


def absorb(raw, kind: str, obj_id: str, others: Iterable[Mapping[str, int]],
           replica: str, author_id: str | None = None) -> None:
    """The object's current version now descends from `others` too, and from one more edit
    here: what resolving a conflict means, so that the decision travels and wins."""
    current = raw.execute(f"SELECT vv FROM {TABLE} WHERE kind = ? AND object_id = ?",
                          (kind, obj_id)).fetchone()
    vv = dump(bumped(join(parse(current[0]) if current else {}, *others), replica))
    alive = raw.execute(f'SELECT 1 FROM "{kind}" WHERE id = ?', (obj_id,)).fetchone()
    # An object brought back is alive again; one kept deleted keeps its tombstone.
    revived = ", deleted_at = NULL" if alive else ""
    raw.execute(f"INSERT INTO {TABLE} (kind, object_id, vv, by) VALUES (?, ?, ?, ?) "
                f"ON CONFLICT (kind, object_id) DO UPDATE SET vv = excluded.vv, "
                f"by = excluded.by{revived}", (kind, obj_id, vv, author_id))


def _db_time(iso: str) -> str:
    """An ISO time with Z as SQLAlchemy stores it in SQLite (UTC, no zone)."""
    return f"{iso[:10]} {iso[11:26]}"
