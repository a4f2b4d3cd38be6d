"""`digifelt check`: corruption, broken references, detached excerpts, stale index or tally."""

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from digifelt.core.filenames import is_safe_filename
from digifelt.errors import DigifeltError
from digifelt.storage import fts, tally
from digifelt.storage.database import inspect_file, open_database
from digifelt.storage.schema_version import SCHEMA_HEAD


@dataclass
class CheckItem:
    name: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class CheckReport:
    path: Path
    items: list[CheckItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)

    def lines(self) -> list[str]:
        out = []
        for item in self.items:
            out.append(f"{'ok  ' if item.ok else 'FAIL'}  {item.name}")
            out += [f"      - {p}" for p in item.problems]
        return out


def _anchor_problems(conn) -> list[str]:
    rows = conn.execute(text(
        "SELECT x.id, x.start, x.\"end\", x.text, e.text FROM excerpt x JOIN entry e "
        "ON e.id = x.entry_id WHERE x.detached = 0 AND x.start IS NOT NULL")).all()
    problems = []
    for ex_id, start, end, quoted, body in rows:
        if body[start:end] != quoted:
            problems.append(f"excerpt {ex_id} no longer points at its quoted words")
    detached = conn.execute(text("SELECT count(*) FROM excerpt WHERE detached = 1")).scalar_one()
    if detached:
        problems.append(f"{detached} excerpt(s) are detached from their notes (text was edited)")
    return problems


def _reference_problems(conn) -> list[str]:
    problems = []
    dangling_docs = conn.execute(text(
        "SELECT count(*) FROM activity a WHERE a.doc_attachment_id IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM attachment t WHERE t.id = a.doc_attachment_id)")).scalar_one()
    if dangling_docs:
        problems.append(f"{dangling_docs} document review(s) refer to a missing attachment")
    bad_blobs = conn.execute(text(
        "SELECT count(*) FROM blob WHERE length(data) != size")).scalar_one()
    if bad_blobs:
        problems.append(f"{bad_blobs} stored file(s) have the wrong size")
    projects = conn.execute(text("SELECT count(*) FROM project")).scalar_one()
    if projects != 1:
        problems.append(f"expected one project record, found {projects}")
    return problems


def unsafe_filenames(conn) -> list[tuple[str, str]]:
    """(id, name) of attachments whose stored name is not a plain, safe file name."""
    rows = conn.execute(text("SELECT id, filename FROM attachment ORDER BY id")).all()
    return [(att_id, name) for att_id, name in rows if not is_safe_filename(name)]


def _filename_problems(conn, listed: int = 20) -> list[str]:
    shown = 80
    out = []
    unsafe = unsafe_filenames(conn)
    for att_id, name in unsafe[:listed]:
        name = name if isinstance(name, str) else repr(name)
        cut = f"{name[:shown]!r}{'…' if len(name) > shown else ''}"
        out.append(f"attachment {att_id}: file name {cut} is not a safe file name "
                   "(check --repair renames it)")
    if len(unsafe) > listed:
        out.append(f"… and {len(unsafe) - listed} more attachment(s) with such a name")
    return out


# Values the services never write, so only a hand-edited or old file has them.
NOT_FINITE_OFFSETS = ("SELECT id FROM entry WHERE offset_s IS NOT NULL "
                      "AND abs(offset_s) > 1.7976931348623157e308")
LEVELS_OFF_SCALE = ("SELECT id FROM finding WHERE level IS NOT NULL "
                    "AND level NOT IN (SELECT value FROM scale_level)")


def _value_problems(conn) -> list[str]:
    problems = []
    offsets = len(conn.execute(text(NOT_FINITE_OFFSETS)).all())
    if offsets:
        problems.append(f"{offsets} note(s) have a time offset that is not a finite number")
    levels = len(conn.execute(text(LEVELS_OFF_SCALE)).all())
    if levels:
        problems.append(f"{levels} finding(s) have a level that is not on the scale")
    return problems


def check_project(path: Path) -> CheckReport:
    report = CheckReport(Path(path))
    opening = CheckItem("file opens as a digifelt project (quick_check, schema version)")
    report.items.append(opening)
    try:
        state = inspect_file(path)
        if state.revision != SCHEMA_HEAD:
            opening.problems.append(
                f"schema version {state.revision!r}; this digifelt writes {SCHEMA_HEAD!r}")
            return report
        db = open_database(path, backup=False)
    except DigifeltError as exc:
        opening.problems.append(str(exc))
        return report
    try:
        with db.engine.connect() as conn:
            integrity = CheckItem("integrity_check")
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
            if rows != ["ok"]:
                integrity.problems += rows[:20]
            foreign = CheckItem("foreign keys")
            bad = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if bad:
                tables = sorted({r[0] for r in bad})
                foreign.problems.append(f"{len(bad)} broken reference(s) in {', '.join(tables)}")
            foreign.problems += _reference_problems(conn)
            index = CheckItem("full-text search index")
            index.problems += fts.index_problems(conn)
            counts = CheckItem("evidence tally (matrix counts)")
            counts.problems += tally.tally_problems(conn)
            anchors = CheckItem("excerpt anchors")
            anchors.problems += _anchor_problems(conn)
            names = CheckItem("attachment file names")
            names.problems += _filename_problems(conn)
            values = CheckItem("stored values within the app's rules")
            values.problems += _value_problems(conn)
            conn.rollback()
        report.items += [integrity, foreign, index, counts, anchors, names, values]
    finally:
        db.engine.dispose()
    return report
