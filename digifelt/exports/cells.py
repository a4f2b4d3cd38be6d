"""Text for a spreadsheet cell (.csv or .xlsx): never run as a formula, always storable.

Names and titles come from teammates' bundles and pasted text, so a group called
`=HYPERLINK("http://…"&C2)` must reach Excel or LibreOffice as text. Following the OWASP
CSV-injection advice, a cell whose first character (after NFKC, so fullwidth ＝ counts as =)
could start a formula or a DDE call gets a leading apostrophe, which spreadsheets show as a
text marker. Characters XML 1.0 cannot hold are taken out, so .xlsx never fails on them.
"""

import re
import unicodedata

FORMULA_START = frozenset("=+-@\t\r\n")
# Word's manual line break and page break arrive as VT and FF when text is pasted: keep the break.
_AS_NEWLINE = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ANY_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` without the characters no XML 1.0 file can hold (and no UTF-8 encoder accepts)."""
    if not _ANY_UNSTORABLE.search(text):
        return text  # the usual case, and evidence.csv runs this on every excerpt
    text = text.translate(_AS_NEWLINE)
    text = _NOT_XML.sub("", text)
    return _LONE_SURROGATE.sub("\ufffd", text)


def starts_formula(text: str) -> bool:
    if not text:
        return False
    first = text[0]
    if first < "\x80":
        return first in FORMULA_START
    return unicodedata.normalize("NFKC", first)[:1] in FORMULA_START


def safe_text(text: str | None) -> str:
    """A text cell no spreadsheet runs: storable, with `'` before a formula-starting character."""
    if not text:
        return ""
    text = storable(text)
    return "'" + text if starts_formula(text) else text


def safe_cell(value):
    """Numbers stay numbers (a count is an int); every text becomes `safe_text`."""
    if value is None or isinstance(value, bool | int | float):
        return value
    return safe_text(str(value))
