"""Window geometry and splitter positions in QSettings, kept under the app's config folder."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from digifelt.storage.paths import config_dir


def qsettings() -> QSettings:
    # An explicit INI path (not the platform default) keeps tests and portable installs
    # inside DIGIFELT_CONFIG_DIR.
    return QSettings(str(config_dir() / "window-state.ini"), QSettings.Format.IniFormat)


def restore(window: QWidget, key: str) -> None:
    geometry = qsettings().value(f"{key}/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    restore_splitters(window, key)


def save(window: QWidget, key: str) -> None:
    settings = qsettings()
    settings.setValue(f"{key}/geometry", window.saveGeometry())
    settings.sync()
    save_splitters(window, key)


def restore_splitters(widget: QWidget, key: str) -> None:
    """Named splitters under `widget` (capture views are built later than their window)."""
    settings = qsettings()
    for splitter in widget.findChildren(QSplitter):
        state = settings.value(f"{key}/splitters/{splitter.objectName()}")
        if splitter.objectName() and state is not None:
            splitter.restoreState(state)


def save_splitters(widget: QWidget, key: str) -> None:
    settings = qsettings()
    for splitter in widget.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(f"{key}/splitters/{splitter.objectName()}", splitter.saveState())
    settings.sync()
