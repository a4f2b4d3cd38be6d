"""Levels per indicator across assessments: one organisation over time, or several on the
same rubric, each level with the evidence it rests on.

Files are only read. Indicators are matched by code. Assessments made with different rubrics
are compared only on the indicators they share (same code and title); with none in common
they are refused, since a level means nothing outside its own rubric.
"""

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import select

from digifelt.core.errors import DigifeltError
from digifelt.core.models import Finding, Project, ScaleLevel
from digifelt.core.services.matrix import evidence_matrix
from digifelt.storage.database import Database

UP, DOWN, SAME = "↑", "↓", "="


class CompareError(DigifeltError):
    pass


@contextlib.contextmanager
def opened(project: Path | Database) -> Iterator[Database]:
    """The caller's open Database, or the file opened for this read and closed afterwards."""
    if isinstance(project, Database):
        yield project
        return
    from digifelt.core.services.projects import open_project

    db = open_project(Path(project))
    try:
        yield db
    finally:
        db.close()


@dataclass(frozen=True)
class Assessment:
    name: str  # the file's name
    title: str
    organisation: str
    period: str | None
    language: str
    rubric: str  # the template id, or the rubric's title
    label: str = ""  # organisation and period (or title): a column heading

    @property
    def same_organisation_key(self) -> str:
        return " ".join(self.organisation.split()).casefold()


@dataclass
class CompareCell:
    level: int | None
    status: str | None
    excerpts: int
    kinds: int
    change: str | None = None  # ↑, ↓ or = against the same organisation's previous column


@dataclass
class CompareRow:
    code: str
    title: str
    area_code: str
    area_title: str
    cells: list[CompareCell | None] = field(default_factory=list)  # None: not in that rubric


@dataclass
class Comparison:
    assessments: list[Assessment]
    rows: list[CompareRow]
    scale: list[tuple[int, str]]
    missing: dict[str, list[str]] = field(default_factory=dict)  # label → codes it lacks
    left_out: list[str] = field(default_factory=list)  # codes not in every rubric

    @property
    def language(self) -> str:
        return self.assessments[0].language if self.assessments else "nb"


@dataclass
class _Read:
    assessment: Assessment
    rows: list[tuple[str, str, str, str]]  # code, title, area code, area title
    cells: dict[str, CompareCell]
    scale: list[tuple[int, str]]


def _read(db: Database) -> _Read:
    with db.read() as s:
        project = s.exec(select(Project)).first()
        if project is None:
            raise CompareError(f"{db.path.name}: the file has no project record")
        matrix = evidence_matrix(db, "kind")  # joins this snapshot
        findings = {f.indicator_id: f for f in s.exec(select(Finding)).all()}
        scale = [(lv.value, lv.label)
                 for lv in s.exec(select(ScaleLevel).order_by(ScaleLevel.value)).all()]
    assessment = Assessment(db.path.name, project.title, project.organisation, project.period,
                            project.language, project.template_id or project.rubric_title or "")
    rows, cells = [], {}
    for row in matrix.rows:
        rows.append((row.code, row.title, row.area_code, row.area_title))
        finding = findings.get(row.indicator_id)
        cells[row.code] = CompareCell(finding.level if finding else None,
                                      finding.status if finding else None,
                                      row.total.total, row.kinds)
    return _Read(assessment, rows, cells, scale)


def _labels(assessments: list[Assessment]) -> list[Assessment]:
    out, seen = [], {}
    for a in assessments:
        label = f"{a.organisation} {a.period}" if a.period else f"{a.organisation}: {a.title}"
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            label = f"{label} ({seen[label]})"
        out.append(Assessment(a.name, a.title, a.organisation, a.period, a.language, a.rubric,
                              label))
    return out


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def compare(projects: list[Path | Database]) -> Comparison:
    """Levels and evidence per indicator, one column per project in the order given."""
    if not projects:
        raise CompareError("name at least one assessment to compare")
    reads = []
    for project in projects:
        with opened(project) as db:
            reads.append(_read(db))
    assessments = _labels([r.assessment for r in reads])
    same_rubric = len({r.assessment.rubric for r in reads}) == 1
    order: dict[str, tuple[str, str, str, str]] = {}
    for r in reads:
        for row in r.rows:
            order.setdefault(row[0], row)
    left_out: list[str] = []
    if not same_rubric:
        titles = [{code: _norm(title) for code, title, *_ in r.rows} for r in reads]
        shared = [code for code in order
                  if all(t.get(code) == titles[0].get(code) for t in titles)]
        if not shared:
            names = ", ".join(f"{r.assessment.name} ({r.assessment.rubric or '?'})"
                              for r in reads)
            raise CompareError(f"different rubrics with no indicator in common: {names}; "
                               "compare assessments made with the same rubric")
        left_out = [code for code in order if code not in shared]
        order = {code: order[code] for code in shared}
    rows = []
    for code, title, area_code, area_title in order.values():
        row = CompareRow(code, title, area_code, area_title,
                         [r.cells.get(code) for r in reads])
        previous: dict[str, CompareCell] = {}
        for a, cell in zip(assessments, row.cells, strict=True):
            if cell is None:
                continue
            before = previous.get(a.same_organisation_key)
            if before is not None and before.level is not None and cell.level is not None:
                cell.change = (UP if cell.level > before.level
                               else DOWN if cell.level < before.level else SAME)
            previous[a.same_organisation_key] = cell
        rows.append(row)
    missing = {}
    for a, r in zip(assessments, reads, strict=True):
        lacks = [code for code in order if code not in r.cells]
        if lacks:
            missing[a.label] = lacks
    return Comparison(assessments, rows, reads[0].scale, missing, left_out)
