"""The document the report is written into: the built-in template or the user's own.

A user template (.docx or .dotx) keeps its styles, page setup, headers and footers; its body
is emptied and everything else is left out (template_clean.py says what and why). Styles
the report needs but the template lacks are added with plain formatting.
"""

import io
from pathlib import Path

from digifelt.exports.report.errors import ReportError
from digifelt.exports.report.template_clean import TemplateRefused, ZipLimitError, clean_template

TEMPLATE_SUFFIXES = (".docx", ".dotx")
# Styles the writer refers to. The optional ones are used when the template has them:
# bullets fall back to a "•" prefix, TOC entries to Normal until Word rebuilds the TOC.
REQUIRED_STYLES = ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Quote",
                   "Table Grid", "Placeholder", "TOC Heading")
OPTIONAL_STYLES = ("List Bullet", "toc 1", "toc 2")
A4_TEXT_WIDTH = 9070  # twips: A4 with 2.5 cm margins, for a template that sets no page size


def builtin_template() -> Path:
    from digifelt.resource_paths import resource_path

    return resource_path("templates", "report.docx")


def _read_package(path: Path) -> bytes:
    """The template reduced to its house parts as .docx bytes (a .dotx becomes a document)."""
    name = path.name
    if not path.exists():
        raise ReportError(f"{name}: no such template file")
    if path.is_dir():
        raise ReportError(f"{name}: is a folder, not a Word template")
    if path.suffix.lower() not in TEMPLATE_SUFFIXES:
        raise ReportError(f"{name}: a report template must be a Word .docx or .dotx file")
    try:
        return clean_template(path)
    except ZipLimitError as exc:
        if str(exc) == "not a zip package":
            raise ReportError(f"{name}: not a Word document or template (.docx/.dotx)") from exc
        raise ReportError(f"{name}: {exc}") from exc
    except TemplateRefused as exc:
        raise ReportError(f"{name}: {exc}") from exc


def open_template(path: Path | None):
    """A python-docx Document on the template, its body emptied (section settings kept)."""
    from docx import Document

    path = Path(path) if path is not None else builtin_template()
    blob = _read_package(path)
    try:
        doc = Document(io.BytesIO(blob))
        _clear_body(doc)
    except ReportError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged package
        # Their messages can hold object reprs, never the file name: say it in our words.
        raise ReportError(f"{path.name}: cannot be read as a Word template") from exc
    return doc


def _clear_body(doc) -> None:
    from docx.oxml.ns import qn

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    body.get_or_add_sectPr()


def text_width(doc) -> int:
    """Usable text width of the (last) section in twips."""
    section = doc.sections[-1]
    if section.page_width is None:
        return A4_TEXT_WIDTH
    width = section.page_width - (section.left_margin or 0) - (section.right_margin or 0)
    return max(int(width) // 635, 2000)  # EMU -> twips


def ensure_styles(doc) -> dict[str, str]:
    """Style name -> style id for every style the writer uses, creating missing ones."""
    styles = doc.styles
    ids = {}
    for name in REQUIRED_STYLES:
        style = styles[name] if name in styles else _create_style(doc, name)
        ids[name] = style.style_id
    for name in OPTIONAL_STYLES:
        if name in styles:
            ids[name] = styles[name].style_id
    return ids


def _create_style(doc, name: str):
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    styles = doc.styles
    if name == "Placeholder":
        style = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        _set_child(style.element.get_or_add_rPr(), "w:highlight", "yellow")
        return style
    if name == "Table Grid":
        style = styles.add_style(name, WD_STYLE_TYPE.TABLE, builtin=True)
        _add_table_borders(style)
        return style
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin=True)
    normal = _find(styles, "Normal")
    style.base_style = normal
    font, fmt = style.font, style.paragraph_format
    if name.startswith("Heading ") or name == "TOC Heading":
        level = int(name[-1]) if name[-1].isdigit() else 1
        font.bold = True
        font.size = Pt({1: 16, 2: 13, 3: 12}[level])
        fmt.keep_with_next = True
        fmt.space_before, fmt.space_after = Pt(12), Pt(4)
        # Outline levels put headings in the TOC and the navigation pane; 9 = body text.
        _set_child(style.element.get_or_add_pPr(), "w:outlineLvl",
                   "9" if name == "TOC Heading" else str(level - 1))
    elif name == "Title":
        font.size, font.bold = Pt(26), True
    elif name == "Subtitle":
        font.size, font.color.rgb = Pt(14), RGBColor(0x59, 0x59, 0x59)
    elif name == "Quote":
        font.italic = True
        fmt.left_indent = fmt.right_indent = Pt(28)
    if normal is not None:
        style.next_paragraph_style = normal
    return style


def _find(styles, name: str):
    try:
        return styles[name]
    except KeyError:
        return None


def _set_child(parent, tag: str, value: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for old in parent.findall(qn(tag)):
        parent.remove(old)
    child = OxmlElement(tag)
    child.set(qn("w:val"), value)
    parent.append(child)


def _add_table_borders(style) -> None:
    from docx.oxml.parser import parse_xml

    edges = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                    for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    style.element.append(parse_xml(
        '<w:tblPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:tblBorders>{edges}</w:tblBorders></w:tblPr>'))


def set_language(doc, lang: str) -> None:
    """The proofing language of the document defaults (nb-NO or en-GB)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), "nb-NO" if lang == "nb" else "en-GB")


def ensure_page_numbers(doc) -> None:
    """A template without any footer gets one with a centred page number."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.parser import parse_xml

    section = doc.sections[-1]
    if not section.footer.is_linked_to_previous:
        return
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph._p.append(parse_xml(
        '<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


HEADING_LEVELS = 3


def ensure_heading_numbering(doc, styles: dict[str, str]) -> None:
    """Chapter numbers from Word's own list numbering, linked to Heading 1–3: the numbers are
    never typed into the headings, so a chapter the writers add in Word renumbers the rest.

    A template whose Heading 1 is numbered already keeps its own scheme.
    """
    from docx.oxml.parser import parse_xml

    headings = [doc.styles[name] for name in (f"Heading {n}" for n in
                                              range(1, HEADING_LEVELS + 1))]
    ppr = headings[0].element.pPr
    if ppr is not None and ppr.numPr is not None:
        return
    numbering = doc.part.numbering_part.element
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    abstract_id = 1 + max((int(x.get(f"{w}abstractNumId"))
                           for x in numbering.findall(f"{w}abstractNum")), default=-1)
    num_id = 1 + max((int(x.get(f"{w}numId")) for x in numbering.findall(f"{w}num")),
                     default=0)
    levels = "".join(
        f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="{styles[f"Heading {n + 1}"]}"/>'
        f'<w:lvlText w:val="{".".join(f"%{k}" for k in range(1, n + 2))}"/>'
        # A space after the number, not a tab: "16.4" fits whatever the heading's font.
        '<w:suff w:val="space"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" '
        'w:firstLine="0"/></w:pPr></w:lvl>'
        for n in range(HEADING_LEVELS))
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{w[1:-1]}" w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    first_num = numbering.find(f"{w}num")
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum comes before the nums
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num xmlns:w="{w[1:-1]}" w:numId="{num_id}">'
        f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    for level, style in enumerate(headings):
        num_pr = style.element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num_id
    # The contents heading is often based on Heading 1; numId 0 keeps it unnumbered.
    if "TOC Heading" in doc.styles:
        doc.styles["TOC Heading"].element.get_or_add_pPr().get_or_add_numPr() \
            .get_or_add_numId().val = 0
