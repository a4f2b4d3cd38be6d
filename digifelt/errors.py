"""Typed errors raised by core, storage and exports; the CLI and UI turn them into text."""


class DigifeltError(Exception):
    """Base class for every error meant to be shown to the user as one clear line."""


class TemplateError(DigifeltError):
    """A rubric template file is missing, unreadable or invalid."""


class ProjectFileError(DigifeltError):
    """A project file cannot be opened: missing, not a digifelt file, damaged, or too new."""


class NotAProjectError(ProjectFileError):
    """The file exists but is not a digifelt project."""


class ProjectTooNewError(ProjectFileError):
    """The file was written by a newer digifelt whose schema this version does not know."""


class NotFoundError(DigifeltError):
    """A referenced object does not exist in the project."""


class ValidationError(DigifeltError):
    """A service was called with values that break a domain rule."""
