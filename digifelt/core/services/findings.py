"""Findings per indicator (level, texts, chosen excerpts) and summaries per area."""

from dataclasses import dataclass, field

from sqlmodel import delete, select

from digifelt.core.errors import ValidationError
from digifelt.core.ids import derived_id, utcnow
from digifelt.core.models import (
    FINDING_STATUSES,
    Area,
    AreaSummary,
    Excerpt,
    Finding,
    FindingExcerpt,
    Indicator,
    ScaleLevel,
)
from digifelt.core.services.common import apply_changes, get_or_raise, require_choice
from digifelt.storage.database import Database

FINDING_FIELDS = (
    "level", "strengths", "improvements", "actions", "reflection", "status", "author_id",
)
NOT_ASSESSED = "not_assessed"


@dataclass
class FindingView:
    finding: Finding
    excerpt_ids: list[str] = field(default_factory=list)


def _finding_in(s, indicator_id: str, *, create: bool) -> Finding:
    get_or_raise(s, Indicator, indicator_id, "indicator")
    finding = s.exec(select(Finding).where(Finding.indicator_id == indicator_id)).first()
    if finding is None:
        # The same id on every laptop, so teammates' drafts merge as one finding.
        finding = Finding(id=derived_id("finding", indicator_id), indicator_id=indicator_id)
        if create:
            s.add(finding)
            s.flush()
    return finding


def _quoted(s, finding_id: str) -> list[str]:
    return list(s.exec(select(FindingExcerpt.excerpt_id)
                       .where(FindingExcerpt.finding_id == finding_id)
                       .order_by(FindingExcerpt.order)).all())


def get_finding(db: Database, indicator_id: str) -> FindingView:
    """The indicator's finding; an empty draft (not stored until edited) if there is none."""
    with db.read() as s:
        finding = _finding_in(s, indicator_id, create=False)
        return FindingView(finding, _quoted(s, finding.id))


def update_finding(db: Database, indicator_id: str, *, excerpt_ids: list[str] | None = None,
                   **changes) -> FindingView:
    """Set level/texts/status/author and, if given, the ordered supporting excerpts.

    Status "not_assessed" is a decision that the indicator gets no level: it clears the level,
    and giving a level in the same call is refused. Giving a level to a finding that is not
    assessed (without a status) makes it a draft again, since a level is an assessment.
    """
    status = changes.get("status")
    if "status" in changes:
        require_choice(status, FINDING_STATUSES, "status")
    if status == NOT_ASSESSED:
        if changes.get("level") is not None:
            raise ValidationError("a finding that is not assessed has no level")
        changes["level"] = None
    with db.transaction() as s:
        finding = _finding_in(s, indicator_id, create=True)
        if changes.get("level") is not None:
            levels = set(s.exec(select(ScaleLevel.value)).all())
            if changes["level"] not in levels:
                raise ValidationError(f"level {changes['level']} is not on the scale")
            if status is None and finding.status == NOT_ASSESSED:
                changes["status"] = "draft"
        apply_changes(finding, changes, FINDING_FIELDS)
        if excerpt_ids is not None:
            s.exec(delete(FindingExcerpt).where(FindingExcerpt.finding_id == finding.id))
            for n, excerpt_id in enumerate(dict.fromkeys(excerpt_ids)):
                get_or_raise(s, Excerpt, excerpt_id, "excerpt")
                s.add(FindingExcerpt(finding_id=finding.id, excerpt_id=excerpt_id, order=n))
            finding.updated_at = utcnow()
        s.flush()
        return FindingView(finding, _quoted(s, finding.id))


def list_findings(db: Database) -> list[FindingView]:
    with db.read() as s:
        views = {f.id: FindingView(f) for f in s.exec(select(Finding)).all()}
        for link in s.exec(select(FindingExcerpt).order_by(FindingExcerpt.order)).all():
            views[link.finding_id].excerpt_ids.append(link.excerpt_id)
    return list(views.values())


def _summary_in(s, area_id: str, *, create: bool) -> AreaSummary:
    get_or_raise(s, Area, area_id, "area")
    summary = s.exec(select(AreaSummary).where(AreaSummary.area_id == area_id)).first()
    if summary is None:
        summary = AreaSummary(id=derived_id("area-summary", area_id), area_id=area_id)
        if create:
            s.add(summary)
    return summary


def get_area_summary(db: Database, area_id: str) -> AreaSummary:
    """The area's summary; an empty one (not stored until edited) if there is none."""
    with db.read() as s:
        return _summary_in(s, area_id, create=False)


def update_area_summary(db: Database, area_id: str, **changes) -> AreaSummary:
    with db.transaction() as s:
        summary = _summary_in(s, area_id, create=True)
        apply_changes(summary, changes, ("summary", "strengths", "improvements", "author_id"))
    return summary


def list_area_summaries(db: Database) -> list[AreaSummary]:
    with db.read() as s:
        return list(s.exec(select(AreaSummary)).all())
