"""Qt item models over service snapshots: COL_* constants, named roles, no SQL."""
