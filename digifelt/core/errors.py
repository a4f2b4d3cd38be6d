"""Core's view of the shared error types (defined below storage so every layer can raise them)."""

from digifelt.errors import (  # noqa: F401
    DigifeltError,
    NotAProjectError,
    NotFoundError,
    ProjectFileError,
    ProjectTooNewError,
    TemplateError,
    ValidationError,
)
