"""WordprocessingML for the report body: paragraphs, headings, placeholders, fields, tables.

The body is written as one XML fragment and parsed once (python-docx's own parser, so the
result is ordinary python-docx elements). Adding paragraphs one by one through python-docx
resolves the style name on every call, which costs more than the rest of the report together.
"""

import re
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_EMU_PER_TWIP = 635

# Characters XML 1.0 cannot carry; a pasted note may contain them.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BREAKS = re.compile(r"\r\n|\r|\n|\t")

# A run is plain text, or (text, flags) where flags holds b (bold), i (italic), p (placeholder),
# c (the team's own content: written in the project's language, not the report's).
Run = str | tuple[str, str]
HEADER_FILL = "DCE6F2"
# Proofing language tags by report or project language.
LANG_TAGS = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
# Table sizing estimates in twips: an average character of 11 pt body text, the widest bold
# character, and the cell's left + right margins of the Table Grid style.
_CHAR = 125
_BOLD_CHAR = 145
_CELL_PAD = 260
_WORD = re.compile(r"\S+")


def clean(text: str) -> str:
    return _INVALID.sub("", text)


def _t(text: str) -> str:
    """Text as <w:t> elements, with line breaks and tabs as Word's own elements."""
    out, pos = [], 0
    text = clean(text)
    for m in _BREAKS.finditer(text):
        if m.start() > pos:
            out.append(f'<w:t xml:space="preserve">{escape(text[pos:m.start()])}</w:t>')
        out.append("<w:tab/>" if m.group() == "\t" else "<w:br/>")
        pos = m.end()
    if pos < len(text) or not out:
        out.append(f'<w:t xml:space="preserve">{escape(text[pos:])}</w:t>')
    return "".join(out)


def _capped(widths: list[int], total: int, floor: int = 400) -> list[int]:
    """`widths` with the widest lowered to one common cap so that they add up to `total`."""
    rest, left = sorted(widths), total
    for i, w in enumerate(rest):
        cap = left // (len(rest) - i)
        if w > cap:
            return [min(x, max(cap, floor)) for x in widths]
        left -= w
    return list(widths)


class Body:
    """Collects the body as XML; `elements()` parses it once into python-docx elements."""

    def __init__(self, styles: dict[str, str], width: int, *, lang: str = "nb",
                 content_lang: str | None = None, part=None):
        self.styles = styles  # style name -> style id in the document
        # The document part images are added to; without one, pictures are left out.
        self.part = part
        self._pictures = 0
        self.width = width  # text width in twentieths of a point
        # When the report's wording and the team's texts differ in language, every run says
        # which it is, so Word's spell-check uses the right dictionary for each.
        content_lang = content_lang or lang
        self._lang_tags = None if content_lang == lang else (
            LANG_TAGS.get(lang, lang), LANG_TAGS.get(content_lang, content_lang))
        self._xml: list[str] = []
        self.placeholders = 0
        self.paragraphs = 0
        self.tables = 0
        self._toc: list[tuple[int, str, str]] = []  # (level, text, bookmark) for the TOC
        self._toc_at: int | None = None
        self._toc_levels = 2
        self._numbers = [0, 0, 0]  # what Word's heading numbering will show, for the TOC
        self._after_table = False

    def _run(self, run: Run) -> str:
        text, flags = (run, "") if isinstance(run, str) else run
        props = []
        if "p" in flags:
            props.append(f'<w:rStyle w:val="{self.styles["Placeholder"]}"/>')
            self.placeholders += 1
        if "b" in flags:
            props.append("<w:b/>")
        if "i" in flags:
            props.append("<w:i/>")
        if "p" in flags:
            props.append('<w:highlight w:val="yellow"/>')
        if self._lang_tags:
            props.append(f'<w:lang w:val="{self._lang_tags["c" in flags]}"/>')
        rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
        return f"<w:r>{rpr}{_t(text)}</w:r>"

    def _ppr(self, style: str | None, *, keep_next=False, break_before=False,
             spacing_before: int | None = None, align: str | None = None) -> str:
        props = []
        if style and style != "Normal":
            props.append(f'<w:pStyle w:val="{self.styles[style]}"/>')
        if keep_next:
            props.append("<w:keepNext/>")
        if break_before:
            props.append("<w:pageBreakBefore/>")
        if spacing_before is not None:
            props.append(f'<w:spacing w:before="{spacing_before}"/>')
        if align:
            props.append(f'<w:jc w:val="{align}"/>')
        return f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""

    def para(self, runs: Run | Sequence[Run], style: str | None = None, **ppr) -> None:
        if self._after_table and style is None:
            ppr.setdefault("spacing_before", 160)  # a little air below a table
        self._after_table = False
        if isinstance(runs, str | tuple):
            runs = [runs]
        body = "".join(self._run(r) for r in runs if r)
        self._xml.append(f"<w:p>{self._ppr(style, **ppr)}{body}</w:p>")
        self.paragraphs += 1

    def heading(self, level: int, text: str, *, break_before=False, content=False) -> None:
        """A heading; `content` when its text is the team's (an area's or indicator's title).

        Its number comes from the heading style's numbering (template.py), never the text.
        """
        run = (text, "c") if content else text
        if level <= len(self._numbers):
            self._numbers[level - 1] += 1
            self._numbers[level:] = [0] * (len(self._numbers) - level)
        if level > self._toc_levels:
            self.para(run, f"Heading {level}", break_before=break_before)
            return
        # Bookmarked like Word's own _Toc bookmarks, so the TOC can link to it with PAGEREF.
        n = len(self._toc) + 1
        mark = f"_Toc{n:08d}"
        number = ".".join(str(x) for x in self._numbers[:level])
        self._toc.append((level, f"{number} {clean(text)}", mark, content))
        self._xml.append(
            f"<w:p>{self._ppr(f'Heading {level}', break_before=break_before)}"
            f'<w:bookmarkStart w:id="{n}" w:name="{mark}"/>{self._run(run)}'
            f'<w:bookmarkEnd w:id="{n}"/></w:p>')
        self.paragraphs += 1

    def placeholder(self, text: str, style: str | None = None) -> None:
        self.para((text, "p"), style)

    def text(self, value: str, style: str | None = None) -> None:
        """User text: one paragraph per line; lines starting with "-", "*" or "•" as bullets."""
        for line in clean(value).splitlines():
            line = line.strip()
            if not line:
                continue
            if line[:1] in "-*•" and line[1:2] == " ":
                self.bullet((line[2:].strip(), "c"))
            else:
                self.para((line, "c"), style)

    def bullet(self, runs: Run | Sequence[Run]) -> None:
        if "List Bullet" in self.styles:
            self.para(runs, "List Bullet")
        else:
            runs = [runs] if isinstance(runs, str | tuple) else list(runs)
            self.para(["• ", *runs])

    def toc(self, levels: int = 2) -> None:
        """A TOC field over headings 1..levels, marked dirty so that Word rebuilds it on open.

        Its entries are filled in already, with PAGEREF fields for the page numbers, so the
        headings also show in programs that do not rebuild the TOC. LibreOffice shows them
        without page numbers (it neither updates the TOC on open nor computes PAGEREFs inside
        it, whatever the file asks); pdf.py has it update the TOC before it writes a PDF.
        """
        self._toc_levels = levels
        self._toc_at = len(self._xml)
        self._xml.append("")  # filled in by elements(), once every heading is known

    def _toc_xml(self) -> str:
        begin = ('<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
                 f'<w:r><w:instrText xml:space="preserve"> TOC \\o "1-{self._toc_levels}" '
                 '\\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
                 "</w:r>")
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        tab = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{self.width}"/></w:tabs>'
        if not self._toc:
            return f"<w:p>{begin}{end}</w:p>"
        out = []
        for n, (level, text, mark, content) in enumerate(self._toc):
            style = self.styles.get(f"toc {level}")
            pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
            ppr = f"<w:pPr>{pstyle}{tab}</w:pPr>"
            out.append(
                f"<w:p>{ppr}{begin if n == 0 else ''}"
                f'<w:hyperlink w:anchor="{mark}" w:history="1">'
                f'{self._run((text, "c") if content else text)}'
                '<w:r><w:tab/></w:r>'
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> PAGEREF {mark} \\h </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t></w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
                f"{end if n == len(self._toc) - 1 else ''}</w:p>")
        self.paragraphs += len(out)
        return "".join(out)

    def _picture(self, picture) -> str:
        """An inline picture run (bars.Picture), its image stored once in the package."""
        import io

        if self.part is None:
            return ""
        rid, _image = self.part.get_or_add_image(io.BytesIO(picture.png))
        self._pictures += 1
        n = 100000 + self._pictures  # docPr ids apart from the bookmarks' ids
        cx, cy = picture.width * _EMU_PER_TWIP, picture.height * _EMU_PER_TWIP
        descr = escape(clean(picture.descr), {'"': "&quot;"})
        return (f'<w:r><w:drawing><wp:inline xmlns:wp="{_WP_NS}" distT="0" distB="0" '
                f'distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
                f'<wp:docPr id="{n}" name="Picture {n}" descr="{descr}"/>'
                f'<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{_A_NS}" '
                f'noChangeAspect="1"/></wp:cNvGraphicFramePr>'
                f'<a:graphic xmlns:a="{_A_NS}"><a:graphicData uri="{_PIC_NS}">'
                f'<pic:pic xmlns:pic="{_PIC_NS}"><pic:nvPicPr>'
                f'<pic:cNvPr id="{n}" name="bar{n}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
                f'<pic:blipFill><a:blip xmlns:r="{_R_NS}" r:embed="{rid}"/>'
                f'<a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
                f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
                f"</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")

    def _cell(self, cell) -> str:
        if not cell:
            return ""
        if isinstance(cell, str | tuple):
            return self._run(cell)
        return self._picture(cell)

    def table(self, header: Sequence[str], rows: Iterable[Sequence[Run]],
              weights: Sequence[int] | None = None,
              fills: Sequence[str | None] | None = None,
              min_chars: Sequence[int] | None = None) -> None:
        """A table whose columns are as wide as their content needs, first row repeated on
        every page. `weights` only caps how much of the spare width a column may take;
        `fills` colours header cells (hex RGB, None for the usual), e.g. as a chart's legend;
        `min_chars` keeps a narrow column at least that many characters wide (so "<5" under
        an "n" stays on one line). A cell is a run or a bars.Picture."""
        rows = [list(r) for r in rows]
        widths = self._widths(header, rows, weights, min_chars)
        fills = list(fills or []) + [None] * (len(header) - len(fills or []))
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [
            "<w:tbl><w:tblPr>"
            f'<w:tblStyle w:val="{self.styles["Table Grid"]}"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
            '<w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>",
            "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
        ]
        for text, width, fill in zip(header, widths, fills, strict=True):
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
                       f'<w:shd w:val="clear" w:color="auto" w:fill="{fill or HEADER_FILL}"/>'
                       '</w:tcPr>'
                       f'<w:p><w:pPr><w:keepNext/></w:pPr>{self._run((text, "b"))}</w:p></w:tc>')
        out.append("</w:tr>")
        for row in rows:
            out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for cell, width in zip(row, widths, strict=True):
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                           f"<w:p>{self._cell(cell)}</w:p></w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self._xml.append("".join(out))
        self.tables += 1
        self._after_table = True

    def _widths(self, header: Sequence[str], rows: list[list[Run]],
                weights: Sequence[int] | None,
                min_chars: Sequence[int] | None = None) -> list[int]:
        """Column widths in twips from the content: never narrower than the column's longest
        word (so no word breaks mid-way), the spare width shared by how much text each
        column holds beyond that. The table spans the text width only when its text needs it."""
        n = len(header)
        least = [c * _BOLD_CHAR + _CELL_PAD if c else 0 for c in (min_chars or [])][:n]
        least += [0] * (n - len(least))
        natural = list(least)
        pictured: set[int] = set()  # columns holding a picture: it cannot be narrowed
        for cells, bold in ((header, True), *((row, False) for row in rows)):
            for i, cell in enumerate(cells):
                if not isinstance(cell, str | tuple):  # a picture: as wide as it is shown
                    pictured.add(i)
                    least[i] = max(least[i], cell.width + _CELL_PAD)
                    natural[i] = max(natural[i], cell.width + _CELL_PAD)
                    continue
                text, flags = (cell, "") if isinstance(cell, str) else cell
                char = _BOLD_CHAR if bold or "b" in flags else _CHAR
                words = [len(w) for w in _WORD.findall(text or "")] or [0]
                lines = [len(line) for line in (text or "").splitlines()] or [0]
                least[i] = max(least[i], max(words) * char + _CELL_PAD)
                natural[i] = max(natural[i], max(lines) * char + _CELL_PAD)
        total = sum(least)
        if total >= self.width:
            # Even the longest words do not fit: narrow only the widest columns, to one
            # common width, so that only their longest words break and the others stay whole.
            fixed = sum(least[i] for i in pictured)
            capped = iter(_capped([w for i, w in enumerate(least) if i not in pictured],
                                  max(self.width - fixed, 0)))
            return [w if i in pictured else next(capped) for i, w in enumerate(least)]
        spare = self.width - total
        wants = [max(nat - lo, 0) for nat, lo in zip(natural, least, strict=True)]
        if weights:
            caps = [self.width * w // sum(weights) for w in weights]
            wants = [min(want, max(cap - lo, 0)) or want
                     for want, cap, lo in zip(wants, caps, least, strict=True)]
        if sum(wants) <= spare:
            return [lo + want for lo, want in zip(least, wants, strict=True)]
        share = sum(wants)
        return [lo + spare * want // share for lo, want in zip(least, wants, strict=True)]

    def elements(self) -> list:
        from docx.oxml.parser import parse_xml

        if self._toc_at is not None:
            self._xml[self._toc_at] = self._toc_xml()
        root = parse_xml(f'<w:body xmlns:w="{W_NS}">{"".join(self._xml)}</w:body>')
        return list(root)
