"""Reads of the import log: which bundle contents this project has already merged.

A merge is idempotent (the same versions again change nothing), so a bundle whose
project.json has the SHA-256 of one merged before has nothing new, and importing it need
not parse a single row.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from digifelt.core.models import Assessor
from digifelt.core.models.merge import ImportLog
from digifelt.storage.database import Database


@dataclass(frozen=True)
class LoggedImport:
    """The first import of some bundle content, as the log recorded it."""

    bundle_id: str
    exported_at: datetime
    exported_by: str | None
    exported_by_name: str | None  # that assessor's name in this project, if it is known
    imported_at: datetime
    source: str


def logged_import(db: Database, sha256: str) -> LoggedImport | None:
    """The earliest import of the bundle content with this SHA-256, if any."""
    log = ImportLog.__table__
    with db.read() as s:
        row = s.connection().execute(
            select(log.c.bundle_id, log.c.exported_at, log.c.exported_by, log.c.imported_at,
                   log.c.source)
            .where(log.c.content_sha256 == sha256.lower())
            .order_by(log.c.imported_at).limit(1)).first()
        if row is None:
            return None
        name = None
        if row.exported_by is not None:
            name = s.connection().execute(
                select(Assessor.__table__.c.name)
                .where(Assessor.__table__.c.id == row.exported_by)).scalar()
    return LoggedImport(row.bundle_id, row.exported_at, row.exported_by, name,
                        row.imported_at, row.source)


def imported_with_hash(db: Database, sha256: str) -> datetime | None:
    """When bundle content with this SHA-256 (of its project.json) was first merged."""
    found = logged_import(db, sha256)
    return found.imported_at if found else None
