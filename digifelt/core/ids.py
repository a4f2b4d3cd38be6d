"""Identifiers and timestamps shared by every record."""

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    return str(uuid.uuid4())


_NAMESPACE = uuid.UUID("5b1c2a7e-6f0d-4d57-9a39-64676674d1f7")


def derived_id(kind: str, owner_id: str) -> str:
    """A stable id for an object that exists once per owner (a finding per indicator)."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{owner_id}"))


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso_z(value: datetime | None) -> str | None:
    """ISO 8601 with a trailing Z, as the bundle format requires."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def parse_iso_z(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
