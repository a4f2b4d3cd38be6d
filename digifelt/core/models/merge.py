"""Bookkeeping of team merges: conflict copies kept when two versions of an object met, and
one log row per imported bundle."""

from datetime import datetime

from sqlmodel import Field

from digifelt.core.models.base import Record
from digifelt.core.models.types import UtcDateTime


class Conflict(Record, table=True):
    """The version of an object that lost a merge, kept so that nothing is silently dropped.

    The id is derived from the object and the losing content, so importing the same bundle
    again (or teammates' bundles in another order) finds the same row instead of adding one.
    """

    object_kind: str = Field(index=True)  # bundle kind: "excerpt", "finding", "entry", …
    object_id: str = Field(index=True)  # the row the version belongs to now
    version: str  # the losing version as canonical JSON (the bundle's row form)
    version_updated_at: datetime = Field(sa_type=UtcDateTime)
    source: str  # where the losing version was when it lost: "this file" or the bundle
    resolved: bool = False


class ImportLog(Record, table=True):
    """One row per bundle import: which bundle, when, and what it changed."""

    __tablename__ = "import_log"

    bundle_id: str = Field(index=True)
    exported_at: datetime = Field(sa_type=UtcDateTime)
    exported_by: str | None = None
    imported_at: datetime = Field(sa_type=UtcDateTime)
    source: str  # the bundle's file name
    counts: str  # JSON: {"excerpt": {"new": 3, "updated": 1, …}, …}
