"""After the visit: frozen report versions and the organisation's fact-check comments, the
follow-up action list, and levels of an earlier assessment shown as context.

`ReportVersion.frozen` (JSON) holds what the report said when the version was frozen, so two
versions can be compared after the findings have moved on:

    {"findings": {"<indicator id>": {"code": "1.1", "title": …, "level": 2, "status": "agreed",
                  "strengths": …, "improvements": …, "actions": …, "reflection": …,
                  "excerpts": [{"id": …, "text": …}, …]}, …},
     "areas": {"<area id>": {"code": "1", "title": …, "summary": …, "strengths": …,
               "improvements": …}, …}}

These tables live in the lead's file only: bundles do not carry them (snapshot.KINDS).
"""

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Column, Field

from digifelt.core.models.base import Record
from digifelt.core.models.types import UtcDateTime

REPORT_VERSION_KINDS = ("draft", "final")
COMMENT_TARGETS = ("general", "chapter", "indicator")
COMMENT_RESPONSES = ("open", "accepted", "not_accepted")
ACTION_STATUSES = ("planned", "in_progress", "done", "dropped")


class ReportVersion(Record, table=True):
    __tablename__ = "report_version"

    number: int = Field(unique=True)
    kind: str = "draft"
    sent_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    sent_to: str | None = None
    note: str | None = None
    frozen: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # The .docx as it was sent, in the content-addressed blob table like an attachment's.
    docx_sha256: str | None = Field(default=None, foreign_key="blob.sha256", index=True)


class FactCheckComment(Record, table=True):
    __tablename__ = "fact_check_comment"

    version_id: str = Field(foreign_key="report_version.id", index=True, ondelete="CASCADE")
    target_kind: str = "general"
    target: str | None = None  # an indicator id, or a chapter key
    commenter: str | None = None
    received_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    text: str
    response: str = Field(default="open", sa_column_kwargs={"server_default": "open"})
    response_text: str | None = None
    responded_by: str | None = Field(default=None, foreign_key="assessor.id", index=True,
                                     ondelete="SET NULL")
    order: int = Field(default=0, sa_column_kwargs={"server_default": sa.text("0")})


class ActionItem(Record, table=True):
    __tablename__ = "action_item"

    indicator_id: str | None = Field(default=None, foreign_key="indicator.id", index=True,
                                     ondelete="SET NULL")  # NULL: a general action
    text: str
    owner: str | None = None
    due_date: date | None = None
    status: str = Field(default="planned", sa_column_kwargs={"server_default": "planned"})
    notes: str | None = None
    order: int = Field(default=0, sa_column_kwargs={"server_default": sa.text("0")})


class PreviousLevel(Record, table=True):
    """An indicator's level in an earlier assessment of the same organisation: context for a
    re-assessment, never a finding of this one."""

    __tablename__ = "previous_level"
    __table_args__ = (UniqueConstraint("indicator_id", "source_project_id"),)

    indicator_id: str = Field(foreign_key="indicator.id", index=True, ondelete="CASCADE")
    level: int | None = None
    status: str | None = None
    assessed_on: date | None = None
    source_title: str
    source_project_id: str | None = None
