"""Activities: interviews, observations and document reviews, with who took part."""

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, delete, select

from digifelt.core.models import (
    ACTIVITY_STATUSES,
    CAPTURE_KINDS,
    Activity,
    ActivityAssessor,
    ActivityGroup,
    ActivityParticipant,
    Assessor,
    Entry,
    Participant,
    RespondentGroup,
)
from digifelt.core.services.common import apply_changes, get_or_raise, require_choice, require_text
from digifelt.storage.database import Database

ACTIVITY_FIELDS = (
    "title", "status", "started_at", "ended_at", "place", "guide_id", "headcount",
    "doc_title", "doc_type", "doc_date", "doc_owner", "doc_reference", "doc_attachment_id",
    "planned_start", "planned_end", "info_letter_given", "consent_given", "consent_by",
    "survey_invited",
)


@dataclass
class ActivityView:
    activity: Activity
    group_ids: list[str] = field(default_factory=list)
    assessor_ids: list[str] = field(default_factory=list)
    participant_ids: list[str] = field(default_factory=list)


def reported_dates(activity: Activity) -> tuple[datetime | None, datetime | None]:
    """The start and end a report gives: the actual ones once the activity was held, else
    the planned ones (never a mix of the two)."""
    if activity.started_at is not None:
        return activity.started_at, activity.ended_at
    return activity.planned_start, activity.planned_end


def start_activity(db: Database, activity_id: str, *, at: datetime) -> Activity:
    """Capture began: planned → in progress, with the actual start (once; the planned time
    is never touched)."""
    with db.transaction() as s:
        activity = get_or_raise(s, Activity, activity_id, "activity")
        changes: dict = {}
        if activity.status == "planned":
            changes["status"] = "in_progress"
        if activity.started_at is None:
            changes["started_at"] = at
        if changes:
            apply_changes(activity, changes, ACTIVITY_FIELDS)
    return activity


def finish_activity(db: Database, activity_id: str, *, at: datetime) -> Activity:
    """Marked done: the actual end now, and the actual start too if capture never set it."""
    with db.transaction() as s:
        activity = get_or_raise(s, Activity, activity_id, "activity")
        apply_changes(activity, {"status": "done", "ended_at": at,
                                 "started_at": activity.started_at or at}, ACTIVITY_FIELDS)
    return activity


def _set_members(s: Session, activity_id: str, *, group_ids=None, assessor_ids=None,
                 participant_ids=None) -> None:
    for ids, link, model, col, what in (
        (group_ids, ActivityGroup, RespondentGroup, "group_id", "group"),
        (assessor_ids, ActivityAssessor, Assessor, "assessor_id", "assessor"),
        (participant_ids, ActivityParticipant, Participant, "participant_id", "participant"),
    ):
        if ids is None:
            continue
        s.exec(delete(link).where(link.activity_id == activity_id))
        for member_id in dict.fromkeys(ids):
            get_or_raise(s, model, member_id, what)
            s.add(link(activity_id=activity_id, **{col: member_id}))


def _check_refs(s: Session, changes: dict) -> None:
    # consent_by has no foreign key (see the model): checked here instead.
    if changes.get("consent_by") is not None:
        get_or_raise(s, Assessor, changes["consent_by"], "assessor")


def _validate(changes: dict) -> None:
    invited = changes.get("survey_invited")
    if invited is not None and not (
            isinstance(invited, dict) and all(
                isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
                and v >= 0 for k, v in invited.items())):
        from digifelt.core.errors import ValidationError

        raise ValidationError("survey_invited must map group names to numbers invited")
    if "status" in changes:
        require_choice(changes["status"], ACTIVITY_STATUSES, "status")
    if "title" in changes:
        require_text(changes["title"], "title")
    if changes.get("headcount") is not None and changes["headcount"] < 0:
        from digifelt.core.errors import ValidationError

        raise ValidationError("headcount cannot be negative")


def add_activity(db: Database, *, kind: str, title: str, group_ids: list[str] | None = None,
                 assessor_ids: list[str] | None = None, participant_ids: list[str] | None = None,
                 **fields) -> Activity:
    # A survey is made by importing its results (core.services.surveys), never blank.
    require_choice(kind, CAPTURE_KINDS, "kind")
    fields["title"] = title
    _validate(fields)
    with db.transaction() as s:
        _check_refs(s, fields)
        activity = Activity(kind=kind)
        apply_changes(activity, fields, ACTIVITY_FIELDS)
        s.add(activity)
        s.flush()
        _set_members(s, activity.id, group_ids=group_ids, assessor_ids=assessor_ids,
                     participant_ids=participant_ids)
    return activity


def update_activity(db: Database, activity_id: str, *, group_ids=None, assessor_ids=None,
                    participant_ids=None, **changes) -> Activity:
    _validate(changes)
    with db.transaction() as s:
        _check_refs(s, changes)
        activity = get_or_raise(s, Activity, activity_id, "activity")
        apply_changes(activity, changes, ACTIVITY_FIELDS)
        _set_members(s, activity_id, group_ids=group_ids, assessor_ids=assessor_ids,
                     participant_ids=participant_ids)
    return activity


def delete_activity(db: Database, activity_id: str) -> None:
    """Deletes the activity with its notes, excerpts and attachments."""
    with db.transaction() as s:
        s.delete(get_or_raise(s, Activity, activity_id, "activity"))


def duplicate_activity(db: Database, activity_id: str) -> Activity:
    """A planned copy with the same metadata and participants, but no notes."""
    view = get_activity(db, activity_id)
    src = view.activity
    # The copy keeps what was planned, never what happened (times held, consent given).
    held = ("started_at", "ended_at", "info_letter_given", "consent_given", "consent_by")
    fields = {k: getattr(src, k) for k in ACTIVITY_FIELDS if k not in held}
    fields["status"] = "planned"
    fields["doc_attachment_id"] = None
    title = fields.pop("title")
    return add_activity(db, kind=src.kind, title=title, group_ids=view.group_ids,
                        assessor_ids=view.assessor_ids, participant_ids=view.participant_ids,
                        **fields)


def get_activity(db: Database, activity_id: str) -> ActivityView:
    with db.read() as s:
        view = ActivityView(get_or_raise(s, Activity, activity_id, "activity"))
        view.group_ids = list(s.exec(select(ActivityGroup.group_id)
                                     .where(ActivityGroup.activity_id == activity_id)).all())
        view.assessor_ids = list(s.exec(select(ActivityAssessor.assessor_id)
                                        .where(ActivityAssessor.activity_id == activity_id)).all())
        view.participant_ids = list(
            s.exec(select(ActivityParticipant.participant_id)
                   .where(ActivityParticipant.activity_id == activity_id)).all())
    return view


def list_activities(db: Database, kind: str | None = None) -> list[ActivityView]:
    with db.read() as s:
        query = select(Activity).order_by(
            func.coalesce(Activity.started_at, Activity.planned_start), Activity.title)
        if kind:
            query = query.where(Activity.kind == kind)
        views = {a.id: ActivityView(a) for a in s.exec(query).all()}
        for link in s.exec(select(ActivityGroup)).all():
            if link.activity_id in views:
                views[link.activity_id].group_ids.append(link.group_id)
        for link in s.exec(select(ActivityAssessor)).all():
            if link.activity_id in views:
                views[link.activity_id].assessor_ids.append(link.assessor_id)
        for link in s.exec(select(ActivityParticipant)).all():
            if link.activity_id in views:
                views[link.activity_id].participant_ids.append(link.participant_id)
    return list(views.values())


def count_entries(db: Database, activity_id: str) -> int:
    with db.read() as s:
        return s.exec(select(func.count()).select_from(Entry)
                      .where(Entry.activity_id == activity_id)).one()
