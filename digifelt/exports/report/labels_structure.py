"""Report wording for chapters, title page, method and appendices, in Norwegian Bokmål and English.

Merged into labels.Labels; a key defined here and in labels.py is an error (a test checks).
"""

NB: dict[str, str | tuple[str, str]] = {}
EN: dict[str, str | tuple[str, str]] = {}
