"""Personal-data duties: retention deadline, erasure of raw notes, small groups."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import delete, select, update

from digifelt.core.models import (
    Activity,
    ActivityGroup,
    ActivityParticipant,
    Entry,
    Excerpt,
    FindingExcerpt,
    Participant,
    Project,
)
from digifelt.core.services import versions
from digifelt.errors import ProjectFileError
from digifelt.storage import erasure
from digifelt.storage.copies import Copy, is_main_file
from digifelt.storage.database import Database

SMALL_GROUP = 5
# Where people speak and may be quoted. An observation's head count is its audience (200 at a
# public meeting), which says nothing about how many spoke: it counts only for a group never
# interviewed, and document reviews never count. A workshop's head count is an audience too (27
# councillors at a workshop are not 27 people interviewed).
SESSION_KINDS = ("interview",)
OBSERVED_KINDS = ("observation", "workshop")

Headcounts = Iterable[int | None] | int | None


def is_small_session(headcount: int | None) -> bool:
    """Fewer than SMALL_GROUP people in one session, or an unknown number (privacy by default)."""
    return headcount is None or headcount < SMALL_GROUP


def is_small_group(sessions: Headcounts) -> bool:
    """The one small-group rule (report, matrix, dashboard, privacy status), counted per
    session: a group is small when ANY of its sessions had fewer than SMALL_GROUP people or an
    unknown number, however many it met in its other sessions — a quote from the 4-person
    session may identify someone. A single number is one session."""
    if sessions is None or isinstance(sessions, int):
        return is_small_session(sessions)
    return any(is_small_session(n) for n in sessions)


@dataclass(frozen=True)
class GroupSessions:
    """The sessions that decide whether a group is small: its interviews, or, for a group never
    interviewed, the observations it took part in."""

    group_id: str
    headcounts: tuple[int | None, ...]
    observed: bool = False  # True: no interview, the observations stand in

    @property
    def people(self) -> int:
        """People counted in these sessions (unknown counts add nothing)."""
        return sum(n for n in self.headcounts if n)

    @property
    def smallest(self) -> int | None:
        """The smallest session's head count; None when a head count is unknown."""
        if not self.headcounts or None in self.headcounts:
            return None
        return min(self.headcounts)

    @property
    def small(self) -> bool:
        return bool(self.headcounts) and is_small_group(self.headcounts)


def retention_due(db: Database, today: date | None = None) -> date | None:
    """The project's retention date when it has passed (the app then reminds the team)."""
    with db.read() as s:
        deadline = s.exec(select(Project.retention_date)).first()
    if deadline and deadline <= (today or date.today()):
        return deadline
    return None


def group_sessions(db: Database) -> dict[str, GroupSessions]:
    """Per group with any interview or observation, the head counts that the rule looks at."""
    with db.read() as s:
        rows = s.exec(select(ActivityGroup.group_id, Activity.kind, Activity.headcount)
                      .join(Activity, Activity.id == ActivityGroup.activity_id)
                      .order_by(ActivityGroup.group_id, Activity.started_at, Activity.id)).all()
    talked: dict[str, list[int | None]] = {}
    watched: dict[str, list[int | None]] = {}
    for group_id, kind, headcount in rows:
        if kind in SESSION_KINDS:
            talked.setdefault(group_id, []).append(headcount)
        elif kind in OBSERVED_KINDS:
            watched.setdefault(group_id, []).append(headcount)
    out = {gid: GroupSessions(gid, tuple(ns)) for gid, ns in talked.items()}
    for gid, ns in watched.items():
        out.setdefault(gid, GroupSessions(gid, tuple(ns), observed=True))
    return out


def group_sizes(db: Database) -> dict[str, int]:
    """People heard per group in the sessions the rule counts (see group_sessions)."""
    return {gid: g.people for gid, g in group_sessions(db).items()}


def small_groups(db: Database, threshold: int = SMALL_GROUP) -> set[str]:
    """Groups with a session of fewer than `threshold` people (or an unknown number): quoting
    them may identify someone."""
    sessions = group_sessions(db)
    if threshold != SMALL_GROUP:
        return {gid for gid, g in sessions.items()
                if any(n is None or n < threshold for n in g.headcounts)}
    return {gid for gid, g in sessions.items() if g.small}


@dataclass(frozen=True)
class ErasureResult:
    entries: int
    participants: int
    excerpts_kept: int
    excerpts_removed: int
    backups_removed: int
    copies: tuple[Copy, ...] = field(default=())  # every copy deleted, backups included

    @property
    def other_copies_removed(self) -> int:
        """Damaged and unfinished copies beside the project (not backups), by file."""
        return sum(1 for c in self.copies if c.kind != "backup" and is_main_file(c.path))


def erase_raw_notes(db: Database) -> ErasureResult:
    """Irreversibly delete notes and participant records; keep findings and their chosen quotes.

    The chosen quotes keep their words but lose the link to the notes around them. The
    bytes are overwritten (secure_delete), the search index is compacted, the file is
    vacuumed, and every copy digifelt made of the project is deleted — backups under any
    earlier name or path, damaged copies kept by a restore, unfinished staging copies —
    since they hold the notes too. A process that dies after the commit leaves a marker
    that makes the next open finish the deletion (see storage.erasure).
    """
    from digifelt.core.services.conflicts import discard_conflicts

    project_id = _project_id(db)
    # Conflict copies from team merges hold the same notes and names.
    discard_conflicts(db, ("entry", "excerpt", "participant", "activity"))
    erasure.begin(project_id, db.path)
    try:
        with db.transaction() as s:
            chosen = select(FindingExcerpt.excerpt_id)
            kept = s.exec(update(Excerpt).where(Excerpt.id.in_(chosen))
                          .values(entry_id=None, start=None, end=None)).rowcount
            # Tombstones, so that no teammate's older bundle brings the notes back.
            gone = {"excerpt": list(s.exec(select(Excerpt.id).where(
                        Excerpt.entry_id.is_not(None))).all()),
                    "entry": list(s.exec(select(Entry.id)).all()),
                    "participant": list(s.exec(select(Participant.id)).all())}
            removed = s.exec(delete(Excerpt).where(Excerpt.entry_id.is_not(None))).rowcount
            entries = s.exec(delete(Entry)).rowcount
            s.exec(delete(ActivityParticipant))
            participants = s.exec(delete(Participant)).rowcount
            raw = s.connection().connection.driver_connection
            author = getattr(db.journal, "author_id", None)
            for kind, ids in gone.items():
                versions.record_deleted(raw, kind, ids, db.replica, author)
            s.connection().exec_driver_sql(
                "INSERT INTO search_fts(search_fts) VALUES('optimize')")
    except Exception:
        erasure.clear(project_id)  # rolled back: nothing to finish later
        raise
    erasure.committed(project_id, db.path)
    _compact(db)
    copies = erasure.erase_copies(project_id, db.path)
    backups = sum(1 for c in copies if c.kind == "backup" and is_main_file(c.path))
    return ErasureResult(entries, participants, kept, removed, backups, tuple(copies))


def _project_id(db: Database) -> str:
    with db.read() as s:
        project = s.exec(select(Project)).first()
    if project is None:
        raise ProjectFileError(f"{db.path.name}: the file has no project record")
    return project.id


def _compact(db: Database) -> None:
    """Overwrite what the deletions freed: old WAL frames, then free pages (VACUUM)."""
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@dataclass(frozen=True)
class InterruptedErasure:
    path: Path
    erased: bool  # False: it had not taken effect, nothing was erased
    copies: tuple[Copy, ...]


def finish_interrupted_erasure(db: Database) -> InterruptedErasure | None:
    """On opening: finish an erasure of this project that a dead process left half-done."""
    done = erasure.finish_pending(db.path, compact_file=False)
    if not done:
        return None
    result = done[0]
    if result.erased:
        _compact(db)  # the process may have died before the file was vacuumed
    return InterruptedErasure(db.path, result.erased, tuple(result.removed))
