"""App-level settings (local assessor, UI language, recent files), versioned JSON on disk."""

import contextlib
import getpass
import json
import os
import uuid
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from digifelt.storage.paths import config_dir

SCHEMA_VERSION = 1
MAX_RECENT = 10
FILENAME = "settings.json"

Language = Literal["auto", "nb", "en"]


class AppSettings(BaseModel):
    """Everything that belongs to this installation rather than to a project file."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    # The same id in every project this installation touches, so merged bundles
    # from several laptops attribute notes to the right person.
    assessor_id: str = Field(default_factory=lambda: str(uuid.uuid4()))
    assessor_name: str = ""
    assessor_initials: str = ""
    language: Language = "auto"
    recent_files: list[str] = Field(default_factory=list)
    last_project: str | None = None

    def display_name(self) -> str:
        """The assessor's name, falling back to the login name so there is always one."""
        if self.assessor_name.strip():
            return self.assessor_name.strip()
        with contextlib.suppress(Exception):  # getuser fails without a login name
            return getpass.getuser()
        return "Assessor"

    def add_recent(self, path: Path | str) -> None:
        """Put `path` first in the recent files (once) and remember it as the last project."""
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text][: MAX_RECENT - 1]
        self.last_project = text

    def forget_recent(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != text]
        if self.last_project == text:
            self.last_project = None


def settings_path() -> Path:
    return config_dir() / FILENAME


def load_settings() -> AppSettings:
    """The saved settings; defaults (saved at once, so the assessor id is stable) if absent.

    A damaged or unreadable file is kept aside as settings.json.broken rather than lost.
    """
    path = settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return AppSettings.model_validate(data)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, ValidationError):
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(FILENAME + ".broken"))
    settings = AppSettings()
    with contextlib.suppress(OSError):
        save_settings(settings)
    return settings


def save_settings(settings: AppSettings) -> None:
    """Write atomically: a temporary file in the same folder, fsync, then rename over."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = settings.model_dump_json(indent=2).encode("utf-8")
    tmp = path.with_name(f".{FILENAME}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # POSIX: make the rename itself durable
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
