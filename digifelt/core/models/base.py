"""The metadata (with a naming convention for Alembic batch mode) and the common record columns."""

from datetime import datetime

from sqlmodel import Field, SQLModel

from digifelt.core.ids import new_id, utcnow
from digifelt.core.models.types import UtcDateTime

# Named constraints are required for Alembic batch migrations on SQLite: unnamed ones
# cannot be dropped and unnamed CHECKs are silently lost when a table is recreated.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Record(SQLModel):
    """UUID key and UTC timestamps: every row that is merged between assessors has these."""

    model_config = {"defer_build": True}

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
