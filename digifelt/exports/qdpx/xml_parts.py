"""The parts of a REFI-QDA package every writer and reader of it shares: XML elements with
safe text and GUIDs, the GUIDs digifelt derives (the "digifelt" category's codes, the
variables, cases), and the names attachments get inside the package."""

import re
import uuid
import xml.etree.ElementTree as ET

from digifelt.core.services.snapshot import Row

NS = "urn:QDA-XML:project:1.0"
GUIDS = uuid.UUID("6f1d2c1e-8a3b-5e9f-9c4d-2b7a0e5f3d18")
SEPARATOR = "\n\n"  # between the notes of a source
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text) -> str:
    """Characters XML 1.0 cannot carry become U+FFFD (the source .txt files keep them)."""
    return _XML_BAD.sub("\ufffd", str(text))


def _guid(*parts: str) -> str:
    return str(uuid.uuid5(GUIDS, "/".join(parts)))


_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_GUID_ATTRS = frozenset({"guid", "targetGUID", "creatingUser"})


def _safe_guid(value) -> str:
    """The project's own id where it is a canonical UUID, else one derived from it: a project
    file someone sent may hold any id, and ids become GUIDs and file names in the package."""
    value = str(value)
    return value if _CANONICAL.fullmatch(value) else _guid("id", value)


def _el(parent, tag: str, text: str | None = None, **attrs) -> ET.Element:
    element = ET.SubElement(parent, tag, {
        k: _safe_guid(v) if k in _GUID_ATTRS else _xml(v)
        for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = _xml(text)
    return element


def _sorted(rows, *keys):
    return sorted(rows, key=lambda r: tuple("" if r.get(k) is None else r.get(k) for k in keys))


# The codes of the "digifelt" category, and the variables: fixed GUIDs, so every export of
# any project names them alike and an import recognises them.
CATEGORY = "digifelt"
MARKS = ("quote", "paraphrase", "strength", "gap", "neutral", "starred")
VARIABLES = (("kind", "Text"), ("date", "Date"), ("place", "Text"), ("group", "Text"),
             ("source", "Text"), ("activity", "Text"))


def mark_guid(mark: str) -> str:
    return _guid("mark", mark)


def variable_guid(key: str) -> str:
    return _guid("variable", key)


def case_selection_guid(group_id: str, activity_id: str) -> str:
    return _guid("case", group_id, activity_id)


CATEGORY_GUID = _guid("category", CATEGORY)


_EXTENSION = re.compile(r"[a-z0-9]{1,8}")
_MEDIA_EXTENSION = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png",
                    "image/gif": "gif", "image/tiff": "tif", "image/bmp": "bmp",
                    "image/webp": "webp", "image/heic": "heic"}




def attachment_kind(att: Row) -> str | None:
    """"pdf" or "picture" for the attachments REFI-QDA has a source type for, else None."""
    media = (att.get("media_type") or "").lower()
    name = (att.get("filename") or "").lower()
    if media == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    if media.startswith("image/"):
        return "picture"
    return None


def attachment_member(att: Row) -> str:
    """The attachment's name in the package: its GUID and a plain ending (never its own
    file name, which may hold anything a file picker or a sender gave it)."""
    ending = (att.get("filename") or "").rsplit(".", 1)[-1].lower() \
        if "." in (att.get("filename") or "") else ""
    if not _EXTENSION.fullmatch(ending):
        ending = _MEDIA_EXTENSION.get((att.get("media_type") or "").lower(), "bin")
    return f"{_safe_guid(att['id'])}.{ending}"
