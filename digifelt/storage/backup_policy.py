"""How many backups each project keeps: set from the settings at start-up, read by backup.py.

A module of its own so that applying the settings before the first window does not load
sqlite3 and the backup code.
"""

KEEP_PER_PROJECT = 20

keep_per_project = KEEP_PER_PROJECT


def set_keep_per_project(count: int) -> None:
    """At least three, whatever the settings file says."""
    global keep_per_project
    keep_per_project = max(3, int(count))
