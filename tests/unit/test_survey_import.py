"""Survey import: CSV and XLSX as teams get them, counts per group kept, rows never kept,
small cells suppressed, a bad file or mapping refused in one line with the project unchanged."""

import hashlib
import sqlite3

import openpyxl
import pytest

from digifelt.cli import main
from digifelt.core.models import Entry, SurveyAnswer
from digifelt.core.operations import journal
from digifelt.core.services import activities, excerpts, people, projects, rubric, surveys
from digifelt.core.services.survey_import import SurveyImportError
from digifelt.core.template import find_template

SCALE = ["Helt uenig", "Litt uenig", "Litt enig", "Helt enig"]
Q1 = "Jeg vet hvor jeg finner kommunens digitaliseringsstrategi"
Q2 = "Vi får opplæring i nye verktøy (ŧ, ž)"
FREE = "Andre kommentarer"

MAPPING = f"""\
title: Spørreundersøkelse ansatte 2026
group_column: Rolle
groups: {{Leder: Ledere, Ansatt: Ansatte}}
scale: [{", ".join(SCALE)}]
questions:
  - {{column: "{Q1}", indicators: ["1.1"]}}
  - {{column: "{Q2}", indicators: ["1.2", "2.1"]}}
free_text:
  - {{column: "{FREE}", indicators: []}}
"""

HEADER = ["Tidspunkt", "Navn", "E-post", "Rolle", Q1, Q2, FREE]


def respondents() -> list[list[str]]:
    """12 Ansatte, 3 Ledere (a small group), 6 Čájet (a group not in the mapping)."""
    rows = []
    for i in range(12):
        rows.append(["2026-03-02", f"Ansatt Åsmund {i}", f"ansatt{i}@kommune.no", "Ansatt",
                     "Helt enig" if i < 9 else "Litt enig", "Litt uenig" if i < 10 else "",
                     "Vi trenger mer tid, og bedre utstyr" if i == 0 else ""])
    for i in range(3):
        rows.append(["2026-03-03", f"Leder {i}", f"leder{i}@kommune.no", "Leder", "Helt uenig",
                     "Helt enig", "Lederne vet ikke" if i == 0 else ""])
    for i in range(6):
        rows.append(["2026-03-04", f"Máret {i}", f"maret{i}@kommune.no", "Čájet", "litt  ENIG",
                     "Helt enig", "Sámegiella: čđŋšŧž" if i == 0 else ""])
    rows[5][6] = "=HYPERLINK(\"http://x\")"  # a formula-looking answer stays text
    return rows


def write_csv(path, rows, *, delimiter=",", bom=False, header=HEADER):
    def cell(v):
        if any(c in v for c in (delimiter, '"', "\n")):
            return '"' + v.replace('"', '""') + '"'
        return v
    text = "\r\n".join(delimiter.join(cell(v) for v in r) for r in [header, *rows]) + "\r\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def write_xlsx(path, rows, header=HEADER):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for r in rows:
        sheet.append([v or None for v in r])
    for row in sheet.iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("="):
                c.data_type = "s"  # text typed into a form, as Forms exports it
    book.save(path)
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.digifelt"
    template = find_template("digital-ståstedskartlegging-kommune")
    db = projects.create_project(path, template=template, title="Kartlegging",
                                 organisation="Guovdageainnu suohkan")
    db.close()
    return path


@pytest.fixture
def mapping(tmp_path):
    path = tmp_path / "kart.yaml"
    path.write_text(MAPPING, encoding="utf-8")
    return path


def do_import(project, results, mapping, **kw):
    db = projects.open_for_editing(project, backup=False)
    try:
        return journal(db).run("Import survey", surveys.import_survey, db, results, mapping,
                               **kw)
    finally:
        db.close()


def read_back(project):
    """Reopen the file and read what is stored."""
    db = projects.open_project(project)
    try:
        listed = surveys.list_surveys(db)
        [summary] = listed
        questions = surveys.list_questions(db, summary.activity.id)
        names = {g.id: g.name for g in people.list_groups(db)}
        codes = {i.id: i.code for i in rubric.indicators_by_code(db).values()}
        view = activities.get_activity(db, summary.activity.id)
        with db.read() as s:
            texts = [e.text for e in s.exec(
                Entry.__table__.select().where(Entry.activity_id == summary.activity.id)
                .order_by(Entry.order))]
    finally:
        db.close()
    return summary, questions, names, codes, view, texts


@pytest.mark.parametrize("fmt", ["comma", "semicolon-bom", "xlsx"])
def test_import_keeps_counts_per_group_and_free_text_answers(project, mapping, tmp_path, fmt):
    rows = respondents()
    if fmt == "comma":
        results = write_csv(tmp_path / "svar.csv", rows)
    elif fmt == "semicolon-bom":
        results = write_csv(tmp_path / "svar.csv", rows, delimiter=";", bom=True)
    else:
        results = write_xlsx(tmp_path / "svar.xlsx", rows)
    done = do_import(project, results, mapping)
    assert done.respondents == 21
    assert done.new_groups == ["Čájet"]  # Ledere and Ansatte come with the rubric template

    summary, questions, names, codes, view, texts = read_back(project)
    assert summary.activity.kind == "survey"
    assert summary.activity.title == "Spørreundersøkelse ansatte 2026"
    assert summary.respondents == 21
    assert summary.activity.headcount == 21
    assert sorted(names[g] for g in view.group_ids) == ["Ansatte", "Ledere", "Čájet"]
    q1, q2, free = questions
    assert (q1.question.text, q2.question.text, free.question.text) == (Q1, Q2, FREE)
    assert q1.question.scale == SCALE
    by_name = {names[g]: c for g, c in q1.question.distribution["groups"].items()}
    assert q1.question.distribution["all"] == {"n": 21, "missing": 0,
                                               "counts": [3, 0, 9, 9]}
    assert by_name == {"Ansatte": {"n": 12, "missing": 0, "counts": [0, 0, 3, 9]},
                       "Ledere": {"n": 3, "missing": 0, "counts": [3, 0, 0, 0]},
                       "Čájet": {"n": 6, "missing": 0, "counts": [0, 0, 6, 0]}}
    # Missing answers are not counted; n is per question.
    assert q2.question.distribution["all"] == {"n": 19, "missing": 2,
                                               "counts": [0, 10, 0, 9]}
    assert sorted(codes[i] for i in q2.indicator_ids) == ["1.2", "2.1"]
    assert [codes[i] for i in q1.indicator_ids] == ["1.1"]
    assert (q1.question.valence, q2.question.valence) == ("strength", "neutral")
    # Free text: one entry per answer, sorted by text, nothing else of the respondent's row.
    assert texts == sorted(texts, key=lambda t: (t.casefold(), t))
    assert sorted(texts) == sorted(["Vi trenger mer tid, og bedre utstyr", "Lederne vet ikke",
                                    "Sámegiella: čđŋšŧž", '=HYPERLINK("http://x")'])
    assert len(free.answer_ids) == 4
    assert free.question.distribution["all"]["n"] == 4
    con = sqlite3.connect(project)
    try:
        stored = "\n".join(str(r) for t in ("activity", "entry", "survey_question",
                                            "respondent_group", "participant")
                           for r in con.execute(f"SELECT * FROM {t}"))  # noqa: S608
        entry_columns = [r[1] for r in con.execute("PRAGMA table_info(entry)")]
    finally:
        con.close()
    for personal in ("Åsmund", "ansatt3@kommune.no", "Máret", "2026-03-04"):
        assert personal not in stored
    assert "question_id" in entry_columns
    db = projects.open_project(project)
    try:
        with db.read() as s:
            assert all(e.question_id is None and e.author_id is None
                       for e in s.exec(Entry.__table__.select()))
            assert len(list(s.exec(SurveyAnswer.__table__.select()))) == 4
    finally:
        db.close()


def test_small_group_and_its_complement_are_suppressed(project, mapping, tmp_path):
    do_import(project, write_csv(tmp_path / "svar.csv", respondents()), mapping)
    db = projects.open_project(project)
    try:
        names = {g.id: g.name for g in people.list_groups(db)}
        summary = surveys.list_surveys(db)[0]
        q1 = surveys.list_questions(db, summary.activity.id)[0].question
    finally:
        db.close()
    shown = surveys.shown_distribution(q1, names)
    cells = {c.label: c for c in shown.groups}
    assert cells["Ledere"].suppressed
    assert cells["Ledere"].n_text == "<5"
    assert cells["Ledere"].counts is None
    assert cells["Ledere"].percents is None
    # With Ledere hidden, all − Ansatte − Čájet would give Ledere's 3 answers: the smallest
    # other group goes too.
    assert cells["Čájet"].suppressed
    assert not cells["Ansatte"].suppressed
    assert cells["Ansatte"].counts == (0, 0, 3, 9)
    assert cells["Ansatte"].percents == pytest.approx((0, 0, 25, 75))
    assert shown.overall.n == 21
    assert not shown.overall.suppressed
    assert shown.share_agreeing == pytest.approx(18 / 21)
    assert summary.groups == [("Ansatte", "12"), ("Ledere", "<5"), ("Čájet", "<5")]


@pytest.mark.parametrize(("total", "groups", "hidden"), [
    (21, {"a": 12, "b": 3, "c": 6}, {"b", "c"}),
    (4, {"a": 4}, {"", "a"}),
    (20, {"a": 10, "b": 10}, set()),
    (20, {"a": 17}, {"a"}),  # 3 respondents without a group would be all − a
    (20, {"a": 15, "b": 5}, set()),
    (30, {"a": 3, "b": 3, "c": 24}, {"a", "b"}),  # hidden together: 6 answers, enough
    (30, {"a": 0, "b": 30}, {"a"}),  # hiding no answers reveals nothing
    (12, {"a": 3, "b": 4, "c": 5}, {"a", "b"}),
])
def test_suppression_rule(total, groups, hidden):
    assert surveys.suppressed_cells(total, groups) == hidden


def test_proposed_valence():
    assert surveys.proposed_valence([0, 1, 3, 6]) == "strength"
    assert surveys.proposed_valence([6, 2, 1, 1]) == "gap"
    assert surveys.proposed_valence([2, 3, 3, 2]) == "neutral"
    assert surveys.proposed_valence([0, 0, 10, 0, 0]) == "gap"  # the middle is not agreeing
    assert surveys.proposed_valence([0, 0, 1, 1]) == "neutral"  # too few answers


def test_assessor_sets_valence_and_free_text_is_tagged_like_notes(project, mapping, tmp_path):
    do_import(project, write_csv(tmp_path / "svar.csv", respondents()), mapping)
    db = projects.open_for_editing(project, backup=False)
    try:
        survey = surveys.list_surveys(db)[0].activity
        q1, _q2, free = surveys.list_questions(db, survey.id)
        surveys.set_question_valence(db, q1.question.id, "gap")
        ind = rubric.indicators_by_code(db)["3.1"]
        entry_id = free.answer_ids[0]
        tagged = excerpts.tag_excerpt(db, entry_id=entry_id, start=0, end=5,
                                      indicator_ids=[ind.id])
        assert [q.id for q in surveys.questions_for_indicator(
            db, rubric.indicators_by_code(db)["1.1"].id)] == [q1.question.id]
    finally:
        db.close()
    db = projects.open_project(project)
    try:
        assert surveys.list_questions(db, survey.id)[0].question.valence == "gap"
        found = excerpts.list_excerpts(db, indicator_id=ind.id)
        assert [x.excerpt.id for x in found] == [tagged.excerpt.id]
    finally:
        db.close()


def test_import_is_one_undoable_step(project, mapping, tmp_path):
    results = write_csv(tmp_path / "svar.csv", respondents())
    db = projects.open_for_editing(project, backup=False)
    try:
        groups_before = [g.name for g in people.list_groups(db)]
        journal(db).run("Import survey", surveys.import_survey, db, results, mapping,
                        scope="project")
        assert surveys.list_surveys(db)
        journal(db).undo("project")
        assert surveys.list_surveys(db) == []
        assert [g.name for g in people.list_groups(db)] == groups_before
        with db.engine.connect() as conn:
            for table in ("survey_question", "survey_question_indicator", "survey_answer",
                          "entry"):
                assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0
        journal(db).redo("project")
        assert surveys.list_surveys(db)[0].respondents == 21
    finally:
        db.close()


def test_title_option_and_no_group_column(project, tmp_path):
    mapping = tmp_path / "m.yaml"
    mapping.write_text(f"scale: [{', '.join(SCALE)}]\nquestions:\n  - {{column: \"{Q1}\"}}\n",
                       encoding="utf-8")
    done = do_import(project, write_csv(tmp_path / "svar.csv", respondents()), mapping,
                     title="Innbyggerundersøkelse")
    assert done.title == "Innbyggerundersøkelse"
    assert done.groups == []
    summary, questions, *_ = read_back(project)
    assert summary.groups == []
    assert questions[0].question.distribution == {
        "all": {"n": 21, "missing": 0, "counts": [3, 0, 9, 9]}, "groups": {}}


def test_personal_columns_not_mapped_are_pointed_out(project, mapping, tmp_path):
    done = do_import(project, write_csv(tmp_path / "svar.csv", respondents()), mapping)
    assert len(done.warnings) == 2
    assert "'Navn'" in done.warnings[0]
    assert "names" in done.warnings[0]
    assert "'E-post'" in done.warnings[1]
    assert "e-mail" in done.warnings[1]
    assert all(w.startswith("svar.csv: ") for w in done.warnings)
    assert not any("Tidspunkt" in w for w in done.warnings)


# Refusals: one line, naming the file and the column or row; the project unchanged.


def _refused(project, results, mapping):
    before = digest(project)
    with pytest.raises(SurveyImportError) as caught:
        do_import(project, results, mapping)
    assert digest(project) == before
    db = projects.open_project(project)
    try:
        assert surveys.list_surveys(db) == []
    finally:
        db.close()
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_unknown_column(project, mapping, tmp_path):
    mapping.write_text(MAPPING.replace(f'"{Q1}"', '"Jeg vet hvor strategien er"'),
                       encoding="utf-8")
    msg = _refused(project, write_csv(tmp_path / "svar.csv", respondents()), mapping)
    assert msg.startswith("kart.yaml: questions[0]: column 'Jeg vet hvor strategien er' is "
                          "not in svar.csv")


def test_unknown_indicator(project, mapping, tmp_path):
    mapping.write_text(MAPPING.replace('["2.1"]', '["2.1"]').replace('"2.1"', '"9.9"'),
                       encoding="utf-8")
    msg = _refused(project, write_csv(tmp_path / "svar.csv", respondents()), mapping)
    assert msg.startswith("kart.yaml: questions[1]")
    assert "indicator '9.9' does not exist" in msg


def test_value_outside_the_scale(project, mapping, tmp_path):
    rows = respondents()
    rows[6][4] = "Ganske enig"
    msg = _refused(project, write_xlsx(tmp_path / "svar.xlsx", rows), mapping)
    assert msg.startswith(f"svar.xlsx: row 8, column '{Q1[:39]}…': 'Ganske enig' is not on "
                          "the scale (Helt uenig, Litt uenig, Litt enig, Helt enig)")


def test_empty_file(project, mapping, tmp_path):
    empty = tmp_path / "svar.csv"
    empty.write_bytes(b"\xef\xbb\xbf\r\n")
    assert _refused(project, empty, mapping) == "svar.csv: the file is empty"
    only_header = write_csv(tmp_path / "tom.csv", [])
    assert _refused(project, only_header, mapping).startswith("tom.csv: no answers")


def test_not_a_table(project, mapping, tmp_path):
    png = tmp_path / "svar.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert _refused(project, png, mapping).startswith("svar.csv: not a table")
    fake = tmp_path / "svar.xlsx"
    fake.write_text("Rolle;Spørsmål\nLeder;Helt enig\n", encoding="utf-8")
    assert _refused(project, fake, mapping).startswith("svar.xlsx: not a table: not an Excel")
    ragged = tmp_path / "skjev.csv"
    write_csv(ragged, respondents())
    ragged.write_text(ragged.read_text(encoding="utf-8") + "a,b,c,d,e,f,g,h,i\r\n",
                      encoding="utf-8")
    assert _refused(project, ragged, mapping).startswith("skjev.csv: row 23 has 9 cells")


def test_bad_mapping(project, mapping, tmp_path):
    results = write_csv(tmp_path / "svar.csv", respondents())
    mapping.write_text(MAPPING.replace("scale:", "skala:"), encoding="utf-8")
    assert _refused(project, results, mapping).startswith("kart.yaml: skala: unknown key")
    mapping.write_text(MAPPING.replace("Litt enig,", "Helt enig,"), encoding="utf-8")
    assert "appears twice" in _refused(project, results, mapping)
    mapping.write_text("questions: [", encoding="utf-8")
    assert _refused(project, results, mapping).startswith("kart.yaml: invalid YAML at line")


def test_formula_cells_in_a_workbook_are_not_evaluated(project, mapping, tmp_path):
    rows = respondents()
    path = write_xlsx(tmp_path / "svar.xlsx", rows)
    book = openpyxl.load_workbook(path)
    book.active.cell(row=2, column=7).value = "=1+1"  # a real formula, never computed
    book.save(path)
    do_import(project, path, mapping)
    _summary, questions, *_rest, texts = read_back(project)
    assert "2" not in texts  # no cached value: the formula was not evaluated, nor kept
    assert '=HYPERLINK("http://x")' in texts  # text that looks like a formula stays text
    assert questions[2].question.distribution["all"]["n"] == 3


def test_no_answer_labels_and_numeric_scale(project, tmp_path):
    mapping = tmp_path / "m.yaml"
    mapping.write_text("scale: [1, 2, 3, 4, 5]\nno_answer: [Vet ikke]\n"
                       "questions:\n  - {column: Q, indicators: [1.1]}\n", encoding="utf-8")
    rows = [[str(1 + i % 5)] for i in range(10)] + [["Vet ikke"], [""]]
    book = openpyxl.Workbook()
    book.active.append(["Q"])
    for r in rows:
        book.active.append([int(r[0]) if r[0].isdigit() else (r[0] or None)])
    book.save(tmp_path / "tall.xlsx")
    do_import(project, tmp_path / "tall.xlsx", mapping)
    _summary, questions, *_ = read_back(project)
    assert questions[0].question.distribution["all"] == {"n": 10, "missing": 1,
                                                         "counts": [2, 2, 2, 2, 2]}
    assert questions[0].question.scale == ["1", "2", "3", "4", "5"]


# The CLI


def test_cli_import_and_list(project, mapping, tmp_path, capsys):
    results = write_csv(tmp_path / "svar.csv", respondents(), delimiter=";", bom=True)
    assert main(["survey", "import", str(project), str(results), "--mapping",
                 str(mapping)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("imported survey «Spørreundersøkelse ansatte 2026»: 21 respondents, "
                          "2 questions, 4 free-text answers")
    assert "column 'E-post' was not imported" in err
    assert main(["survey", "list", str(project)]) == 0
    out, _err = capsys.readouterr()
    assert out.strip() == ("Spørreundersøkelse ansatte 2026: 21 respondents, 2 questions, "
                           "4 free-text answers in 1 column; Ansatte n=12; Ledere n=<5; "
                           "Čájet n=<5")


def test_cli_refusal_is_one_line_and_changes_nothing(project, mapping, tmp_path, capsys):
    rows = respondents()
    rows[2][5] = "Uenig"
    results = write_csv(tmp_path / "svar.csv", rows)
    before = digest(project)
    assert main(["survey", "import", str(project), str(results), "--mapping",
                 str(mapping)]) == 1
    _out, err = capsys.readouterr()
    assert err.strip().splitlines() == [
        f"digifelt: error: svar.csv: row 4, column '{Q2}': 'Uenig' is not on the scale "
        "(Helt uenig, Litt uenig, Litt enig, Helt enig)"]
    assert digest(project) == before


def test_schema_fixture_holds_a_survey(tmp_path):
    import shutil
    from pathlib import Path

    path = tmp_path / "v0007.digifelt"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "schemas" / path.name, path)
    db = projects.open_project(path)
    try:
        [summary] = surveys.list_surveys(db)
        names = {g.id: g.name for g in people.list_groups(db)}
        scale, free = surveys.list_questions(db, summary.activity.id)
        shown = surveys.shown_distribution(scale.question, names)
    finally:
        db.close()
    assert (summary.respondents, summary.answers) == (7, 2)
    assert summary.groups == [("Ansatte", "<5"), ("Ledere", "<5")]
    assert shown.overall.counts == (1, 5)
    assert [c.n_text for c in shown.groups] == ["<5", "<5"]
    assert len(free.answer_ids) == 2


def test_windows_1252_csv_and_period(project, tmp_path):
    """Excel's "CSV (semicolon separated)" on a Norwegian Windows writes Windows-1252."""
    results = tmp_path / "eldre.csv"
    results.write_bytes("Rolle;Spørsmål om å dele\n".encode("cp1252")
                        + b"".join(f"Leder;{a}\n".encode("cp1252")
                                   for a in ["Enig", "Uenig", "Enig", "Enig", "Enig"]))
    mapping = tmp_path / "m.yaml"
    mapping.write_text("title: Ledere 2025\nstarted: 2025-11-03\nended: 2025-11-20\n"
                       "scale: [Uenig, Enig]\nquestions:\n  - {column: Spørsmål om å dele}\n",
                       encoding="utf-8")
    done = do_import(project, results, mapping)
    assert done.summary() == ("imported survey «Ledere 2025»: 5 respondents, 1 question, "
                              "0 free-text answers")
    summary, questions, *_ = read_back(project)
    assert questions[0].question.text == "Spørsmål om å dele"
    assert questions[0].question.distribution["all"]["counts"] == [1, 4]
    assert summary.activity.started_at.date().isoformat() == "2025-11-03"
    assert summary.activity.ended_at.date().isoformat() == "2025-11-20"


def test_spss_files_are_named_as_not_readable_here(project, mapping, tmp_path):
    sav = tmp_path / "svar.sav"
    sav.write_bytes(b"$FL2@(#) IBM SPSS STATISTICS")
    assert _refused(project, sav, mapping).startswith(
        "svar.sav: SPSS files cannot be read by this installation; save the results as CSV")
