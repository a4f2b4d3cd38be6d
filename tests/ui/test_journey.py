"""End to end, keyboard first: new project → interview, tag, star → observation → document review
→ close → reopen: everything is in the file."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import activate, drop_file, on_modal, open_db, type_text

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]"
       b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

ANSWERS = (
    "Vi har mål for digitalisering i kommuneplanen.",
    "Saksframleggene sier lite om gevinster.",
    "Vi følger ikke opp målene i årsrapporten.\nDet er ingen som eier oppfølgingen.",
)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TAGGED = "Det er ingen som eier oppfølgingen."


def focus(qtbot):
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focus(qtbot), k, mods)


def test_keyboard_journey_survives_close_and_reopen(qtbot, controller, tmp_path):
    path = tmp_path / "journey.digifelt"
    pdf = tmp_path / "Handlingsprogram 2026.pdf"
    pdf.write_bytes(PDF)
    welcome = controller.show_welcome()
    activate(qtbot, welcome)

    # 1. New assessment from the built-in template, typed into the dialog.
    def fill_new_project(dialog):
        dialog.findChild(QLineEdit, "newOrganisation").setFocus()
        type_text(qtbot, dialog.findChild(QLineEdit, "newOrganisation"), "Fjellvik kommune")
        path_field = dialog.findChild(QLineEdit, "newPath")
        path_field.clear()
        type_text(qtbot, path_field, str(path))
        qtbot.keyClick(path_field, Qt.Key.Key_Return)

    on_modal(qtbot, fill_new_project)
    qtbot.keyClick(welcome, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.window is not None)
    window = controller.window
    activate(qtbot, window)
    assert "Fjellvik kommune" in window.windowTitle()

    # 2. Ctrl+N: a new interview with the default guide; Enter accepts the dialog.
    on_modal(qtbot, lambda d: qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Return))
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.capture.view is not None)
    activate(qtbot, window)  # offscreen Qt does not give the window back after a dialog
    interview = window.capture.view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is interview.current_editor())

    # 3. Answers to three questions, moving on with Alt+Down.
    for n, answer in enumerate(ANSWERS):
        if n:
            key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        lines = answer.split("\n")
        for i, line in enumerate(lines):
            if i:
                key(qtbot, Qt.Key.Key_Return)
            type_text(qtbot, focus(qtbot), line)
    assert interview.current_row() == 2

    # 4. Select the last sentence with the keyboard and tag it: Ctrl+T, type "1.1", Alt+G, Enter.
    key(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)

    def tag(dialog):
        type_text(qtbot, dialog.filter, "1.1")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    on_modal(qtbot, tag)
    key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(interview.excerpt_views) == 1)
    activate(qtbot, window)
    key(qtbot, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)  # star it
    qtbot.waitUntil(lambda: interview.excerpt_views[0].excerpt.starred)

    # 5. Ctrl+Shift+O: an observation with three time-stamped notes (Enter between them).
    on_modal(qtbot, lambda d: qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Return))
    key(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.capture.view not in (None, interview))
    observation = window.capture.view
    activate(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is observation.rows[-1].editor)
    for n, note in enumerate(("Sakspapirene lå ute en uke før.", "Strømmingen falt ut i ti "
                              "minutter.", "Ingen spurte om gevinster.")):
        if n:
            key(qtbot, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda n=n: len(observation.rows) == n + 1)
        type_text(qtbot, focus(qtbot), note)

    # 6. Ctrl+Shift+D: a document review; drop the PDF on it, then a page excerpt.
    on_modal(qtbot, lambda d: qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Return))
    key(qtbot, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.capture.view not in (None, observation))
    review = window.capture.view
    activate(qtbot, window)
    drop_file(review.file_box, pdf)
    assert "Handlingsprogram 2026.pdf" in review.file_label.text()

    key(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    assert QApplication.focusWidget() is review.page.lineEdit() or focus(qtbot) is review.page
    type_text(qtbot, focus(qtbot), "12")
    key(qtbot, Qt.Key.Key_Tab)
    assert focus(qtbot) is review.excerpt_text
    type_text(qtbot, review.excerpt_text, "Digitalisering skal gi bedre tjenester.")

    def tag_page(dialog):
        type_text(qtbot, dialog.filter, "2.1")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    on_modal(qtbot, tag_page)
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(review.excerpt_views) == 1)

    # 7. Close the window (nothing flushed by hand), then read the file back.
    window.close()
    qtbot.waitUntil(lambda: controller.ctx is None)
    db = open_db(path)
    try:
        check_file(db)
    finally:
        db.close()

    # 8. And the app shows it again.
    window = controller.open_project(path)
    activate(qtbot, window)
    assert window.capture.model.rowCount() == 3


def check_file(db):
    from digifelt.core.services import activities, attachments, entries, excerpts, guides, rubric

    by_kind = {v.activity.kind: v.activity for v in activities.list_activities(db)}
    assert set(by_kind) == {"interview", "observation", "document_review"}
    codes = {i.id: i.code for i in rubric.indicators_by_code(db).values()}

    interview = by_kind["interview"]
    questions = [q.question.id for q in guides.get_guide(db, interview.guide_id).questions]
    notes = entries.list_entries(db, interview.id)
    assert [(e.question_id, e.text) for e in notes] == list(zip(questions[:3], ANSWERS,
                                                                strict=True))
    assert interview.status == "in_progress"
    assert interview.started_at is not None
    [tag] = excerpts.list_excerpts(db, activity_id=interview.id)
    assert tag.excerpt.text == TAGGED
    assert notes[2].text[tag.excerpt.start:tag.excerpt.end] == TAGGED
    assert [codes[i] for i in tag.indicator_ids] == ["1.1"]
    assert (tag.excerpt.kind, tag.excerpt.valence, tag.excerpt.starred) == ("quote", "gap", True)

    log = entries.list_entries(db, by_kind["observation"].id)
    assert [e.text for e in log] == ["Sakspapirene lå ute en uke før.",
                                     "Strømmingen falt ut i ti minutter.",
                                     "Ingen spurte om gevinster."]
    offsets = [e.offset_s for e in log]
    assert all(o is not None for o in offsets)
    assert offsets == sorted(offsets)

    review = by_kind["document_review"]
    assert review.doc_title == "Handlingsprogram 2026"
    document = next(a for a in attachments.list_attachments(db, review.id)
                    if a.id == review.doc_attachment_id)
    assert document.filename == "Handlingsprogram 2026.pdf"
    assert attachments.attachment_data(db, document.id) == PDF
    [page_excerpt] = excerpts.list_excerpts(db, activity_id=review.id)
    assert page_excerpt.excerpt.page == 12
    assert page_excerpt.excerpt.text == "Digitalisering skal gi bedre tjenester."
    assert page_excerpt.excerpt.attachment_id == document.id
    assert [codes[i] for i in page_excerpt.indicator_ids] == ["2.1"]
