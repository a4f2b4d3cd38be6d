"""Small helpers shared by the services: lookups, validation, timestamps."""

from collections.abc import Iterable
from typing import TypeVar

from sqlmodel import Session, SQLModel

from digifelt.core.errors import NotFoundError, ValidationError
from digifelt.core.ids import utcnow
from digifelt.core.number_rules import number_problem
from digifelt.core.text_rules import text_problem

T = TypeVar("T", bound=SQLModel)

# Fields that name or label something (shown in lists, headings and file names): these also
# refuse text-direction controls. Everything else is free text such as notes and descriptions.
NAME_FIELDS = frozenset({
    "title", "name", "code", "label", "organisation", "period", "place", "pseudonym",
    "initials", "role", "filename", "question", "doc_title", "doc_type", "doc_owner",
    "doc_reference", "group", "lookfors",
})


def get_or_raise(session: Session, model: type[T], obj_id: str | None, what: str) -> T:
    obj = session.get(model, obj_id) if obj_id else None
    if obj is None:
        raise NotFoundError(f"{what} {obj_id!r} does not exist in this project")
    return obj


def require_choice(value: str, choices: Iterable[str], field: str) -> str:
    choices = tuple(choices)
    if value not in choices:
        raise ValidationError(f"{field} must be one of {', '.join(choices)}, not {value!r}")
    return value


def require_text(value: str | None, field: str, *, allow_empty: bool = False) -> str:
    if value is None or (not allow_empty and not value.strip()):
        raise ValidationError(f"{field} must not be empty")
    check_text(value, field, name=True)
    return value


def check_text(value: str | None, field: str, *, name: bool | None = None) -> str | None:
    """Refuse a text that no export could hold (see core/text_rules.py).

    `name` defaults to whether `field` is one of NAME_FIELDS.
    """
    if value is None:
        return None
    problem = text_problem(value, name=field in NAME_FIELDS if name is None else name)
    if problem:
        raise ValidationError(f"{field} {problem}")
    return value


def check_number(value, field: str):
    """Refuse a number SQLite cannot store as given (see core/number_rules.py)."""
    if value is not None and (problem := number_problem(value)):
        raise ValidationError(f"{field} {problem}")
    return value


def apply_changes(obj: SQLModel, changes: dict, allowed: Iterable[str]) -> None:
    """Set the given fields (only those allowed) and stamp updated_at."""
    allowed = set(allowed)
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(f"cannot change {', '.join(sorted(unknown))}")
    for key, value in changes.items():
        if isinstance(value, str):
            check_text(value, key)
        elif isinstance(value, int | float):
            check_number(value, key)
        elif isinstance(value, list | tuple):
            for item in value:
                if isinstance(item, str):
                    check_text(item, key)
        setattr(obj, key, value)
    obj.updated_at = utcnow()
