"""What a stored text may contain: the one rule every way in (services, rubric files) applies.

No text may hold NUL or a lone surrogate: SQLite, UTF-8 files and bundles cannot carry them.
Names, titles, codes and labels are also written into spreadsheet cells, headings, XML
attributes and file names, and shown in lists: there C0 control characters (other than tab,
line feed and carriage return) and U+FFFE/U+FFFF break the file formats, and a bidirectional
override can make one name read as another ("evil\u202efdp.exe"). Free text (notes, memos,
descriptions) keeps those characters: text pasted from a word processor carries vertical tabs
and form feeds, a note that could not be saved would be lost typing, and the writers of free
text drop what their format cannot hold.
"""

import re

MAX_TEXT = 10_000_000  # 10 MB of text per field: far beyond any real note, bounds abuse

# Tab, line feed and carriage return are text; every other C0 control is not.
_CONTROL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f]")
_NONCHARACTER = re.compile("[\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def text_problem(value: str, *, name: bool = False) -> str | None:
    """Why `value` cannot be stored (a phrase to follow the field's name), or None if it can.

    `name` is for titles, names, codes and labels, which also refuse control characters,
    non-characters and bidirectional embedding, override and isolate characters.
    """
    if len(value) > MAX_TEXT:
        return f"is too long ({len(value):,} characters; limit {MAX_TEXT:,})"
    if "\x00" in value:
        return "contains a NUL character"
    if _SURROGATE.search(value):
        return "contains invalid Unicode (a lone surrogate)"
    if not name:
        return None
    if found := _CONTROL.search(value):
        return f"contains a control character ({_code_point(found.group())}); remove it"
    if found := _NONCHARACTER.search(value):
        return f"contains a character that is not text ({_code_point(found.group())})"
    if found := _BIDI_CONTROL.search(value):
        return (f"contains a text-direction control character ({_code_point(found.group())}) "
                "that can disguise how it reads; remove it")
    return None


def _code_point(char: str) -> str:
    return f"U+{ord(char):04X}"
