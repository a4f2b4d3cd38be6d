"""Interview extras, observation log and look-fors, document review metadata and excerpts."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import on_modal, type_text

from digifelt.core.services import activities, attachments, entries, excerpts, guides

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


# Interview


def test_questions_show_their_indicators_and_keys_move_between_them(qtbot, open_activity):
    view = open_activity()
    first = view.guide.questions[0]
    page = view.current_page()
    assert page.question.text() == first.question.text
    for ind_id in first.indicator_ids:
        assert view.ctx.indicator(ind_id).code in page.indicators.text()
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_Up, ALT)
    assert view.current_row() == 1
    assert focused() is view.current_editor()
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL_SHIFT)
    assert view.outline.row_at(view.current_row()).question_id is None
    type_text(qtbot, focused(), "Fritt notat.")
    assert view.current_editor().flush()
    [entry] = entries.list_entries(view.ctx.db, view.activity_id)
    assert (entry.question_id, entry.text) == (None, "Fritt notat.")


def test_picker_offers_the_current_questions_indicators_first(qtbot, open_activity):
    view = open_activity()
    qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)
    wanted = view.guide.questions[1].indicator_ids
    type_text(qtbot, focused(), "Svar.")
    view.current_editor().selectAll()
    seen = []

    def handler(picker):
        seen.extend(picker.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
                    for r in range(len(wanted)))
        picker.reject()

    on_modal(qtbot, handler)
    qtbot.keyClick(focused(), Qt.Key.Key_T, CTRL)
    assert seen == wanted


def test_ad_hoc_question_is_added_with_its_indicators(qtbot, open_activity):
    view = open_activity()
    count = len(view.guide.questions)

    def handler(dialog):
        type_text(qtbot, dialog.text, "Hvordan brukes KI i saksbehandlingen?")
        dialog.codes.setFocus()
        type_text(qtbot, dialog.codes, "3.4, 6.1")
        qtbot.keyClick(dialog.codes, Qt.Key.Key_Return)

    on_modal(qtbot, handler)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL_SHIFT)
    questions = guides.get_guide(view.ctx.db, view.activity.guide_id,
                                 activity_id=view.activity_id).questions
    assert len(questions) == count + 1
    assert questions[-1].question.text == "Hvordan brukes KI i saksbehandlingen?"
    assert [view.ctx.indicator(i).code for i in questions[-1].indicator_ids] == ["3.4", "6.1"]
    assert view.current_page().question.text() == "Hvordan brukes KI i saksbehandlingen?"


def test_interview_without_guide_gets_one_for_ad_hoc_questions(qtbot, window):
    activity = activities.add_activity(window.ctx.db, kind="interview", title="Uten guide")
    view = window.open_activity(activity.id)
    assert view.outline.rowCount() == 1  # free notes only

    def handler(dialog):
        type_text(qtbot, dialog.text, "Hva fungerer?")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    on_modal(qtbot, handler)
    view.cmd_adhoc_question()
    stored = activities.get_activity(window.ctx.db, activity.id).activity
    assert stored.guide_id is not None
    assert view.outline.rowCount() == 2


def test_clock_starts_with_the_first_note_and_stops_when_done(qtbot, open_activity):
    view = open_activity()
    assert view.activity.status == "planned"
    assert "starts when you type" in view.clock.text()
    type_text(qtbot, focused(), "x")
    assert view.activity.status == "in_progress"
    assert view.clock.text().startswith("Time 00:0")
    qtbot.keyClick(focused(), Qt.Key.Key_E, CTRL_SHIFT)
    stored = activities.get_activity(view.ctx.db, view.activity_id).activity
    assert stored.status == "done"
    assert stored.ended_at >= stored.started_at
    assert entries.list_entries(view.ctx.db, view.activity_id)[0].text == "x"


# Observation


def test_enter_starts_time_stamped_notes_and_shift_enter_a_new_line(qtbot, open_activity):
    view = open_activity("observation", "Kommunestyret")
    type_text(qtbot, focused(), "Første linje")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, focused(), "andre linje")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # an empty note is not duplicated
    assert len(view.rows) == 2
    type_text(qtbot, focused(), "Neste notat")
    assert view.rows[0].stamp.text().endswith("+00:00")
    assert focused() is view.rows[1].editor
    qtbot.keyClick(focused(), Qt.Key.Key_Up, ALT)
    assert focused() is view.rows[0].editor
    view.flush()
    log = entries.list_entries(view.ctx.db, view.activity_id)
    assert [e.text for e in log] == ["Første linje\nandre linje", "Neste notat"]
    assert all(e.offset_s is not None for e in log)


def test_ticking_a_look_for_links_a_note_and_unticking_removes_an_empty_one(qtbot,
                                                                           open_activity):
    view = open_activity("observation", "Kommunestyret")
    type_text(qtbot, focused(), "Åpningen.")
    qtbot.keyClick(focused(), Qt.Key.Key_L, CTRL)
    assert view.lookfor_view.hasFocus()
    qtbot.keyClick(view.lookfor_view, Qt.Key.Key_Down)
    qtbot.keyClick(view.lookfor_view, Qt.Key.Key_Space)
    second = view.form.questions[1]
    assert focused() is view.rows[-1].editor
    assert view.rows[-1].editor.question_id == second.question.id
    assert view.rows[-1].link.text() == "O2"
    type_text(qtbot, focused(), "Lyden falt ut to ganger.")
    codes = [view.ctx.indicator(i).code for i in view.preferred_indicators(focused())]
    assert codes == [view.ctx.indicator(i).code for i in second.indicator_ids]
    view.flush()
    linked = [e for e in entries.list_entries(view.ctx.db, view.activity_id) if e.question_id]
    assert [(e.question_id, e.text) for e in linked] == [(second.question.id,
                                                          "Lyden falt ut to ganger.")]

    view.lookfors.setData(view.lookfors.index(2), Qt.CheckState.Checked,
                          Qt.ItemDataRole.CheckStateRole)
    assert len(view.rows) == 3
    view.lookfors.setData(view.lookfors.index(2), Qt.CheckState.Unchecked,
                          Qt.ItemDataRole.CheckStateRole)
    assert len(view.rows) == 2  # the empty linked note is gone
    view.lookfors.setData(view.lookfors.index(1), Qt.CheckState.Unchecked,
                          Qt.ItemDataRole.CheckStateRole)
    texts = [(e.question_id, e.text) for e in entries.list_entries(view.ctx.db,
                                                                   view.activity_id)]
    assert texts == [(None, "Åpningen."), (None, "Lyden falt ut to ganger.")]


# Document review


def test_document_metadata_is_saved(qtbot, open_activity):
    view = open_activity("document_review", "Kommuneplanen")
    view.doc_title.setFocus()
    type_text(qtbot, view.doc_title, "Kommuneplanens samfunnsdel")
    view.doc_type.setCurrentText("Plan")
    view.doc_date.setDate(QDate(2024, 6, 20))
    view.doc_owner.setFocus()
    type_text(qtbot, view.doc_owner, "Kommunestyret")
    type_text(qtbot, view.doc_reference, "sak 24/118")
    assert view.flush()
    a = activities.get_activity(view.ctx.db, view.activity_id).activity
    assert (a.doc_title, a.doc_type, a.doc_date, a.doc_owner, a.doc_reference) == (
        "Kommuneplanens samfunnsdel", "Plan", date(2024, 6, 20), "Kommunestyret",
        "sak 24/118")


def test_attached_document_can_be_opened_as_a_temporary_copy(qtbot, open_activity, tmp_path):
    from digifelt.ui.capture.attachments import temp_copy

    view = open_activity("document_review", "Årsrapport")
    source = tmp_path / "årsrapport.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    view.attach_document(source)
    doc = view._document()
    assert doc.filename == "årsrapport.pdf"
    copy = temp_copy(view.ctx, doc)
    assert copy.read_bytes() == b"%PDF-1.4 test"
    assert copy.name == "årsrapport.pdf"
    assert view.doc_title.text() == "årsrapport"


def test_page_excerpt_needs_text_and_records_the_page(qtbot, open_activity):
    view = open_activity("document_review", "Årsrapport")
    shown = []
    on_modal(qtbot, lambda box: (shown.append(box.text()), box.accept()))
    view.add_page_excerpt()
    assert shown
    view.page.setValue(3)
    type_text(qtbot, view.excerpt_text, "Gevinster er ikke målt.")
    on_modal(qtbot, lambda d: (type_text(qtbot, d.filter, "7.2"),
                               qtbot.keyClick(d.filter, Qt.Key.Key_S, ALT),
                               qtbot.keyClick(d.filter, Qt.Key.Key_Return)))
    qtbot.keyClick(view.excerpt_text, Qt.Key.Key_Return, CTRL)
    [x] = excerpts.list_excerpts(view.ctx.db, activity_id=view.activity_id)
    assert (x.excerpt.page, x.excerpt.text, x.excerpt.valence) == (
        3, "Gevinster er ikke målt.", "strength")
    assert view.excerpt_text.toPlainText() == ""
    assert view.excerpt_panel.model.index(0, 5).data() == "p. 3"
    view.undo_stack.undo()
    assert excerpts.list_excerpts(view.ctx.db, activity_id=view.activity_id) == []


# Attachments


def test_photos_dropped_on_the_panel_get_a_caption_and_a_preview(qtbot, open_activity,
                                                                 tmp_path):
    from PySide6.QtGui import QImage
    from ui_helpers import drop_file

    view = open_activity("observation", "Servicetorget")
    photo = tmp_path / "tavle.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    image.save(str(photo))
    drop_file(view.attachments.table.viewport(), photo)
    model = view.attachments.model
    assert model.rowCount() == 1
    assert not view.attachments.preview.pixmap().isNull()
    assert model.setData(model.index(0, model.COL_CAPTION), "Tavle i servicetorget")
    [att] = attachments.list_attachments(view.ctx.db, view.activity_id)
    assert (att.filename, att.caption, att.media_type) == ("tavle.png", "Tavle i servicetorget",
                                                           "image/png")
    on_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    view.side.setCurrentWidget(view.attachments)
    view.attachments.table.setFocus()
    qtbot.keyClick(view.attachments.table, Qt.Key.Key_Delete)
    assert attachments.list_attachments(view.ctx.db, view.activity_id) == []


def test_deleting_the_open_activity_on_the_plan_page_closes_it(qtbot, open_activity):
    view = open_activity()
    window = view.window()
    type_text(qtbot, view.current_editor(), "Skrevet, så slettet.")
    window.rail.setCurrentRow(window.page_index("plan"))  # hidden pages refresh when shown
    qtbot.waitUntil(lambda: window.plan.activities.model.row_of(view.activity_id) >= 0)
    window.plan.activities.set_current(view.activity_id)
    on_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.plan.activities.delete_current()
    window.rail.setCurrentRow(window.page_index("capture"))  # it refreshes when shown
    qtbot.waitUntil(lambda: window.capture.view is None)
    assert activities.list_activities(window.ctx.db) == []
    assert window.flush()
    assert window.save_label.text() == "Saved"


def test_ad_hoc_question_keeps_the_question_count_right(qtbot, open_activity):
    view = open_activity()
    total = len(view.guide.questions)
    on_modal(qtbot, lambda d: (type_text(qtbot, d.text, "Ekstra?"),
                               qtbot.keyClick(d.text, Qt.Key.Key_Return)))
    view.cmd_adhoc_question()
    assert view.current_page().heading.text().startswith(f"Question {total + 1} of {total + 1}")
    view.go_to(0)
    assert view.current_page().heading.text() == f"Question 1 of {total + 1}"
