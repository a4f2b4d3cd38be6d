"""Respondent groups and participants. Participant names are personal data, kept apart."""

from sqlmodel import Field

from digifelt.core.models.base import Record


class RespondentGroup(Record, table=True):
    __tablename__ = "respondent_group"

    name: str = Field(unique=True)
    description: str | None = None


class Participant(Record, table=True):
    group_id: str | None = Field(
        default=None, foreign_key="respondent_group.id", index=True, ondelete="SET NULL"
    )
    # Personal data: optional, pseudonymised in exports, never in reports.
    name: str | None = None
    role: str | None = None
    pseudonym: str | None = None
