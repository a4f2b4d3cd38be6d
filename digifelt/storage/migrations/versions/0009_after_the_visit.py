"""after the visit: report versions and fact-check comments, follow-up actions, previous levels

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 17:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns() -> list[sa.Column]:
    return [sa.Column("id", sa.String(length=36), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "report_version",
        *_record_columns(),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("sent_to", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("frozen", sa.JSON(), nullable=False),
        sa.Column("docx_sha256", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["docx_sha256"], ["blob.sha256"],
                                name=op.f("fk_report_version_docx_sha256_blob")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_version")),
        sa.UniqueConstraint("number", name=op.f("uq_report_version_number")),
    )
    with op.batch_alter_table("report_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_version_docx_sha256"), ["docx_sha256"],
                              unique=False)
    op.create_table(
        "fact_check_comment",
        *_record_columns(),
        sa.Column("version_id", sa.String(), nullable=False),
        sa.Column("target_kind", sa.String(), nullable=False),
        sa.Column("target", sa.String(), nullable=True),
        sa.Column("commenter", sa.String(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("response", sa.String(), server_default="open", nullable=False),
        sa.Column("response_text", sa.String(), nullable=True),
        sa.Column("responded_by", sa.String(), nullable=True),
        sa.Column("order", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["responded_by"], ["assessor.id"],
                                name=op.f("fk_fact_check_comment_responded_by_assessor"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["version_id"], ["report_version.id"],
                                name=op.f("fk_fact_check_comment_version_id_report_version"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fact_check_comment")),
    )
    with op.batch_alter_table("fact_check_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fact_check_comment_responded_by"), ["responded_by"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_fact_check_comment_version_id"), ["version_id"],
                              unique=False)
    op.create_table(
        "action_item",
        *_record_columns(),
        sa.Column("indicator_id", sa.String(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), server_default="planned", nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("order", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"],
                                name=op.f("fk_action_item_indicator_id_indicator"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_indicator_id"), ["indicator_id"],
                              unique=False)
    op.create_table(
        "previous_level",
        *_record_columns(),
        sa.Column("indicator_id", sa.String(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("source_title", sa.String(), nullable=False),
        sa.Column("source_project_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"],
                                name=op.f("fk_previous_level_indicator_id_indicator"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_previous_level")),
        sa.UniqueConstraint("indicator_id", "source_project_id",
                            name=op.f("uq_previous_level_indicator_id")),
    )
    with op.batch_alter_table("previous_level", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_previous_level_indicator_id"), ["indicator_id"],
                              unique=False)


def downgrade() -> None:
    # An older digifelt has no place for versions, comments, actions or earlier levels: they
    # go, and the frozen .docx files with them once nothing else uses their content.
    with op.batch_alter_table("previous_level", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_previous_level_indicator_id"))
    op.drop_table("previous_level")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_indicator_id"))
    op.drop_table("action_item")
    with op.batch_alter_table("fact_check_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fact_check_comment_version_id"))
        batch_op.drop_index(batch_op.f("ix_fact_check_comment_responded_by"))
    op.drop_table("fact_check_comment")
    shas = [row[0] for row in op.get_bind().execute(sa.text(
        "SELECT docx_sha256 FROM report_version WHERE docx_sha256 IS NOT NULL"))]
    with op.batch_alter_table("report_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_version_docx_sha256"))
    op.drop_table("report_version")
    for sha in shas:
        op.execute(sa.text("DELETE FROM blob WHERE sha256 = :sha AND sha256 NOT IN "
                           "(SELECT sha256 FROM attachment)").bindparams(sha=sha))
