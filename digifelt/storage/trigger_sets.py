"""Versioned trigger sets (search index, evidence tally): what an opened file may contain."""

from collections.abc import Callable, Iterable


def accepted_triggers(triggers_of: Callable[[int], list[str]],
                      versions: Iterable[int]) -> dict[str, set[str]]:
    """Trigger name → every CREATE text some version wrote: a file not yet migrated past an
    older version still opens, and anything else is refused as foreign."""
    out: dict[str, set[str]] = {}
    for version in versions:
        for stmt in triggers_of(version):
            out.setdefault(stmt.split()[2], set()).add(stmt)
    return out
