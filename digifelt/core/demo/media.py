"""Small but valid PNG and PDF files written from scratch, so the demo needs no binary assets."""

import struct
import textwrap
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(
        ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def meeting_room_png(width: int = 160, height: int = 100) -> bytes:
    """A stylised photo of a council chamber: wall, a big screen showing the agenda, a table."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter type 0 (None) for every scanline
        for x in range(width):
            # Warm wall, slightly darker towards the floor.
            r, g, b = 214 - y // 3, 200 - y // 3, 176 - y // 3
            screen = 30 <= x < 130 and 10 <= y < 62
            if screen:
                r, g, b = 28, 44, 78
                # Light "text" bars on the screen: the agenda being shown.
                if 16 <= y < 58 and (y - 16) % 8 < 3 and 38 <= x < 38 + 80 - ((y - 16) // 8) * 9:
                    r, g, b = 225, 232, 240
            elif y >= 76:
                r, g, b = 120, 84, 52  # the table
                if (x + y) % 23 == 0:
                    r, g, b = 104, 70, 42  # wood grain
            row += bytes((r, g, b))
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + _chunk(b"IEND", b""))


def _pdf_text(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF 1.4 file with one page per list of lines (Helvetica, WinAnsi for æøå)."""
    n_pages = len(pages)
    # Object numbers: 1 catalog, 2 page tree, 3 font, then (page, content) pairs.
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids)
           + b"] /Count %d >>" % n_pages,
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
           b"/Encoding /WinAnsiEncoding >>",
    }
    for page_id, lines in zip(page_ids, pages, strict=True):
        wrapped = [part for line in lines for part in textwrap.wrap(line, 80) or [""]]
        ops = [b"BT /F1 11 Tf 15 TL 56 780 Td"]
        ops += [b"(" + _pdf_text(part) + b") Tj T*" for part in wrapped]
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objects[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                            % (page_id + 1))
        objects[page_id + 1] = (b"<< /Length %d >>\nstream\n" % len(stream) + stream
                                + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe6\xf8\xe5\xc6\n")  # binary comment marks the file as binary
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    xref_at = len(out)
    count = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % count
    out += b"".join(b"%010d 00000 n \n" % offsets[num] for num in range(1, count))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count, xref_at)
    return bytes(out)
