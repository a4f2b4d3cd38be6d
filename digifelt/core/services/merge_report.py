"""What a merge takes in (a teammate's rows and their histories) and what it reports."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from digifelt.core.services.snapshot import Kind, Row
from digifelt.errors import DigifeltError

THIS_FILE = "this file"

LABELS = {
    "respondent_group": "group", "guide_question": "question", "scale_level": "scale level",
    "area_summary": "area summary", "provisional_level": "provisional level",
}


def label(kind_name: str) -> str:
    return LABELS.get(kind_name, kind_name.replace("_", " "))


def describe(kind: Kind, row: Row) -> str:
    if kind.name in ("area", "indicator"):
        return f"{label(kind.name)} {row.get('code')} “{row.get('title')}”"
    if kind.name == "scale_level":
        return f"scale level {row.get('value')} “{row.get('label')}”"
    return f"{label(kind.name)} {row.get('id')}"


class MergeError(DigifeltError):
    """The data cannot be merged into this project (another project, clashing codes, …)."""


@dataclass
class KindCounts:
    new: int = 0  # absent here: added
    updated: int = 0  # the incoming version replaced ours
    kept: int = 0  # ours stays current; the incoming version became a conflict
    unchanged: int = 0
    conflicting: int = 0  # concurrent versions met: the others are kept as conflicts
    skipped: int = 0  # not merged (rubric mismatch)
    deleted: int = 0  # a deletion made elsewhere (or of its parent) removed it here

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class MergeInput:
    """Validated incoming data: rows per kind in row form, file contents by SHA-256, and the
    histories of a format-2 bundle (a format-1 bundle has none: every version is treated as
    having no history)."""

    rows: dict[str, list[Row]]
    blobs: Mapping[str, bytes]
    bundle_id: str
    exported_at: str
    exported_by: str | None = None
    source: str = "bundle"  # a file name, shown with conflict copies and in the log
    content_sha256: str | None = None  # of the bundle's project.json: logged, so the same
    # content imported again can be recognised before it is read
    # kind → id → {"vv": version vector, "by": assessor id} of each current version
    versions: dict[str, dict[str, dict]] = field(default_factory=dict)
    # {"kind", "id", "vv", "deleted_at", "by"} per deleted object
    tombstones: list[dict] = field(default_factory=list)
    # {"kind", "object_id", "vv", "version" (row form, None: a deletion), "deleted_at",
    #  "by", "source"} per open conflict
    siblings: list[dict] = field(default_factory=list)


@dataclass
class MergeReport:
    creates_project: bool
    counts: dict[str, KindCounts] = field(default_factory=dict)
    rubric_mismatches: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    conflicts_added: int = 0
    previous_imports: list[str] = field(default_factory=list)  # times this bundle came before
    log_id: str | None = None
    notes: list[str] = field(default_factory=list)  # one line per new conflict

    @property
    def changed(self) -> bool:
        return bool(self.conflicts_added) or any(
            c.new or c.updated or c.deleted for c in self.counts.values())
