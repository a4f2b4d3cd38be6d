"""Evidence: excerpts tagged to indicators, and attachments stored by content hash."""

from sqlalchemy import LargeBinary
from sqlmodel import Column, Field, SQLModel

from digifelt.core.models.base import Record

EXCERPT_KINDS = ("quote", "paraphrase")
VALENCES = ("strength", "gap", "neutral")


class Blob(SQLModel, table=True):
    """File content, stored once per SHA-256 however many attachments share it."""

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Attachment(Record, table=True):
    sha256: str = Field(foreign_key="blob.sha256", index=True)
    filename: str
    media_type: str = "application/octet-stream"
    size: int = 0
    caption: str | None = None
    activity_id: str | None = Field(
        default=None, foreign_key="activity.id", index=True, ondelete="CASCADE"
    )
    entry_id: str | None = Field(
        default=None, foreign_key="entry.id", index=True, ondelete="SET NULL"
    )


class Excerpt(Record, table=True):
    entry_id: str | None = Field(
        default=None, foreign_key="entry.id", index=True, ondelete="CASCADE"
    )
    attachment_id: str | None = Field(
        default=None, foreign_key="attachment.id", index=True, ondelete="SET NULL"
    )
    # Document reviews may cite a page instead of (or as well as) a span of notes.
    activity_id: str | None = Field(
        default=None, foreign_key="activity.id", index=True, ondelete="CASCADE"
    )
    page: int | None = None
    start: int | None = None
    end: int | None = None
    text: str
    kind: str = "quote"
    valence: str = "neutral"
    starred: bool = False
    memo: str | None = None
    author_id: str | None = Field(default=None, foreign_key="assessor.id", ondelete="SET NULL")
    # Set when an edit of the entry made the span impossible to locate again.
    detached: bool = False


class ExcerptIndicator(SQLModel, table=True):
    __tablename__ = "excerpt_indicator"

    excerpt_id: str = Field(foreign_key="excerpt.id", primary_key=True, ondelete="CASCADE")
    indicator_id: str = Field(
        foreign_key="indicator.id", primary_key=True, index=True, ondelete="CASCADE"
    )
