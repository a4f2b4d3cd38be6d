"""The one text rule: names refuse what spreadsheets, XML and file lists cannot show honestly;
notes keep tabs, line breaks and pasted vertical tabs; every refusal leaves the project as it
was."""

from __future__ import annotations

import hashlib
import io

import openpyxl
import pytest
from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from digifelt.core.errors import ValidationError
from digifelt.core.services import activities, entries, people, rubric
from digifelt.core.services.search import MAX_LIMIT, search
from digifelt.core.text_rules import text_problem

CONTROLS = [chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("char", CONTROLS + ["\ufffe", "\uffff"] + BIDI)
def test_a_name_refuses_it_and_free_text_keeps_it(char):
    assert f"U+{ord(char):04X}" in text_problem(f"a{char}b", name=True)
    assert text_problem(f"a{char}b") is None


@pytest.mark.parametrize("value", ["Line\tone\r\nline two\n", "עברית", "👩🏽‍💻 Ŋŋ Čč", "e\u0301",
                                   "\u200f mark", "x" * 1000])
def test_ordinary_text_is_a_good_name(value):
    assert text_problem(value, name=True) is None


@pytest.mark.parametrize("bad", ["a\x00b", "a\ud800b"])
def test_nul_and_lone_surrogates_are_refused_everywhere(bad):
    assert text_problem(bad) is not None
    assert text_problem(bad, name=True) is not None


def digest(db) -> str:
    db.close()
    return hashlib.sha256(db.path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("call", "field"), [
    (lambda db: activities.add_activity(db, kind="interview", title="Pasted\x0bname"), "title"),
    (lambda db: activities.add_activity(db, kind="interview", title="evil\u202efdp.exe"), "title"),
    (lambda db: people.add_group(db, name="Group\x07"), "name"),
    (lambda db: rubric.update_area(db, rubric.rubric_tree(db)[0].area.id,
                                   title="Area\u2066x"), "title"),
    (lambda db: rubric.update_indicator(db, rubric.rubric_tree(db)[0].indicators[0].id,
                                        lookfors=["ok", "bad\x1b"]), "lookfors"),
])
def test_services_refuse_a_bad_name_and_leave_the_file_unchanged(project, call, field):
    from digifelt.core.services.projects import open_project

    path = project.path
    before = digest(project)
    db = open_project(path)
    try:
        with pytest.raises(ValidationError, match=field):
            call(db)
    finally:
        after = digest(db)
    assert after == before


def test_a_note_keeps_tabs_line_breaks_and_a_pasted_vertical_tab(project):
    act = activities.add_activity(project, kind="interview", title="Intervju")
    text = "First line\n\tindented\r\nWord line\x0bbreak \u202eRTL"
    entry = entries.add_entry(project, activity_id=act.id, text=text)
    assert entries.list_entries(project, act.id)[0].text == text
    with pytest.raises(ValidationError, match="NUL"):
        entries.update_entry_text(project, entry.id, "a\x00b")


@pytest.mark.parametrize("limit", [0, -1, MAX_LIMIT + 1, 10**20, 10**5000, 1.5, "5", True],
                         ids=lambda v: f"{v.bit_length()}-bit" if type(v) is int else repr(v))
def test_search_refuses_a_limit_out_of_range(project, limit):
    with pytest.raises(ValidationError, match="number of hits"):
        search(project, "x", limit=limit)


def test_search_takes_the_largest_limit(project):
    assert search(project, "x", limit=MAX_LIMIT) == []


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec="utf-8") | st.sampled_from(CONTROLS + BIDI), max_size=30))
def test_every_accepted_name_fits_a_spreadsheet_cell_and_a_word_paragraph(value):
    if text_problem(value, name=True) is not None:
        return
    sheet = openpyxl.Workbook().active
    sheet["A1"] = value
    buffer = io.BytesIO()
    sheet.parent.save(buffer)
    assert openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active["A1"].value == (
        value or None)
    document = Document()
    document.add_paragraph(value)
