"""The one field for dates (and date and time) in the app: typed as text, checked, never
scrambled.

Qt's QDateEdit walks its sections with Tab, so Tab never leaves the field, and what is typed
goes into whichever section holds the cursor ("0712" into the year); its "no date" is a real
date (the minimum), so ↑ on it gives 1901-01-01 or the day after the minimum. Here the text is
what it looks like: type "7.12.2026", "07.12.26", "7.12" (this year), "2026-12-07" or
"07122026", and it is read when Enter is pressed or focus leaves; text that is not a date is
marked and the field goes back to the date it had. Tab leaves the field. ↑/↓ move a day,
PgUp/PgDown a month; on an empty field they give today. An optional field can be emptied
(Delete the text); Alt+↓ or F4 opens a calendar.

The API is QDateEdit's where callers need it (date/setDate/dateChanged, dateTime/setDateTime,
minimumDate with specialValueText as "no date", setDisplayFormat, setCalendarPopup), so a
QDateEdit or QDateTimeEdit is replaced by changing its class.
"""

import re

from PySide6.QtCore import QDate, QDateTime, QEvent, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from digifelt.ui.i18n import current_language

# How each UI language writes a date by default; every form is read in either language.
_DATE_FORMATS = {"nb": "dd.MM.yyyy", "en": "yyyy-MM-dd"}
_TIME_FORMAT = "HH:mm"
_ISO = re.compile(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})(?:[-./ ](\d{2}|\d{4}))?\.?$")
_DIGITS = re.compile(r"^\d{6}$|^\d{8}$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def parse_date(text: str, today: QDate | None = None) -> QDate | None:
    """The date `text` names, or None. Day first unless the year comes first (ISO)."""
    text = text.strip()
    today = today or QDate.currentDate()
    if m := _ISO.match(text):
        year, month, day = (int(g) for g in m.groups())
    elif m := _DAY_FIRST.match(text):
        day, month = int(m.group(1)), int(m.group(2))
        year = _full_year(m.group(3), today) if m.group(3) else today.year()
    elif _DIGITS.match(text):
        if len(text) == 8 and int(text[:4]) > 1900 and int(text[4:6]) <= 12:
            year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
        else:
            day, month = int(text[:2]), int(text[2:4])
            year = _full_year(text[4:], today)
    else:
        return None
    found = QDate(year, month, day)
    return found if found.isValid() else None


def _full_year(text: str, today: QDate) -> int:
    if len(text) == 4:
        return int(text)
    # Two digits: the year of that century nearest to today (26 → 2026, 99 → 1999).
    century = today.year() // 100 * 100
    year = century + int(text)
    return year - 100 if year - today.year() > 50 else year


def parse_date_time(text: str, today: QDate | None = None) -> QDateTime | None:
    """A date with an optional time ("7.12.2026 09:30"); no time means midnight."""
    parts = text.strip().split()
    if not parts:
        return None
    time = QTime(0, 0)
    if len(parts) > 1 and (m := _TIME.match(parts[-1])):
        time = QTime(int(m.group(1)), int(m.group(2)))
        if not time.isValid():
            return None
        parts = parts[:-1]
    day = parse_date(" ".join(parts), today)
    return QDateTime(day, time) if day is not None else None


class DateEdit(QLineEdit):
    """A date typed as text; `with_time` adds a time of day ("07.12.2026 09:30")."""

    dateChanged = Signal(QDate)  # noqa: N815 (QDateEdit's name)
    dateTimeChanged = Signal(QDateTime)  # noqa: N815 (QDateTimeEdit's name)

    def __init__(self, parent: QWidget | None = None, *, with_time: bool = False,
                 optional: bool = False):
        super().__init__(parent)
        self._with_time = with_time
        self._optional = optional
        self._value: QDateTime | None = None
        self._minimum: QDate | None = None
        self._special = ""
        self._format = ""
        self._calendar: QCalendarWidget | None = None
        self._popup_action = self.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            QLineEdit.ActionPosition.TrailingPosition)
        self._popup_action.setToolTip(self.tr("Calendar (Alt+↓)"))
        self._popup_action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self._commit_text)
        self.textEdited.connect(lambda _t: self._mark(ok=True))
        self._update_hint()
        self.setDateTime(QDateTime.currentDateTime() if not optional else None)

    # QDateEdit's API

    def setDisplayFormat(self, display_format: str) -> None:  # noqa: N802
        self._format = display_format
        self._show()
        self._update_hint()

    def displayFormat(self) -> str:  # noqa: N802
        if self._format:
            return self._format
        day = _DATE_FORMATS.get(current_language(), _DATE_FORMATS["en"])
        return f"{day} {_TIME_FORMAT}" if self._with_time else day

    def setCalendarPopup(self, enable: bool) -> None:  # noqa: N802
        self._popup_action.setVisible(enable)

    def setMinimumDate(self, minimum: QDate) -> None:  # noqa: N802
        """With specialValueText, the minimum stands for "no date", as in QDateEdit."""
        self._minimum = QDate(minimum)
        self._optional = True

    def minimumDate(self) -> QDate | None:  # noqa: N802
        return self._minimum

    def setSpecialValueText(self, text: str) -> None:  # noqa: N802
        self._special = text
        self._optional = True
        self._update_hint()

    def date(self) -> QDate:
        value = self.dateTime()
        return value.date() if value is not None else (self._minimum or QDate())

    def setDate(self, day: QDate | None) -> None:  # noqa: N802
        if day is None or not day.isValid() or (self._minimum is not None
                                                and day == self._minimum):
            self.setDateTime(None)
        else:
            time = self._value.time() if self._value is not None else QTime(0, 0)
            self.setDateTime(QDateTime(day, time))

    def dateTime(self) -> QDateTime | None:  # noqa: N802
        """The date shown, or the typed one if it is valid and not yet read; None if empty."""
        typed = self._parse(self.text())
        if typed is not None:
            return typed
        return None if self._optional and not self.text().strip() else self._value

    def setDateTime(self, value: QDateTime | None) -> None:  # noqa: N802
        if value is not None and not self._with_time:
            value = QDateTime(value.date(), QTime(0, 0))
        changed = not _same(value, self._value)
        self._value = QDateTime(value) if value is not None else None
        self._show()
        if changed:
            self._emit()

    def is_empty(self) -> bool:
        return self._value is None

    # Keys

    def event(self, event) -> bool:
        # Tab is never taken by the field (QDateEdit's sections would): it moves focus on.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                    Qt.Key.Key_Backtab):
            self._commit_text()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier) \
                or key == Qt.Key.Key_F4:
            self.show_calendar()
            return
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
        if key in steps and not mods & Qt.KeyboardModifier.AltModifier:
            days, months = steps[key]
            self._step(days, months)
            return
        super().keyPressEvent(event)

    def _step(self, days: int, months: int) -> None:
        current = self.dateTime()
        if current is None:
            # An empty field starts from today, never from some minimum date.
            now = QDateTime.currentDateTime()
            self.setDateTime(now if self._with_time else QDateTime(now.date(), QTime(0, 0)))
        else:
            self.setDateTime(current.addDays(days).addMonths(months))
        self.selectAll()

    # Calendar

    def show_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget()
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setObjectName("dateEditCalendar")
            self._calendar.activated.connect(self._on_calendar_chosen)
            self._calendar.clicked.connect(self._on_calendar_chosen)
        self._calendar.setSelectedDate(self.date() if self.dateTime() is not None
                                       else QDate.currentDate())
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def calendar(self) -> QCalendarWidget | None:
        return self._calendar

    def _on_calendar_chosen(self, day: QDate) -> None:
        self._calendar.hide()
        self.setDate(day)
        self.setFocus()

    # Text

    def _parse(self, text: str) -> QDateTime | None:
        if self._with_time:
            return parse_date_time(text)
        day = parse_date(text)
        return QDateTime(day, QTime(0, 0)) if day is not None else None

    def _commit_text(self) -> None:
        if self.text() == self._shown_text():
            return  # nothing typed since (Tab and the focus leaving both end an edit)
        text = self.text().strip()
        if not text and self._optional:
            self.setDateTime(None)
            self._mark(ok=True)
            return
        typed = self._parse(text)
        if typed is None:
            # Not a date: say so and show the date the field still holds.
            self._mark(ok=False)
            self._show()
            return
        self._mark(ok=True)
        self.setDateTime(typed)

    def _shown_text(self) -> str:
        return self._value.toString(self.displayFormat()) if self._value is not None else ""

    def _show(self) -> None:
        self.blockSignals(True)
        self.setText(self._shown_text())
        self.blockSignals(False)

    def _emit(self) -> None:
        self.dateChanged.emit(self.date())
        self.dateTimeChanged.emit(self._value if self._value is not None else QDateTime())

    def _mark(self, *, ok: bool) -> None:
        self.setProperty("invalid", not ok)
        self.setStyleSheet("" if ok else "QLineEdit { border: 1px solid #c0392b; }")
        self.setToolTip(self._hint if ok else self.tr("Not a date: %1").replace(
            "%1", self._hint))

    def _update_hint(self) -> None:
        shown = QDateTime(QDate(2026, 12, 7), QTime(9, 30)).toString(self.displayFormat())
        self._hint = (self.tr("Type a date such as %1, or leave it empty for no date")
                      if self._optional else self.tr("Type a date such as %1")).replace(
            "%1", shown)
        self.setToolTip(self._hint)
        self.setPlaceholderText(self._special or self._format_placeholder())

    def _format_placeholder(self) -> str:
        pattern = self.displayFormat()
        if current_language() == "nb":
            pattern = pattern.replace("yyyy", "åååå")
        return pattern.lower().replace("hh", "tt" if current_language() == "nb" else "hh")


def _same(a: QDateTime | None, b: QDateTime | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b
