"""The one error type of bundle export, verification and import."""

from digifelt.errors import DigifeltError


class BundleError(DigifeltError):
    """A bundle is unreadable, damaged, hostile or inconsistent; nothing was changed."""

    def __init__(self, message: str):
        # One line, whatever the bundle contained: names from a hostile zip could carry
        # line breaks or terminal control characters.
        clean = "".join(ch if ch.isprintable() else "?" for ch in " ".join(message.split()))
        super().__init__(clean[:400])
