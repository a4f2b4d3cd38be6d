"""Writing a merge plan (core.services.merge) into the project, inside its transaction."""

from sqlalchemy import delete, insert, update

from digifelt.core.ids import parse_iso_z, utcnow
from digifelt.core.models import Blob, Conflict, Revision
from digifelt.core.progress import Meter
from digifelt.core.services import versions as vvs
from digifelt.core.services.snapshot import (
    KINDS,
    canonical_json,
    insert_links,
    insert_rows,
    replace_links,
    update_row,
)
from digifelt.storage import fts, tally

_PLACEHOLDER_INT = -(2 ** 40)


# Above this many new rows in indexed tables, the search index and the evidence tally are
# rebuilt once after the inserts instead of being updated row by row by their triggers
# (search index 4 s → 0.5 s, large demo).
BULK_INDEX_ROWS = 5000
_INDEXED = ("entry", "excerpt", "finding", "activity")


def apply_plan(s, planner, meter: Meter) -> None:
    """Write what the planner computed (its `original`, `final`, `rekeys`, `conflicts`)."""
    conn = s.connection()
    # Checked at COMMIT instead of per statement: rows can be re-keyed and written in any
    # order inside the transaction, and a broken reference still aborts the whole merge.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    original, final = planner.original.rows, planner.final
    moved = {kind.name: {} for kind in KINDS}  # final id → id in the file
    for kind, old, new in planner.rekeys:
        first = moved[kind.name].pop(old, old)
        moved[kind.name][new] = first
    _delete_gone(conn, planner, moved)
    work = []
    for kind in KINDS:
        back = moved[kind.name]
        names = [c.name for c in kind.table.columns]
        inserts, updates, relink = [], [], []
        for obj_id, row in final[kind.name].items():
            file_id = back.get(obj_id, obj_id)
            before = original[kind.name].get(file_id)
            if before is None:
                inserts.append(row)
                continue
            if before is row:
                continue
            if file_id != obj_id or any(before.get(n) != row.get(n) for n in names):
                updates.append((file_id, row, before))
            if file_id != obj_id or any(
                    before.get(ln.field) != row.get(ln.field)
                    or (ln.order_field and before.get(ln.order_field) != row.get(ln.order_field))
                    for ln in kind.links):
                relink.append((file_id, row))
        work.append((kind, inserts, updates, relink))
        meter.add_total(len(inserts) + len(updates))
    bulk_index = sum(len(w[1]) for w in work if w[0].name in _INDEXED) > max(
        BULK_INDEX_ROWS, sum(len(original[k]) for k in _INDEXED))
    if bulk_index:
        fts.drop_index(conn)
        tally.drop_triggers(conn)
    needed_blobs = {row["sha256"] for row in final["attachment"].values()} - set(
        planner.original.blob_sizes)
    meter.add_total(len(needed_blobs))
    for sha in sorted(needed_blobs):
        data = planner.data.blobs[sha]
        conn.execute(insert(Blob.__table__).values(sha256=sha, size=len(data), data=data))
        meter.advance()
    for kind, inserts, updates, relink in work:
        table = kind.table
        # Unique values that move between rows (codes swapped, a group renamed to a name
        # that is freed in the same merge) go through a placeholder first.
        for n, (file_id, row, before) in enumerate(updates):
            moving = {c: (_PLACEHOLDER_INT - n if isinstance(before.get(c), int)
                          else f"\x00merge:{file_id}")
                      for c in kind.unique if c not in dict(kind.refs)
                      and before.get(c) != row.get(c)}
            if moving:
                conn.execute(update(table).where(table.c.id == file_id).values(**moving))
        insert_rows(conn, kind, inserts)
        meter.advance(len(inserts))
        for file_id, row, _before in updates:
            if file_id != row["id"] and kind.name != "respondent_group":
                # Nothing outside the row points at a finding or a summary; a fresh row
                # keeps the search index (keyed by id) right.
                conn.execute(delete(table).where(table.c.id == file_id))
                insert_rows(conn, kind, [row])
            else:
                update_row(conn, kind, row, file_id)
            meter.advance()
        for file_id, row in relink:
            replace_links(conn, kind, row, old_ids=(file_id,))
        for ln in kind.links:
            insert_links(conn, ln, inserts)
    if bulk_index:
        fts.rebuild_index(conn)
        tally.repair(conn)
    _write_revisions(conn, planner)
    _write_conflicts(conn, planner)


def _delete_gone(conn, planner, moved) -> None:
    """Rows whose current version is now a deletion (here or of a parent), children first;
    a re-keyed row is not gone, it lives on under its new id."""
    original, final = planner.original.rows, planner.final
    for kind in reversed(KINDS):
        back = moved[kind.name]
        kept = {back.get(i, i) for i in final[kind.name]}
        gone = [i for i in original[kind.name] if i not in kept
                and not any(k is kind and old == i for k, old, _new in planner.rekeys)]
        table = kind.table
        for start in range(0, len(gone), 500):
            conn.execute(delete(table).where(table.c.id.in_(gone[start:start + 500])))


def _write_revisions(conn, planner) -> None:
    table = Revision.__table__
    for kind_name, obj_id in sorted(planner.revisions_changed):
        conn.execute(delete(table).where(table.c.kind == kind_name,
                                         table.c.object_id == obj_id))
        rev = planner.revisions.get((kind_name, obj_id))
        if rev is not None:
            conn.execute(insert(table).values(
                kind=kind_name, object_id=obj_id, vv=vvs.dump(rev.vv),
                deleted_at=parse_iso_z(rev.deleted_at), by=rev.by))


def _write_conflicts(conn, planner) -> None:
    table = Conflict.__table__
    now = utcnow()
    for rec in planner.conflicts.values():
        if not rec.dirty and rec.in_db:
            continue
        v = rec.version
        values = dict(object_id=rec.object_id,
                      version=canonical_json(v.row if v.row is not None else {}),
                      version_updated_at=parse_iso_z(
                          v.row["updated_at"] if v.row is not None else v.deleted_at),
                      resolved=rec.resolved, vv=vvs.dump(v.vv), deleted=v.row is None,
                      by=v.by)
        if rec.in_db and not rec.alive:
            conn.execute(delete(table).where(table.c.id == rec.id))
        elif rec.alive and not rec.in_db:
            conn.execute(insert(table).values(id=rec.id, created_at=now, updated_at=now,
                                              object_kind=rec.object_kind,
                                              source=v.source or planner.data.source,
                                              **values))
        elif rec.alive:
            conn.execute(update(table).where(table.c.id == rec.id)
                         .values(updated_at=now, **values))
