"""File → Import survey… (Ctrl+Shift+U): the mapping dialog guesses what each column is,
points out names and e-mail addresses, is changed by keyboard, imports through the core, and
offers the same mapping again for the next file with the same columns."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from ui_helpers import activate, type_text

from digifelt.core.services import activities, people, surveys
from digifelt.core.services.survey_import import load_mapping
from digifelt.ui.dialogs import survey_import, survey_mapping
from digifelt.ui.dialogs.survey_indicators import IndicatorChooser
from digifelt.ui.dialogs.survey_mapping import FREE_TEXT, GROUP, QUESTION, SKIP

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
SCALE = ["Helt uenig", "Litt uenig", "Litt enig", "Helt enig"]
Q1 = "Jeg vet hvor jeg finner strategien"
Q2 = "Vi får opplæring i verktøy (ŧ, ž)"
FREE = "Andre kommentarer"
HEADERS = ["Tidspunkt", "Navn", "E-post", "Rolle", Q1, Q2, FREE]


def write_results(path, *, odd_answer: str | None = None):
    """Semicolons and a BOM, as Excel writes them: 9 Ansatte, 6 Ledere, 3 Folkevalgte."""
    lines = [";".join(HEADERS)]
    for i in range(18):
        role = "Ansatt" if i < 9 else ("Leder" if i < 15 else "Folkevalgt")
        q1 = SCALE[3] if i < 7 else SCALE[i % 4]
        q2 = "Vet ikke" if i == 4 else SCALE[i % 2]
        free = ("Bedre nett i Čáhcesuolu, takk; og mer tid" if i == 1 else
                "Ønsker kurs i Teams og SharePoint" if i == 10 else
                "Opplæringa må komme før verktøyet" if i == 16 else "")
        lines.append(";".join([f"2026-03-{i % 9 + 1:02d} 09:{i:02d}", f"Máret Ánde {i}",
                               f"person{i}@fjellvik.kommune.no", role, q1, q2,
                               f'"{free}"' if ";" in free else free]))
    if odd_answer:
        lines[3] = lines[3].replace(SCALE[3], odd_answer, 1)
    path.write_bytes("\ufeff".encode() + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def when_modal(qtbot, cls, handler):
    """Run `handler(dialog)` once a modal dialog of `cls` is on top. Not a single shot that
    waits: reading a file shows a progress dialog first, and the dialog wanted only opens once
    that one's loop has returned."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls) or seen:
            return
        timer.stop()
        seen.append(dialog)
        try:
            activate(qtbot, dialog)
            handler(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    timer = QTimer(QApplication.instance())
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    return seen


def open_mapping(qtbot, window, monkeypatch, results, handler):
    """Ctrl+Shift+U with `results` chosen in the file dialog; `handler(dialog)` inside."""
    monkeypatch.setattr(survey_mapping.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(results), "")))
    seen = when_modal(qtbot, survey_mapping.SurveyMappingDialog, handler)
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_U, CTRL_SHIFT)
    assert seen, "the mapping dialog did not open"
    return seen[0]


def choose_column(qtbot, dialog, header):
    dialog.columns.setFocus()
    qtbot.keyClick(dialog.columns, Qt.Key.Key_Home, CTRL)
    for _ in range(HEADERS.index(header)):
        qtbot.keyClick(dialog.columns, Qt.Key.Key_Down)
    assert dialog.current_header() == header


def test_guess_change_by_keyboard_import_and_remember(qtbot, window, monkeypatch, tmp_path):
    results = write_results(tmp_path / "svar ansatte.csv")
    saved = tmp_path / "kart.yaml"

    def map_and_import(dialog):
        assert dialog.roles == {"Tidspunkt": SKIP, "Navn": SKIP, "E-post": SKIP,
                                "Rolle": GROUP, Q1: QUESTION, Q2: QUESTION, FREE: FREE_TEXT}
        assert dialog.scale.text() == "; ".join(SCALE)
        assert dialog.no_answer.text() == "Vet ikke"
        assert dialog.title.text() == "svar ansatte"
        warnings = dialog.warnings.text()
        assert "«Navn» looks like names or contact details and is not imported" in warnings
        assert "«E-post» looks like e-mail addresses and is not imported" in warnings
        assert "Tidspunkt" not in warnings
        assert dialog.columns.item(HEADERS.index("Navn"), 1).text() == \
            "(not shown: personal data)"
        assert dialog.columns.item(HEADERS.index("E-post"), 1).text() == \
            "(not shown: personal data)"
        assert dialog.columns.item(HEADERS.index(Q2), 1).text() == \
            "Helt uenig · Litt uenig · Vet ikke"

        # The file's values are matched to the project's groups, one of them is taken out
        # by keyboard: the Folkevalgte of this file become a group of their own.
        assert dialog.group_names.text() == ("Ansatt = Ansatte; Leder = Ledere; "
                                             "Folkevalgt = Folkevalgte")
        qtbot.keyClick(dialog.columns, Qt.Key.Key_G, ALT)
        assert QApplication.focusWidget() is dialog.group_names
        qtbot.keyClick(dialog.group_names, Qt.Key.Key_End)
        for _ in range(len("; Folkevalgt = Folkevalgte")):
            qtbot.keyClick(dialog.group_names, Qt.Key.Key_Backspace)
        dialog.title.setFocus()
        dialog.title.selectAll()
        type_text(qtbot, dialog.title, "Spørreundersøkelse ansatte 2026")
        # Q1 informs 1.1: the codes typed in.
        choose_column(qtbot, dialog, Q1)
        qtbot.keyClick(dialog.columns, Qt.Key.Key_I, ALT)
        assert QApplication.focusWidget() is dialog.indicator_codes
        type_text(qtbot, dialog.indicator_codes, "1.1")
        qtbot.keyClick(dialog.indicator_codes, Qt.Key.Key_Tab)
        # Q2 informs 1.2 and 2.1: chosen in the searchable picker.
        choose_column(qtbot, dialog, Q2)

        def pick(chooser):
            type_text(qtbot, chooser.filter, "1.2")
            qtbot.keyClick(chooser.filter, Qt.Key.Key_Space, CTRL)
            chooser.filter.selectAll()
            type_text(qtbot, chooser.filter, "2.1")
            qtbot.keyClick(chooser.filter, Qt.Key.Key_Space, CTRL)
            qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)

        picked = when_modal(qtbot, IndicatorChooser, pick)
        qtbot.keyClick(dialog.columns, Qt.Key.Key_H, ALT)  # a button's Alt key clicks late
        qtbot.waitUntil(lambda: dialog.columns.item(HEADERS.index(Q2), 4).text() == "1.2, 2.1")
        assert picked
        activate(qtbot, dialog)
        # The time stamps are taken as free text, then not imported after all.
        choose_column(qtbot, dialog, "Tidspunkt")
        qtbot.keyClick(dialog.columns, Qt.Key.Key_U, ALT)
        assert QApplication.focusWidget() is dialog.role
        qtbot.keyClick(dialog.role, Qt.Key.Key_Up)
        assert dialog.roles["Tidspunkt"] == FREE_TEXT
        qtbot.keyClick(dialog.role, Qt.Key.Key_End)
        assert dialog.roles["Tidspunkt"] == SKIP

        assert dialog.save_mapping_file(saved)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Import

    open_mapping(qtbot, window, monkeypatch, results, map_and_import)
    [made] = activities.list_activities(window.ctx.db, kind="survey")
    assert made.activity.title == "Spørreundersøkelse ansatte 2026"
    assert made.activity.headcount == 18
    qtbot.waitUntil(lambda: window.capture.view is not None
                    and window.capture.view.activity_id == made.activity.id)
    assert type(window.capture.view).__name__ == "SurveyView"

    names = {g.id: g.name for g in people.list_groups(window.ctx.db)}
    questions = surveys.list_questions(window.ctx.db, made.activity.id)
    assert [q.question.text for q in questions] == [Q1, Q2, FREE]
    assert [window.ctx.codes(q.indicator_ids) for q in questions] == ["1.1", "1.2, 2.1", ""]
    q1, q2, free = (q.question for q in questions)
    assert q1.scale == SCALE
    assert q1.distribution["all"] == {"n": 18, "missing": 0, "counts": [3, 3, 2, 10]}
    by_name = {names[g]: c for g, c in q1.distribution["groups"].items()}
    assert by_name == {"Ansatte": {"n": 9, "missing": 0, "counts": [1, 0, 0, 8]},
                       "Ledere": {"n": 6, "missing": 0, "counts": [1, 2, 2, 1]},
                       "Folkevalgt": {"n": 3, "missing": 0, "counts": [1, 1, 0, 1]}}
    assert q2.distribution["all"] == {"n": 17, "missing": 1, "counts": [8, 9, 0, 0]}
    shown = surveys.shown_distribution(q1, names)
    assert [(c.label, c.n_text) for c in shown.groups] == [
        ("Ansatte", "9"), ("Folkevalgt", "<5"), ("Ledere", "<5")]
    assert free.distribution["all"] == {"n": 3, "missing": 15}
    assert sorted(r.editor.plain_text() for r in window.capture.view.rows) == sorted([
        "Bedre nett i Čáhcesuolu, takk; og mer tid", "Ønsker kurs i Teams og SharePoint",
        "Opplæringa må komme før verktøyet"])
    # Nothing of who answered is in the project.
    with open(window.ctx.path, "rb") as f:
        raw = f.read()
    assert b"fjellvik.kommune.no" not in raw
    assert "Máret Ánde".encode() not in raw

    # The saved mapping is the CLI's.
    mapping = load_mapping(saved)
    assert mapping.group_column == "Rolle"
    assert [(q.column, q.indicators) for q in mapping.questions] == [
        (Q1, ["1.1"]), (Q2, ["1.2", "2.1"])]
    assert mapping.no_answer == ["Vet ikke"]
    assert mapping.groups == {"Ansatt": "Ansatte", "Leder": "Ledere"}

    # The next file with the same columns gets the same mapping; an answer off the scale is
    # one line naming the file, row and column, and nothing is imported.
    again = write_results(tmp_path / "svar ansatte uke 2.csv", odd_answer="Kanskje")

    def remembered(dialog):
        assert "last used for a file with these columns" in dialog.notice.text()
        assert dialog.title.text() == "Spørreundersøkelse ansatte 2026"
        assert dialog.roles["Tidspunkt"] == SKIP
        assert dialog.group_names.text() == "Ansatt = Ansatte; Leder = Ledere"
        assert dialog.columns.item(HEADERS.index(Q2), 4).text() == "1.2, 2.1"
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.error.text() != "")
        assert dialog.error.text() == (
            f"svar ansatte uke 2.csv: row 4, column '{Q1}': 'Kanskje' is not on the scale "
            f"({', '.join(SCALE)})")
        assert dialog.isVisible()
        qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)

    open_mapping(qtbot, window, monkeypatch, again, remembered)
    assert len(activities.list_activities(window.ctx.db, kind="survey")) == 1


def test_the_capture_survey_button_and_a_file_that_is_no_table(qtbot, window, monkeypatch,
                                                             tmp_path):
    bad = tmp_path / "svar.csv"
    bad.write_bytes(b"\x00\x01binary")
    monkeypatch.setattr(survey_mapping.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    shown = []
    monkeypatch.setattr(survey_import, "show_error",
                        lambda parent, message, headline=None: shown.append((headline, message)))
    window.rail.setCurrentRow(window.page_index("capture"))
    from PySide6.QtWidgets import QPushButton

    window.capture.findChild(QPushButton, "import_survey").click()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("The survey was not imported.",
                      "svar.csv: not a table: the file holds binary data (give a .csv or .xlsx)")]
    assert activities.list_activities(window.ctx.db, kind="survey") == []



def test_the_guessed_mapping_imports_with_enter_and_ctrl_z_on_plan_takes_it_back(
        qtbot, window, monkeypatch, tmp_path):
    groups_before = {g.name for g in people.list_groups(window.ctx.db)}
    results = write_results(tmp_path / "folkevalgte.csv")

    def accept_guess(dialog):
        assert dialog.notice.text().startswith("Guessed from the values in the file")
        qtbot.keyClick(dialog.columns, Qt.Key.Key_Return)

    open_mapping(qtbot, window, monkeypatch, results, accept_guess)
    [made] = activities.list_activities(window.ctx.db, kind="survey")
    assert made.activity.title == "folkevalgte"
    assert [q.question.text for q in surveys.list_questions(window.ctx.db,
                                                            made.activity.id)] == [Q1, Q2, FREE]
    # Leder, Ansatt and Folkevalgt in the file are the project's Ledere, Ansatte, Folkevalgte.
    assert {g.name for g in people.list_groups(window.ctx.db)} == groups_before
    qtbot.waitUntil(lambda: window.capture.view is not None)
    assert "Ctrl+Z on the Plan page" in window.statusBar().currentMessage()

    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_3, CTRL)  # Plan
    assert window.current_page() == window.page_index("plan")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: activities.list_activities(window.ctx.db, kind="survey") == [])
    assert {g.name for g in people.list_groups(window.ctx.db)} == groups_before
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, CTRL)  # Capture
    qtbot.waitUntil(lambda: window.capture.view is None)  # the survey's view closed with it
