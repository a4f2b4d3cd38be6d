"""The store's first schema: organisations, assessments, indicators, agreed findings, evidence
counts, pseudonymised quotes and actions.

Revision ID: s0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

S = "digifelt"


def _child(name: str, *columns) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("assessment_id", sa.String(36),
                  sa.ForeignKey(f"{S}.assessment.id", ondelete="CASCADE"), nullable=False),
        *columns, schema=S)


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        schema=S)
    op.create_table(
        "assessment",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("organisation_id", sa.String(36), sa.ForeignKey(f"{S}.organisation.id"),
                  nullable=False, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("period", sa.Text),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("rubric_template_id", sa.Text, index=True),
        sa.Column("rubric_title", sa.Text),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("app_version", sa.Text, nullable=False),
        schema=S)
    _child("indicator",
           sa.Column("code", sa.Text, nullable=False),
           sa.Column("title", sa.Text, nullable=False),
           sa.Column("area_code", sa.Text, nullable=False),
           sa.Column("area_title", sa.Text, nullable=False),
           sa.Column("position", sa.Integer, nullable=False),
           sa.Column("evidence", sa.Integer, nullable=False),
           sa.Column("strengths", sa.Integer, nullable=False),
           sa.Column("gaps", sa.Integer, nullable=False),
           sa.Column("kinds", sa.Integer, nullable=False),
           sa.Column("groups", sa.Integer, nullable=False),
           sa.Column("triangulated", sa.Boolean, nullable=False))
    op.create_index("indicator_by_code", "indicator", ["assessment_id", "code"], unique=True,
                    schema=S)
    _child("finding",
           sa.Column("indicator_code", sa.Text, nullable=False),
           sa.Column("level", sa.Integer),
           sa.Column("status", sa.String(16), nullable=False),
           sa.Column("strengths", sa.Text),
           sa.Column("improvements", sa.Text),
           sa.Column("actions", sa.Text))
    op.create_index("finding_by_code", "finding", ["assessment_id", "indicator_code"],
                    unique=True, schema=S)
    _child("evidence_count",
           sa.Column("indicator_code", sa.Text, nullable=False),
           sa.Column("dimension", sa.String(8), nullable=False),
           sa.Column("source", sa.Text, nullable=False),
           sa.Column("total", sa.Integer, nullable=False),
           sa.Column("strengths", sa.Integer, nullable=False),
           sa.Column("gaps", sa.Integer, nullable=False))
    op.create_index("evidence_count_by_code", "evidence_count",
                    ["assessment_id", "indicator_code"], schema=S)
    _child("quote",
           sa.Column("indicator_code", sa.Text, nullable=False),
           sa.Column("position", sa.Integer, nullable=False),
           sa.Column("text", sa.Text, nullable=False),
           sa.Column("kind", sa.String(16), nullable=False),
           sa.Column("valence", sa.String(16), nullable=False),
           sa.Column("source_kind", sa.String(16), nullable=False))
    op.create_index("quote_by_code", "quote", ["assessment_id", "indicator_code"], schema=S)
    _child("action",
           sa.Column("indicator_code", sa.Text),
           sa.Column("position", sa.Integer, nullable=False),
           sa.Column("text", sa.Text, nullable=False),
           sa.Column("owner", sa.Text),
           sa.Column("due_date", sa.Date),
           sa.Column("status", sa.String(16), nullable=False),
           sa.Column("notes", sa.Text))
    op.create_index("action_by_assessment", "action", ["assessment_id"], schema=S)


def downgrade() -> None:
    for name in ("action", "quote", "evidence_count", "finding", "indicator", "assessment",
                 "organisation"):
        op.drop_table(name, schema=S)
