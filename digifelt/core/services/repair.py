"""`digifelt check --repair`: fix what can be fixed, after taking a backup."""

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from digifelt.core.anchoring import nearest_occurrence
from digifelt.core.filenames import safe_filename
from digifelt.core.services.check import (
    LEVELS_OFF_SCALE,
    NOT_FINITE_OFFSETS,
    unsafe_filenames,
)
from digifelt.storage import fts, tally
from digifelt.storage.backup import take_backup
from digifelt.storage.database import open_database


@dataclass
class RepairResult:
    backup: Path
    fixes: list[str] = field(default_factory=list)


def repair_project(path: Path) -> RepairResult:
    """Rebuild a stale search index or tally, re-anchor excerpts, drop dangling references."""
    path = Path(path)
    db = open_database(path)  # an older file is upgraded after its own backup
    try:
        result = RepairResult(take_backup(path, "before-repair"))
        with db.transaction() as s:
            conn = s.connection()
            if fts.index_problems(conn):
                fts.rebuild_index(conn)
                result.fixes.append("rebuilt the full-text search index")
            if tally.tally_problems(conn):
                tally.repair(conn)
                result.fixes.append("recounted the evidence tally from the tags")
            moved, lost, found = _reanchor_all(conn)
            if moved:
                result.fixes.append(f"re-anchored {moved} excerpt(s) to their quoted words")
            if found:
                result.fixes.append(f"re-attached {found} detached excerpt(s)")
            if lost:
                result.fixes.append(f"flagged {lost} excerpt(s) as detached (words not found)")
            dangling = conn.execute(text(
                "UPDATE activity SET doc_attachment_id = NULL WHERE doc_attachment_id IS NOT NULL "
                "AND doc_attachment_id NOT IN (SELECT id FROM attachment)")).rowcount
            if dangling:
                result.fixes.append(f"cleared {dangling} reference(s) to missing documents")
            renamed = _safe_filenames(conn)
            if renamed:
                result.fixes.append(f"gave {renamed} attachment(s) a safe file name")
            result.fixes += _clear_values_out_of_rules(conn)
    finally:
        db.close()
    return result


def _reanchor_all(conn) -> tuple[int, int, int]:
    rows = conn.execute(text(
        "SELECT x.id, x.start, x.\"end\", x.text, x.detached, e.text FROM excerpt x "
        "JOIN entry e ON e.id = x.entry_id WHERE x.start IS NOT NULL")).all()
    moved = lost = found = 0
    for ex_id, start, end, quoted, detached, body in rows:
        if not detached and body[start:end] == quoted:
            continue
        span = nearest_occurrence(body, quoted, start)
        if span is None:
            if not detached:
                conn.execute(text("UPDATE excerpt SET detached = 1 WHERE id = :i"), {"i": ex_id})
                lost += 1
            continue
        conn.execute(text("UPDATE excerpt SET start = :s, \"end\" = :e, detached = 0 "
                          "WHERE id = :i"), {"s": span.start, "e": span.end, "i": ex_id})
        if detached:
            found += 1
        else:
            moved += 1
    return moved, lost, found


def _safe_filenames(conn) -> int:
    """Stored names that are not plain file names (a hand-edited or old file) made safe."""
    unsafe = unsafe_filenames(conn)
    for att_id, name in unsafe:
        conn.execute(text("UPDATE attachment SET filename = :n WHERE id = :i"),
                     {"n": safe_filename(name), "i": att_id})
    return len(unsafe)


def _clear_values_out_of_rules(conn) -> list[str]:
    """Values the services would refuse; the backup keeps what they were."""
    fixes = []
    offsets = conn.execute(text(f"UPDATE entry SET offset_s = NULL WHERE id IN "
                                f"({NOT_FINITE_OFFSETS})")).rowcount
    if offsets:
        fixes.append(f"cleared {offsets} time offset(s) that were not finite numbers")
    levels = conn.execute(text(f"UPDATE finding SET level = NULL WHERE id IN "
                               f"({LEVELS_OFF_SCALE})")).rowcount
    if levels:
        fixes.append(f"cleared {levels} finding level(s) that were not on the scale")
    return fixes
