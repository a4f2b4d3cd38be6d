"""App-level folders (platformdirs), overridable by environment for tests and portable use."""

import contextlib
import os
from pathlib import Path

APP_NAME = "digifelt"

_chosen_data_dir: Path | None = None


def set_data_dir(folder: Path | None) -> None:
    """The data folder chosen in the settings (None: the platform's default)."""
    global _chosen_data_dir
    _chosen_data_dir = Path(folder) if folder else None


def data_dir() -> Path:
    # The environment wins over the settings: tests and portable installs depend on it.
    override = os.environ.get("DIGIFELT_DATA_DIR")
    if override:
        return Path(override)
    if _chosen_data_dir is not None:
        return _chosen_data_dir
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("DIGIFELT_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def backups_dir() -> Path:
    return data_dir() / "backups"


def private_folder(folder: Path) -> Path:
    """`folder` (and any parents it needs) made readable by the owner only.

    mkdir's mode applies to the last folder alone; parents created on the way would follow
    the umask and let other users list the names of the projects backed up inside.
    """
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for made in missing:
        with contextlib.suppress(OSError):  # made by someone else meanwhile
            os.chmod(made, 0o700)
    return folder


def create_private_file(path: Path) -> None:
    """An empty file only its owner can read, created so from the first byte (never 0644
    for a moment); fails if something is already there."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600))


def write_private_text(path: Path, text: str) -> None:
    """Replace `path` atomically with `text`, owner-only, synced before the rename."""
    path = Path(path)
    private_folder(path.parent)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(text.encode("utf-8"))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, path)
