"""The rubric: the scale, areas and indicators (the framtidsbilde)."""

from sqlmodel import JSON, Column, Field

from digifelt.core.models.base import Record


class ScaleLevel(Record, table=True):
    __tablename__ = "scale_level"

    value: int = Field(unique=True)
    label: str
    description: str | None = None


class Area(Record, table=True):
    code: str = Field(unique=True)
    title: str
    description: str | None = None
    order: int = 0


class Indicator(Record, table=True):
    area_id: str = Field(foreign_key="area.id", index=True, ondelete="CASCADE")
    code: str = Field(unique=True)
    title: str
    description: str | None = None
    lookfors: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    order: int = 0
