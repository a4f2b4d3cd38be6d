"""A workshop is made from the New activity dialog, opens as a log of notes (post-its,
flip-over, the facilitator's notes), and its notes are tagged like any other."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import activate, on_modal, type_text

from digifelt.core.services import activities, entries, excerpts

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


def test_new_activity_makes_a_workshop_whose_notes_are_typed_and_tagged(qtbot, window):
    before = {a.activity.id for a in activities.list_activities(window.ctx.db)}

    def fill(dialog):
        kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
        assert "workshop" in kinds
        dialog.kind.setFocus()
        qtbot.keyClick(dialog.kind, Qt.Key.Key_End)  # the last kind offered
        assert dialog.kind.currentData() == "workshop"
        dialog.title.setFocus()
        dialog.title.selectAll()
        type_text(qtbot, dialog.title, "Verksted: Kommunestyret")
        dialog.headcount.setFocus()
        dialog.headcount.selectAll()
        type_text(qtbot, dialog.headcount, "27")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    on_modal(qtbot, fill)
    qtbot.keyClick(focused(), Qt.Key.Key_O, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.capture.view is not None)
    view = window.capture.view
    activate(qtbot, window)
    [made] = [a.activity for a in activities.list_activities(window.ctx.db)
              if a.activity.id not in before]
    assert (made.kind, made.title, made.headcount) == ("workshop", "Verksted: Kommunestyret",
                                                       27)
    assert view.activity_id == made.id
    qtbot.waitUntil(lambda: view.current_editor() is not None
                    and view.current_editor().hasFocus())

    type_text(qtbot, focused(), "Lapp: mer opplæring")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(view.rows) == 2)
    type_text(qtbot, focused(), "Flippover: felles mål")
    qtbot.keyClick(focused(), Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)

    def tag(dialog):
        type_text(qtbot, dialog.filter, "1.1")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    on_modal(qtbot, tag)
    qtbot.keyClick(focused(), Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: len(excerpts.list_excerpts(window.ctx.db,
                                                       activity_id=made.id)) == 1)
    view.flush()
    assert [e.text for e in entries.list_entries(window.ctx.db, made.id)] == [
        "Lapp: mer opplæring", "Flippover: felles mål"]
    [x] = excerpts.list_excerpts(window.ctx.db, activity_id=made.id)
    assert x.excerpt.text == "Flippover: felles mål"
    assert [window.ctx.indicator(i).code for i in x.indicator_ids] == ["1.1"]


def test_a_photo_of_the_flip_over_is_attached_to_the_workshop(qtbot, open_activity, tmp_path):
    from PySide6.QtGui import QImage
    from ui_helpers import drop_file

    from digifelt.core.services import attachments

    view = open_activity("workshop", "Verksted: Kommunestyret")
    photo = tmp_path / "flippover.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.yellow)
    image.save(str(photo))
    drop_file(view.attachments.table.viewport(), photo)
    assert view.attachments.model.rowCount() == 1
    [att] = attachments.list_attachments(view.ctx.db, view.activity_id)
    assert (att.filename, att.media_type) == ("flippover.png", "image/png")
