"""App-level folders (platformdirs), overridable by environment for tests and portable use."""

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
