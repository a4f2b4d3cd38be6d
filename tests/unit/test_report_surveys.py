"""Surveys and workshops in the Word report: the method chapter lists each survey with who
answered per group (small groups as "<5"), each mapped question's results stand as a table
under every indicator it informs, survey evidence is attributed to the survey's groups with n
and never to a respondent, and the appendix lists a workshop's date, place, groups and how
many took part.

The survey comes in through the real import (a CSV with 63 staff, 20 managers and 3
councillors, and a name and an e-mail column that are never imported); the report is read
back with python-docx, in Norwegian and in English.
"""

import shutil
import time
from datetime import UTC, datetime

import pytest
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from digifelt.api import Project
from digifelt.core.services import projects
from digifelt.exports.report import write_report

SCALE = ["Helt uenig", "Litt uenig", "Litt enig", "Helt enig"]
Q1 = "Jeg vet hvor jeg finner digitaliseringsstrategien"
Q2 = "Vi får opplæring i nye verktøy"
FREE = "Andre kommentarer"
TITLE = "Spørreundersøkelse ansatte 2026"
SAID = "Vi trenger mer tid til opplæring"
INVITED = "invited: {Ansatte: 140, ledere: 25, Folkevalgte: 10}\n"

MAPPING = f"""\
title: {TITLE}
group_column: Rolle
groups: {{Ansatt: Ansatte, Leder: Ledere, Folkevalgt: Folkevalgte}}
scale: [{", ".join(SCALE)}]
started: 2026-03-02
ended: 2026-03-09
{INVITED}questions:
  - {{column: "{Q1}", indicators: ["1.1", "1.2"]}}
  - {{column: "{Q2}", indicators: ["2.1"]}}
free_text:
  - {{column: "{FREE}", indicators: []}}
"""

# Answers per group, in scale order (low → high); "" is a question left blank.
ANSWERS = {
    "Ansatt": (63, {Q1: [3, 9, 30, 21], Q2: [10, 20, 20, 12]}),
    "Leder": (20, {Q1: [0, 2, 8, 10], Q2: [5, 5, 5, 5]}),
    "Folkevalgt": (3, {Q1: [0, 0, 1, 2], Q2: [1, 1, 1, 0]}),
}
NAMES = ("Åsmund Hætta", "Máret Sara", "asmund@kommune.no")


def _rows() -> list[list[str]]:
    rows = []
    for role, (n, counts) in ANSWERS.items():
        columns = {q: [label for label, c in zip(SCALE, counts[q], strict=True)
                       for _ in range(c)] for q in (Q1, Q2)}
        for i in range(n):
            q1 = columns[Q1][i] if i < len(columns[Q1]) else ""
            q2 = columns[Q2][i] if i < len(columns[Q2]) else ""
            free = SAID if (role, i) == ("Ansatt", 0) else ""
            rows.append([f"{NAMES[i % 2]} {i}", NAMES[2] if i == 0 else f"r{i}@kommune.no",
                         role, q1, q2, free])
    return rows


def _write_csv(path):
    header = ["Navn", "E-post", "Rolle", Q1, Q2, FREE]
    lines = [";".join(header), *(";".join(r) for r in _rows())]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8"))
    return path


def _group(p, name):
    from digifelt.core.services.people import list_groups

    known = {g.name: g for g in list_groups(p.db)}
    return known.get(name) or p.add_group(name=name)


@pytest.fixture(scope="module")
def built(tmp_path_factory, blank_project_file):
    folder = tmp_path_factory.mktemp("report_surveys")
    path = folder / "undersokelse.digifelt"
    shutil.copy(blank_project_file, path)
    (folder / "kart.yaml").write_text(MAPPING, encoding="utf-8")
    results = _write_csv(folder / "svar.csv")
    with Project.open(path, backup=False) as p:
        p.import_survey(results, folder / "kart.yaml")
        survey = next(s for s in p.surveys() if s.activity.title == TITLE)
        free = next(q for q in p.survey_questions(survey.activity.id)
                    if q.question.kind == "free_text")
        [entry_id] = free.answer_ids
        said = p.tag_excerpt(entry_id=entry_id, start=0, end=len(SAID), indicators=["1.1"])
        p.update_finding(indicator="1.1", level=3, status="agreed", excerpt_ids=[said.id])
        folk = _group(p, "Folkevalgte")
        ledere = _group(p, "Ledere")
        p.add_activity(kind="workshop", title="Verksted med kommunestyret",
                       group_ids=[folk.id, ledere.id], headcount=27, place="Rådhuset",
                       started_at=datetime(2026, 3, 12, 12, tzinfo=UTC), status="done")
    reports = {}
    for lang in ("nb", "en"):
        db = projects.open_project(path)
        try:
            reports[lang] = folder / f"rapport-{lang}.docx"
            write_report(db, reports[lang], lang=lang)
        finally:
            db.close()
    return {"path": path, "reports": reports}


def _blocks(path):
    """The body in order: ("p", style, text) and ("t", rows) items."""
    doc = Document(path)
    out = []
    for child in doc.element.body.iterchildren():
        if child.tag.endswith("}p"):
            para = Paragraph(child, doc)
            out.append(("p", para.style.name, para.text))
        elif child.tag.endswith("}tbl"):
            out.append(("t", [[c.text for c in r.cells] for r in Table(child, doc).rows]))
    return out


def _section(blocks, heading: str, level: str = "Heading 2"):
    """The blocks under a heading up to the next heading of the same or a higher level."""
    levels = ("Heading 1", "Heading 2", "Heading 3")
    stop = levels[:levels.index(level) + 1]
    start = next(i for i, b in enumerate(blocks)
                 if b[0] == "p" and b[1] == level and b[2].startswith(heading))
    end = next((i for i in range(start + 1, len(blocks))
                if blocks[i][0] == "p" and blocks[i][1] in stop), len(blocks))
    return blocks[start + 1:end]


def _tables(blocks):
    return [b[1] for b in blocks if b[0] == "t"]


def _texts(blocks):
    return [b[2] for b in blocks if b[0] == "p"]


def _indicator(blocks, code: str):
    return next(_section(blocks, b[2]) for b in blocks
                if b[0] == "p" and b[1] == "Heading 2" and b[2].endswith(f"({code})"))


P = "\u00a0%"
Q1_NB = [["Gruppe", *SCALE, "n", "Fordeling"],
         ["Ansatte", f"5{P}", f"14{P}", f"48{P}", f"33{P}", "63", ""],
         ["Folkevalgte", "–", "–", "–", "–", "<5", ""],
         # 20 managers, but with the councillors hidden, all − staff would give them away.
         ["Ledere", "–", "–", "–", "–", "<5", ""],
         ["Alle", f"3{P}", f"13{P}", f"45{P}", f"38{P}", "86", ""]]


def test_the_method_chapter_lists_the_survey_with_answers_per_group(built):
    method = _section(_blocks(built["reports"]["nb"]), "Metode", "Heading 1")
    texts = _texts(method)
    assert "Spørreundersøkelser: én spørreundersøkelse med til sammen 86 svar." in texts
    assert f"{TITLE}, 2.3.2026–9.3.2026" in texts
    # Invited as the mapping gave them; no rate where the answers are suppressed.
    assert [["Gruppe", "Inviterte", "Svar", "Svarprosent"], ["Ansatte", "140", "63", f"45{P}"],
            ["Folkevalgte", "10", "<5", "–"], ["Ledere", "25", "<5", "–"],
            ["Alle", "175", "86", f"49{P}"]] in _tables(method)
    assert any("færre enn 5 har svart, står det «<5», uten prosenter" in t for t in texts)
    # The workshop is still counted on its own line, its audience apart from interviews.
    assert "Verksteder: ett verksted med 27 folkevalgte / ledere." in texts
    # No interview, observation or document: no sentence counting them as none.
    assert not any(t.startswith("Kartleggingen bygger på") for t in texts)


def test_each_mapped_indicator_has_the_question_table(built):
    blocks = _blocks(built["reports"]["nb"])
    for code in ("1.1", "1.2"):
        under = _indicator(blocks, code)
        texts = _texts(under)
        assert "Resultater fra spørreundersøkelser" in texts
        assert f"{TITLE}: {Q1}" in texts
        assert Q1_NB in _tables(under)
        assert "– spørreundersøkelse, ansatte / folkevalgte / ledere (n = 86)" in texts
        assert not any(Q2 in t for t in texts)
    under = _indicator(blocks, "2.1")
    assert f"{TITLE}: {Q2}" in _texts(under)
    # One staff member left Q2 blank: n is per question, the percentages of those who answered.
    [table] = [t for t in _tables(under) if t[0][0] == "Gruppe" and t[0][-2] == "n"]
    assert table[1] == ["Ansatte", f"16{P}", f"32{P}", f"32{P}", f"19{P}", "62", ""]
    assert table[-1] == ["Alle", f"19{P}", f"31{P}", f"31{P}", f"20{P}", "85", ""]
    assert "– spørreundersøkelse, ansatte / folkevalgte / ledere (n = 85)" in _texts(under)
    # An indicator no question is mapped to has no survey results.
    assert "Resultater fra spørreundersøkelser" not in _texts(_indicator(blocks, "1.3"))


def test_the_evidence_line_counts_the_survey(built):
    blocks = _blocks(built["reports"]["nb"])
    # Heard from staff only, as in the matrix: the other groups' answers may not be shown.
    assert "Grunnlag: 1 spørreundersøkelse (1 gruppe) — ikke triangulert" in \
        _texts(_indicator(blocks, "1.2"))


def test_a_free_text_answer_is_attributed_to_the_survey_never_to_a_respondent(built):
    blocks = _blocks(built["reports"]["nb"])
    quotes = [b[2] for b in _indicator(blocks, "1.1") if b[0] == "p" and b[1] == "Quote"]
    assert quotes == [f"«{SAID}»\n– spørreundersøkelse, ansatte / folkevalgte / ledere"]
    for lang in ("nb", "en"):
        doc = Document(built["reports"][lang])
        everything = "\n".join([p.text for p in doc.paragraphs]
                               + [c.text for t in doc.tables for r in t.rows for c in r.cells])
        for personal in (*NAMES, "Navn", "E-post", "r5@kommune.no"):
            assert personal not in everything


def test_the_appendix_shows_the_workshop_and_the_survey(built):
    acts = _section(_blocks(built["reports"]["nb"]), "Oversikt over aktiviteter")
    [table] = _tables(acts)
    assert ["12.3.2026", "Verksted med kommunestyret",
            "Verksted med Folkevalgte, Ledere, Rådhuset", "27"] in table
    # A survey by its kind (its groups are in the method chapter) and its respondents.
    assert ["2.3.–9.3.2026", TITLE, "Spørreundersøkelse", "86"] in table


def test_the_english_report(built):
    blocks = _blocks(built["reports"]["en"])
    method = _section(blocks, "Method", "Heading 1")
    assert "Surveys: one survey with 86 answers in all." in _texts(method)
    assert [["Group", "Invited", "Answered", "Response rate"], ["Ansatte", "140", "63", "45%"],
            ["Folkevalgte", "10", "<5", "–"], ["Ledere", "25", "<5", "–"],
            ["All", "175", "86", "49%"]] in _tables(method)
    under = _indicator(blocks, "1.2")
    assert "Survey results" in _texts(under)
    assert [["Group", *SCALE, "n", "Distribution"],
            ["Ansatte", "5%", "14%", "48%", "33%", "63", ""],
            ["Folkevalgte", "–", "–", "–", "–", "<5", ""],
            ["Ledere", "–", "–", "–", "–", "<5", ""],
            ["All", "3%", "13%", "45%", "38%", "86", ""]] in _tables(under)
    assert "– survey, ansatte / folkevalgte / ledere (n = 86)" in _texts(under)
    quotes = [b[2] for b in _indicator(blocks, "1.1") if b[0] == "p" and b[1] == "Quote"]
    assert quotes == [f"«{SAID}»\n– survey, ansatte / folkevalgte / ledere"]
    acts = _section(blocks, "Activity overview")
    assert ["2026-03-12", "Verksted med kommunestyret",
            "Workshop with Folkevalgte, Ledere, Rådhuset", "27"] in _tables(acts)[0]


def test_survey_dates_are_the_days_given_in_any_time_zone(built, tmp_path, monkeypatch):
    """The mapping's days are days: 9 March stays 9 March in Oslo (UTC+1) and New York."""
    try:
        for zone in ("Europe/Oslo", "America/New_York"):
            monkeypatch.setenv("TZ", zone)
            time.tzset()
            db = projects.open_project(built["path"])
            try:
                write_report(db, tmp_path / "r.docx")
            finally:
                db.close()
            blocks = _blocks(tmp_path / "r.docx")
            assert f"{TITLE}, 2.3.2026–9.3.2026" in _texts(_section(blocks, "Metode",
                                                                     "Heading 1"))
            acts = _tables(_section(blocks, "Oversikt over aktiviteter"))[0]
            assert any(r[:2] == ["2.3.–9.3.2026", TITLE] for r in acts)
    finally:
        monkeypatch.undo()
        time.tzset()


def _png_row(data: bytes) -> list[tuple[int, int, int]]:
    """The first row of pixels of an 8-bit RGB PNG without filters (as the bars are)."""
    import struct
    import zlib

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width = struct.unpack(">I", body[:4])[0]
            assert body[8:10] == b"\x08\x02"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    assert raw[0] == 0
    return [tuple(raw[1 + 3 * x:4 + 3 * x]) for x in range(width)]


def test_each_shown_row_has_a_bar_of_its_shares_and_the_header_is_its_legend(built):
    from docx.oxml.ns import qn

    doc = Document(built["reports"]["nb"])
    table = next(t for t in doc.tables
                 if [c.text for c in t.rows[0].cells] == Q1_NB[0]
                 and t.rows[1].cells[0].text == "Ansatte")
    legend = []
    for cell in table.rows[0].cells[1:5]:
        legend.append(cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")))
    assert len(set(legend)) == 4
    bars = {}
    for row in table.rows[1:]:
        blips = row.cells[-1]._tc.xpath(".//a:blip")
        if not blips:
            continue
        rid = blips[0].get(qn("r:embed"))
        descr = row.cells[-1]._tc.xpath(".//wp:docPr")[0].get("descr")
        bars[row.cells[0].text] = (_png_row(doc.part.related_parts[rid].blob), descr)
    # Suppressed groups have no bar, as they have no percentages.
    assert sorted(bars) == ["Alle", "Ansatte"]
    pixels, descr = bars["Ansatte"]
    assert descr == f"Ansatte: Helt uenig 5{P}, Litt uenig 14{P}, Litt enig 48{P}, Helt enig 33{P}"
    colours = [tuple(int(h[i:i + 2], 16) for i in (0, 2, 4)) for h in legend]
    # 3, 9, 30 and 21 of 63 answers, on a bar of the image's width.
    width = len(pixels)
    edges = [round(width * k / 63) for k in (3, 12, 42, 63)]
    for (start, end), colour in zip(zip([0, *edges[:-1]], edges, strict=True), colours,
                                    strict=True):
        assert set(pixels[start:end]) == {colour}


def _import(path, folder, mapping: str, rows: list[list[str]]):
    (folder / "m.yaml").write_text(mapping, encoding="utf-8")
    header = ["Navn", "E-post", "Rolle", Q1, Q2, FREE]
    lines = [";".join(header), *(";".join(r) for r in rows)]
    (folder / "s.csv").write_bytes("\r\n".join(lines).encode("utf-8"))
    with Project.open(path, backup=False) as p:
        p.import_survey(folder / "s.csv", folder / "m.yaml")


def test_a_survey_too_small_to_show(tmp_path, blank_project_file):
    """Four respondents: nothing of it may be read, so no table under the indicator, and "<5"
    for everyone; without invited numbers there is no rate column."""
    path = tmp_path / "liten.digifelt"
    shutil.copy(blank_project_file, path)
    mapping = MAPPING.replace(TITLE, "Liten undersøkelse").replace(INVITED, "")
    rows = [[f"x{i}", "", "Ansatt", "Helt enig", "Litt enig", ""] for i in range(4)]
    _import(path, tmp_path, mapping, rows)
    db = projects.open_project(path)
    try:
        write_report(db, tmp_path / "r.docx")
    finally:
        db.close()
    blocks = _blocks(tmp_path / "r.docx")
    method = _section(blocks, "Metode", "Heading 1")
    assert "Spørreundersøkelser: én spørreundersøkelse." in _texts(method)
    assert [["Gruppe", "Svar"], ["Ansatte", "<5"], ["Alle", "<5"]] in _tables(method)
    assert "Resultater fra spørreundersøkelser" not in _texts(_indicator(blocks, "1.1"))
    acts = _tables(_section(blocks, "Oversikt over aktiviteter"))[0]
    assert ["2.3.–9.3.2026", "Liten undersøkelse", "Spørreundersøkelse", "<5"] in acts


def test_invited_is_stored_by_the_survey_s_group_names(built):
    db = projects.open_project(built["path"])
    try:
        from digifelt.core.services import surveys

        [survey] = surveys.list_surveys(db)
        assert survey.activity.survey_invited == {"Ansatte": 140, "Ledere": 25,
                                                  "Folkevalgte": 10}
    finally:
        db.close()


@pytest.mark.parametrize(("invited", "message"), [
    ("{Sjefer: 10}", "m.yaml: invited: 'Sjefer' is not a group of this survey "
                     "(groups: Ansatte, Folkevalgte, Ledere)"),
    ("{Ledere: 19}", "m.yaml: invited: 'Ledere': 19 invited, but 20 answered"),
    ("{Ledere: mange}", "m.yaml: invited: 'Ledere': the number invited must be a whole "
                        "number above 0"),
    ("{Ledere: 0}", "m.yaml: invited: 'Ledere': the number invited must be a whole number "
                    "above 0"),
])
def test_a_wrong_invited_number_is_refused_in_one_line(tmp_path, blank_project_file, invited,
                                                       message):
    import hashlib

    from digifelt.core.services.survey_import import SurveyImportError

    path = tmp_path / "feil.digifelt"
    shutil.copy(blank_project_file, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    mapping = MAPPING.replace(INVITED, f"invited: {invited}\n")
    with pytest.raises(SurveyImportError) as caught:
        _import(path, tmp_path, mapping, _rows())
    assert str(caught.value) == message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(("widths", "total", "expected"), [
    ([3135, 2260, 1510, 2385], 9072, [2917, 2260, 1510, 2385]),  # only the widest narrows
    ([5000, 5000, 5000], 9072, [3024, 3024, 3024]),
    ([4000, 4000, 1000], 6000, [2500, 2500, 1000]),
    ([100, 200], 9072, [100, 200]),  # fits: untouched
])
def test_a_table_too_wide_narrows_its_widest_columns_only(widths, total, expected):
    from digifelt.exports.report.body import _capped

    assert _capped(widths, total) == expected


def test_a_participant_named_in_a_question_is_replaced_and_the_place_listed(
        tmp_path, blank_project_file):
    """A question's header that names someone the team interviewed: the report prints the
    group instead, and lists the place as the survey's, which the Export page can open."""
    path = tmp_path / "navn.digifelt"
    shutil.copy(blank_project_file, path)
    named = "Samarbeidet med Ingrid Bævre fungerer"
    with Project.open(path, backup=False) as p:
        ledere = _group(p, "Ledere")
        p.add_participant(name="Ingrid Bævre", group_id=ledere.id)
    mapping = MAPPING.replace(Q2, named)
    (tmp_path / "m.yaml").write_text(mapping, encoding="utf-8")
    header = ["Navn", "E-post", "Rolle", Q1, named, FREE]
    lines = [";".join(header), *(";".join(r) for r in _rows())]
    (tmp_path / "s.csv").write_bytes("\r\n".join(lines).encode("utf-8"))
    with Project.open(path, backup=False) as p:
        p.import_survey(tmp_path / "s.csv", tmp_path / "m.yaml")
        [survey] = p.surveys()
    db = projects.open_project(path)
    try:
        summary = write_report(db, tmp_path / "r.docx")
    finally:
        db.close()
    under = _texts(_indicator(_blocks(tmp_path / "r.docx"), "2.1"))
    assert f"{TITLE}: Samarbeidet med [Ledere] fungerer" in under
    assert not any("Bævre" in t for t in under)
    [place] = [x for x in summary.names.places if x.field == "question 2"]
    assert (place.kind, place.activity_id, place.title) == ("activity", survey.activity.id,
                                                            TITLE)


def test_a_survey_of_one_group_is_attributed_to_it_with_its_n(tmp_path, blank_project_file):
    path = tmp_path / "ansatte.digifelt"
    shutil.copy(blank_project_file, path)
    mapping = MAPPING.replace(INVITED, "invited: {Ansatte: 70}\n")
    _import(path, tmp_path, mapping, [r for r in _rows() if r[2] == "Ansatt"])
    texts = {}
    for lang in ("nb", "en"):
        db = projects.open_project(path)
        try:
            write_report(db, tmp_path / f"{lang}.docx", lang=lang)
        finally:
            db.close()
        texts[lang] = _texts(_indicator(_blocks(tmp_path / f"{lang}.docx"), "1.1"))
        method = _tables(_section(_blocks(tmp_path / f"{lang}.docx"),
                                  "Metode" if lang == "nb" else "Method", "Heading 1"))
        rate = f"90{P}" if lang == "nb" else "90%"  # 63 of 70
        assert [["Ansatte", "70", "63", rate]] == [r for t in method for r in t
                                                   if r[0] == "Ansatte"]
    assert "– spørreundersøkelse, ansatte (n = 63)" in texts["nb"]
    assert "– survey, ansatte (n = 63)" in texts["en"]


def test_a_seven_point_scale_fits_the_page_without_bars(tmp_path, blank_project_file):
    from docx.oxml.ns import qn

    path = tmp_path / "sju.digifelt"
    shutil.copy(blank_project_file, path)
    seven = [f"{n} – {'svært uenig' if n == 1 else 'svært enig' if n == 7 else 'nøytral'}"
             for n in range(1, 8)]
    mapping = MAPPING.replace(f"scale: [{', '.join(SCALE)}]", f"scale: [{', '.join(seven)}]")
    rows = [r[:3] + [seven[i % 7], seven[(i + 3) % 7], ""] for i, r in enumerate(_rows())]
    _import(path, tmp_path, mapping, rows)
    db = projects.open_project(path)
    try:
        write_report(db, tmp_path / "r.docx")
    finally:
        db.close()
    doc = Document(tmp_path / "r.docx")
    table = next(t for t in doc.tables if t.rows[0].cells[1].text == seven[0])
    assert [c.text for c in table.rows[0].cells] == ["Gruppe", *seven, "n"]
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert sum(grid) <= 9072 + len(grid)
    assert not table._tbl.xpath(".//a:blip")


def test_a_bar_keeps_its_width_when_the_table_is_too_wide():
    from digifelt.exports.report.bars import Picture
    from digifelt.exports.report.body import Body

    body = Body({"Table Grid": "TG", "Placeholder": "P"}, 9072)
    bar = Picture(b"", 1700, 140)
    long_words = ["Fullstendiguenig", "Delvisuenigxxxxx", "Verkenellerennå", "Delvisenigxxxxx",
                  "Fullstendigenig"]
    widths = body._widths(["Gruppe", *long_words, "n", "Fordeling"],
                          [["Folkevalgte", "5 %", "5 %", "5 %", "5 %", "5 %", "63", bar]],
                          None, [0, 4, 4, 4, 4, 4, 3])
    assert widths[-1] >= 1700
    assert sum(widths) <= 9072


def test_the_appendix_has_the_questionnaire(built):
    for lang, heading, scale, head, kinds in (
            ("nb", "Spørreskjema", "Svaralternativer", ["Nr.", "Spørsmål", "Svar", "Kjennetegn"],
             ("Skala", "Fritekst")),
            ("en", "Survey questionnaires", "Answer options",
             ["No.", "Question", "Answer", "Indicators"], ("Scale", "Free text"))):
        part = _section(_blocks(built["reports"][lang]), heading)
        assert _texts(part)[:2] == [TITLE, f"{scale}: {', '.join(SCALE)}"]
        assert _tables(part) == [[head, ["1", Q1, kinds[0], "1.1, 1.2"],
                                  ["2", Q2, kinds[0], "2.1"], ["3", FREE, kinds[1], ""]]]


def test_a_group_invited_that_nobody_of_answered_counts_in_all_invited(
        tmp_path, blank_project_file):
    path = tmp_path / "inviterte.digifelt"
    shutil.copy(blank_project_file, path)
    mapping = MAPPING.replace(INVITED, "invited: {Ansatte: 70, Tillitsvalgte: 30}\n").replace(
        "Folkevalgt: Folkevalgte}", "Folkevalgt: Folkevalgte, Tillitsvalgt: Tillitsvalgte}")
    _import(path, tmp_path, mapping, [r for r in _rows() if r[2] == "Ansatt"])
    db = projects.open_project(path)
    try:
        write_report(db, tmp_path / "r.docx")
    finally:
        db.close()
    method = _tables(_section(_blocks(tmp_path / "r.docx"), "Metode", "Heading 1"))
    # 63 of 100 invited answered: the 30 shop stewards invited count in the whole.
    assert [["Gruppe", "Inviterte", "Svar", "Svarprosent"], ["Ansatte", "70", "63", f"90{P}"],
            ["Alle", "100", "63", f"63{P}"]] in method
