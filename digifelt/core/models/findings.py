"""Findings per indicator and summaries per area: the judgement the report is built from."""

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from digifelt.core.models.base import Record

# "not_assessed" is a deliberate decision to leave the indicator without a level (reported as
# such), unlike a draft whose level is simply not chosen yet.
FINDING_STATUSES = ("draft", "agreed", "not_assessed")


class Finding(Record, table=True):
    indicator_id: str = Field(foreign_key="indicator.id", unique=True, ondelete="CASCADE")
    level: int | None = None
    strengths: str | None = None
    improvements: str | None = None
    actions: str | None = None
    # Questions for the organisation to reflect on, kept apart from the proposed actions.
    reflection: str | None = None
    status: str = "draft"
    author_id: str | None = Field(default=None, foreign_key="assessor.id", ondelete="SET NULL")


class FindingExcerpt(SQLModel, table=True):
    __tablename__ = "finding_excerpt"

    finding_id: str = Field(foreign_key="finding.id", primary_key=True, ondelete="CASCADE")
    excerpt_id: str = Field(
        foreign_key="excerpt.id", primary_key=True, index=True, ondelete="CASCADE"
    )
    order: int = 0


class AreaSummary(Record, table=True):
    __tablename__ = "area_summary"

    area_id: str = Field(foreign_key="area.id", unique=True, ondelete="CASCADE")
    summary: str | None = None
    strengths: str | None = None
    improvements: str | None = None
    author_id: str | None = Field(default=None, foreign_key="assessor.id", ondelete="SET NULL")


class ProvisionalLevel(Record, table=True):
    """One assessor's own provisional level for an indicator, with a short rationale: the
    input to the team's calibration, never printed in a report. The id is derived from the
    indicator and the assessor (core.services.calibration), so two files agree on it."""

    __tablename__ = "provisional_level"
    __table_args__ = (UniqueConstraint("indicator_id", "assessor_id"),)

    indicator_id: str = Field(foreign_key="indicator.id", index=True, ondelete="CASCADE")
    assessor_id: str = Field(foreign_key="assessor.id", index=True, ondelete="CASCADE")
    level: int | None = None
    rationale: str | None = None
