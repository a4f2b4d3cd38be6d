"""Activities (interviews, observations, document reviews, surveys, workshops) and the notes
taken in them."""

from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from digifelt.core.models.base import Record
from digifelt.core.models.types import UtcDateTime

# A workshop (council or staff) is a session with an audience: its head count is how many took
# part, not how many were interviewed, so it is counted apart from interviews everywhere.
ACTIVITY_KINDS = ("interview", "observation", "document_review", "survey", "workshop")
# Surveys arrive by import (core.services.surveys), never as a blank activity typed by hand.
CAPTURE_KINDS = ("interview", "observation", "document_review", "workshop")
# Shown (dashboard, matrix columns) even before a project has one; the rest once it has.
CORE_KINDS = ("interview", "observation", "document_review")
ACTIVITY_STATUSES = ("planned", "in_progress", "done")


class Activity(Record, table=True):
    kind: str = Field(index=True)
    title: str
    status: str = "planned"
    # Actual times: set when capture starts and when the activity is marked done. The planned
    # ones are what was booked; the report uses the actual, else the planned (reported_dates).
    started_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    planned_start: datetime | None = Field(default=None, sa_type=UtcDateTime)
    planned_end: datetime | None = Field(default=None, sa_type=UtcDateTime)
    place: str | None = None
    guide_id: str | None = Field(
        default=None, foreign_key="guide.id", index=True, ondelete="SET NULL"
    )
    headcount: int | None = None
    # Document metadata: only document reviews carry these.
    doc_title: str | None = None
    doc_type: str | None = None
    doc_date: date | None = None
    doc_owner: str | None = None
    doc_reference: str | None = None
    # No FK: attachment already points at activity, and a cycle would block
    # table recreation in batch migrations. `digifelt check` verifies it instead.
    doc_attachment_id: str | None = None
    # Consent, per interview: None = not recorded. consent_by is an assessor id, without an FK
    # for the same reason as doc_attachment_id's (adding one would recreate the table).
    info_letter_given: bool | None = None
    consent_given: bool | None = None
    consent_by: str | None = None
    # Surveys: respondent group name → how many were invited, for response rates.
    survey_invited: dict[str, int] | None = Field(
        default=None, sa_column=Column(JSON(none_as_null=True), nullable=True)
    )


class ActivityAssessor(SQLModel, table=True):
    __tablename__ = "activity_assessor"

    activity_id: str = Field(foreign_key="activity.id", primary_key=True, ondelete="CASCADE")
    assessor_id: str = Field(
        foreign_key="assessor.id", primary_key=True, index=True, ondelete="CASCADE"
    )


class ActivityGroup(SQLModel, table=True):
    __tablename__ = "activity_group"

    activity_id: str = Field(foreign_key="activity.id", primary_key=True, ondelete="CASCADE")
    group_id: str = Field(
        foreign_key="respondent_group.id", primary_key=True, index=True, ondelete="CASCADE"
    )


class ActivityParticipant(SQLModel, table=True):
    __tablename__ = "activity_participant"

    activity_id: str = Field(foreign_key="activity.id", primary_key=True, ondelete="CASCADE")
    participant_id: str = Field(
        foreign_key="participant.id", primary_key=True, index=True, ondelete="CASCADE"
    )


class Entry(Record, table=True):
    """A block of notes; excerpts point into its text by code-point offsets."""

    activity_id: str = Field(foreign_key="activity.id", index=True, ondelete="CASCADE")
    text: str = ""
    question_id: str | None = Field(
        default=None, foreign_key="guide_question.id", index=True, ondelete="SET NULL"
    )
    offset_s: float | None = None
    author_id: str | None = Field(default=None, foreign_key="assessor.id", ondelete="SET NULL")
    order: int = 0
