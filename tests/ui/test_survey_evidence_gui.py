"""Surveys and the workshop in the demo, as the app shows them: the Overview counts them, the
Evidence page lists a survey question under its indicator with how many agree and "<5" for a
hidden cell, Enter opens the survey, and Ctrl+K finds a question."""

from PySide6.QtCore import Qt
from test_evidence_matrix import open_evidence
from test_search_global import choose, open_search

from digifelt.core.services import rubric, surveys
from digifelt.core.services.dashboard import dashboard
from digifelt.core.services.matrix import cell_evidence
from digifelt.ui import i18n
from digifelt.ui.models.evidence_items import EvidenceItemsModel
from digifelt.ui.models.roles import Role

pytest_plugins = ["demo_project"]  # small_demo_file, demo_path, demo_window

COUNCIL = "Spørreundersøkelse folkevalgte 2026"
PORTAL = "Møteportalen og nettbrettet fungerer godt i mitt arbeid som folkevalgt"
INVOLVED = "Ledelsen involverer oss når nye digitale løsninger skal innføres"


def shown(bar) -> str:
    return bar.text() if bar.text() else bar.format()


def test_the_overview_counts_surveys_and_the_workshop(qtbot, demo_window):
    board = demo_window.overview.dashboard
    qtbot.waitUntil(lambda: not board.busy and board.figures is not None, timeout=5000)
    assert shown(board.bars["kind_survey"]) == "2 of 2"
    assert board.notes["kind_survey"].text() == "106 respondents"  # 77 staff, 29 councillors
    assert shown(board.bars["kind_workshop"]) == "1 of 1"
    assert board.notes["kind_workshop"].text().endswith("· 27 taking part")
    assert shown(board.bars["kind_interview"]) == "8 of 8"
    d = dashboard(demo_window.ctx.db)
    assert shown(board.bars["triangulated"]) == f"{d.triangulated} of {d.indicators}"


def list_rows(view) -> list:
    return [view.proxy.index(r, 0).data(Role.ROW) for r in range(view.proxy.rowCount())]


def show_cell(qtbot, page, code: str, key: str | None):
    view = page.indicator_view
    with qtbot.waitSignal(view.loaded, timeout=5000):
        page.select_cell(code, key)
    return view


def test_a_question_is_listed_under_its_indicator_and_enter_opens_the_survey(
        qtbot, go_to, demo_window):
    window = demo_window
    page = open_evidence(qtbot, go_to, window)
    view = show_cell(qtbot, page, "1.5", "survey")
    questions = [i for i in list_rows(view) if i.is_question]
    assert [q.text for q in questions] == [PORTAL]
    [question] = questions
    row = view.model.row_of(question.excerpt_id)
    words = view.model.index(row, EvidenceItemsModel.COL_TEXT).data()
    assert words == f"{PORTAL} — 90% agree (n = 29)"  # 10 + 16 of 29 in the top half
    assert view.model.index(row, EvidenceItemsModel.COL_SOURCE).data() == f"Survey: {COUNCIL}"
    assert view.model.index(row, EvidenceItemsModel.COL_GROUPS).data() == "Folkevalgte"
    assert "survey question" in view.count.text()

    index = view.proxy.mapFromSource(view.model.index(row, 0))
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    context = view.context.toPlainText()
    assert "– survey, folkevalgte (n = 29)" in context
    assert PORTAL in context
    survey_id = question.activity_id
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.capture.view is not None
                    and window.capture.view.activity_id == survey_id)


def test_a_hidden_cell_shows_as_under_five_and_counts_for_no_group(qtbot, go_to, demo_window):
    window = demo_window
    page = open_evidence(qtbot, go_to, window)
    page.set_grouping("group")
    view = show_cell(qtbot, page, "3.3", "survey")  # no group may be shown: the survey column
    # By group, the survey column lists the survey's evidence: this question, which no group
    # may show, and the free-text answer tagged to it.
    assert {i.activity_kind for i in list_rows(view)} == {"survey"}
    [question] = [i for i in list_rows(view) if i.is_question]
    assert question.text == INVOLVED
    assert question.group_names == ()
    view.table.setCurrentIndex(view.proxy.mapFromSource(
        view.model.index(view.model.row_of(question.excerpt_id), 0)))
    context = view.context.toPlainText()
    assert "<5" in context
    assert "– survey (n = 67)" in context  # the overall result may be shown
    assert "– survey, ledere" not in context
    assert "fewer than five answers" in context
    ledere = next(k for k, label in page.model.matrix().columns if label == "Ledere")
    ind = rubric.indicators_by_code(window.ctx.db)["3.3"].id
    row = next(r for r in page.model.matrix().rows if r.indicator_id == ind)
    # Ledere's cell holds their interviews' excerpts only; the question and a tagged
    # free-text answer are the survey's.
    assert row.cells[ledere].total == len(cell_evidence(window.ctx.db, ind, ledere, by="group"))
    assert row.cells["survey"].total == 2


def test_the_list_speaks_norwegian(qtbot, go_to, demo_window):
    page = open_evidence(qtbot, go_to, demo_window)
    i18n.install_language("nb")
    try:
        view = show_cell(qtbot, page, "1.5", "survey")
        [question] = [i for i in list_rows(view) if i.is_question]
        row = view.model.row_of(question.excerpt_id)
        assert view.model.index(row, EvidenceItemsModel.COL_TEXT).data() == (
            f"{PORTAL} — 90 % enig (n = 29)")
        view.table.setCurrentIndex(view.proxy.mapFromSource(view.model.index(row, 0)))
        assert "– spørreundersøkelse, folkevalgte (n = 29)" in view.context.toPlainText()
        assert "spørsmål fra spørreundersøkelser" in view.count.text()
    finally:
        i18n.install_language("en")


def test_valence_set_on_a_question_recounts_the_matrix(qtbot, go_to, demo_window):
    window = demo_window
    page = open_evidence(qtbot, go_to, window)
    db = window.ctx.db
    ind = rubric.indicators_by_code(db)["1.5"].id
    row = next(r for r in page.model.matrix().rows if r.indicator_id == ind)
    assert row.cells["survey"].strengths == 1
    question = next(q for q in surveys.questions_for_indicator(db, ind) if q.text == PORTAL)
    with qtbot.waitSignal(page.matrix_ready, timeout=10_000):
        window.ctx.run("Valence", surveys.set_question_valence, question.id, "gap",
                       scope="project")
    row = next(r for r in page.model.matrix().rows if r.indicator_id == ind)
    assert (row.cells["survey"].strengths, row.cells["survey"].gaps) == (0, 1)


def test_ctrl_k_finds_a_survey_question_and_enter_opens_the_survey(qtbot, demo_window):
    window = demo_window
    dialog = open_search(qtbot, window, "møteportalen nettbrett")
    hit = choose(qtbot, dialog, "survey_question")
    assert hit.activity_title == COUNCIL
    current = dialog.results.currentIndex()
    assert current.data().startswith("Survey question: ")
    assert "<b>Møteportalen</b>" in current.data(Role.SNIPPET_HTML)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.capture.view is not None
                    and window.capture.view.activity_id == hit.activity_id)


def test_an_indicator_heard_only_through_a_survey_says_so(qapp):
    from digifelt.core.services.matrix import Cell, MatrixRow
    from digifelt.ui.models.matrix import triangulation_reason

    row = MatrixRow("i", "2.1", "Strategi og veikart", "a", "2", "Ledelse",
                    cells={"survey": Cell(1, 1, 0)}, total=Cell(1, 1, 0), kinds=1, groups=2,
                    heard=("g1", "g2"))
    assert triangulation_reason(row, {}) == (
        "Not triangulated: only surveys. Look for another kind of source or another group.")
    i18n.install_language("nb")
    try:
        assert "bare spørreundersøkelser" in triangulation_reason(row, {})
    finally:
        i18n.install_language("en")
