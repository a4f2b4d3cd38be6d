"""What a stored number may be: the one rule services and bundles apply.

SQLite stores integers in 64 bits: a larger Python int fails deep inside the driver with an
OverflowError, after the user's action seemed accepted. A float that is not finite (inf, nan)
is stored, but every export writes it as null or crashes, and it sorts apart from all others.
"""

import math

SQL_MIN, SQL_MAX = -(2 ** 63), 2 ** 63 - 1


def number_problem(value) -> str | None:
    """Why `value` cannot be stored as a number, or None when it can (bools count as ints)."""
    if isinstance(value, int):
        if not SQL_MIN <= value <= SQL_MAX:
            return "is too large a number to store"
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number"
    return None
