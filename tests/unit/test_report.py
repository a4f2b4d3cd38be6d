"""The Word report read back with python-docx: outline, quotes, tables, fields, privacy."""

import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from digifelt.exports.report import ReportSummary, write_report

GROUP_ATTRIBUTION = {"Folkevalgte": "folkevalgt", "Ledere": "leder", "Ansatte": "ansatt",
                     "Tillitsvalgte": "tillitsvalgt", "Innbyggere": "innbygger"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The small demo and its report, made once for the module."""
    from digifelt.core.demo import generate_demo
    from digifelt.core.services.projects import open_project

    folder = tmp_path_factory.mktemp("report")
    path = folder / "demo.digifelt"
    generate_demo(path, size="small", seed=1)
    db = open_project(path)
    out = folder / "rapport.docx"
    summary = write_report(db, out)
    yield db, out, summary
    db.close()


def outline(doc) -> list[tuple[int, str]]:
    heads = []
    for p in doc.paragraphs:
        name = p.style.name if p.style is not None else ""
        if name.startswith("Heading "):
            heads.append((int(name.split()[1]), p.text))
    return heads


def xml_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n).decode("utf-8", "replace") for n in zf.namelist()}


def test_summary_counts(demo):
    db, out, summary = demo
    assert isinstance(summary, ReportSummary)
    assert summary.path == out
    assert summary.language == "nb"
    assert summary.indicators == 29
    assert summary.chapters == 16
    assert summary.quotes > 0
    assert summary.placeholders >= 3


def test_heading_outline_equals_the_rubric(demo):
    from digifelt.core.services.rubric import rubric_tree

    db, out, _ = demo
    heads = outline(Document(out))
    chapters = [text for level, text in heads if level == 1]
    tree = rubric_tree(db)
    areas = [a.area.title for a in tree]  # Word numbers the chapters
    assert chapters == ["Forord", "Sammendrag", "Om kommunen", "Innledning", "Metode", *areas,
                        "Samlet vurdering og tverrgående funn", "Anbefalinger",
                        "Videre arbeid og oppfølging", "Vedlegg"]
    for view in tree:
        start = heads.index((1, view.area.title))
        end = next(i for i in range(start + 1, len(heads)) if heads[i][0] == 1)
        level2 = [text for level, text in heads[start + 1:end] if level == 2]
        assert level2 == [f"{i.title} ({i.code})" for i in view.indicators]
        # Levels never skip: an indicator's parts are Heading 3 under its Heading 2.
        previous = 1
        for level, _text in heads[start + 1:end]:
            assert level <= previous + 1
            previous = level


def test_chosen_quotes_in_order_with_group_attribution(demo):
    from digifelt.core.services.activities import list_activities
    from digifelt.core.services.excerpts import list_excerpts
    from digifelt.core.services.findings import list_findings
    from digifelt.core.services.people import list_groups
    from digifelt.core.services.rubric import rubric_tree

    db, out, _ = demo
    groups = {g.id: g.name for g in list_groups(db)}
    acts = {v.activity.id: v for v in list_activities(db)}
    excerpts = {v.excerpt.id: v.excerpt for v in list_excerpts(db)}
    codes = {i.id: f"{i.title} ({i.code})" for a in rubric_tree(db) for i in a.indicators}
    # The quotes under each indicator heading, in document order.
    found: dict[str, list[str]] = {}
    current = None
    for p in Document(out).paragraphs:
        if p.style.name == "Heading 2":
            current = p.text
        elif p.style.name == "Heading 1":
            current = None
        elif p.style.name == "Quote" and current:
            found.setdefault(current, []).append(p.text)
    checked = 0
    for view in list_findings(db):
        quotes = found.get(codes[view.finding.indicator_id], [])
        assert len(quotes) == len(view.excerpt_ids)
        for text, excerpt_id in zip(quotes, view.excerpt_ids, strict=True):
            excerpt = excerpts[excerpt_id]
            activity = acts[excerpt.activity_id]
            body, _, who = text.partition("\n– ")
            words = excerpt.text.strip().strip("«»\"")
            if excerpt.kind == "quote":  # inner «» become ‹› inside the quote's own «»
                words = words.replace("«", "‹").replace("»", "›")
            assert words in body
            if excerpt.kind == "quote":
                assert body.startswith("«")
                assert body.endswith("»")
            else:
                assert body.startswith("Referat: ")
                assert "«" not in body[:10]
            names = [groups[g] for g in activity.group_ids]
            if activity.activity.kind == "observation":
                assert who.startswith("observasjon, ")
            elif activity.activity.kind == "document_review":
                assert who.startswith("dokument: ")
            elif names:
                assert who == " / ".join(GROUP_ATTRIBUTION[n] for n in names)
            checked += 1
    assert checked >= 10


def test_tables_have_repeating_header_rows(demo):
    _, out, _ = demo
    tables = Document(out).tables
    assert len(tables) >= 5
    for table in tables:
        header = table.rows[0]._tr
        assert header.trPr is not None
        assert header.trPr.find(qn("w:tblHeader")) is not None
        assert all(r.text for r in table.rows[0].cells)
        # Only the first row repeats.
        assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None
                   for row in table.rows[1:])


def test_summary_table_lists_every_indicator_with_its_level(demo):
    from digifelt.core.services.findings import list_findings
    from digifelt.core.services.rubric import list_scale, rubric_tree

    db, out, _ = demo
    table = next(t for t in Document(out).tables
                 if [c.text for c in t.rows[0].cells] == ["Nr.", "Kjennetegn", "Nivå"])
    rows = {row.cells[0].text: row.cells[2].text for row in table.rows[1:]}
    labels = {s.value: s.label for s in list_scale(db)}
    levels = {f.finding.indicator_id: f.finding.level for f in list_findings(db)}
    for area in rubric_tree(db):
        for ind in area.indicators:
            level = levels.get(ind.id)
            assert rows[ind.code] == (f"{level} – {labels[level]}" if level else "Ikke vurdert")


def test_no_participant_name_or_role_in_any_part(demo):
    import sqlite3

    db, out, _ = demo
    con = sqlite3.connect(db.path)
    names = [r[0] for r in con.execute("SELECT name FROM participant WHERE name IS NOT NULL")]
    roles = {r[0] for r in con.execute("SELECT role FROM participant WHERE role IS NOT NULL")}
    # Words the rubric and the team's own texts use may coincide with a role ("lærer").
    written = " ".join(r[0] or "" for r in con.execute(
        "SELECT description FROM indicator UNION ALL SELECT description FROM area UNION ALL "
        "SELECT lookfors FROM indicator UNION ALL SELECT strengths || improvements || actions "
        "FROM finding UNION ALL SELECT text FROM excerpt UNION ALL SELECT summary FROM "
        "area_summary"))
    con.close()
    assert len(names) > 10
    parts = xml_parts(out)
    for part, text in parts.items():
        for name in names:
            assert name not in text, f"{name!r} in {part}"
        for role in roles:
            assert role not in text or role in written, f"role {role!r} in {part}"


def test_properties_carry_title_and_organisation_only(demo):
    from digifelt.core.services.people import list_assessors
    from digifelt.core.services.projects import get_project

    db, out, _ = demo
    project = get_project(db)
    props = Document(out).core_properties
    assert props.title == project.title
    # Written by the assessing organisation, never the assessed municipality.
    assert project.assessing_org
    assert props.author == project.assessing_org
    assert props.last_modified_by in ("", project.assessing_org)
    assert (props.comments, props.keywords, props.subject, props.category) == ("", "", "", "")
    parts = xml_parts(out)
    assert "docProps/custom.xml" not in parts
    assert "docProps/thumbnail.jpeg" not in parts
    # The company is the assessing organisation, never the assessed municipality.
    assert f"<Company>{project.assessing_org}</Company>" in parts["docProps/app.xml"]
    assert project.organisation not in parts["docProps/app.xml"]
    assessors = [a.name for a in list_assessors(db)]
    assert assessors
    # No assessor's name anywhere in the properties.
    core = parts["docProps/core.xml"]
    for text in (core, parts["docProps/app.xml"]):
        for name in assessors:
            assert name not in text
        assert "python-docx" not in text


def test_toc_field_updates_on_open_and_footer_numbers_pages(demo):
    _, out, _ = demo
    parts = xml_parts(out)
    assert re.search(r'<w:updateFields w:val="(true|1)"/>', parts["word/settings.xml"])
    assert "attachedTemplate" not in parts["word/settings.xml"]
    assert ' TOC \\o "1-2"' in parts["word/document.xml"]
    footers = [t for n, t in parts.items() if n.startswith("word/footer")]
    assert any("PAGE" in t for t in footers)


def test_placeholders_mark_everything_still_to_write(project, tmp_path):
    """A fresh project: no findings yet, so every indicator gets placeholders, not gaps."""
    out = tmp_path / "tom.docx"
    summary = write_report(project, out)
    doc = Document(out)
    paragraphs = doc.paragraphs
    marked = [p for p in paragraphs if any(r.style is not None and r.style.name == "Placeholder"
                                           for r in p.runs)]
    assert summary.placeholders >= 29 * 4
    assert len(marked) >= 29 * 4
    for p in marked:
        run = next(r for r in p.runs if r.style.name == "Placeholder")
        assert run.text.startswith("[")
        assert run.text.endswith("]")
        assert run.font.highlight_color is not None
    # No empty headings: each heading is followed by text before the next heading of the
    # same or a higher level.
    for i, p in enumerate(paragraphs):
        if p.style.name.startswith("Heading "):
            assert p.text.strip()
            level = int(p.style.name.split()[1])
            nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            if nxt is not None and nxt.style.name.startswith("Heading "):
                assert int(nxt.style.name.split()[1]) > level, p.text


def test_english_headings_by_override(project, tmp_path):
    out = tmp_path / "en.docx"
    summary = write_report(project, out, lang="en")
    chapters = [t for level, t in outline(Document(out)) if level == 1]
    assert summary.language == "en"
    assert chapters[:5] == ["Foreword", "Summary", "About the municipality", "Introduction",
                            "Method"]
    assert chapters[-4:] == ["Overall assessment and cross-cutting findings", "Recommendations",
                             "Further work and follow-up", "Appendices"]
    assert "[Write what works well]" in xml_parts(out)["word/document.xml"]


def test_group_names_become_attributions():
    from digifelt.exports.report.labels import group_singular

    assert [group_singular(g, "nb") for g in GROUP_ATTRIBUTION] == list(
        GROUP_ATTRIBUTION.values())
    assert group_singular("IKT-ansatte", "nb") == "IKT-ansatt"
    assert group_singular("Elected members", "en") == "elected member"
    assert group_singular("Union representatives", "en") == "union representative"


def test_version_does_not_import_python_docx():
    import subprocess
    import sys

    code = ("import sys, contextlib, digifelt.cli as c\n"
            "with contextlib.suppress(SystemExit): c.main(['--version'])\n"
            "assert 'docx' not in sys.modules, 'python-docx imported'\n"
            "assert 'digifelt.exports.report.writer' not in sys.modules")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
