"""histories and tombstones per object, concurrent versions in conflicts, provisional levels

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 14:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Objects of an older file have no row here: an empty history, which any later edit
    # descends from (docs/ARCHITECTURE.md, "Team merge").
    op.create_table(
        "revision",
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("object_id", sa.String(), nullable=False),
        sa.Column("vv", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("by", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("kind", "object_id", name=op.f("pk_revision")),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.add_column(sa.Column("vv", sa.String(), nullable=False, server_default="{}"))
        batch_op.add_column(sa.Column("deleted", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("by", sa.String(), nullable=True))
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_sha256", sa.String(), nullable=True))
        batch_op.create_index(batch_op.f("ix_import_log_content_sha256"), ["content_sha256"],
                              unique=False)
    op.create_table(
        "provisional_level",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("indicator_id", sa.String(), nullable=False),
        sa.Column("assessor_id", sa.String(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("rationale", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["assessor_id"], ["assessor.id"],
                                name=op.f("fk_provisional_level_assessor_id_assessor"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"],
                                name=op.f("fk_provisional_level_indicator_id_indicator"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provisional_level")),
        sa.UniqueConstraint("indicator_id", "assessor_id",
                            name=op.f("uq_provisional_level_indicator_id")),
    )
    with op.batch_alter_table("provisional_level", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_provisional_level_assessor_id"), ["assessor_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_provisional_level_indicator_id"),
                              ["indicator_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("provisional_level", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provisional_level_indicator_id"))
        batch_op.drop_index(batch_op.f("ix_provisional_level_assessor_id"))
    op.drop_table("provisional_level")
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_log_content_sha256"))
        batch_op.drop_column("content_sha256")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_column("by")
        batch_op.drop_column("deleted")
        batch_op.drop_column("vv")
    op.drop_table("revision")
