"""Search on the small demo: Ctrl+K searches everything as you type, results grouped by
activity with the words in bold, Enter jumps to the place (notes with the word selected,
an excerpt's span, a finding, an activity); Ctrl+F finds in the open notes; Ctrl+J still
switches activity."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate, type_text

from digifelt.core.services import findings, search
from digifelt.core.services.search import find_span
from digifelt.ui.models.roles import Role
from digifelt.ui.models.search_results import SearchResultsModel

pytest_plugins = ["demo_project"]  # small_demo_file, demo_path, demo_window

CTRL = Qt.KeyboardModifier.ControlModifier


def open_search(qtbot, window, query: str):
    activate(qtbot, window)  # offscreen Qt does not give the window back after a dialog
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    dialog = window.search_dialog
    assert dialog is not None
    assert dialog.isVisible()
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field)
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        type_text(qtbot, dialog.field, query)
    assert not dialog.busy
    return dialog


def choose(qtbot, dialog, kind: str):
    """Make the first hit of `kind` current in the results; returns it."""
    model = dialog.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for h in range(model.rowCount(group)):
            hit = model.hit_at(model.index(h, 0, group))
            if hit.kind == kind:
                dialog.results.setCurrentIndex(model.index(h, 0, group))
                return hit
    raise AssertionError(f"no {kind} hit")


def test_results_model_passes_the_model_tester(qtmodeltester, small_demo_file):
    from ui_helpers import open_db

    db = open_db(small_demo_file)
    try:
        hits = search.search(db, "gevinst", 200)
        views = findings.list_findings(db)
    finally:
        db.close()
    model = SearchResultsModel()
    model.set_hits(hits, {v.finding.id: (v.finding.indicator_id, "x") for v in views})
    qtmodeltester.check(model)
    assert model.hit_count() == len(hits)
    titles = [model.index(g, 0).data() for g in range(model.rowCount())]
    assert any(t.startswith("Findings") for t in titles)
    html = model.index(0, 0, model.index(0, 0)).data(Role.SNIPPET_HTML)
    assert "<b>" in html
    assert "\x02" not in html


def test_ctrl_k_finds_as_you_type_and_enter_selects_the_word_in_the_notes(qtbot, demo_window):
    dialog = open_search(qtbot, demo_window, "opplæring")
    expected = search.search(demo_window.ctx.db, "opplæring", 200)
    assert dialog.model.hit_count() == len(expected)
    assert dialog.model.group_count() == len({h.activity_id for h in expected})
    assert "results in" in dialog.status.text()
    first = dialog.model.first_hit()
    assert dialog.results.currentIndex() == first
    hit = choose(qtbot, dialog, "entry")
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: demo_window.capture.view is not None
                    and demo_window.capture.view.activity_id == hit.activity_id)
    editor = demo_window.capture.view.editor_for_entry(hit.ref_id)
    start, end = find_span(editor.plain_text(), "opplæring")
    assert editor.selection_span() == (start, end)
    assert editor.plain_text()[start:end].casefold().startswith("opplæring")


def test_enter_on_an_excerpt_a_finding_and_an_activity(qtbot, demo_window):
    window = demo_window
    db = window.ctx.db
    dialog = open_search(qtbot, window, "arkivplan")
    hit = choose(qtbot, dialog, "excerpt")
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.capture.view is not None
                    and window.capture.view.activity_id == hit.activity_id)
    assert window.capture.view.excerpt_panel.current_id() == hit.ref_id

    dialog = open_search(qtbot, window, "arkivplan")  # the last query is kept and selected
    hit = choose(qtbot, dialog, "finding")
    indicator_id = next(v.finding.indicator_id for v in findings.list_findings(db)
                        if v.finding.id == hit.ref_id)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.current_page() == 5
    assert window.findings.editor.indicator.id == indicator_id

    dialog = open_search(qtbot, window, "kommunestyret")
    hit = choose(qtbot, dialog, "activity")
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.capture.view is not None
                    and window.capture.view.activity_id == hit.activity_id)


def test_enter_in_the_field_jumps_to_the_best_hit_and_down_goes_to_the_list(qtbot,
                                                                           demo_window):
    dialog = open_search(qtbot, demo_window, "strømming")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.results
    dialog.field.setFocus()
    best = dialog.model.hit_at(dialog.model.first_hit())
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo_window.capture.view is not None
                    and demo_window.capture.view.activity_id == best.activity_id)


def test_nothing_found_and_empty_query(qtbot, demo_window):
    dialog = open_search(qtbot, demo_window, "zzqxj")
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "Nothing found."
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        dialog.field.clear()
    assert dialog.model.rowCount() == 0
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_ctrl_f_finds_in_the_notes_of_the_open_activity(qtbot, demo_window):
    window = demo_window
    db = window.ctx.db
    activity_id = next(h.activity_id for h in search.search(db, "gevinst", 200)
                       if h.kind == "entry")
    view = window.open_activity(activity_id)
    editors = [e for e in view.editors() if "gevinst" in e.plain_text().casefold()]
    total = sum(e.plain_text().casefold().count("gevinst") for e in view.editors())
    assert editors
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.is_open()
    assert QApplication.focusWidget() is bar.field
    type_text(qtbot, bar.field, "gevinst")
    found = view.current_editor()
    assert found.textCursor().selectedText().casefold() == "gevinst"
    assert bar.count.text().endswith(f"of {total}")

    def where():
        editor = view.current_editor()
        assert editor.textCursor().selectedText().casefold() == "gevinst"
        return id(editor), editor.textCursor().selectionStart()

    first = where()
    seen = {first}
    for _ in range(total - 1):  # F3 visits every match once, across the question pages
        qtbot.keyClick(window, Qt.Key.Key_F3)
        seen.add(where())
    assert len(seen) == total
    qtbot.keyClick(window, Qt.Key.Key_F3)  # and wraps around to the first
    assert where() == first
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_editor().textCursor().selectedText().casefold() == "gevinst"
    bar.field.setFocus()
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.is_open()
    assert QApplication.focusWidget() is view.current_editor()


def test_ctrl_f_elsewhere_and_ctrl_j_switches_activity(qtbot, demo_window):
    window = demo_window
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)  # the overview has no notes to find in
    assert not window.find_bar.is_open()
    assert "Ctrl+K" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_J, CTRL)
    assert window.current_page() == 3
    assert window.capture.switcher.view().isVisible()  # the switcher's list is open
    window.capture.switcher.hidePopup()


def test_ctrl_f_finds_in_the_finding_being_written(qtbot, go_to, demo_window):
    from digifelt.core.services import rubric

    window = demo_window
    indicator = rubric.indicators_by_code(window.ctx.db)["1.1"]
    go_to(window, "findings")
    window.findings.show_indicator(indicator.id)
    editors = window.findings.editor.editors
    others = (editors["strengths"].toPlainText() + editors["improvements"].toPlainText()).lower()
    word = next(w.strip(".,?") for w in editors["actions"].toPlainText().split()
                if len(w) > 5 and w.strip(".,?").lower() not in others)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    type_text(qtbot, window.find_bar.field, word)
    found = window.findings.current_editor()
    assert found is editors["actions"]
    assert found.textCursor().selectedText() == word
