"""Where file dialogs start: a folder the user would look in, and the one they used last.

The demo and the backups live in the app's data folder (hidden on Linux and macOS); a file
dialog that starts there, or in some other hidden folder, hides what the user saves or looks
for. Documents is the fallback, or the home folder where a system has no Documents (many
fresh Linux installs).
"""

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from digifelt.storage.paths import config_dir, data_dir


def documents_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def tucked_away(folder: Path) -> bool:
    """The app's data folder or a hidden one: where a user would never look for a file."""
    folder = Path(folder).expanduser().resolve()
    data = data_dir().expanduser().resolve()
    if folder == data or data in folder.parents:
        return True
    home = Path.home().resolve()
    inside_home = folder.relative_to(home).parts if home in folder.parents else ()
    return any(part.startswith(".") for part in inside_home)


def visible_folder(folder: Path | None) -> Path:
    """`folder` if it exists and is not tucked away, else Documents (or home)."""
    if folder is not None and Path(folder).is_dir() and not tucked_away(Path(folder)):
        return Path(folder)
    return documents_folder()


def _settings() -> QSettings:
    return QSettings(str(config_dir() / "folders.ini"), QSettings.Format.IniFormat)


def last_folder(purpose: str) -> Path:
    """The folder last used for `purpose` ("attach", …) if it is still there, else Documents."""
    remembered = _settings().value(purpose)
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))  # chosen by the user, hidden or not
    return documents_folder()


def remember_folder(purpose: str, folder: Path) -> None:
    settings = _settings()
    settings.setValue(purpose, str(folder))
    settings.sync()
