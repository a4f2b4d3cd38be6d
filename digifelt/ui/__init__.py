"""The PySide6 desktop app; it changes projects only through digifelt.core.services."""
