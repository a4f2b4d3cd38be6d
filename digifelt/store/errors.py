"""The store's failures, each shown as one line by the command line."""

from digifelt.errors import DigifeltError


class StoreError(DigifeltError):
    """The store cannot be reached or used: connection, schema version, permission, input."""


class StoreVersionError(StoreError):
    """The store's schema is older or newer than this digifelt's."""


class StorePermissionError(StoreError):
    """The role connected has no right to do this (a read-only viewer publishing)."""
