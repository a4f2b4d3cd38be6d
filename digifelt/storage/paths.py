"""App-level folders (platformdirs), overridable by environment for tests and portable use."""

import os
from pathlib import Path

APP_NAME = "digifelt"


def data_dir() -> Path:
    override = os.environ.get("DIGIFELT_DATA_DIR")
    if override:
        return Path(override)
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
