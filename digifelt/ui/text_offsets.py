"""Convert between Qt text positions (UTF-16 code units) and core offsets (code points).

Core stores excerpt spans as Python str indices; QTextCursor counts UTF-16 units, in
which every character outside the Basic Multilingual Plane (emoji, some CJK) takes two.
"""

import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def has_astral(text: str) -> bool:
    return _ASTRAL.search(text) is not None


def utf16_to_cp(text: str, pos16: int) -> int:
    """Code-point index of UTF-16 position `pos16` in `text` (clamped to the text).

    A position inside a surrogate pair rounds down to the start of that character.
    """
    if pos16 <= 0:
        return 0
    if not has_astral(text):
        return min(pos16, len(text))
    units = 0
    for index, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > pos16:
            return index
        units += width
    return len(text)


def cp_to_utf16(text: str, pos: int) -> int:
    """UTF-16 position of code-point index `pos` in `text` (clamped to the text)."""
    pos = max(0, min(pos, len(text)))
    return pos + len(_ASTRAL.findall(text, 0, pos))


def utf16_length(text: str) -> int:
    return cp_to_utf16(text, len(text))
