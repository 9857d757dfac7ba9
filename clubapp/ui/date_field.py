"""The one date field of the app: a date typed as a person writes it, or picked on a calendar.

Typed in the language's own way ("30 juin 2026", "٣٠ يونيو ٢٠٢٦", "30 Jun 2026", "30Jun2026", "30/6/2026") or as
ISO ("2026-06-30"); on leaving the field it is shown again in the language's format, so a misread date is seen at
once. Empty means "no date" (said in the field) where a date is optional. The calendar opens on the date, or on a
date the form suggests (a project's other dates), or on today.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from .text import format_date, locale, tr

# Digits of the scripts our languages write dates in (Arabic-Indic, Persian, Devanagari), read as 0-9.
_DIGITS = {}
for _zero in (0x0660, 0x06F0, 0x0966):
    for _offset in range(10):
        _DIGITS[_zero + _offset] = str(_offset)
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u0640"), None)  # bidi, tatweel
_TOKEN = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)


def _plain(text: str) -> str:
    """Case-folded, without accents, dots or direction marks: 'Févr.' and 'fevr' compare equal."""
    text = unicodedata.normalize("NFKD", text.translate(_MARKS)).casefold()
    return "".join(ch for ch in text if not unicodedata.combining(ch)).strip(". ")


def _month_names(loc: QLocale) -> dict[str, int]:
    names: dict[str, int] = {}
    for month in range(1, 13):
        for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            for name in (loc.monthName(month, fmt), loc.standaloneMonthName(month, fmt)):
                if name:
                    names.setdefault(_plain(name), month)
    return names


def _month(word: str, loc: QLocale) -> int | None:
    word = _plain(word)
    for candidate in (loc, QLocale(QLocale.Language.English)):
        names = _month_names(candidate)
        if word in names:
            return names[word]
        if len(word) >= 3:  # "sept", "juil", "janv": an unambiguous beginning is enough
            found = {month for name, month in names.items() if name.startswith(word)}
            if len(found) == 1:
                return found.pop()
    return None


def parse_date(text: str, loc: QLocale | None = None) -> date | None:
    """The date in `text`, or None for an empty text; ValueError when it is not a date.

    Numbers alone are read day first (30/6/2026), unless the first has four digits (2026-06-30)."""
    loc = loc or locale()
    text = text.translate(_DIGITS).translate(_MARKS).strip()
    if not text:
        return None
    tokens = _TOKEN.findall(text)
    numbers = [t for t in tokens if t.isdigit()]
    words = [t for t in tokens if not t.isdigit()]
    if len(words) > 1:
        raise ValueError(text)
    if words:
        month = _month(words[0], loc)
        if month is None or len(numbers) != 2:
            raise ValueError(text)
        first, second = numbers
        if len(first) == 4 or int(first) > 31:
            year, day = int(first), int(second)
        else:
            day, year = int(first), int(second)
    elif len(numbers) == 3:
        if len(numbers[0]) == 4:
            year, month, day = map(int, numbers)
        else:
            day, month, year = map(int, numbers)
    else:
        raise ValueError(text)
    if year < 100:
        year += 2000
    if not 1900 <= year <= 2100:
        raise ValueError(text)
    return date(year, month, day)  # ValueError for 31 June


class _DateLine(QLineEdit):
    """The typing part; Alt+Down or F4 opens the calendar (as in Qt's own date fields)."""

    calendar_wanted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.calendar_wanted.emit()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A line to type a date in, and a button (or Alt+Down) for a calendar. `value()` is a date or None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = True,
                 opens_on: Callable[[], date | None] | None = None, accessible_name: str = ""):
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.opens_on = opens_on
        self._value: date | None = None if allow_empty else date.today()
        self.problem = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.line = _DateLine()
        self.line.setPlaceholderText(tr("no date") if allow_empty else tr("e.g. {example}").format(
            example=format_date(date.today())))
        self.line.setClearButtonEnabled(allow_empty)
        self.line.setToolTip(tr("Type a date, e.g. {example} or {iso}, or pick it on the calendar (Alt+Down).")
                             .format(example=format_date(date(2026, 6, 30)), iso="2026-06-30"))
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setAccessibleName(tr("Open the calendar"))
        self.button.setToolTip(tr("Open the calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.popup: QWidget | None = None
        self.line.editingFinished.connect(self.commit)
        self.line.textChanged.connect(self._typed)
        self.button.clicked.connect(self.open_calendar)
        self.line.calendar_wanted.connect(self.open_calendar)
        self._show()

    # -- the value --------------------------------------------------------------------------------------------
    def value(self) -> date | None:
        return self._value

    def is_valid(self) -> bool:
        return not self.problem

    def set_value(self, value: date | str | None) -> None:
        if isinstance(value, str):
            value = date.fromisoformat(value) if value else None
        if value is None and not self.allow_empty:
            value = date.today()
        changed = value != self._value or self.problem
        self._value, self.problem = value, ""
        self._show()
        if changed:
            self.changed.emit()

    def clear(self) -> None:
        self.set_value(None)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - the line is what a screen reader reaches
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def commit(self) -> None:
        """Read what was typed (on leaving the field or Enter): shown again in the language's format."""
        try:
            typed = parse_date(self.line.text())
        except ValueError:
            self._mark(tr("Not a date: type it like {example} or {iso}.").format(
                example=format_date(date(2026, 6, 30)), iso="2026-06-30"))
            return
        if typed is None and not self.allow_empty:
            self._mark(tr("A date is needed here."))
            return
        self.set_value(typed)

    def _typed(self, _text: str) -> None:
        if not self.line.text() and self.allow_empty and not self.line.hasFocus():
            self.set_value(None)  # the clear button

    def _mark(self, problem: str) -> None:
        self.problem = problem
        self.line.setStyleSheet("QLineEdit { border: 2px solid #b00020; }")
        self.line.setAccessibleDescription(problem)
        self.line.setToolTip(problem)
        self.changed.emit()

    def _show(self) -> None:
        self.line.blockSignals(True)
        self.line.setText(format_date(self._value) if self._value else "")
        self.line.blockSignals(False)
        self.line.setStyleSheet("")
        self.line.setAccessibleDescription(tr("no date") if self._value is None else "")

    # -- the calendar -----------------------------------------------------------------------------------------
    def calendar_start(self) -> date:
        """Where the calendar opens: the date, else the form's suggestion, else today."""
        if self._value is not None:
            return self._value
        suggested = self.opens_on() if self.opens_on else None
        return suggested or date.today()

    def open_calendar(self) -> None:
        if self.line.text():
            self.commit()
        popup = QWidget(self, Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box = QVBoxLayout(popup)
        box.setContentsMargins(2, 2, 2, 2)
        calendar = QCalendarWidget()
        calendar.setLocale(locale())
        calendar.setAccessibleName(tr("Calendar"))
        calendar.setGridVisible(True)
        start = self.calendar_start()
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        calendar.setCurrentPage(start.year, start.month)
        box.addWidget(calendar)
        if self.allow_empty:
            none_button = QToolButton()
            none_button.setText(tr("No date"))
            none_button.setAccessibleName(tr("No date"))
            none_button.clicked.connect(lambda: (self.set_value(None), popup.close()))
            box.addWidget(none_button, 0, Qt.AlignmentFlag.AlignRight)

        def picked(day: QDate) -> None:
            self.set_value(date(day.year(), day.month(), day.day()))
            popup.close()
            self.line.setFocus()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        popup.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:  # keep the calendar on the screen
            below.setX(max(screen.left(), min(below.x(), screen.right() - popup.width())))
            if below.y() + popup.height() > screen.bottom():
                below.setY(self.mapToGlobal(self.rect().topLeft()).y() - popup.height())
        popup.move(below)
        self.popup = popup
        popup.show()
        calendar.setFocus()


def date_problems(fields: dict[str, QWidget]) -> list[str]:
    """What is wrong with the form's date fields, one line each (named by their accessible names)."""
    return [f"{field.accessibleName() or name}: {field.problem}" for name, field in fields.items()
            if isinstance(field, DateField) and field.problem]
