"""User templates (.docx/.dotx), missing styles, bad input, cancel: what the writers get."""

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.shared import Pt, RGBColor

from digifelt.exports.report import ReportCancelled, ReportError, write_report

DOC_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
HOUSE_HEADER = "Fjellvik kommune – husmal"
HOUSE_FOOTER = "Rådhusgata 1, 9999 Fjellvik"
TEMPLATE_AUTHOR = "Kari Malskriver"
ATTACHED_TEMPLATE = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                     "attachedTemplate")


def retype(path: Path, old: str, new: str, target: Path) -> Path:
    """Copy a package with its main part's content type changed (.docx <-> .dotx/.docm)."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(old.encode(), new.encode())
            dst.writestr(info.filename, data)
    return target


def house_template(folder: Path, suffix: str = ".docx") -> Path:
    doc = Document()
    h1 = doc.styles["Heading 1"]
    h1.font.name, h1.font.size = "Georgia", Pt(22)
    h1.font.color.rgb = RGBColor(0xC0, 0x00, 0x50)
    section = doc.sections[0]
    section.header.paragraphs[0].text = HOUSE_HEADER
    section.footer.paragraphs[0].text = HOUSE_FOOTER
    paragraph = doc.add_paragraph("Malinnhold som skal bort")
    doc.add_comment(paragraph.runs, text="Husk logo", author=TEMPLATE_AUTHOR, initials="KM")
    doc.core_properties.author = doc.core_properties.last_modified_by = TEMPLATE_AUTHOR
    # What Word and document systems leave in settings: the template's path, variables.
    settings_part = doc.part._settings_part
    rid = settings_part.relate_to("file:///C:/Users/kari.malskriver/Maler/Normal.dotm",
                                  ATTACHED_TEMPLATE, is_external=True)
    settings_part.element.insert(0, parse_xml(
        f'<w:attachedTemplate {nsdecls("w", "r")} r:id="{rid}"/>'))
    settings_part.element.insert(1, parse_xml(
        f'<w:docVars {nsdecls("w")}><w:docVar w:name="Saksbehandler" '
        f'w:val="{TEMPLATE_AUTHOR}"/></w:docVars>'))
    path = folder / "husmal.docx"
    doc.save(path)
    if suffix == ".dotx":
        return retype(path, DOC_MAIN, DOT_MAIN, folder / "husmal.dotx")
    return path


@pytest.fixture
def with_finding(project):
    """The conftest project with one finding that has a quote and bullet-point strengths."""
    from digifelt.core.services import activities, entries, excerpts, findings, people, rubric

    group = next(g for g in people.list_groups(project) if g.name == "Ledere")
    act = activities.add_activity(project, kind="interview", title="Ledermøte",
                                  group_ids=[group.id], headcount=6)
    entry = entries.add_entry(project, activity_id=act.id, text="Vi mangler en felles plan.")
    ind = rubric.rubric_tree(project)[0].indicators[0]
    ex = excerpts.tag_excerpt(project, entry_id=entry.id, start=0, end=25, indicator_ids=[ind.id])
    findings.update_finding(project, ind.id, level=2, strengths="- Vedtatt strategi\n- God vilje",
                            excerpt_ids=[ex.excerpt.id])
    return project


def parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n).decode("utf-8", "replace") for n in zf.namelist()}


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
def test_user_template_styles_header_and_footer_are_used(with_finding, tmp_path, suffix):
    template = house_template(tmp_path, suffix)
    out = tmp_path / "rapport.docx"
    write_report(with_finding, out, template=template)
    doc = Document(out)
    h1 = doc.styles["Heading 1"]
    assert h1.font.name == "Georgia"
    assert h1.font.color.rgb == RGBColor(0xC0, 0x00, 0x50)
    headings = [p for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert len(headings) == 16
    assert all(p.style.style_id == h1.style_id for p in headings)
    section = doc.sections[-1]
    assert section.header.paragraphs[0].text == HOUSE_HEADER
    assert HOUSE_FOOTER in "".join(p.text for p in section.footer.paragraphs)
    xml = parts(out)
    assert "Malinnhold som skal bort" not in xml["word/document.xml"]
    assert not any("comments" in name or "people" in name for name in xml)
    assert all(TEMPLATE_AUTHOR not in text for text in xml.values())
    assert all("malskriver" not in text for text in xml.values())
    assert DOT_MAIN not in xml["[Content_Types].xml"]
    assert DOC_MAIN in xml["[Content_Types].xml"]


def test_styles_a_template_lacks_are_created(with_finding, tmp_path):
    doc = Document()
    for name in ("Quote", "Heading 3", "Table Grid", "Title", "Subtitle", "TOC Heading",
                 "List Bullet"):
        element = doc.styles[name].element
        element.getparent().remove(element)
    bare = tmp_path / "bare.docx"
    doc.save(bare)
    out = tmp_path / "rapport.docx"
    write_report(with_finding, out, template=bare)
    result = Document(out)
    for name in ("Quote", "Heading 3", "Table Grid", "Title", "TOC Heading", "Placeholder"):
        assert name in result.styles, name
    h3 = result.styles["Heading 3"].element
    assert h3.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "2"
    highlight = result.styles["Placeholder"].element.rPr.find(qn("w:highlight"))
    assert highlight.get(qn("w:val")) == "yellow"
    texts = {p.style.name: p.text for p in result.paragraphs}
    assert texts["Quote"] == "«Vi mangler en felles plan»\n– leder"
    bullets = [p.text for p in result.paragraphs if p.text.startswith("• ")]
    assert bullets[:2] == ["• Vedtatt strategi", "• God vilje"]
    assert all(t.style.name == "Table Grid" for t in result.tables)


def test_english_report_attributes_with_the_projects_group_names(with_finding, tmp_path):
    out = tmp_path / "en.docx"
    write_report(with_finding, out, lang="en")
    quotes = [p.text for p in Document(out).paragraphs if p.style.name == "Quote"]
    assert quotes == ["«Vi mangler en felles plan»\n– leder"]


def test_localised_style_ids_are_followed(project, tmp_path):
    """Word in Norwegian names the Heading 1 style "Overskrift1" by id, "heading 1" by name."""
    doc = Document()
    for level in (1, 2, 3):
        doc.styles[f"Heading {level}"].style_id = f"Overskrift{level}"
    template = tmp_path / "norsk.docx"
    doc.save(template)
    out = tmp_path / "rapport.docx"
    write_report(project, out, template=template)
    xml = parts(out)["word/document.xml"]
    assert '<w:pStyle w:val="Overskrift1"/>' in xml
    assert 'w:val="Heading1"' not in xml
    names = {p.style.name for p in Document(out).paragraphs}
    assert {"Heading 1", "Heading 2", "Heading 3"} <= names


def test_template_without_footer_gets_page_numbers(project, tmp_path):
    template = tmp_path / "plain.docx"
    Document().save(template)
    out = tmp_path / "rapport.docx"
    write_report(project, out, template=template)
    footer = Document(out).sections[-1].footer
    assert not footer.is_linked_to_previous
    assert "PAGE" in footer._element.xml


def _not_zip(folder: Path) -> Path:
    path = folder / "tekst.docx"
    path.write_text("dette er ikke en Word-fil", encoding="utf-8")
    return path


def _zip_without_types(folder: Path) -> Path:
    path = folder / "tom.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<x/>")
    return path


def _macro(folder: Path) -> Path:
    template = folder / "src.docx"
    Document().save(template)
    return retype(template, DOC_MAIN, "application/vnd.ms-word.document.macroEnabled.main+xml",
                  folder / "makro.docx")


def _broken_xml(folder: Path) -> Path:
    template = folder / "src.docx"
    Document().save(template)
    target = folder / "skadet.dotx"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(info.filename, data)
    return retype(target, DOC_MAIN, DOT_MAIN, folder / "skadet2.dotx")


@pytest.mark.parametrize(("make", "message"), [
    (_not_zip, "not a Word document or template"),
    (_zip_without_types, "not a Word document or template"),
    (_macro, "macro-enabled"),
    (_broken_xml, "cannot be read as a Word template"),
    (lambda folder: folder / "finnes-ikke.dotx", "no such template file"),
    (lambda folder: folder, "is a folder"),
])
def test_bad_templates_give_one_line_and_leave_output_alone(project, tmp_path, make, message):
    folder = tmp_path / "maler"
    folder.mkdir()
    template = make(folder)
    out = folder / "ut" / "rapport.docx"
    out.parent.mkdir()
    out.write_bytes(b"forrige versjon")
    with pytest.raises(ReportError) as caught:
        write_report(project, out, template=template)
    text = str(caught.value)
    assert message in text
    assert "\n" not in text
    assert out.read_bytes() == b"forrige versjon"
    assert [p.name for p in out.parent.iterdir()] == ["rapport.docx"]


def test_output_errors_are_one_line(project, tmp_path):
    folder = tmp_path / "ut"
    folder.mkdir()
    with pytest.raises(ReportError, match="no such folder"):
        write_report(project, folder / "mangler" / "r.docx")
    with pytest.raises(ReportError, match=r"\.docx"):
        write_report(project, folder / "r.pdf")
    with pytest.raises(ReportError, match="language"):
        write_report(project, folder / "r.docx", lang="se")
    (folder / "mappe.docx").mkdir()
    with pytest.raises(ReportError, match="is a folder"):
        write_report(project, folder / "mappe.docx")
    assert [p.name for p in folder.iterdir()] == ["mappe.docx"]


def test_cancel_leaves_no_file_and_keeps_the_old_one(project, tmp_path):
    out = tmp_path / "ut" / "rapport.docx"
    out.parent.mkdir()
    out.write_bytes(b"forrige versjon")
    calls = []

    def progress(done, total):
        calls.append((done, total))

    with pytest.raises(ReportCancelled):
        write_report(project, out, progress=progress, cancelled=lambda: len(calls) >= 4)
    assert out.read_bytes() == b"forrige versjon"
    assert [p.name for p in out.parent.iterdir()] == ["rapport.docx"]

    calls.clear()
    write_report(project, out, progress=progress)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)
    assert calls[-1][0] == calls[-1][1]
    assert len(calls) == calls[-1][1]
    Document(io.BytesIO(out.read_bytes()))  # a complete, readable document replaced it


def test_markup_and_control_characters_in_notes_are_safe(project, tmp_path):
    from digifelt.core.services import findings, rubric

    ind = rubric.rubric_tree(project)[0].indicators[0]
    findings.update_finding(project, ind.id, strengths="<b>A</b> & B\x0bC\x1f\tD\r\nNy linje",
                            actions="* Første tiltak\n• Andre tiltak")
    out = tmp_path / "r.docx"
    write_report(project, out)
    texts = [p.text for p in Document(out).paragraphs]
    assert "<b>A</b> & BC\tD" in texts
    assert "Ny linje" in texts
    assert texts.count("Første tiltak") == 1
    assert texts.count("Andre tiltak") == 1
