"""Evidence tally: tag counts per activity × indicator, derived from the tags.

Written only by the triggers in storage/tally.py; services read it and never write it.
Not part of bundles or merges: it is rebuilt from the tags wherever they land.
"""

from sqlmodel import Field, SQLModel


class EvidenceTally(SQLModel, table=True):
    __tablename__ = "evidence_tally"
    # The matrix reads the whole table in key order; without a rowid that is one B-tree.
    __table_args__ = {"sqlite_with_rowid": False}

    # No foreign keys: the triggers drop a row when its last tag goes, and a cascade
    # from the activity or indicator would race them for the same rows.
    activity_id: str = Field(primary_key=True)
    indicator_id: str = Field(primary_key=True)
    n: int = 0
    strengths: int = 0
    gaps: int = 0
