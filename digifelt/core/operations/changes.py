"""What one operation changed: kinds of objects and their ids, as the screens need to know."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Kinds (table names of the objects: "excerpt", "finding", …) → ids of changed objects.

    A change to a link row counts as a change to its owner (a new tag changes its excerpt).
    `everything` stands for a change too large to list (an import, a restore).
    """

    label: str = ""
    ids: Mapping[str, frozenset[str]] = field(default_factory=dict)
    everything: bool = False
    # "untracked" for typing saved by an editor: the editor shows its own text already.
    mode: str = "undoable"

    @classmethod
    def of(cls, label: str, pairs: Iterable[tuple[str, str | None]], *,
           mode: str = "undoable") -> "Changes":
        found: dict[str, set[str]] = {}
        for kind, obj_id in pairs:
            ids = found.setdefault(kind, set())
            if obj_id is not None:
                ids.add(obj_id)
        return cls(label, {k: frozenset(v) for k, v in found.items()}, mode=mode)

    @classmethod
    def all(cls, label: str = "") -> "Changes":
        return cls(label, everything=True, mode="bulk")

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids)

    def touches(self, *kinds: str) -> bool:
        """True if anything of these kinds changed (always, for `everything`)."""
        return self.everything or any(k in self.ids for k in kinds)

    def ids_of(self, kind: str) -> frozenset[str]:
        return self.ids.get(kind, frozenset())

    def __bool__(self) -> bool:
        return self.everything or bool(self.ids)
