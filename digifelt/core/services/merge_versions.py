"""The versions of one object that a merge weighs, and which of them survive.

An object's state is the set of its versions that no other version descends from: normally
one, after concurrent edits several (one current, the others conflicts). Merging two files
takes the union of both sets and keeps what is not superseded (`settle`), so the outcome
does not depend on the order or grouping of imports. Which surviving version is *current* is
a pure function of that set (`choose`): an alive version before a deletion (an edit made
concurrently with a teammate's deletion is kept, with the deletion as its conflict), then
the later, then by content hash.
"""

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from digifelt.core.services import versions as vvs
from digifelt.core.services.snapshot import Kind, Row, content_hash, full_hash

CONFLICT_NAMESPACE = uuid.UUID("0b7f3c52-9d1e-5a54-8f0e-6d2c1f4a9e31")


@dataclass(frozen=True)
class Version:
    """One version of an object: its content (None: a deletion) and its history."""

    vv: dict = field(default_factory=dict)
    row: Row | None = None
    deleted_at: str | None = None  # a deletion's time (ISO, Z)
    by: str | None = None  # the assessor id named by the deleting session
    source: str = ""  # where this version was found: "this file" or a bundle's name

    @property
    def alive(self) -> bool:
        return self.row is not None

    def when(self) -> str:
        return (self.row.get("updated_at") or "") if self.row is not None else (
            self.deleted_at or "")

    def content_key(self, kind: Kind) -> str:
        return content_hash(kind, self.row) if self.row is not None else "deleted"

    def order_key(self, kind: Kind) -> tuple:
        """Total order among concurrent versions; alive before deleted."""
        if self.row is not None:
            return (1, self.row.get("updated_at") or "", content_hash(kind, self.row),
                    full_hash(kind, self.row))
        return (0, self.deleted_at or "", vvs.dump(self.vv), self.by or "")


def supersedes(w: Version, v: Version) -> bool:
    """w descends from v. A version without history (from a file or bundle of before
    histories were kept) is taken as w's base only when w was made after it; a later one
    may be an edit w never saw, so it stays beside w as a conflict rather than be lost."""
    if not v.vv:
        return bool(w.vv) and w.when() >= v.when()
    return vvs.dominates(w.vv, v.vv)


def settle(kind: Kind, versions: Iterable[Version]) -> list[Version]:
    """The versions no other one descends from, equal content joined; sorted, current last
    among equals of `order_key`. A pure function of the set given."""
    versions = list(versions)
    if len(versions) == 1:
        return versions
    if len(versions) == 2:
        # The usual case, without hashing: the same version twice, or one after the other.
        a, b = versions
        if a.row == b.row and a.vv == b.vv and (a.vv or a.row is not None) and \
                a.deleted_at == b.deleted_at and a.by == b.by:
            return [a]
        if supersedes(a, b):
            return [a]
        if supersedes(b, a):
            return [b]
    same: dict[tuple, Version] = {}
    for v in versions:
        # A non-empty vector names one edit: equal vectors are one version (whose derived
        # values, such as a link to an object deleted since, may differ between files).
        # Versions from before histories were kept (empty vectors) differ by content.
        ident = ("vv", vvs.dump(v.vv)) if v.vv else ("legacy", v.content_key(kind))
        held = same.get(ident)
        if held is None or v.order_key(kind) > held.order_key(kind):
            same[ident] = v
    kept = [v for v in same.values() if not any(supersedes(w, v) for w in same.values())]
    # Concurrent versions that say the same thing are no conflict: one version that has seen
    # both histories.
    by_content: dict[str, list[Version]] = {}
    for v in kept:
        by_content.setdefault(v.content_key(kind), []).append(v)
    out = []
    for group in by_content.values():
        best = max(group, key=lambda v: v.order_key(kind))
        if len(group) > 1:
            best = replace(best, vv=vvs.join(*(v.vv for v in group)))
        out.append(best)
    return sorted(out, key=lambda v: v.order_key(kind))


def choose(kind: Kind, settled: list[Version],
           viable: Callable[[Row], bool]) -> tuple[Version | None, list[Version]]:
    """(current version, the others). The current one is the greatest alive version whose
    parents are alive (`viable`); failing that, the greatest deletion; failing that, none
    (versions whose parent was deleted are kept as conflicts, not applied)."""
    alive = [v for v in settled if v.row is not None and viable(v.row)]
    if len(alive) == 1:
        current = alive[0]
    elif alive:
        current = max(alive, key=lambda v: v.order_key(kind))
    else:
        deleted = [v for v in settled if v.row is None]
        current = max(deleted, key=lambda v: v.order_key(kind)) if deleted else None
    return current, [v for v in settled if v is not current]


def conflict_id(kind: Kind, object_id: str, version: Row | None) -> str:
    """A conflict row's id: derived from the object and the version's content, so the same
    conflict found by two files (or twice) is one row."""
    what = content_hash(kind, version) if version is not None else "deleted"
    return str(uuid.uuid5(CONFLICT_NAMESPACE, f"{kind.name}/{object_id}/{what}"))
