"""reflection questions per finding; commissioner, assessing organisation and report version

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 06:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PROJECT_COLUMNS = ("commissioner", "assessing_org", "report_version")


def upgrade() -> None:
    # Nullable columns without defaults: SQLite adds them in place, so the search triggers on
    # finding stay as they are. The status "not_assessed" needs no change: status is free text.
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reflection", sa.String(), nullable=True))
    with op.batch_alter_table("project", schema=None) as batch_op:
        for name in _PROJECT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(), nullable=True))


def downgrade() -> None:
    op.execute("UPDATE finding SET status = 'draft' WHERE status = 'not_assessed'")
    with op.batch_alter_table("project", schema=None) as batch_op:
        for name in reversed(_PROJECT_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_column("reflection")
