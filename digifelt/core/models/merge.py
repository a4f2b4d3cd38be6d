"""Bookkeeping of team merges: each object's causal history (a version vector, and a tombstone
once deleted), the concurrent versions kept as conflicts, and one log row per imported bundle.

docs/ARCHITECTURE.md ("Team merge") gives the rules these rows carry."""

from datetime import datetime

from sqlmodel import Field, SQLModel

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
    # The version's history: concurrent with the object's current version (neither descends
    # from the other), which is why it is a conflict. "{}": from before histories were kept.
    vv: str = "{}"
    deleted: bool = False  # the concurrent version is a deletion ("deleted by …")
    by: str | None = None  # the assessor whose session made the version (edit or deletion)


class Revision(SQLModel, table=True):
    """The history of one object's current version: a version vector {replica: edits}.

    A replica is one session of one file (a new one each time a file is opened), so a copied
    file never shares a counter with its original. Rows stay after the object is deleted: then
    `deleted_at` is set and the row is the tombstone that wins over older versions elsewhere.
    """

    kind: str = Field(primary_key=True)  # the object's table
    object_id: str = Field(primary_key=True)
    vv: str = "{}"
    deleted_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    by: str | None = None  # the assessor whose session made this version (edit or deletion)


class ImportLog(Record, table=True):
    """One row per bundle import: which bundle, when, and what it changed."""

    __tablename__ = "import_log"

    bundle_id: str = Field(index=True)
    exported_at: datetime = Field(sa_type=UtcDateTime)
    exported_by: str | None = None
    imported_at: datetime = Field(sa_type=UtcDateTime)
    source: str  # the bundle's file name
    counts: str  # JSON: {"excerpt": {"new": 3, "updated": 1, …}, …}
    # SHA-256 of the bundle's project.json: the same content again has nothing new.
    content_sha256: str | None = Field(default=None, index=True)
