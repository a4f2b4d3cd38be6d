"""Personal-data duties (DOMAIN.md §6): retention deadline, erasure of raw notes, small groups."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
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
from digifelt.storage.backup import list_backups
from digifelt.storage.database import Database

SMALL_GROUP = 5


def retention_due(db: Database, today: date | None = None) -> date | None:
    """The project's retention date when it has passed (the app then reminds the team)."""
    with db.read() as s:
        deadline = s.exec(select(Project.retention_date)).first()
    if deadline and deadline <= (today or date.today()):
        return deadline
    return None


def group_sizes(db: Database) -> dict[str, int]:
    """People heard per group: the headcounts of the group's activities added up."""
    with db.read() as s:
        rows = s.exec(
            select(ActivityGroup.group_id, func.coalesce(func.sum(Activity.headcount), 0))
            .join(Activity, Activity.id == ActivityGroup.activity_id)
            .group_by(ActivityGroup.group_id)).all()
    return dict(rows)


def small_groups(db: Database, threshold: int = SMALL_GROUP) -> set[str]:
    """Groups whose evidence rests on fewer than `threshold` people: quoting them may identify."""
    return {gid for gid, size in group_sizes(db).items() if size < threshold}


@dataclass(frozen=True)
class ErasureResult:
    entries: int
    participants: int
    excerpts_kept: int
    excerpts_removed: int
    backups_removed: int


def erase_raw_notes(db: Database) -> ErasureResult:
    """Irreversibly delete notes and participant records; keep findings and their chosen quotes.

    The chosen quotes keep their words but lose the link to the notes around them. The
    bytes are overwritten (secure_delete), the search index is compacted, the file is
    vacuumed and every backup of the project is deleted, since backups hold the notes too.
    """
    from digifelt.core.services.conflicts import discard_conflicts

    # Conflict copies from team merges hold the same notes and names.
    discard_conflicts(db, ("entry", "excerpt", "participant", "activity"))
    with db.transaction() as s:
        chosen = select(FindingExcerpt.excerpt_id)
        kept = s.exec(update(Excerpt).where(Excerpt.id.in_(chosen))
                      .values(entry_id=None, start=None, end=None)).rowcount
        removed = s.exec(delete(Excerpt).where(Excerpt.entry_id.is_not(None))).rowcount
        entries = s.exec(delete(Entry)).rowcount
        s.exec(delete(ActivityParticipant))
        participants = s.exec(delete(Participant)).rowcount
        s.connection().exec_driver_sql(
            "INSERT INTO search_fts(search_fts) VALUES('optimize')")
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backups = list_backups(db.path)
    for info in backups:
        info.path.unlink(missing_ok=True)
    return ErasureResult(entries, participants, kept, removed, len(backups))

