"""REFI-QDA export that another QDA tool can continue from: notes as files, cases with
their sources and variables, PDFs and photos as sources, excerpt marks as codes, and
pseudonymisation of every member of the package."""

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from test_bundle_support import NAMES, populate

from digifelt.exports.qdpx import NS, export_qdpx
from digifelt.exports.qdpx.writer import CATEGORY_GUID, mark_guid, variable_guid

XSD = Path(__file__).resolve().parents[1] / "fixtures" / "refi-qda" / "Project.xsd"
Q = f"{{{NS}}}"
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(XSD)))


def _open(path: Path):
    with zipfile.ZipFile(path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    return etree.fromstring(members["project.qde"]), members


def _members_text(exported, guid: str) -> str:
    return exported[3][f"sources/{guid}.txt"].decode("utf-8")


def _values(el) -> dict[str, str]:
    """variable GUID → value of the element's own VariableValues."""
    out = {}
    for vv in el.findall(f"{Q}VariableValue"):
        value = next(c for c in vv if c.tag != f"{Q}VariableRef")
        out[vv.find(f"{Q}VariableRef").get("targetGUID")] = value.text
    return out


@pytest.fixture
def exported(project, tmp_path, schema):
    made = populate(project)
    out = tmp_path / "p.qdpx"
    result = export_qdpx(project, out)
    root, members = _open(out)
    schema.assertValid(root)
    return made, result, root, members


def test_memo_is_a_file_linked_from_selection_and_source(exported):
    made, _result, root, members = exported
    quote = made["quote"].excerpt
    sel = next(s for s in root.iter(f"{Q}PlainTextSelection") if s.get("guid") == quote.id)
    (ref,) = sel.findall(f"{Q}NoteRef")
    memo_guid = ref.get("targetGUID")
    assert members[f"sources/{memo_guid}.txt"].decode() == f"Sagt av {NAMES[0]}"
    source = next(s for s in root.iter(f"{Q}TextSource")
                  if s.get("guid") == made["activity"].id)
    assert memo_guid in {r.get("targetGUID") for r in source.findall(f"{Q}NoteRef")}
    note = next(n for n in root.iter(f"{Q}Note") if n.get("guid") == memo_guid)
    assert note.find(f"{Q}PlainTextContent").text == f"Sagt av {NAMES[0]}"
    # The annotation's place is the quote's place in the source text.
    (place,) = note.findall(f"{Q}PlainTextSelection")
    assert (place.get("startPosition"), place.get("endPosition")) == (
        sel.get("startPosition"), sel.get("endPosition"))
    # Findings and area summaries are files too, linked from their codes.
    finding_ref = next(c for c in root.iter(f"{Q}Code")
                       if c.get("guid") == made["indicators"][0].id).find(f"{Q}NoteRef")
    text = members[f"sources/{finding_ref.get('targetGUID')}.txt"].decode()
    assert f"{NAMES[0]} leder arbeidet" in text
    assert "Nivå: 3" in text


def test_cases_have_their_sources_and_every_source_its_variables(exported):
    made, _result, root, _members = exported
    group = made["group"]
    case = next(c for c in root.iter(f"{Q}Case") if c.get("guid") == group.id)
    refs = {r.get("targetGUID") for r in case.findall(f"{Q}SourceRef")}
    assert made["activity"].id in refs
    assert _values(case) == {variable_guid("group"): group.name}
    # … and, for QualCoder, which reads no SourceRef, a code with the case's GUID on the
    # whole of the source.
    whole = [s for s in root.iter(f"{Q}PlainTextSelection")
             if [r.get("targetGUID") for r in s.iter(f"{Q}CodeRef")] == [group.id]]
    assert [(s.get("startPosition"), s.get("endPosition")) for s in whole] == [
        ("0", str(len(_members_text(exported, made["activity"].id))))]
    declared = {v.get("guid"): v.get("typeOfVariable") for v in root.iter(f"{Q}Variable")}
    source = next(s for s in root.iter(f"{Q}TextSource")
                  if s.get("guid") == made["activity"].id)
    values = _values(source)
    assert set(values) <= set(declared)
    assert values[variable_guid("kind")] == "intervju"
    assert values[variable_guid("group")] == group.name
    assert values[variable_guid("source")] == "notater"
    review = next(s for s in root.iter(f"{Q}TextSource") if s.get("guid") == made["review"].id)
    assert variable_guid("group") not in _values(review)  # no group: no value, not ""


def test_pdf_is_a_source_with_its_page_quote(exported):
    made, _result, root, members = exported
    (pdf,) = root.iter(f"{Q}PDFSource")
    path = pdf.get("path")
    assert re.fullmatch(f"internal://{UUID}\\.pdf", path)
    assert members["sources/" + path[len("internal://"):]] == b"%PDF-1.4 " + b"x" * 5000
    (page,) = pdf.findall(f"{Q}PDFSelection")
    assert page.get("page") == "3"  # page 4, counted from 0 as QualCoder counts
    assert (page.get("secondX"), page.get("secondY")) == ("595", "842")  # the whole page
    # The text representation (QualCoder makes a PDF source only from it): the quote, coded.
    rep = pdf.find(f"{Q}Representation")
    text = members["sources/" + rep.get("plainTextPath")[len("internal://"):]].decode()
    assert text == "[s. 4] =SUM(A1) «mål»"
    (quote,) = rep.findall(f"{Q}PlainTextSelection")
    assert text[int(quote.get("startPosition")):int(quote.get("endPosition"))] == \
        "=SUM(A1) «mål»"
    assert made["indicators"][0].id in {r.get("targetGUID") for r in quote.iter(f"{Q}CodeRef")}
    assert page.find(f"{Q}Description").text == "=SUM(A1) «mål»"
    refs = {r.get("targetGUID") for r in page.iter(f"{Q}CodeRef")}
    assert made["indicators"][0].id in refs
    assert _values(pdf)[variable_guid("activity")] == "Kommuneplan"
    # Text attachments have no REFI source type: they stay out, and so do their names.
    assert not any(n.endswith(("CON.txt", "c?.txt")) for n in members)


def test_photo_is_a_picture_source(project, tmp_path, schema):
    from digifelt.core.services import activities, attachments

    act = activities.add_activity(project, kind="observation", title="Befaring")
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    attachments.add_attachment(project, data=png, filename="tavle: mars?.png",
                               activity_id=act.id, caption="Tavla etter møtet")
    out = tmp_path / "photo.qdpx"
    export_qdpx(project, out)
    root, members = _open(out)
    schema.assertValid(root)
    (pic,) = root.iter(f"{Q}PictureSource")
    assert pic.find(f"{Q}Description").text == "Tavla etter møtet — Befaring"
    member = "sources/" + pic.get("path")[len("internal://"):]
    assert members[member] == png
    # Valid on Windows: no ':', '?', or anything else a name could bring.
    assert all(re.fullmatch(f"project.qde|sources/{UUID}\\.[a-z0-9]{{1,8}}", n)
               for n in members)


def test_kind_valence_and_star_are_codes_of_a_digifelt_category(exported):
    made, _result, root, _members = exported
    category = next(c for c in root.iter(f"{Q}Code") if c.get("guid") == CATEGORY_GUID)
    assert category.get("isCodable") == "false"
    names = {c.get("name") for c in category.findall(f"{Q}Code")}
    assert names == {"Sitat", "Parafrase", "Styrke", "Mangel", "Nøytral", "Stjernemerket",
                     f"Gruppe: {made['group'].name}"}
    by_guid = {s.get("guid"): s for s in root.iter(f"{Q}PlainTextSelection")}
    starred = {r.get("targetGUID") for r in by_guid[made["quote"].excerpt.id].iter(
        f"{Q}CodeRef")}
    assert {mark_guid("strength"), mark_guid("starred"), mark_guid("quote")} <= starred
    gap = {r.get("targetGUID") for r in by_guid[made["tail"].excerpt.id].iter(f"{Q}CodeRef")}
    assert mark_guid("gap") in gap
    assert mark_guid("starred") not in gap
    # … and still in the description, for a reader of the selection.
    assert by_guid[made["quote"].excerpt.id].find(f"{Q}Description").text == \
        "Sitat, Styrke, ★"


def test_pseudonymised_package_names_nobody_in_any_member(project, tmp_path, schema):
    populate(project)
    out = tmp_path / "anon.qdpx"
    result = export_qdpx(project, out, pseudonymise=True)
    assert result.names is not None
    root, members = _open(out)
    schema.assertValid(root)
    parts = {p.casefold() for name in NAMES[:2] for p in name.split()}
    for name, data in members.items():
        if name.endswith((".txt", ".qde")):
            text = data.decode("utf-8").casefold()
            assert not any(re.search(rf"\b{re.escape(p)}\b", text) for p in parts), name
    memo = next(n for n in root.iter(f"{Q}Note") if n.get("name").startswith("Memo"))
    assert "Informant" in members[f"sources/{memo.get('guid')}.txt"].decode()
