"""The PySide6 desktop app; it changes projects only through digifelt.core.services."""

from digifelt.ui import qt_workarounds as _qt_workarounds

_qt_workarounds.apply()  # before any window emits a signal (see the module)
