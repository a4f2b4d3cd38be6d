"""Dates from the keyboard: typed text is read as a whole date or refused, Tab leaves the field,
an empty date stays empty (↑ on it gives today, never 1901), and every date field of the app is
this one widget."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLineEdit, QWidget
from ui_helpers import activate

from digifelt.ui import i18n
from digifelt.ui.date_edit import DateEdit, parse_date, parse_date_time

TODAY = QDate(2026, 12, 7)


@pytest.mark.parametrize(("text", "wanted"), [
    ("7.12.2026", (2026, 12, 7)),
    ("07.12.2026", (2026, 12, 7)),
    ("7.12.26", (2026, 12, 7)),
    ("1.2.99", (1999, 2, 1)),
    ("7.12", (2026, 12, 7)),
    ("31.1.", (2026, 1, 31)),
    ("7/12/2026", (2026, 12, 7)),
    ("7-12-2026", (2026, 12, 7)),
    ("2026-12-07", (2026, 12, 7)),
    ("2026.2.3", (2026, 2, 3)),
    ("07122026", (2026, 12, 7)),
    ("071226", (2026, 12, 7)),
    ("20261207", (2026, 12, 7)),
    (" 29.2.2028 ", (2028, 2, 29)),
])
def test_the_forms_of_a_date_that_are_read(text, wanted):
    assert parse_date(text, TODAY) == QDate(*wanted)


@pytest.mark.parametrize("text", ["", "7", "31.2.2026", "29.2.2027", "13.13.2026", "0.1.2026",
                                  "i morgen", "2026-13-01", "7.12.2026x", "1234567", "12:30"])
def test_what_is_not_a_date_is_refused(text):
    assert parse_date(text, TODAY) is None


def test_a_time_may_follow_the_date():
    assert parse_date_time("7.12.2026 09:30", TODAY) == QDateTime(QDate(2026, 12, 7),
                                                                   QTime(9, 30))
    assert parse_date_time("2026-12-07 9.05", TODAY) == QDateTime(QDate(2026, 12, 7),
                                                                   QTime(9, 5))
    assert parse_date_time("7.12.2026", TODAY) == QDateTime(QDate(2026, 12, 7), QTime(0, 0))
    assert parse_date_time("7.12.2026 25:00", TODAY) is None


@pytest.fixture
def form(qtbot):
    """A field between two others, as in a dialog's form."""
    host = QWidget()
    before, after = QLineEdit(host), QLineEdit(host)
    field = DateEdit(host)
    field.setMinimumDate(QDate(1900, 1, 1))
    field.setSpecialValueText("no date")
    QWidget.setTabOrder(before, field)
    QWidget.setTabOrder(field, after)
    qtbot.addWidget(host)
    host.show()
    activate(qtbot, host)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return host, field, after


def test_typing_a_date_and_tab_leaves_the_field_with_that_date(qtbot, form):
    _host, field, after = form
    changes = []
    field.dateChanged.connect(changes.append)
    field.selectAll()
    qtbot.keyClicks(field, "08122025")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert field.date() == QDate(2025, 12, 8)
    assert field.text() == "2025-12-08"  # English: ISO
    assert changes == [QDate(2025, 12, 8)]


def test_text_that_is_not_a_date_is_marked_and_the_old_date_kept(qtbot, form):
    _host, field, after = form
    field.setDate(QDate(2025, 3, 4))
    field.selectAll()
    qtbot.keyClicks(field, "31.2.2026")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert field.date() == QDate(2025, 3, 4)
    assert field.text() == "2025-03-04"
    assert field.property("invalid") is True
    assert "Not a date" in field.toolTip()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "1.4.2025")
    assert field.property("invalid") is False  # typing again clears the mark
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2025, 4, 1)


def test_an_empty_date_stays_empty_and_up_gives_today(qtbot, form):
    _host, field, after = form
    field.setDate(QDate(1900, 1, 1))  # the minimum: "no date", as QDateEdit has it
    assert field.text() == ""
    assert field.placeholderText() == "no date"
    assert field.date() == QDate(1900, 1, 1)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert field.text() == ""
    assert field.is_empty()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate.currentDate()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate.currentDate().addDays(1)
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert field.date() == QDate.currentDate().addDays(1).addMonths(-1)
    # Emptying it is "no date" again.
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.is_empty()
    assert field.date() == QDate(1900, 1, 1)


def test_a_required_date_is_never_emptied(qtbot):
    field = DateEdit()
    qtbot.addWidget(field)
    field.setDate(QDate(2026, 5, 17))
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2026, 5, 17)
    assert field.text() == "2026-05-17"


def test_norwegian_dates_are_written_day_first(qtbot):
    i18n.install_language("nb")
    try:
        field = DateEdit(with_time=True)
        qtbot.addWidget(field)
        field.setDateTime(QDateTime(QDate(2026, 12, 7), QTime(9, 30)))
        assert field.text() == "07.12.2026 09:30"
        assert field.placeholderText() == "dd.mm.åååå tt:mm"
        field.selectAll()
        qtbot.keyClicks(field, "8.12.2026 13:15")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.dateTime() == QDateTime(QDate(2026, 12, 8), QTime(13, 15))
    finally:
        i18n.install_language("en")


def test_alt_down_opens_a_calendar_and_enter_takes_its_day(qtbot, form):
    _host, field, _after = form
    field.setDate(QDate(2026, 12, 7))
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar()
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate() == QDate(2026, 12, 7)
    calendar.setSelectedDate(QDate(2026, 12, 24))
    calendar.activated.emit(calendar.selectedDate())  # Enter in the calendar's table
    assert not calendar.isVisible()
    assert field.date() == QDate(2026, 12, 24)


def test_the_retention_date_is_typed_and_saved(qtbot, window):
    from digifelt.core.services import projects
    from digifelt.ui.dialogs.privacy import PrivacyDialog

    dialog = PrivacyDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert isinstance(dialog.date, DateEdit)
    dialog.has_date.setChecked(True)
    dialog.date.setFocus()
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "1.3.2027")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert dialog.chosen_date() == date(2027, 3, 1)
    dialog.accept()
    assert projects.get_project(window.ctx.db).retention_date == date(2027, 3, 1)


def test_the_activity_dialog_takes_a_typed_date_and_time(qtbot, window):
    from digifelt.ui.dialogs.activity import ActivityDialog

    dialog = ActivityDialog(window.ctx, kind="interview", parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert isinstance(dialog.when, DateEdit)
    dialog.scheduled.setChecked(True)
    dialog.when.setFocus()
    dialog.when.selectAll()
    qtbot.keyClicks(dialog.when, "2026-12-07 09:00")
    qtbot.keyClick(dialog.when, Qt.Key.Key_Tab)
    assert not dialog.when.hasFocus()
    assert dialog.when.dateTime() == QDateTime(QDate(2026, 12, 7), QTime(9, 0))


def test_a_document_review_date_typed_and_emptied_reaches_the_file(qtbot, open_activity):
    from digifelt.core.services import activities

    view = open_activity("document_review", "Gjennomgang – strategi")
    field = view.doc_date
    assert isinstance(field, DateEdit)
    assert field.is_empty()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)  # empty: today, not 1901-01-02
    assert field.date() == QDate.currentDate()
    field.selectAll()
    qtbot.keyClicks(field, "20.6.2024")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: activities.get_activity(view.ctx.db, view.activity_id)
                    .activity.doc_date == date(2024, 6, 20), timeout=5000)
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: activities.get_activity(view.ctx.db, view.activity_id)
                    .activity.doc_date is None, timeout=5000)


def test_no_date_field_in_the_app_is_a_qt_date_edit():
    from pathlib import Path

    import digifelt.ui

    root = Path(digifelt.ui.__file__).parent
    users = [p.relative_to(root).as_posix() for p in root.rglob("*.py")
             if p.name != "date_edit.py"
             and ("QDateEdit(" in p.read_text(encoding="utf-8")
                  or "QDateTimeEdit(" in p.read_text(encoding="utf-8"))]
    assert users == []
