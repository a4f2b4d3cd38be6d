"""Activities as a table: kind, title, planned and held, groups, headcount, assessors, status."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from digifelt.ui.labels import kind_label, status_label
from digifelt.ui.models.base import RowsModel
from digifelt.ui.models.roles import Role


@dataclass(frozen=True)
class ActivityRow:
    id: str
    kind: str
    title: str
    status: str
    started_at: datetime | None  # actual
    groups: str
    headcount: int | None
    assessors: str
    guide_id: str | None
    planned_start: datetime | None = None
    ended_at: datetime | None = None

    @property
    def when(self) -> str:
        """The planned start."""
        return _local(self.planned_start)

    @property
    def held(self) -> str:
        return held_text(self.started_at, self.ended_at)

    @property
    def sort_time(self) -> str:
        """Planned, else held: the order of a plan, with what was never planned in it too."""
        moment = self.planned_start or self.started_at
        return moment.isoformat() if moment else ""


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def held_text(started: datetime | None, ended: datetime | None) -> str:
    """The actual start, and its end once it ended (its time alone on the same day)."""
    if started is None:
        return ""
    start = started.astimezone()
    if ended is None:
        return f"{start:%Y-%m-%d %H:%M}"
    end = ended.astimezone()
    return (f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}" if end.date() == start.date()
            else f"{start:%Y-%m-%d %H:%M}–{end:%Y-%m-%d %H:%M}")


def load_activity_rows(db, kind: str | None = None) -> list[ActivityRow]:
    from digifelt.core.services import activities, people

    group_names = {g.id: g.name for g in people.list_groups(db)}
    initials = {a.id: a.initials or a.name for a in people.list_assessors(db)}
    rows = []
    for view in activities.list_activities(db, kind):
        a = view.activity
        rows.append(ActivityRow(
            id=a.id, kind=a.kind, title=a.title, status=a.status, started_at=a.started_at,
            groups=", ".join(sorted(group_names.get(g, "?") for g in view.group_ids)),
            headcount=a.headcount,
            assessors=", ".join(sorted(initials.get(x, "?") for x in view.assessor_ids)),
            guide_id=a.guide_id, planned_start=a.planned_start, ended_at=a.ended_at))
    return rows


class ActivitiesModel(RowsModel):
    CONTEXT = "ActivitiesModel"
    (COL_KIND, COL_TITLE, COL_WHEN, COL_HELD, COL_GROUPS, COL_HEADCOUNT, COL_ASSESSORS,
     COL_STATUS) = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ActivitiesModel", "Kind"),
        QT_TRANSLATE_NOOP("ActivitiesModel", "Title"),
        QT_TRANSLATE_NOOP("ActivitiesModel", "Planned"),
        QT_TRANSLATE_NOOP("ActivitiesModel", "Held"),
        QT_TRANSLATE_NOOP("ActivitiesModel", "Groups"),
        QT_TRANSLATE_NOOP("ActivitiesModel", "Headcount"),
        QT_TRANSLATE_NOOP("ActivitiesModel", "Assessors"),
        QT_TRANSLATE_NOOP("ActivitiesModel", "Status"),
    )

    def cell(self, row: ActivityRow, column: int, role: int) -> Any:
        if role == Role.KIND:
            return row.kind
        if role == Role.STATUS:
            return row.status
        if role in (Qt.ItemDataRole.DisplayRole, Role.SORT):
            values = {
                self.COL_KIND: kind_label(row.kind),
                self.COL_TITLE: row.title,
                self.COL_WHEN: row.when,
                self.COL_HELD: row.held,
                self.COL_GROUPS: row.groups,
                self.COL_HEADCOUNT: "" if row.headcount is None else str(row.headcount),
                self.COL_ASSESSORS: row.assessors,
                self.COL_STATUS: status_label(row.status),
            }
            if role == Role.SORT and column == self.COL_HEADCOUNT:
                return row.headcount or 0
            if role == Role.SORT and column == self.COL_WHEN:
                return row.sort_time
            if role == Role.SORT and column == self.COL_HELD:
                return row.started_at.isoformat() if row.started_at else ""
            return values.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            return f"{kind_label(row.kind)}: {row.title}"
        return None
