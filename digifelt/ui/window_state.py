"""Window geometry and splitter positions in QSettings, kept under the app's config folder.

Geometry is remembered per arrangement of screens: a laptop used alone and the same laptop
docked to a projector or a second monitor each get the window back where it was there.
"""

import hashlib

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

from digifelt.storage.paths import config_dir


def qsettings() -> QSettings:
    # An explicit INI path (not the platform default) keeps tests and portable installs
    # inside DIGIFELT_CONFIG_DIR.
    return QSettings(str(config_dir() / "window-state.ini"), QSettings.Format.IniFormat)


def screens_key() -> str:
    """A short name for the current set of screens (their sizes and positions)."""
    layout = sorted(
        f"{g.x()},{g.y()},{g.width()}x{g.height()}@{s.devicePixelRatio():g}"
        for s in QGuiApplication.screens() for g in [s.geometry()])
    return hashlib.sha1(";".join(layout).encode()).hexdigest()[:12]


def restore(window: QWidget, key: str) -> None:
    settings = qsettings()
    # This screen arrangement's layout, else the last one used anywhere (a new arrangement).
    geometry = settings.value(f"{key}/screens/{screens_key()}/geometry")
    if geometry is None:
        geometry = settings.value(f"{key}/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    restore_splitters(window, key)


def save(window: QWidget, key: str) -> None:
    settings = qsettings()
    geometry = window.saveGeometry()
    settings.setValue(f"{key}/screens/{screens_key()}/geometry", geometry)
    settings.setValue(f"{key}/geometry", geometry)
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
