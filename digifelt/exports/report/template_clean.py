"""A user's Word template reduced to what a house template needs, before python-docx sees it.

A template is someone else's file: it may point at remote images or UNC paths (Word would
fetch them when the report is opened), carry macros, names of the people who edited it, or
inflate to gigabytes. So the package is rebuilt from an allow-list, not patched: styles,
numbering, theme, font table, settings (less what links outwards or names people), the
last section's page setup, and its headers and footers with their own images. Everything
else is left behind. Sizes are bounded while reading (exports/bounded_zip.py); XML is parsed
without DTDs, entities or network.
"""

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

from digifelt.exports.bounded_zip import BoundedZip, ZipLimitError
from digifelt.exports.report.template_fields import W, clean_fields, remove, unwrap, wtag

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
O = "urn:schemas-microsoft-com:office:office"  # noqa: E741 - the usual prefix for this namespace
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
STRICT_REL_BASE = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
DOCUMENT_MAIN = WML + "document.main+xml"
TEMPLATE_MAIN = WML + "template.main+xml"
RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"
DROPPED = "dropped"  # never an id the rebuilt package gives out (those are rId1, rId2, ...)

# The parts a house template is made of: relationship type -> (canonical name, content type).
PARTS = {
    "styles": ("word/styles.xml", WML + "styles+xml"),
    "numbering": ("word/numbering.xml", WML + "numbering+xml"),
    "theme": ("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
    "fontTable": ("word/fontTable.xml", WML + "fontTable+xml"),
    "settings": ("word/settings.xml", WML + "settings+xml"),
}
HEADER_FOOTER = {"header": WML + "header+xml", "footer": WML + "footer+xml"}
# Images a header or footer may show, told apart by their first bytes, not their names.
IMAGES = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "emf": "image/x-emf",
          "wmf": "image/x-wmf"}
IMAGE_BYTES = 5 * 1024 * 1024
# A small file can declare a huge picture that Word or LibreOffice would then try to unpack.
IMAGE_PIXELS = 50_000_000
XML_BYTES = 8 * 1024 * 1024


# Removed with everything inside: deletions, change history, comments and notes anchors,
# OLE/ActiveX, imported chunks, data bindings to custom XML, embedded fonts, picture bullets,
# editing permissions (they name users).
_DROP = {f"{{{W}}}{t}" for t in (
    "del", "moveFrom", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
    "tblPrExChange", "trPrChange", "tcPrChange", "tblGridChange", "numberingChange",
    "cellIns", "cellDel", "cellMerge", "moveFromRangeStart", "moveFromRangeEnd",
    "moveToRangeStart", "moveToRangeEnd", "customXmlInsRangeStart", "customXmlInsRangeEnd",
    "customXmlDelRangeStart", "customXmlDelRangeEnd", "customXmlMoveFromRangeStart",
    "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd",
    "commentRangeStart", "commentRangeEnd", "commentReference", "annotationRef",
    "footnoteReference", "endnoteReference", "footnoteRef", "endnoteRef", "object", "control",
    "altChunk", "subDoc", "dataBinding", "embedRegular", "embedBold", "embedItalic",
    "embedBoldItalic", "numPicBullet", "lvlPicBulletId", "delText", "delInstrText",
    "permStart", "permEnd", "customXmlPr", "smartTagPr")} | {f"{{{O}}}OLEObject"}
# Kept for their content only: accepted insertions and moves, links, tags around text.
_UNWRAP = {f"{{{W}}}{t}" for t in ("ins", "moveTo", "hyperlink", "smartTag", "customXml")}
# Settings that link the document outwards, name people or change how it is edited.
_SETTINGS_DROP = {f"{{{W}}}{t}" for t in (
    "mailMerge", "attachedTemplate", "docVars", "rsids", "documentProtection",
    "writeProtection", "trackRevisions", "saveThroughXslt", "attachedSchema", "linkStyles",
    "alwaysMergeEmptyNamespace", "saveXmlDataOnly", "useXSLTWhenSaving", "showXMLTags",
    "saveInvalidXml", "ignoreMixedContent", "footnotePr", "endnotePr", "revisionView",
    "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts", "removePersonalInformation",
    "removeDateAndTime")}
# Media played from a link, and web video (its HTML loads a remote player): gone whole.
_DROP_ANYWHERE = {f"{{{A}}}{t}" for t in ("videoFile", "audioFile", "quickTimeFile",
                                           "wavAudioFile")}
_DROP_LOCALNAMES = ("webVideoPr",)
_PERSONAL_ATTRS = {f"{{{W}}}{t}" for t in ("author", "initials", "date")}
# VML's copy of a shape as a base64 package: Word may read it instead of the shape itself.
_GFXDATA = f"{{{O}}}gfxdata"
# Namespace-like values the format itself uses (a:graphicData uri="http://schemas…").
_SCHEMA_URLS = ("http://schemas.openxmlformats.org/", "http://schemas.microsoft.com/",
                "http://purl.oclc.org/ooxml/", "http://www.w3.org/")
# The drawing or VML picture an unusable image reference belongs to goes as a whole.
_PICTURE = {f"{{{W}}}drawing", f"{{{W}}}pict"}
_OPTIONAL_REF = {f"{{{A}}}hlinkClick", f"{{{A}}}hlinkHover", f"{{{A}}}snd", f"{{{V}}}fill",
                 f"{{{V}}}stroke"}
_OUTWARD_ATTRS = ("href", "src", "link", "action", "url", "embeddedHtml")
_URL_LIKE = re.compile(r"^\s*(?:[a-z][a-z0-9+.\-]{1,20}:|[\\/]{2})", re.IGNORECASE)
# Values that reach another machine (not "width:10pt" in a VML style, which also has a colon).
_REMOTE = re.compile(r"^\s*(?:(?:https?|ftps?|file|mhtml|smb|nfs|webdavs?|javascript|vbscript|"
                     r"ldap|jar|mk|its|ms-[a-z-]+):|[\\/]{2})", re.IGNORECASE)

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          load_dtd=False, dtd_validation=False, remove_comments=True,
                          remove_pis=True, collect_ids=False)


class TemplateRefused(ValueError):
    """The template cannot be used: the message says why, in one line, without the file name."""




_DOCTYPE = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))


def parse(name: str, data: bytes) -> etree._Element:
    if any(marker in data for marker in _DOCTYPE):
        raise TemplateRefused(f"cannot be read as a Word template ({name} declares a DTD, "
                              "which Word files never do)")
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise TemplateRefused(f"cannot be read as a Word template ({name} is not "
                              "well-formed XML)") from exc
    if root.getroottree().docinfo.doctype:
        raise TemplateRefused(f"cannot be read as a Word template ({name} declares a DTD, "
                              "which Word files never do)")
    return root


def serialise(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@dataclass
class _Rel:
    rid: str
    kind: str  # last segment of the type URL
    target: str  # resolved part name, no leading slash
    external: bool
    strict: bool = False


def _rels(zf: BoundedZip, part: str) -> list[_Rel]:
    folder, base = posixpath.split(part)
    name = posixpath.join(folder, "_rels", base + ".rels")
    if name not in zf:
        return []
    out = []
    for rel in parse(name, zf.read(name, XML_BYTES)).iter(f"{{{PR}}}Relationship"):
        rtype, target = rel.get("Type") or "", rel.get("Target") or ""
        external = (rel.get("TargetMode") or "").lower() == "external"
        kind = rtype[len(REL_BASE):] if rtype.startswith(REL_BASE) else ""
        resolved = ""
        if not external and not _URL_LIKE.match(target):
            joined = target.lstrip("/") if target.startswith("/") else \
                posixpath.join(folder, target)
            resolved = posixpath.normpath(joined)
            if resolved.startswith("..") or resolved.startswith("/"):
                resolved = ""
        out.append(_Rel(rel.get("Id") or "", kind, resolved, external,
                        rtype.startswith(STRICT_REL_BASE)))
    return out


def _image_kind(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"\x01\x00\x00\x00" and data[40:44] == b" EMF":
        return "emf"
    if data[:4] == b"\xd7\xcd\xc6\x9a" or data[:6] in (b"\x01\x00\x09\x00\x00\x03",
                                                        b"\x02\x00\x09\x00\x00\x03"):
        return "wmf"
    return None


def _pixels(kind: str, data: bytes) -> int:
    """Width × height as the image's header states it (0 when it does not say)."""
    if kind == "png" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big") * int.from_bytes(data[20:24], "big")
    if kind == "gif" and len(data) >= 10:
        return int.from_bytes(data[6:8], "little") * int.from_bytes(data[8:10], "little")
    if kind == "jpeg":
        at = 2
        while at + 9 < len(data) and data[at] == 0xFF:
            marker, length = data[at + 1], int.from_bytes(data[at + 2:at + 4], "big")
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                return (int.from_bytes(data[at + 5:at + 7], "big")
                        * int.from_bytes(data[at + 7:at + 9], "big"))
            at += 2 + length
    return 0


def scrub(root) -> None:
    """Change history accepted, authors and edit ids gone, fields that reach out removed."""
    for el in list(root.iter(*_DROP, *_DROP_ANYWHERE)):
        remove(el)
    for el in [el for el in root.iter() if isinstance(el.tag, str)
               and etree.QName(el).localname in _DROP_LOCALNAMES]:
        remove(el)
    for tag in (wtag("ins"), wtag("del"), wtag("moveTo")):
        for el in list(root.iter(tag)):
            if el.getparent() is not None and el.getparent().tag in (wtag("rPr"), wtag("trPr")):
                remove(el)  # a mark on a paragraph or row, not a container
    for el in list(root.iter(*_UNWRAP)):
        unwrap(el)
    clean_fields(root)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for key in list(el.attrib):
            if _unwanted_attribute(key, el.attrib[key]):
                del el.attrib[key]


def _unwanted_attribute(key: str, value: str) -> bool:
    """Who edited (authors, edit-session ids), or a URL or UNC path outside the relationships
    (a VML shape's href or src, say), which Word could follow without asking."""
    if key in _PERSONAL_ATTRS or key.startswith(f"{{{W}}}rsid") or key == _GFXDATA:
        return True
    if key.startswith(f"{{{R}}}") or value.startswith(_SCHEMA_URLS):
        return False
    if etree.QName(key).localname in _OUTWARD_ATTRS:
        return bool(value.strip())
    return bool(_REMOTE.match(value))


def keep_references(root, kept: set[str]) -> None:
    """Every relationship reference left must name a kept, internal relationship."""
    doomed = []
    o_relid = f"{{{O}}}relid"
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for key in list(el.attrib):
            if not (key.startswith(f"{{{R}}}") or key == o_relid):
                continue
            if el.attrib[key] in kept:
                continue
            local = etree.QName(key).localname
            if local in ("link", "href") or key == o_relid:
                del el.attrib[key]  # a linked copy beside an embedded one: the link goes
            else:
                doomed.append(el)
        if el.tag == f"{{{A}}}blip" and f"{{{R}}}embed" not in el.attrib:
            doomed.append(el)
        if el.tag == f"{{{V}}}imagedata" and f"{{{R}}}id" not in el.attrib:
            doomed.append(el)
    for el in doomed:
        remove(_removal_unit(el))


def _removal_unit(el):
    if el.tag in _OPTIONAL_REF:
        return el
    for ancestor in el.iterancestors():
        if ancestor.tag == f"{{{A}}}ext":
            return ancestor  # an extension (an SVG beside the PNG, say): the rest stays
        if ancestor.tag in _PICTURE:
            return ancestor
    return el


def _renumber(root, new_ids: dict[str, str]) -> None:
    """Point references at the rebuilt relationships; any other reference points nowhere."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for key, value in list(el.attrib.items()):
            if key.startswith(f"{{{R}}}"):
                el.set(key, new_ids.get(value, DROPPED))


def clean_settings(root) -> None:
    for el in list(root):
        if el.tag in _SETTINGS_DROP or etree.QName(el).localname == "docId":
            root.remove(el)


def empty_body(root):
    """The main document keeps only its last section's page setup."""
    body = root.find(wtag("body"))
    if root.tag != wtag("document") or body is None:
        raise TemplateRefused("the main part is not a Word document body")
    for child in list(root):
        if child is not body:
            root.remove(child)
    sections = body.findall(wtag("sectPr"))  # the last one, even if something follows it
    sect = sections[-1] if sections else None
    for child in list(body):
        if child is not sect:
            body.remove(child)
    return sect if sect is not None else etree.SubElement(body, wtag("sectPr"))


class _Package:
    def __init__(self):
        self.parts: dict[str, bytes] = {}
        self.types: dict[str, str] = {}
        self.images: set[str] = set()
        self.rels: dict[str, list[tuple[str, str, str]]] = {}
        self.media: dict[str, str] = {}  # template's image part -> its name here

    def add(self, name: str, content_type: str, data: bytes) -> None:
        self.parts[name] = data
        self.types[name] = content_type

    def relate(self, source: str, kind: str, target: str) -> str:
        rels = self.rels.setdefault(source, [])
        rid = f"rId{len(rels) + 1}"
        folder = posixpath.dirname(source)
        rels.append((rid, REL_BASE + kind, posixpath.relpath(target, folder or ".")))
        return rid

    def blob(self) -> bytes:
        types = etree.Element(f"{{{CT}}}Types", nsmap={None: CT})
        defaults = {"rels": RELS_TYPE, "xml": "application/xml"}
        defaults.update({ext: IMAGES[ext] for ext in sorted(self.images)})
        for ext, ctype in defaults.items():
            etree.SubElement(types, f"{{{CT}}}Default", Extension=ext, ContentType=ctype)
        for name, ctype in self.types.items():
            if not name.startswith("word/media/"):
                etree.SubElement(types, f"{{{CT}}}Override", PartName="/" + name,
                                 ContentType=ctype)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("[Content_Types].xml", serialise(types))
            for source, rels in self.rels.items():
                root = etree.Element(f"{{{PR}}}Relationships", nsmap={None: PR})
                for rid, rtype, target in rels:
                    etree.SubElement(root, f"{{{PR}}}Relationship", Id=rid, Type=rtype,
                                     Target=target)
                folder, base = posixpath.split(source)
                zf.writestr(posixpath.join(folder, "_rels", base + ".rels"), serialise(root))
            for name, data in self.parts.items():
                zf.writestr(name, data)
        return out.getvalue()


def _main_part(zf: BoundedZip) -> str:
    if "[Content_Types].xml" not in zf or "_rels/.rels" not in zf:
        raise TemplateRefused("not a Word document or template (.docx/.dotx)")
    types = parse("[Content_Types].xml", zf.read("[Content_Types].xml", XML_BYTES))
    overrides = {(o.get("PartName") or "").lstrip("/").lower(): o.get("ContentType") or ""
                 for o in types.iter(f"{{{CT}}}Override")}
    package_rels = _rels(zf, "")
    if any(r.strict for r in package_rels):
        raise TemplateRefused("Strict Open XML is not supported; save it as a Word "
                              "document or template (.docx/.dotx)")
    mains = [r for r in package_rels if r.kind == "officeDocument" and r.target]
    if not mains:
        raise TemplateRefused("not a Word document or template (.docx/.dotx)")
    main = mains[0].target
    ctype = overrides.get(main.lower(), "")
    if "macroenabled" in ctype.lower():
        raise TemplateRefused("macro-enabled templates are not supported; "
                              "save it as a .dotx or .docx")
    if ctype not in (DOCUMENT_MAIN, TEMPLATE_MAIN) or main not in zf:
        raise TemplateRefused("not a Word document or template (.docx/.dotx)")
    return main


def _clean_part(zf: BoundedZip, source: str, package: _Package, name: str, ctype: str,
                images: bool) -> None:
    root = parse(source, zf.read(source, XML_BYTES))
    scrub(root)
    if name == "word/settings.xml":
        clean_settings(root)
    kept = {}
    if images:
        for rel in _rels(zf, source):
            if rel.kind != "image" or rel.external or rel.target not in zf:
                continue
            media = package.media.get(rel.target) or _copy_image(zf, rel.target, package)
            if media:
                kept[rel.rid] = package.relate(name, "image", media)
    _renumber(root, kept)
    keep_references(root, set(kept.values()))
    package.add(name, ctype, serialise(root))


def _copy_image(zf: BoundedZip, source: str, package: _Package) -> str:
    """The image's name in the new package; "" for what is not a picture we allow."""
    data = zf.read(source, IMAGE_BYTES)
    kind = _image_kind(data)
    if kind is None:
        return ""
    if _pixels(kind, data) > IMAGE_PIXELS:
        raise TemplateRefused(f"{source} is a picture of more than "
                              f"{IMAGE_PIXELS // 1_000_000} megapixels")
    media = package.media[source] = f"word/media/image{len(package.media) + 1}.{kind}"
    package.add(media, IMAGES[kind], data)
    package.images.add(kind)
    return media


def clean_package(zf: BoundedZip) -> bytes:
    """The allow-listed package as .docx bytes; TemplateRefused or ZipLimitError otherwise."""
    main = _main_part(zf)
    package = _Package()
    root = parse(main, zf.read(main, XML_BYTES))
    sect = empty_body(root)
    scrub(root)
    rels = [r for r in _rels(zf, main) if not r.external and r.target in zf]
    for kind, (name, ctype) in PARTS.items():
        source = next((r.target for r in rels if r.kind == kind), None)
        if source is not None:
            _clean_part(zf, source, package, name, ctype, images=False)
            package.relate("word/document.xml", kind, name)
    by_id = {r.rid: r for r in rels}
    refs = [(ref, by_id.get(ref.get(f"{{{R}}}id") or "")) for ref in sect]
    _renumber(root, {})
    numbers = {"header": 0, "footer": 0}
    for ref, rel in refs:
        kind = etree.QName(ref).localname.removesuffix("Reference")
        if kind not in HEADER_FOOTER or rel is None or rel.kind != kind:
            continue
        numbers[kind] += 1
        name = f"word/{kind}{numbers[kind]}.xml"
        _clean_part(zf, rel.target, package, name, HEADER_FOOTER[kind], images=True)
        ref.set(f"{{{R}}}id", package.relate("word/document.xml", kind, name))
    kept = {rid for rid, _t, _target in package.rels.get("word/document.xml", [])}
    keep_references(root, kept)
    package.add("word/document.xml", DOCUMENT_MAIN, serialise(root))
    package.relate("", "officeDocument", "word/document.xml")
    return package.blob()


def clean_template(path) -> bytes:
    """Read `path` within bounds and return the cleaned package; ValueError with one line."""
    with BoundedZip(path) as zf:
        return clean_package(zf)


__all__ = ["TemplateRefused", "ZipLimitError", "clean_template"]
