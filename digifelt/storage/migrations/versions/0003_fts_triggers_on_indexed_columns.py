"""search-index triggers fire only when an indexed column changes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 20:30:00
"""

from collections.abc import Sequence

from alembic import op

from digifelt.storage import fts

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    fts.replace_triggers(op.get_bind(), version=2)


def downgrade() -> None:
    fts.replace_triggers(op.get_bind(), version=1)
