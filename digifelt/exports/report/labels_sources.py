"""Report wording for sources, drafts, evidence lines and recommendations (nb and en).

Merged into labels.Labels; a key defined here and in labels.py is an error (a test checks).
"""

NB: dict[str, str | tuple[str, str]] = {}
EN: dict[str, str | tuple[str, str]] = {}
