"""A new assessment of the same organisation from a finished one.

Only the rubric (scale, areas, indicators with their framtidsbilde and look-fors) is copied,
and the agreed levels are kept beside it as previous levels: context for the new team, never
evidence. Notes, people, groups, guides, findings' texts and attachments stay behind: they
belong to the earlier visit, and carrying participants' names into a new file would keep
personal data longer than its purpose.
"""

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from digifelt.core.errors import ProjectFileError
from digifelt.core.models import Area, Finding, Indicator, Project, ScaleLevel
from digifelt.core.models.after_visit import PreviousLevel
from digifelt.core.services.common import check_text, require_text
from digifelt.storage.database import (
    Database,
    create_database,
    open_database,
    publish_new,
    remove_file_set,
)

# A level is carried over only once the team agreed on it (or decided not to assess).
CARRIED_STATUSES = ("agreed", "not_assessed")


@dataclass(frozen=True)
class ReassessResult:
    path: Path
    indicators: int
    previous_levels: int

    def summary(self) -> str:
        return (f"wrote {self.path}: {self.indicators} indicators, "
                f"{self.previous_levels} previous levels as context")


def _source_title(project: Project) -> str:
    return f"{project.title} ({project.period})" if project.period else project.title


def reassess(old: Path | Database, new: Path, *, title: str | None = None,
             period: str | None = None) -> ReassessResult:
    """Make the project file `new` from `old` (read, never changed); all or nothing."""
    from digifelt.core.services.compare import opened
    from digifelt.core.services.projects import _staging_name

    new = Path(new)
    check_text(title, "title")
    check_text(period, "period")
    if new.exists():
        raise ProjectFileError(f"{new.name}: already exists; choose another name")
    if not new.parent.is_dir():
        raise ProjectFileError(f"{new.parent}: no such folder")
    with opened(old) as src, src.read() as s:
        project = s.exec(select(Project)).first()
        if project is None:
            raise ProjectFileError(f"{src.path.name}: the file has no project record")
        scale = s.exec(select(ScaleLevel).order_by(ScaleLevel.value)).all()
        areas = s.exec(select(Area).order_by(Area.order, Area.code)).all()
        indicators = s.exec(select(Indicator).order_by(Indicator.order, Indicator.code)).all()
        findings = {f.indicator_id: f for f in s.exec(select(Finding)).all()}
    new_title = title or project.title
    require_text(new_title, "title")
    staging = _staging_name(new)
    db = create_database(staging)
    carried = 0
    try:
        with db.transaction() as s:
            s.add(Project(title=new_title, organisation=project.organisation,
                          language=project.language, period=period,
                          template_id=project.template_id, rubric_title=project.rubric_title,
                          commissioner=project.commissioner,
                          assessing_org=project.assessing_org))
            for level in scale:
                s.add(ScaleLevel(value=level.value, label=level.label,
                                 description=level.description))
            area_ids = {}
            for area in areas:
                copy = Area(code=area.code, title=area.title, description=area.description,
                            order=area.order)
                s.add(copy)
                area_ids[area.id] = copy.id
            s.flush()  # no ORM relationships: parents are written before their children
            for ind in indicators:
                copy = Indicator(area_id=area_ids[ind.area_id], code=ind.code, title=ind.title,
                                 description=ind.description, lookfors=list(ind.lookfors),
                                 order=ind.order)
                s.add(copy)
                finding = findings.get(ind.id)
                if finding is not None and finding.status in CARRIED_STATUSES:
                    s.flush()
                    s.add(PreviousLevel(
                        indicator_id=copy.id, level=finding.level, status=finding.status,
                        assessed_on=finding.updated_at.date() if finding.updated_at else None,
                        source_title=_source_title(project), source_project_id=project.id))
                    carried += 1
            s.flush()
        db.close()
        publish_new(staging, new)
    except BaseException:
        db.close()
        remove_file_set(staging)
        raise
    open_database(new, backup=False).close()  # the published file opens as any other
    return ReassessResult(new, len(indicators), carried)


@dataclass(frozen=True)
class PreviousView:
    level: int | None
    status: str | None
    year: int | None
    source_title: str


def previous_levels(db: Database) -> dict[str, list[PreviousView]]:
    """Per indicator id, the earlier assessments' levels, the newest first."""
    with db.read() as s:
        rows = s.exec(select(PreviousLevel)).all()
    out: dict[str, list[PreviousView]] = {}
    for row in sorted(rows, key=lambda r: r.assessed_on or r.created_at.date(), reverse=True):
        out.setdefault(row.indicator_id, []).append(PreviousView(
            row.level, row.status, row.assessed_on.year if row.assessed_on else None,
            row.source_title))
    return out
