"""Every export the app offers, once: the command line and the Export page both call these.

Each `run(project, out, *, pseudonymise=False, progress=None, cancelled=None, **options)`
takes an open Database or a project file, reads the project in one snapshot, writes `out`
atomically (nothing at `out` on a failure or a cancel) and returns a result with `path`,
`names` (where names were replaced, or None) and `summary()` (one English line).

    report  template=Path|None, lang="nb"|"en"|None; an `out` ending in .pdf is converted
            by LibreOffice (command line only: the Export page offers .docx)
    bundle  exported_by=assessor id|None
    qdpx
    matrix  by="kind"|"group", lang="nb"|"en"|None
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from digifelt.exports.bundle.writer import export_bundle
from digifelt.exports.matrix import export_matrix
from digifelt.exports.qdpx import export_qdpx
from digifelt.exports.report.pdf import export_report_file


@dataclass(frozen=True)
class EntryPoint:
    name: str
    suffixes: tuple[str, ...]  # the first is the default
    run: Callable[..., Any]


_ALL = (
    EntryPoint("report", (".docx",), export_report_file),
    EntryPoint("bundle", (".zip",), export_bundle),
    EntryPoint("qdpx", (".qdpx",), export_qdpx),
    EntryPoint("matrix", (".xlsx", ".csv"), export_matrix),
)
ENTRY_POINTS: dict[str, EntryPoint] = {entry.name: entry for entry in _ALL}


def entry_point(name: str) -> EntryPoint:
    return ENTRY_POINTS[name]
