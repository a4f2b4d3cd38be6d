"""The schema revisions this digifelt knows, oldest first (a test checks them against Alembic).

Kept as a constant so that opening an up-to-date file does not have to import Alembic.
"""

SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
