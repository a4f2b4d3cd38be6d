"""surveys: questions with their answer counts per group, indicator links, free-text answers

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A survey is an activity of kind "survey": activity.kind is free text, so no change there.
    op.create_table(
        "survey_question",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("activity_id", sa.String(), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("scale", sa.JSON(), nullable=True),
        sa.Column("distribution", sa.JSON(), nullable=False),
        sa.Column("valence", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["activity.id"],
                                name=op.f("fk_survey_question_activity_id_activity"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_question")),
    )
    with op.batch_alter_table("survey_question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_question_activity_id"), ["activity_id"],
                              unique=False)
    op.create_table(
        "survey_question_indicator",
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("indicator_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"],
                                name=op.f("fk_survey_question_indicator_indicator_id_indicator"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["question_id"], ["survey_question.id"],
                                name=op.f("fk_survey_question_indicator_question_id_survey_question"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("question_id", "indicator_id",
                                name=op.f("pk_survey_question_indicator")),
    )
    with op.batch_alter_table("survey_question_indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_question_indicator_indicator_id"),
                              ["indicator_id"], unique=False)
    op.create_table(
        "survey_answer",
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("entry_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"],
                                name=op.f("fk_survey_answer_entry_id_entry"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["question_id"], ["survey_question.id"],
                                name=op.f("fk_survey_answer_question_id_survey_question"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("question_id", "entry_id", name=op.f("pk_survey_answer")),
    )
    with op.batch_alter_table("survey_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_answer_entry_id"), ["entry_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("survey_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_answer_entry_id"))
    op.drop_table("survey_answer")
    with op.batch_alter_table("survey_question_indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_question_indicator_indicator_id"))
    op.drop_table("survey_question_indicator")
    with op.batch_alter_table("survey_question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_question_activity_id"))
    op.drop_table("survey_question")
    # Surveys cannot be represented before this revision.
    op.execute("DELETE FROM activity WHERE kind = 'survey'")
