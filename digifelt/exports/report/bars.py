"""Stacked bars for survey results, drawn as small PNG images in plain Python.

A bar has no text: it sits in the results table's row beside the group's percentages, and the
scale's columns are shaded with the bar's colours, so the header is the legend. Drawing it here
keeps the report free of a plotting library (and the installer of its size).
"""

import struct
import zlib
from dataclasses import dataclass

# A diverging scale, low (disagree) to high (agree), light enough for black header text.
_LOW = (236, 128, 112)
_MIDDLE = (226, 226, 226)
_HIGH = (120, 188, 118)
BACKGROUND = (255, 255, 255)


@dataclass(frozen=True)
class Picture:
    """An inline image in the body: PNG bytes, its size on the page in twips, and its
    alternative text for readers who cannot see it."""

    png: bytes
    width: int
    height: int
    descr: str = ""


def _mix(a, b, t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def scale_colours(n: int) -> list[tuple[int, int, int]]:
    """n colours from the low end of the scale to the high end, through grey."""
    if n <= 1:
        return [_MIDDLE] * n
    out = []
    for i in range(n):
        t = i / (n - 1)
        out.append(_mix(_LOW, _MIDDLE, t * 2) if t <= 0.5 else _mix(_MIDDLE, _HIGH, t * 2 - 1))
    return out


def hex_colour(rgb: tuple[int, int, int]) -> str:
    return "".join(f"{c:02X}" for c in rgb)


def stacked_bar(shares, colours, width: int = 240, height: int = 20) -> bytes:
    """A PNG of one horizontal bar split into segments of `shares` (fractions of the whole,
    summing to at most 1), each in its colour; what is left over stays white."""
    edges, total = [], 0.0
    for share in shares:
        total += max(share, 0.0)
        edges.append(round(min(total, 1.0) * width))
    row = bytearray()
    segment = 0
    for x in range(width):
        while segment < len(edges) and x >= edges[segment]:
            segment += 1
        row += bytes(colours[segment] if segment < len(edges) else BACKGROUND)
    raw = b"".join(b"\x00" + bytes(row) for _ in range(height))
    return _png(width, height, raw)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def _png(width: int, height: int, raw: bytes) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))
