"""App settings (assessor, language, saving, folders, recent files): versioned JSON on disk."""

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from digifelt.storage.paths import config_dir

SCHEMA_VERSION = 1
MAX_RECENT = 10
FILENAME = "settings.json"
LANGUAGES = ("auto", "nb", "en")
# Inclusive bounds of the numeric options. The autosave delay stays at or under a second:
# that is the promise made to assessors about what a crash can cost them.
RANGES = {
    "autosave_delay_ms": (200, 1000),
    "backup_minutes": (2, 120),
    "backups_kept": (3, 100),
}


# A plain dataclass rather than a pydantic model: these settings are read before the first
# window appears, and importing pydantic alone cost a third of the start-up time.
def _new_assessor_id() -> str:
    import uuid  # only for a first start: uuid loads platform, which start-up can skip

    return str(uuid.uuid4())


@dataclass
class AppSettings:
    """Everything that belongs to this installation rather than to a project file."""

    schema_version: int = SCHEMA_VERSION
    # The same id in every project this installation touches, so merged bundles
    # from several laptops attribute notes to the right person.
    assessor_id: str = field(default_factory=lambda: _new_assessor_id())
    assessor_name: str = ""
    assessor_initials: str = ""
    language: str = "auto"
    autosave_delay_ms: int = 700
    backup_minutes: int = 10
    backups_kept: int = 20
    # Empty: the built-in report template / the platform's user data folder.
    report_template: str = ""
    data_folder: str = ""
    recent_files: list[str] = field(default_factory=list)
    # Path → the assessment's title when it was last open: the welcome window lists titles
    # without opening a database.
    recent_titles: dict[str, str] = field(default_factory=dict)
    last_project: str | None = None

    def __setattr__(self, name, value) -> None:
        if name == "language" and value not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {value!r}")
        if name in RANGES:
            low, high = RANGES[name]
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ValueError(f"{name} must be a whole number from {low} to {high}")
        super().__setattr__(name, value)

    @classmethod
    def from_dict(cls, data: dict) -> "AppSettings":
        """Validate a decoded settings file; unknown keys (from a newer version) are ignored."""
        if not isinstance(data, dict):
            raise ValueError("settings must be a JSON object")
        known = {f.name: f for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key, value in values.items():
            expected = {"schema_version": int, "recent_files": list,
                        "recent_titles": dict}.get(key, str)
            expected = int if key in RANGES else expected
            if value is None and key == "last_project":
                continue
            if not isinstance(value, expected) or isinstance(value, bool):
                raise ValueError(f"settings field {key!r} has the wrong type")
            if key in RANGES:  # a hand-edited value out of range is pulled in, not fatal
                low, high = RANGES[key]
                values[key] = min(max(value, low), high)
        if not all(isinstance(p, str) for p in values.get("recent_files", [])):
            raise ValueError("recent_files must be a list of paths")
        titles = values.get("recent_titles", {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in titles.items()):
            raise ValueError("recent_titles must map paths to titles")
        return cls(**values)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)

    def display_name(self) -> str:
        """The assessor's name, or "" while none is given.

        Never the computer's login name: it would sign notes, name a teammate in merged
        bundles and stand in the report's team as "root" or "kari.nordmann2".
        """
        return self.assessor_name.strip()

    def has_identity(self) -> bool:
        """Whether the assessor has said who they are; until then nothing is signed."""
        return bool(self.display_name())

    def data_path(self) -> Path | None:
        """The chosen data folder, or None for the platform's default."""
        return Path(self.data_folder).expanduser() if self.data_folder.strip() else None

    def add_recent(self, path: Path | str, title: str | None = None) -> None:
        """Put `path` first in the recent files (once) and remember it as the last project."""
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text][: MAX_RECENT - 1]
        self.last_project = text
        if title is not None:
            self.set_recent_title(text, title)
        self._prune_titles()

    def set_recent_title(self, path: Path | str, title: str) -> None:
        text = str(Path(path).resolve())
        if title.strip():
            self.recent_titles = {**self.recent_titles, text: title.strip()}

    def recent_title(self, path: Path | str) -> str:
        """The title the assessment had when last open here, or "" if not known."""
        return self.recent_titles.get(str(path), "")

    def forget_recent(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != text]
        if self.last_project == text:
            self.last_project = None
        self._prune_titles()

    def _prune_titles(self) -> None:
        kept = set(self.recent_files)
        self.recent_titles = {k: v for k, v in self.recent_titles.items() if k in kept}


def apply_to_process(settings: AppSettings) -> None:
    """Point the storage layer at the chosen data folder and backup count.

    Both the GUI and the CLI call this, so backups taken by either land in the same place.
    """
    from digifelt.storage import backup_policy, paths

    paths.set_data_dir(settings.data_path())
    backup_policy.set_keep_per_project(settings.backups_kept)


def peek_settings() -> AppSettings | None:
    """The saved settings without creating or repairing the file (for the CLI)."""
    try:
        return AppSettings.from_dict(json.loads(settings_path().read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def settings_path() -> Path:
    return config_dir() / FILENAME


def load_settings() -> AppSettings:
    """The saved settings; defaults (saved at once, so the assessor id is stable) if absent.

    A damaged or unreadable file is kept aside as settings.json.broken rather than lost.
    """
    path = settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return AppSettings.from_dict(data)
    except FileNotFoundError:
        pass
    except (OSError, ValueError, TypeError):
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
    payload = settings.to_json().encode("utf-8")
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


def initials_of(name: str) -> str:
    """Initials suggested for a name: "Kari Nordmann" → "KN", "Per-Ole Ås" → "POÅ"."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words)[:6]
