"""The store's tables (schema `digifelt` on the server).

Every row of an assessment carries `assessment_id` and an id of its own that is stable across
publications (the project's ids, or one derived from them), so publishing again is an upsert by
id plus the removal of that assessment's rows whose ids are gone. Rows are keyed by indicator
*code* for comparison: assessments made from the same rubric share codes, not ids.
"""

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA = "digifelt"
VERSION_TABLE = "digifelt_store_version"


class Base(DeclarativeBase):
    # Apart from the project file's SQLModel metadata: nothing of one may reach the other.
    metadata = MetaData(schema=SCHEMA)


def _assessment_fk() -> ForeignKey:
    return ForeignKey(f"{SCHEMA}.assessment.id", ondelete="CASCADE")


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)


class Assessment(Base):
    __tablename__ = "assessment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the project's own id
    organisation_id: Mapped[str] = mapped_column(
        ForeignKey(f"{SCHEMA}.organisation.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    rubric_template_id: Mapped[str | None] = mapped_column(Text, index=True)
    rubric_title: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[object] = mapped_column(DateTime(timezone=True))
    app_version: Mapped[str] = mapped_column(Text)


class Indicator(Base):
    """The assessment's rubric, with its evidence basis as the evidence matrix counts it."""

    __tablename__ = "indicator"
    __table_args__ = (Index("indicator_by_code", "assessment_id", "code", unique=True),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    assessment_id: Mapped[str] = mapped_column(_assessment_fk())
    code: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    area_code: Mapped[str] = mapped_column(Text)
    area_title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[int] = mapped_column(Integer)
    strengths: Mapped[int] = mapped_column(Integer)
    gaps: Mapped[int] = mapped_column(Integer)
    kinds: Mapped[int] = mapped_column(Integer)
    groups: Mapped[int] = mapped_column(Integer)
    triangulated: Mapped[bool] = mapped_column(Boolean)


class Finding(Base):
    """An agreed finding: its level and its texts."""

    __tablename__ = "finding"
    __table_args__ = (Index("finding_by_code", "assessment_id", "indicator_code", unique=True),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    assessment_id: Mapped[str] = mapped_column(_assessment_fk())
    indicator_code: Mapped[str] = mapped_column(Text)
    level: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    strengths: Mapped[str | None] = mapped_column(Text)
    improvements: Mapped[str | None] = mapped_column(Text)
    actions: Mapped[str | None] = mapped_column(Text)


class EvidenceCount(Base):
    """Evidence for one indicator from one source: an activity kind (dimension "kind") or a
    respondent group (dimension "group"; never a group under the small-group rule)."""

    __tablename__ = "evidence_count"
    __table_args__ = (Index("evidence_count_by_code", "assessment_id", "indicator_code"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    assessment_id: Mapped[str] = mapped_column(_assessment_fk())
    indicator_code: Mapped[str] = mapped_column(Text)
    dimension: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(Text)  # kind name, group name, "~several", "~none"
    total: Mapped[int] = mapped_column(Integer)
    strengths: Mapped[int] = mapped_column(Integer)
    gaps: Mapped[int] = mapped_column(Integer)


class Quote(Base):
    """An excerpt chosen for an agreed finding, pseudonymised."""

    __tablename__ = "quote"
    __table_args__ = (Index("quote_by_code", "assessment_id", "indicator_code"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # finding × excerpt
    assessment_id: Mapped[str] = mapped_column(_assessment_fk())
    indicator_code: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # quote | paraphrase
    valence: Mapped[str] = mapped_column(String(16))
    source_kind: Mapped[str] = mapped_column(String(16))  # interview, observation, …


class Action(Base):
    """A follow-up action of the assessment's action list."""

    __tablename__ = "action"
    __table_args__ = (Index("action_by_assessment", "assessment_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    assessment_id: Mapped[str] = mapped_column(_assessment_fk())
    indicator_code: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[object | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Text)


# Children of an assessment, in the order a publication writes them.
CHILD_TABLES = (Indicator, Finding, EvidenceCount, Quote, Action)
