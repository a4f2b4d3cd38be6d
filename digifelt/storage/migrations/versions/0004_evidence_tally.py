"""evidence tally kept by triggers, so the evidence matrix need not group every tag

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 23:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from digifelt.storage import tally

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "evidence_tally",
        sa.Column("activity_id", sa.String(), nullable=False),
        sa.Column("indicator_id", sa.String(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("strengths", sa.Integer(), nullable=False),
        sa.Column("gaps", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("activity_id", "indicator_id", name=op.f("pk_evidence_tally")),
        sqlite_with_rowid=False,
    )
    conn = op.get_bind()
    tally.create_triggers(conn, version=1)
    tally.rebuild(conn)


def downgrade() -> None:
    tally.drop_triggers(op.get_bind())
    op.drop_table("evidence_tally")
