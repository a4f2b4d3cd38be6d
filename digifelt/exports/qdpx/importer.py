"""Import a .qdpx: preview what it would create, then create a project or merge into one.

    plan = preview_qdpx_import(project_path_or_None, qdpx, rubric=None)   # changes nothing
    result = apply_qdpx_import(project_path, qdpx, rubric=None, choices=None)

The package is read and checked completely before anything is changed, and becomes the rows
a teammate's bundle becomes (`rows.Builder`), so it goes through the same merge: an
existing project is backed up first and merged in one transaction; a project that does not
exist is made beside the target and renamed into place at the end. `rubric` (a built-in
template id or a YAML file) gives a new project its rubric; without it a new project takes
its areas and indicators from the codebook. `choices` (`rows.Choices`) maps codes that match
no indicator to indicators, or adds them as new indicators under an area "From the QDA
project"; an existing project gets those through its rubric services in the same transaction
as the merge, just before it.
"""

import contextlib
import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from digifelt.core.ids import iso_z, new_id, utcnow
from digifelt.core.progress import CancelledFn, Meter, ProgressFn
from digifelt.core.services.merge import KindCounts, MergeError, label, merge, preview_merge
from digifelt.core.services.snapshot import read_snapshot
from digifelt.errors import DigifeltError
from digifelt.exports.qdpx.reading import QdpxProject, QdpxReadError, read_qdpx
from digifelt.exports.qdpx.rows import (
    Builder,
    Choices,
    CodeChoiceError,
    Plan,
    Target,
    _fold,
    make_row,
)
from digifelt.exports.qdpx.words import LABELS
from digifelt.exports.qdpx.xml_parts import CATEGORY_GUID
from digifelt.storage.database import Database, open_database


class QdpxImportError(DigifeltError):
    """The .qdpx cannot be imported; nothing was changed."""


@dataclass
class QdpxImportPlan:
    qdpx: Path
    project_path: Path | None
    creates_project: bool
    origin: str
    title: str
    counts: dict[str, KindCounts]
    matched: dict[str, str]  # code → indicator code
    unmatched: list[str]  # codes with codings that match no indicator
    skipped: list[str]  # parts of the package left out, one line each
    rubric_mismatches: list[str] = field(default_factory=list)
    conflicts: int = 0
    mapped: dict[str, str] = field(default_factory=dict)  # code → indicator code chosen
    added: dict[str, str] = field(default_factory=dict)  # code → new indicator's code
    unmatched_codes: list[tuple[str, str, int]] = field(default_factory=list)  # guid, name, n
    indicators: list[tuple[str, str]] = field(default_factory=list)  # (code, title)
    needs_area: bool = True  # adding an indicator would make the area "From the QDA project"

    def lines(self) -> list[str]:
        where = self.project_path.name if self.project_path else "a new project"
        verb = "creates" if self.creates_project else "merges into"
        total = sum(c.new for c in self.counts.values())
        out = [f"{self.qdpx.name} ({self.origin or 'unknown tool'}) {verb} {where}: "
               f"{total} new objects, {len(self.matched)} codes matched to indicators, "
               + (f"{len(self.mapped)} mapped, " if self.mapped else "")
               + (f"{len(self.added)} added as new indicators, " if self.added else "")
               + f"{len(self.unmatched)} not"]
        for kind, c in self.counts.items():
            if c.new or c.updated or c.kept or c.skipped:
                out.append(f"  {label(kind)}: {c.new} new"
                           + (f", {c.updated} updated" if c.updated else "")
                           + (f", {c.kept} kept" if c.kept else "")
                           + (f", {c.skipped} not merged" if c.skipped else ""))
        out += [f"  mapped: “{code}” → indicator {ind}" for code, ind in self.mapped.items()]
        out += [f"  added: “{code}” → new indicator {ind}" for code, ind in self.added.items()]
        out += [f"  not matched: {line}" for line in self.unmatched]
        out += [f"  not imported: {line}" for line in self.skipped]
        out += [f"  rubric: {line}" for line in self.rubric_mismatches]
        return out


@dataclass
class QdpxImportResult(QdpxImportPlan):
    backup: Path | None = None


def _language(qdpx: QdpxProject) -> str:
    names = {_fold(c.name) for c in qdpx.codes.values() if c.parent == CATEGORY_GUID}
    for language, words in LABELS.items():
        if names and names <= {_fold(words[m]) for m in words}:
            return language
    return "nb"


def _template_rubric(template) -> dict[str, list]:
    now = iso_z(utcnow())
    stamp = {"created_at": now, "updated_at": now}
    rows: dict[str, list] = {"scale_level": [], "area": [], "indicator": []}
    for level in template.scale:
        rows["scale_level"].append(make_row("scale_level", id=new_id(), value=level.value,
                                            label=level.label,
                                            description=level.description, **stamp))
    for a_order, area_t in enumerate(getattr(template, "areas", [])):
        area = make_row("area", id=new_id(), code=area_t.code, title=area_t.title,
                        description=area_t.description, order=a_order, **stamp)
        rows["area"].append(area)
        for i_order, ind_t in enumerate(area_t.indicators):
            rows["indicator"].append(make_row(
                "indicator", id=new_id(), area_id=area["id"], code=ind_t.code,
                title=ind_t.title, description=ind_t.description,
                lookfors=list(ind_t.lookfors), order=i_order, **stamp))
    return rows


def _default_scale(language: str) -> dict[str, list]:
    from digifelt.core.template import builtin_templates, find_template

    templates = builtin_templates()
    chosen = next((t for t in templates if getattr(t, "language", None) == language),
                  templates[0] if templates else None)
    if chosen is None:
        return {"scale_level": []}
    template = find_template(chosen.id)
    return {"scale_level": _template_rubric(template)["scale_level"]}


def _build(qdpx: QdpxProject, db: Database | None, rubric: str | None,
           source: str, choices: Choices | None = None) -> Plan:
    if db is not None:
        if rubric:
            raise QdpxImportError("--rubric is for a new project; this project has its "
                                  "rubric")
        with db.read():
            snap = read_snapshot(db)
        projects = list(snap.rows["project"].values())
        if len(projects) != 1:
            raise QdpxImportError(f"{db.path.name}: the file has no single project record")
        target = Target(snap.rows, projects[0], None, projects[0].get("language") or "nb")
    elif rubric:
        from digifelt.core.template import find_template

        template = find_template(rubric)
        target = Target({}, None, _template_rubric(template), template.language)
    else:
        target = Target({}, None, None, _language(qdpx))
    plan = Builder(qdpx, target, source, choices).build()
    if db is None and rubric is None:
        scale = _default_scale(target.language)["scale_level"]
        plan.data.rows["scale_level"] = scale
    return plan


@contextlib.contextmanager
def _errors(qdpx: Path):
    try:
        yield
    except (QdpxReadError, CodeChoiceError) as exc:
        raise QdpxImportError(str(exc)) from exc
    except MergeError as exc:
        raise QdpxImportError(f"{Path(qdpx).name}: {exc}") from exc
    except SQLAlchemyError as exc:
        raise QdpxImportError(f"{Path(qdpx).name}: the import failed and was rolled back "
                              f"({exc.__class__.__name__})") from exc


def _plan(cls, qdpx_path: Path, project_path: Path | None, qdpx: QdpxProject, plan: Plan,
          report, **extra):
    return cls(Path(qdpx_path), project_path, report.creates_project, qdpx.origin, qdpx.name,
               report.counts, plan.matched, plan.unmatched, plan.skipped + report.skipped,
               [m for m in report.rubric_mismatches if not m.endswith("is only in this project")],
               report.conflicts_added, plan.mapped, plan.added, plan.unmatched_codes,
               plan.indicators, plan.needs_area, **extra)


def preview_qdpx_import(project_path: Path | None, qdpx_path: Path, *,
                        rubric: str | None = None, choices: Choices | None = None,
                        db: Database | None = None,
                        progress: ProgressFn | None = None,
                        cancelled: CancelledFn | None = None) -> QdpxImportPlan:
    """What apply_qdpx_import would do. Changes nothing."""
    meter = Meter(progress, cancelled, what="the preview")
    project_path = Path(project_path) if project_path else None
    with _errors(qdpx_path):
        qdpx = read_qdpx(qdpx_path)
        with _project(db, project_path) as opened:
            plan = _build(qdpx, opened, rubric, Path(qdpx_path).name, choices)
            report = _preview(opened, plan, meter)
    meter.finish()
    return _plan(QdpxImportPlan, qdpx_path, project_path, qdpx, plan, report)


def _preview(db: Database | None, plan: Plan, meter: Meter):
    """The merge's preview; into an existing project, with the indicators it would add
    counted as its rubric services would add them."""
    if db is None or not plan.new_rubric:
        return preview_merge(db, plan.data, meter=meter)
    new = {r["id"] for r in plan.new_rubric.get("indicator", [])}
    rows = dict(plan.data.rows)
    rows["excerpt"] = [{**x, "indicator_ids": [i for i in x.get("indicator_ids") or []
                                               if i not in new]}
                       for x in rows.get("excerpt", [])]
    report = preview_merge(db, dataclasses.replace(plan.data, rows=rows), meter=meter)
    for kind, made in plan.new_rubric.items():
        report.counts.setdefault(kind, KindCounts()).new += len(made)
    return report


def _add_rubric(db: Database, plan: Plan) -> None:
    """Add the chosen new area and indicators through the rubric services (inside the
    import's transaction) and point the excerpts at the indicators they made."""
    from digifelt.core.services import rubric

    made: dict[str, str] = {}
    for row in plan.new_rubric.get("area", []):
        made[row["id"]] = rubric.add_area(db, code=row["code"], title=row["title"]).id
    for row in plan.new_rubric.get("indicator", []):
        made[row["id"]] = rubric.add_indicator(
            db, area_id=made.get(row["area_id"], row["area_id"]), code=row["code"],
            title=row["title"], description=row.get("description")).id
    for x in plan.data.rows.get("excerpt", []):
        x["indicator_ids"] = sorted(made.get(i, i) for i in x.get("indicator_ids") or [])


def _merge(db: Database, plan: Plan, meter: Meter):
    """One transaction: the new indicators, then the merge."""
    if not plan.new_rubric:
        return merge(db, plan.data, meter=meter)
    with db.transaction():
        _add_rubric(db, plan)
        return merge(db, plan.data, meter=meter)


@contextlib.contextmanager
def _project(db: Database | None, path: Path | None):
    if db is not None:
        yield db
    elif path is None or not path.exists():
        yield None
    else:
        opened = open_database(path, backup=False)
        try:
            yield opened
        finally:
            opened.close()


def apply_qdpx_import(project_path: Path, qdpx_path: Path, *, rubric: str | None = None,
                      choices: Choices | None = None, db: Database | None = None,
                      progress: ProgressFn | None = None,
                      cancelled: CancelledFn | None = None) -> QdpxImportResult:
    """Create `project_path` from the package, or merge the package into it (backed up
    first). `db`: the project already open in this process."""
    from digifelt.exports.bundle.importer import _create_from  # the bundle's staged create

    meter = Meter(progress, cancelled, what="the import")
    project_path = Path(db.path if db is not None else project_path)
    with _errors(qdpx_path):
        qdpx = read_qdpx(qdpx_path)
        backup = None
        if db is not None:
            plan = _build(qdpx, db, rubric, Path(qdpx_path).name, choices)
            backup = _backup(db.path)
            report = _merge(db, plan, meter)
        elif project_path.exists():
            from digifelt.storage.lock import ProjectLock

            with ProjectLock(project_path):
                opened = open_database(project_path)
                try:
                    plan = _build(qdpx, opened, rubric, Path(qdpx_path).name, choices)
                    backup = _backup(project_path)
                    report = _merge(opened, plan, meter)
                finally:
                    opened.close()
        else:
            plan = _build(qdpx, None, rubric, Path(qdpx_path).name, choices)
            data = plan.data
            report = _create_from(project_path, lambda made: merge(made, data, meter=meter))[1]
    meter.finish()
    return _plan(QdpxImportResult, qdpx_path, project_path, qdpx, plan, report, backup=backup)


def _backup(path: Path) -> Path:
    from digifelt.storage.backup import take_backup

    return take_backup(path, "before-import")
