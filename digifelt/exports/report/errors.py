"""Errors of the Word report export, shown to the user as one line."""

from digifelt.errors import DigifeltError


class ReportError(DigifeltError):
    """The report cannot be written: bad template, output folder missing, unwritable file."""


class ReportCancelled(ReportError):
    """The caller cancelled the export; nothing was written."""
