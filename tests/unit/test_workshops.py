"""A workshop (council or staff) is its own kind of source: its head count is an audience, so
the report never adds it to the people interviewed; it is a column of the matrix and a kind
for triangulation; the small-group rule treats it like an observation; it travels in bundles
and in REFI-QDA packages.

Projects are built through digifelt.api.Project and read back (the .docx, the bundle, the
.qdpx) rather than trusted."""

import json
import shutil
import zipfile
from datetime import UTC, datetime

import pytest
from docx import Document

from digifelt.api import Project

FOLK = "Folkevalgte"


def _day(d: int) -> datetime:
    return datetime(2026, 9, d, 12, tzinfo=UTC)


def _tag(p, activity, note: str, codes, kind="quote"):
    entry = p.add_entry(activity_id=activity.id, text=note)
    return p.tag_excerpt(entry_id=entry.id, start=0, end=len(note), indicators=codes,
                         kind=kind)


def _group(p, name):
    from digifelt.core.services.people import list_groups

    known = {g.name: g for g in list_groups(p.db)}
    return known.get(name) or p.add_group(name=name)


@pytest.fixture
def council(tmp_path, blank_project_file):
    """One interview with 12 councillors and one council workshop with 27 of them."""
    path = tmp_path / "verksted.digifelt"
    shutil.copy(blank_project_file, path)
    x = {"path": path}
    with Project.open(path, backup=False) as p:
        folk = _group(p, FOLK)
        x["interview"] = p.add_activity(kind="interview", title="Gruppeintervju folkevalgte",
                                        group_ids=[folk.id], headcount=12,
                                        started_at=_day(10), status="done")
        x["workshop"] = p.add_activity(kind="workshop", title="Verksted: Kommunestyret",
                                       group_ids=[folk.id], headcount=27, place="Rådhuset",
                                       started_at=_day(17), status="done")
        x["said"] = _tag(p, x["interview"], "Vi har en tydelig plan.", ["1.1"])
        x["postit"] = _tag(p, x["workshop"], "Lapp: Mer opplæring i nye verktøy.", ["1.1"],
                           "paraphrase")
        p.update_finding(indicator="1.1", level=2, status="agreed",
                         excerpt_ids=[x["said"].id, x["postit"].id])
    return x


def _method_text(doc) -> tuple[list[str], list[list[str]]]:
    """The paragraphs of the method chapter, and the rows of every table in the document."""
    out, inside = [], False
    for para in doc.paragraphs:
        if para.style.name == "Heading 1":
            inside = para.text == "Metode"
        elif inside:
            out.append(para.text)
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    return out, rows


def test_the_method_chapter_counts_a_workshop_apart_from_interviews(council, tmp_path):
    from digifelt.core.services.projects import open_project
    from digifelt.exports.report import write_report

    db = open_project(council["path"])
    try:
        write_report(db, tmp_path / "r.docx")
    finally:
        db.close()
    doc = Document(tmp_path / "r.docx")
    paras, rows = _method_text(doc)
    text = "\n".join(paras)
    assert "Kartleggingen bygger på ett intervju," in text
    assert "Verksteder: ett verksted med 27 folkevalgte." in paras
    assert "39" not in text
    # The interview table counts the interview alone: one conversation, 12 people.
    assert [FOLK, "1", "12"] in rows
    assert not any(r[:1] == [FOLK] and "39" in r for r in rows)
    # The workshop's own table: title, date, place and how many took part.
    assert ["Verksted: Kommunestyret", "17.9.2026", "Rådhuset", "27"] in rows
    assert any("ikke regnet med blant dem som er intervjuet" in t for t in paras)
    # A workshop note chosen as evidence is the workshop's, with its date, never the group's.
    quotes = [q.text for q in doc.paragraphs if q.style.name == "Quote"]
    postit = next(q for q in quotes if "Mer opplæring" in q)
    assert postit.endswith("– verksted, Kommunestyret, 17.9.2026")
    said = next(q for q in quotes if "tydelig plan" in q)
    assert said.endswith("– folkevalgt")
    # The evidence line names the workshop as a source of its own.
    assert any("1 intervju (1 gruppe), 1 verksted" in q.text for q in doc.paragraphs)


def test_the_english_report_says_workshops_too(council, tmp_path):
    from digifelt.core.services.projects import open_project
    from digifelt.exports.report import write_report

    db = open_project(council["path"])
    try:
        write_report(db, tmp_path / "r.docx", lang="en")
    finally:
        db.close()
    texts = [p.text for p in Document(tmp_path / "r.docx").paragraphs]
    assert "Workshops: one workshop with 27 folkevalgte." in texts


def test_a_workshop_audience_does_not_make_a_group_heard(council):
    from digifelt.core.services.privacy import group_sessions, group_sizes, small_groups

    with Project.open(council["path"], backup=False) as p:
        folk = _group(p, FOLK)
        ansatte = _group(p, "Ansatte")
        # Three staff at a workshop: an audience, like an observation's, for a group never
        # interviewed; and a small workshop beside a full interview does not flag the group.
        p.add_activity(kind="workshop", title="Verksted ansatte", group_ids=[ansatte.id],
                       headcount=3, status="done")
        p.add_activity(kind="workshop", title="Lite verksted", group_ids=[folk.id],
                       headcount=2, status="done")
        sessions = group_sessions(p.db)
        assert sessions[folk.id].headcounts == (12,)
        assert not sessions[folk.id].observed
        assert group_sizes(p.db)[folk.id] == 12
        assert sessions[ansatte.id].observed
        assert small_groups(p.db) == {ansatte.id}


def test_the_matrix_has_a_workshop_column_and_triangulation_counts_it(council):
    from digifelt.core.services.matrix import evidence_matrices

    with Project.open(council["path"], backup=False) as p:
        ledere = _group(p, "Ledere")
        staff = p.add_activity(kind="workshop", title="Ledersamling", group_ids=[ledere.id],
                               headcount=14, status="done")
        _tag(p, staff, "Ledere ønsker felles mål.", ["1.2"])
        _tag(p, council["interview"], "Vi trenger mål.", ["1.2"])
        m = evidence_matrices(p.db)
    by_kind = m["kind"]
    assert [k for k, _label in by_kind.columns] == ["interview", "observation",
                                                    "document_review", "workshop"]
    r11 = next(r for r in by_kind.rows if r.code == "1.1")
    assert r11.cells["workshop"].total == 1
    assert r11.cells["interview"].total == 1
    assert r11.kinds == 2  # the workshop is a second kind of source
    assert not r11.triangulated  # one group only
    r12 = next(r for r in by_kind.rows if r.code == "1.2")
    assert (r12.kinds, r12.groups, r12.triangulated) == (2, 2, True)
    # By group, a workshop's notes stay under the workshop, not under its group.
    r12g = next(r for r in m["group"].rows if r.code == "1.2")
    assert r12g.cells["workshop"].total == 1
    assert ledere.id not in r12g.cells


def test_the_matrix_export_names_the_workshop_column(council, tmp_path):
    import csv

    from digifelt.exports.matrix import export_matrix

    export_matrix(council["path"], tmp_path / "m.csv", by="kind")
    text = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    first = text.splitlines()[0]
    head = next(csv.reader([first], delimiter=";" if ";" in first else ","))
    assert "verksted" in head


def test_a_workshop_travels_in_a_bundle(council, tmp_path):
    from digifelt.exports.bundle.importer import apply_import
    from digifelt.exports.bundle.verify import verify_bundle

    with Project.open(council["path"], backup=False) as p:
        p.export_bundle(tmp_path / "w.zip")
        before = p.snapshot()
    with zipfile.ZipFile(tmp_path / "w.zip") as z:
        name = next(n for n in z.namelist() if n.endswith("project.json"))
        doc = json.loads(z.read(name))
    assert [a["kind"] for a in doc["activities"]
            if a["id"] == council["workshop"].id] == ["workshop"]
    verify_bundle(tmp_path / "w.zip")
    copy = tmp_path / "copy.digifelt"
    apply_import(copy, tmp_path / "w.zip")
    with Project.open(copy, backup=False) as p:
        after = p.snapshot()
    assert after == before
    workshop = next(a for a in after["activities"] if a["id"] == council["workshop"].id)
    assert (workshop["kind"], workshop["headcount"]) == ("workshop", 27)


def test_a_workshop_is_a_source_in_refi_qda(council, tmp_path):
    import xml.etree.ElementTree as ET

    from digifelt.exports.qdpx import NS, export_qdpx

    export_qdpx(council["path"], tmp_path / "w.qdpx")
    with zipfile.ZipFile(tmp_path / "w.qdpx") as z:
        root = ET.fromstring(z.read("project.qde"))
    source = next(s for s in root.iter(f"{{{NS}}}TextSource")
                  if s.get("name") == "Verksted: Kommunestyret")
    assert source.find(f"{{{NS}}}Description").text.startswith("verksted, 2026-09-17")
