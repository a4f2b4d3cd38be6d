"""The assessment itself and the team that carries it out."""

from datetime import date

from digifelt.core.models.base import Record


class Project(Record, table=True):
    """One row per file: the assessment of one organisation."""

    title: str
    organisation: str
    language: str = "nb"
    period: str | None = None
    description: str | None = None
    template_id: str | None = None
    rubric_title: str | None = None
    retention_date: date | None = None
    commissioner: str | None = None
    # The assessing team's own organisation, as opposed to `organisation`, the one assessed.
    assessing_org: str | None = None
    report_version: str | None = None


class Assessor(Record, table=True):
    name: str
    initials: str | None = None
