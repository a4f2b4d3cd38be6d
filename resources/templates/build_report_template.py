"""Build resources/templates/report.docx, the built-in Word report template.

    python resources/templates/build_report_template.py

Starts from python-docx's default document, keeps only the styles a report uses and gives
them a clean look: A4 with 2.5 cm margins, Calibri, blue headings (Heading 1 starts a new
page), a "Placeholder" character style with a yellow highlight, an indented Quote with a bar
on the left, a plain Table Grid, and a footer with a centred page number (none on the title
page). The body is empty: the report is written into it. Commit the .docx it makes.
"""

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("report.docx")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BODY_FONT, HEADING_FONT = "Calibri", "Calibri Light"
DARK = RGBColor(0x1F, 0x38, 0x64)
ACCENT = RGBColor(0x2E, 0x74, 0xB5)
GREY = RGBColor(0x40, 0x40, 0x40)
KEEP = {
    "Normal", "Header", "Header Char", "Footer", "Footer Char", "Default Paragraph Font",
    "Normal Table", "No List", "Title", "Title Char", "Subtitle", "Subtitle Char",
    "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Heading 1 Char", "Heading 2 Char",
    "Heading 3 Char", "Heading 4 Char", "Quote", "Quote Char", "Intense Quote",
    "Intense Quote Char", "List Paragraph", "List Bullet", "List Bullet 2", "List Number",
    "List Number 2", "Caption", "Strong", "Emphasis", "TOC Heading", "Table Grid",
    "No Spacing", "Body Text", "Body Text Char",
}


def set_font(style, name: str) -> None:
    """A concrete font, with the theme-font attributes (which would win) removed."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):
            del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def heading(styles, level: int, size: int, color: RGBColor, before: int, after: int) -> None:
    style = styles[f"Heading {level}"]
    set_font(style, HEADING_FONT)
    style.font.size, style.font.bold, style.font.italic = Pt(size), level < 3, False
    style.font.color.rgb = color
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.keep_with_next = True
    fmt.page_break_before = level == 1


def main() -> int:
    doc = Document()
    styles = doc.styles
    for style in list(styles):
        if style.name not in KEEP and style.type != WD_STYLE_TYPE.LIST:
            style.element.getparent().remove(style.element)
    # Theme fonts in the document defaults would override the styles' fonts.
    defaults = styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), BODY_FONT)

    normal = styles["Normal"]
    set_font(normal, BODY_FONT)
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1

    heading(styles, 1, 18, DARK, 0, 12)
    heading(styles, 2, 14, ACCENT, 18, 6)
    heading(styles, 3, 12, DARK, 12, 3)

    title = styles["Title"]
    set_font(title, HEADING_FONT)
    title.font.size, title.font.color.rgb = Pt(30), DARK
    title.paragraph_format.space_after = Pt(12)
    subtitle = styles["Subtitle"]
    set_font(subtitle, HEADING_FONT)
    subtitle.font.size, subtitle.font.color.rgb, subtitle.font.italic = Pt(16), ACCENT, False
    subtitle.paragraph_format.space_after = Pt(36)
    toc = styles["TOC Heading"]
    toc.font.color.rgb, toc.paragraph_format.page_break_before = DARK, False

    quote = styles["Quote"]
    quote.font.italic, quote.font.color.rgb = True, GREY
    fmt = quote.paragraph_format
    fmt.left_indent, fmt.right_indent = Cm(1), Cm(1)
    fmt.space_before, fmt.space_after = Pt(6), Pt(8)
    border = parse_xml(f'<w:pBdr {W}><w:left w:val="single" w:sz="18" w:space="8" '
                       'w:color="2E74B5"/></w:pBdr>')
    quote.element.get_or_add_pPr().insert_element_before(
        border, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc",
        "w:outlineLvl", "w:rPr")

    placeholder = styles.add_style("Placeholder", WD_STYLE_TYPE.CHARACTER)
    placeholder.font.color.rgb = RGBColor(0x59, 0x59, 0x00)
    rpr = placeholder.element.get_or_add_rPr()
    highlight = OxmlElement("w:highlight")
    highlight.set(qn("w:val"), "yellow")
    rpr.append(highlight)

    for level in (1, 2):
        entry = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH, builtin=True)
        entry.style_id = f"TOC{level}"
        entry.base_style, entry.next_paragraph_style = normal, normal
        entry.paragraph_format.left_indent = Cm(0.5 * (level - 1))
        entry.paragraph_format.space_before = Pt(6 if level == 1 else 0)
        entry.paragraph_format.space_after = Pt(2)
        entry.font.bold = level == 1

    grid = styles["Table Grid"]
    grid.font.size = Pt(10)
    grid.paragraph_format.space_after = Pt(2)

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    section.different_first_page_header_footer = True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r>'
                               "</w:fldSimple>"))
    section.first_page_footer.paragraphs[0].text = ""

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package.rels.pop(rid)
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.rels.pop(rid)
    props = doc.core_properties
    props.author = props.last_modified_by = "digifelt"
    props.title = props.comments = props.subject = props.keywords = ""
    doc.save(OUT)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
