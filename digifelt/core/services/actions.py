"""The follow-up action list: the findings' proposed actions, each with an owner, a due date,
a status and notes, kept up to date after the report.

Plain services like the rest of core: the caller wraps them in an operation (one undo step).
"""

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import select

from digifelt.core.errors import ValidationError
from digifelt.core.models import Area, Finding, Indicator
from digifelt.core.models.after_visit import ACTION_STATUSES, ActionItem
from digifelt.core.services.common import apply_changes, get_or_raise, require_choice, require_text
from digifelt.storage.database import Database

# Closed actions are never overdue, whatever their date says.
OPEN_STATUSES = ("planned", "in_progress")
ACTION_FIELDS = ("text", "owner", "due_date", "status", "notes", "indicator_id")
OVERDUE = "overdue"  # a filter beside the statuses

# A line of a finding's actions text may start with a bullet or a number ("- ", "• ", "2) ").
_BULLET = re.compile(r"^\s*(?:[-*•–—·▪‣◦]+|\(?\d{1,3}[.)])\s*")


@dataclass
class ActionView:
    action: ActionItem
    indicator_code: str | None = None
    indicator_title: str | None = None
    area_code: str | None = None
    area_title: str | None = None

    def overdue(self, today: date | None = None) -> bool:
        return is_overdue(self.action, today)


def split_actions(text: str | None) -> list[str]:
    """One action per non-empty line, without its bullet or number."""
    out = []
    for line in (text or "").splitlines():
        line = _BULLET.sub("", line, count=1).strip()
        if line:
            out.append(line)
    return out


def _key(indicator_id: str | None, text: str) -> tuple[str | None, str]:
    return indicator_id, " ".join(text.split()).casefold()


def is_overdue(action: ActionItem, today: date | None = None) -> bool:
    today = today or date.today()
    return (action.due_date is not None and action.status in OPEN_STATUSES
            and action.due_date < today)


def _next_order(s) -> int:
    last = s.exec(select(func.max(ActionItem.order))).one()
    return 0 if last is None else last + 1


def actions_from_findings(db: Database) -> list[ActionItem]:
    """Add an action for each line of every finding's proposed actions, in rubric order.

    Running it again adds only the lines not yet on the list (same indicator, same words
    ignoring case and spacing), so it can follow the findings as they change.
    """
    with db.transaction() as s:
        findings = s.exec(
            select(Finding, Indicator).join(Indicator, Indicator.id == Finding.indicator_id)
            .join(Area, Area.id == Indicator.area_id)
            .order_by(Area.order, Area.code, Indicator.order, Indicator.code)).all()
        known = {_key(a.indicator_id, a.text) for a in s.exec(select(ActionItem)).all()}
        order = _next_order(s)
        added = []
        for finding, indicator in findings:
            for text in split_actions(finding.actions):
                key = _key(indicator.id, text)
                if key in known:
                    continue
                known.add(key)
                require_text(text, "text", allow_empty=False)
                item = ActionItem(indicator_id=indicator.id, text=text, order=order)
                order += 1
                s.add(item)
                added.append(item)
        s.flush()
        return added


def add_action(db: Database, *, text: str, indicator_id: str | None = None,
               owner: str | None = None, due_date: date | None = None,
               status: str = "planned", notes: str | None = None) -> ActionItem:
    require_text(text, "text")
    require_choice(status, ACTION_STATUSES, "status")
    with db.transaction() as s:
        if indicator_id is not None:
            get_or_raise(s, Indicator, indicator_id, "indicator")
        item = ActionItem(indicator_id=indicator_id, text=text, order=_next_order(s))
        apply_changes(item, {"owner": owner, "due_date": due_date, "status": status,
                             "notes": notes}, ACTION_FIELDS)
        s.add(item)
        s.flush()
        return item


def update_action(db: Database, action_id: str, **changes) -> ActionItem:
    """Change an action's text, owner, due date, status, notes or indicator."""
    if "status" in changes:
        require_choice(changes["status"], ACTION_STATUSES, "status")
    if "text" in changes:
        require_text(changes["text"], "text")
    due = changes.get("due_date")
    if due is not None and not isinstance(due, date):
        raise ValidationError(f"due_date must be a date, not {due!r}")
    for key in ("owner", "notes"):
        if key in changes and isinstance(changes[key], str) and not changes[key].strip():
            changes[key] = None  # an emptied cell means "none", as a new action starts
    with db.transaction() as s:
        item = get_or_raise(s, ActionItem, action_id, "action")
        if changes.get("indicator_id") is not None:
            get_or_raise(s, Indicator, changes["indicator_id"], "indicator")
        apply_changes(item, changes, ACTION_FIELDS)
        s.add(item)
        s.flush()
        return item


def move_action(db: Database, action_id: str, new_index: int) -> None:
    """Put the action at `new_index` in the list, renumbering the others."""
    with db.transaction() as s:
        items = list(s.exec(select(ActionItem).order_by(ActionItem.order,
                                                        ActionItem.created_at)).all())
        item = get_or_raise(s, ActionItem, action_id, "action")
        items = [i for i in items if i.id != item.id]
        items.insert(max(0, min(new_index, len(items))), item)
        for n, each in enumerate(items):
            if each.order != n:
                each.order = n
                s.add(each)


def delete_action(db: Database, action_id: str) -> None:
    with db.transaction() as s:
        s.delete(get_or_raise(s, ActionItem, action_id, "action"))


def list_actions(db: Database, *, status: str | None = None,
                 today: date | None = None) -> list[ActionView]:
    """The list in its order; `status` keeps one status, or "overdue" the open late ones."""
    if status is not None:
        require_choice(status, (*ACTION_STATUSES, OVERDUE), "status")
    with db.read() as s:
        rows = s.exec(
            select(ActionItem, Indicator, Area)
            .join(Indicator, Indicator.id == ActionItem.indicator_id, isouter=True)
            .join(Area, Area.id == Indicator.area_id, isouter=True)
            .order_by(ActionItem.order, ActionItem.created_at)).all()
    views = [ActionView(a, i.code if i else None, i.title if i else None,
                        ar.code if ar else None, ar.title if ar else None)
             for a, i, ar in rows]
    if status == OVERDUE:
        return [v for v in views if v.overdue(today)]
    if status is not None:
        return [v for v in views if v.action.status == status]
    return views


def status_counts(views: list[ActionView], today: date | None = None) -> dict[str, int]:
    """Actions per status, and how many of the open ones are overdue."""
    counts = dict.fromkeys((*ACTION_STATUSES, OVERDUE), 0)
    for v in views:
        counts[v.action.status] = counts.get(v.action.status, 0) + 1
        if v.overdue(today):
            counts[OVERDUE] += 1
    return counts
