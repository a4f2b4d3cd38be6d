"""Small helpers shared by the services: lookups, validation, timestamps."""

from collections.abc import Iterable
from typing import TypeVar

from sqlmodel import Session, SQLModel

from digifelt.core.errors import NotFoundError, ValidationError
from digifelt.core.ids import utcnow

T = TypeVar("T", bound=SQLModel)

MAX_TEXT = 10_000_000  # 10 MB of text per field: far beyond any real note, bounds abuse


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
    check_text(value, field)
    return value


def check_text(value: str | None, field: str) -> str | None:
    if value is None:
        return None
    if len(value) > MAX_TEXT:
        raise ValidationError(f"{field} is too long ({len(value):,} characters; limit {MAX_TEXT:,})")
    if "\x00" in value:
        raise ValidationError(f"{field} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(f"{field} contains invalid Unicode (a lone surrogate)") from exc
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
        setattr(obj, key, value)
    obj.updated_at = utcnow()
