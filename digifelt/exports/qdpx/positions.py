"""Positions in a text source of a REFI-QDA package, as its tool counted them, converted to
code points of the text as digifelt stores it (LF line ends). QDA-XML counts characters; what
a character is differs between tools (reading.py's docstring)."""


def _utf16_to_cp(text: str) -> list[int]:
    """For each UTF-16 offset, the code-point offset (the second half of a pair: the next)."""
    out = []
    for i, c in enumerate(text):
        out.append(i)
        if ord(c) > 0xFFFF:
            out.append(i + 1)
    out.append(len(text))
    return out


class Positions:
    """Converts a tool's positions in a raw text to code points of the text with LF ends."""

    def __init__(self, raw: str, crlf_is_one: bool):
        self.text = raw.replace("\r\n", "\n")
        self.raw = raw
        self.crlf_is_one = crlf_is_one
        # The counting of the raw text: code points, or UTF-16 code units.
        self.utf16 = False
        self._maps: dict[bool, list[int]] = {}

    def _map(self, utf16: bool) -> list[int]:
        """Raw (or CR LF as one) position in the tool's units → code point in self.text."""
        if utf16 not in self._maps:
            base = self.text if self.crlf_is_one else self.raw
            units = _utf16_to_cp(base) if utf16 else list(range(len(base) + 1))
            if not self.crlf_is_one and "\r\n" in self.raw:
                # Each CR of a CR LF disappears: positions after it move one back.
                shift, shifts = 0, []
                for i, c in enumerate(base):
                    shifts.append(shift)
                    if c == "\r" and base[i + 1:i + 2] == "\n":
                        shift += 1
                shifts.append(shift)
                units = [cp - shifts[cp] for cp in units]
            self._maps[utf16] = units
        return self._maps[utf16]

    def choose(self, samples: list[tuple[int, int, str]]) -> None:
        """Take UTF-16 units if the selections' words say so (only a text with characters
        beyond U+FFFF can tell the two apart)."""
        if not any(ord(c) > 0xFFFF for c in self.text) or not samples:
            return
        score = {False: 0, True: 0}
        for utf16 in (False, True):
            for start, end, words in samples:
                got = self.convert(start, end, utf16)
                if got and words and self.text[got[0]:got[1]].startswith(words[:40]):
                    score[utf16] += 1
        self.utf16 = score[True] > score[False]

    def convert(self, start: int, end: int, utf16: bool | None = None) -> tuple[int, int] | None:
        units = self._map(self.utf16 if utf16 is None else utf16)
        if not 0 <= start <= end < len(units):
            return None
        return units[start], units[end]


# -- the project ------------------------------------------------------------------------
