"""Assessors, respondent groups and participants (personal data: names are optional)."""

from sqlmodel import select

from digifelt.core.errors import ValidationError
from digifelt.core.models import Assessor, Participant, RespondentGroup
from digifelt.core.services.common import apply_changes, get_or_raise, require_text
from digifelt.storage.database import Database


def add_assessor(db: Database, *, name: str, initials: str | None = None,
                 assessor_id: str | None = None) -> Assessor:
    require_text(name, "name")
    with db.transaction() as s:
        assessor = Assessor(name=name, initials=initials)
        if assessor_id:
            assessor.id = assessor_id
        s.add(assessor)
    return assessor


def ensure_assessor(db: Database, *, assessor_id: str, name: str,
                    initials: str | None = None) -> Assessor:
    """The local assessor's row, created on first use in this project (same id everywhere)
    and renamed when the assessor has changed their name or initials since."""
    with db.transaction() as s:
        existing = s.get(Assessor, assessor_id)
        if existing is not None:
            if (existing.name, existing.initials) != (name, initials) and name.strip():
                apply_changes(existing, {"name": name, "initials": initials},
                              ("name", "initials"))
            return existing
    return add_assessor(db, name=name, initials=initials, assessor_id=assessor_id)


def list_assessors(db: Database) -> list[Assessor]:
    with db.read() as s:
        return list(s.exec(select(Assessor).order_by(Assessor.name)).all())


def add_group(db: Database, *, name: str, description: str | None = None) -> RespondentGroup:
    require_text(name, "name")
    with db.transaction() as s:
        if s.exec(select(RespondentGroup).where(RespondentGroup.name == name)).first():
            raise ValidationError(f"group {name!r} already exists")
        group = RespondentGroup(name=name, description=description)
        s.add(group)
    return group


def update_group(db: Database, group_id: str, **changes) -> RespondentGroup:
    with db.transaction() as s:
        group = get_or_raise(s, RespondentGroup, group_id, "group")
        if "name" in changes:
            require_text(changes["name"], "name")
        apply_changes(group, changes, ("name", "description"))
    return group


def delete_group(db: Database, group_id: str) -> None:
    with db.transaction() as s:
        s.delete(get_or_raise(s, RespondentGroup, group_id, "group"))


def list_groups(db: Database) -> list[RespondentGroup]:
    with db.read() as s:
        return list(s.exec(select(RespondentGroup).order_by(RespondentGroup.name)).all())


def add_participant(db: Database, *, group_id: str | None = None, name: str | None = None,
                    role: str | None = None, pseudonym: str | None = None) -> Participant:
    with db.transaction() as s:
        if group_id:
            get_or_raise(s, RespondentGroup, group_id, "group")
        participant = Participant(group_id=group_id, name=name, role=role, pseudonym=pseudonym)
        s.add(participant)
    return participant


def update_participant(db: Database, participant_id: str, **changes) -> Participant:
    with db.transaction() as s:
        participant = get_or_raise(s, Participant, participant_id, "participant")
        apply_changes(participant, changes, ("group_id", "name", "role", "pseudonym"))
    return participant


def delete_participant(db: Database, participant_id: str) -> None:
    with db.transaction() as s:
        s.delete(get_or_raise(s, Participant, participant_id, "participant"))


def list_participants(db: Database) -> list[Participant]:
    with db.read() as s:
        return list(s.exec(select(Participant).order_by(Participant.created_at)).all())
