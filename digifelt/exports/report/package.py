"""The parts around the body: settings, document properties, and parts that could name people.

Properties carry the title and the organisation that wrote the report (never the one
assessed) only. Comments, the list of comment authors,
custom properties, document variables, the thumbnail and the path of the template a document
was made from (which often holds a user name) are removed, whatever template the report
starts from. A template has already been rebuilt from an allow-list (template_clean.py)
before it gets here; these steps also cover the parts python-docx adds on its own.
"""

from datetime import UTC, datetime
from xml.sax.saxutils import escape

# settings.xml elements that must come after <w:updateFields> (ECMA-376 order).
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
    "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)
# Relationship types (by their last path segment) dropped from every report.
_PERSONAL_PART_RELS = ("comments", "commentsExtended", "commentsIds", "commentsExtensible",
                       "people", "stylesWithEffects")
_PACKAGE_DROP_RELS = ("thumbnail", "custom-properties")
# Body content a cleared template body no longer refers to.
_CONTENT_RELS = ("image", "hyperlink", "oleObject", "package", "chart", "diagramData",
                 "diagramLayout", "diagramQuickStyle", "diagramColors", "video", "audio",
                 "media", "control", "aFChunk", "subDocument", "header", "footer")
_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    'docPropsVTypes"><Application>digifelt</Application><DocSecurity>0</DocSecurity>'
    "<Company>{company}</Company></Properties>"
)
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _kind(reltype: str) -> str:
    return reltype.rsplit("/", 1)[-1]


def prepare_settings(doc) -> None:
    """Fields update on open; no protection, no link back to the template's file path, no
    document variables (template systems keep case-handler names there)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings_part = doc.part._settings_part  # its rels hold the template path, if any
    settings = settings_part.settings.element
    for tag in ("w:updateFields", "w:documentProtection", "w:writeProtection",
                "w:attachedTemplate", "w:docVars"):
        for old in settings.findall(qn(tag)):
            rid = old.get(qn("r:id"))
            if rid:
                settings_part.rels.pop(rid, None)
            settings.remove(old)
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.insert_element_before(update, *_AFTER_UPDATE_FIELDS)


def set_properties(doc, *, title: str, organisation: str, company: str | None = None) -> None:
    """core.xml and app.xml rewritten from scratch: title and `organisation` (the report's
    author: the assessing organisation, or the team), and `company` (the assessing
    organisation; default `organisation`), nothing else."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    props = doc.core_properties
    element = props._element  # python-docx has no public "clear"; start from nothing
    for child in list(element):
        element.remove(child)
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.title = title
    props.author = organisation
    props.last_modified_by = organisation
    props.revision = 1
    props.created = props.modified = now

    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.EXTENDED_PROPERTIES or _kind(rel.reltype) in _PACKAGE_DROP_RELS:
            package.rels.pop(rid)
    company = organisation if company is None else company
    blob = _APP_XML.format(company=escape(company)).encode("utf-8")
    app = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, blob, package)
    package.relate_to(app, RT.EXTENDED_PROPERTIES)


def drop_personal_parts(doc) -> None:
    """Comments and their authors go: a template's comments name the people who wrote them."""
    rels = doc.part.rels
    for rid, rel in list(rels.items()):
        if not rel.is_external and _kind(rel.reltype) in _PERSONAL_PART_RELS:
            rels.pop(rid)


def prune_unreferenced(doc) -> None:
    """Drop images, links and headers that only the template's old body referred to."""
    used = {value for el in doc.element.iter() for key, value in el.attrib.items()
            if key.startswith(f"{{{R_NS}}}")}
    rels = doc.part.rels
    for rid, rel in list(rels.items()):
        if rid not in used and _kind(rel.reltype) in _CONTENT_RELS:
            rels.pop(rid)
