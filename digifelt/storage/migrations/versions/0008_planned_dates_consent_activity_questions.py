"""planned apart from actual dates, consent per interview, questions of one activity, survey
invitations

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 16:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from digifelt.storage import fts

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ACTIVITY_COLUMNS = (
    ("planned_start", sa.DateTime()),
    ("planned_end", sa.DateTime()),
    ("info_letter_given", sa.Boolean()),
    ("consent_given", sa.Boolean()),
    ("consent_by", sa.String()),
    ("survey_invited", sa.JSON()),
)

# Until now started_at/ended_at held the planned time until the first keystroke replaced it.
# An activity with notes (or page excerpts, or a survey's results) has been held: its times
# are actual. One without has not: its times were only ever planned.
_HELD = (
    "kind = 'survey' "
    "OR EXISTS (SELECT 1 FROM entry e WHERE e.activity_id = activity.id AND e.text != '') "
    "OR EXISTS (SELECT 1 FROM excerpt x WHERE x.activity_id = activity.id)"
)


def upgrade() -> None:
    # Nullable columns without defaults or constraints: SQLite adds them in place, so the
    # search triggers on activity stay as they are.
    with op.batch_alter_table("activity", schema=None) as batch_op:
        for name, type_ in _ACTIVITY_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
    op.execute(f"UPDATE activity SET planned_start = started_at, planned_end = ended_at, "
               f"started_at = NULL, ended_at = NULL WHERE NOT ({_HELD})")
    # guide_question has no triggers, so recreating it for the foreign key loses nothing.
    with op.batch_alter_table("guide_question", schema=None) as batch_op:
        batch_op.add_column(sa.Column("activity_id", sa.String(), nullable=True))
        batch_op.create_index(batch_op.f("ix_guide_question_activity_id"), ["activity_id"],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_guide_question_activity_id_activity"),
                                    "activity", ["activity_id"], ["id"], ondelete="CASCADE")


def downgrade() -> None:
    # An older digifelt shows every question of a guide in every interview: an ad-hoc question
    # becomes part of its guide, as it was before this revision.
    with op.batch_alter_table("guide_question", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_guide_question_activity_id_activity"),
                                 type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_guide_question_activity_id"))
        batch_op.drop_column("activity_id")
    op.execute("UPDATE activity SET started_at = planned_start, ended_at = planned_end "
               "WHERE started_at IS NULL")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        for name, _ in reversed(_ACTIVITY_COLUMNS):
            batch_op.drop_column(name)
    # Dropping columns recreates the table, which takes its search triggers with it.
    fts.replace_triggers(op.get_bind(), version=2)
