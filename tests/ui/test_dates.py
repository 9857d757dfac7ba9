"""Dates are typed as people write them, in their language or as ISO, and stay after leaving the field; the
calendar opens on a sensible day; "no date" is said and can be chosen."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from person import click, find, go_to, press, settle, sign_in, type_into, wait_until
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QPushButton, QToolButton

from clubapp.services.local_settings import LocalSettings
from clubapp.ui.date_field import DateField, parse_date
from clubapp.ui.main_window import MainWindow
from clubapp.ui.text import tr


@pytest.mark.parametrize(("typed", "language", "expected"), [
    ("01 Jan 2027", "en", date(2027, 1, 1)), ("30 Jun 2026", "en", date(2026, 6, 30)),
    ("30Jun2026", "en", date(2026, 6, 30)), ("2026-06-30", "en", date(2026, 6, 30)),
    ("30/6/2026", "en", date(2026, 6, 30)), ("june 30 2026", "en", date(2026, 6, 30)),
    ("30 juin 2026", "fr", date(2026, 6, 30)), ("1 févr. 2027", "fr", date(2027, 2, 1)),
    ("1 fevrier 2027", "fr", date(2027, 2, 1)), ("30 Jun 2026", "fr", date(2026, 6, 30)),
    ("٣٠ يونيو ٢٠٢٦", "ar", date(2026, 6, 30)), ("30 يونيو 2026", "ar", date(2026, 6, 30)),
    ("\u200f٢٠٢٦-٠٦-٣٠", "ar", date(2026, 6, 30)), ("30 jun. 2026", "pt", date(2026, 6, 30)),
    ("", "en", None),
])
def test_dates_are_read_as_people_write_them(typed, language, expected):
    assert parse_date(typed, QLocale(language)) == expected


@pytest.mark.parametrize("typed", ["31 Jun 2026", "soon", "30 Jun", "3000-01-01", "12 13 14 15"])
def test_what_is_not_a_date_is_refused(typed):
    with pytest.raises(ValueError):
        parse_date(typed, QLocale("en"))


@pytest.fixture
def window(qtbot, services, world, store):
    def make() -> MainWindow:
        local = LocalSettings(store)
        local.home_club_id = world.club_id
        made = MainWindow(services, local=local)
        qtbot.addWidget(made)
        made.show()
        made.start()
        return made

    return make


@pytest.mark.parametrize(("language_name", "typed", "shown", "expected"), [
    ("en", "01 Jan 2027", "01 Jan 2027", date(2027, 1, 1)),
    ("en", "30Jun2026", "30 Jun 2026", date(2026, 6, 30)),
    ("fr", "30 juin 2026", "30 juin 2026", date(2026, 6, 30)),
    ("ar", "٣٠ يونيو ٢٠٢٦", "٣٠ يونيو ٢٠٢٦", date(2026, 6, 30)),
])
def test_a_typed_date_stays_after_leaving_the_field(qtbot, window, language, services, world, language_name,
                                                    typed, shown, expected):
    language(language_name)
    main = window()
    sign_in(main, "Otieno", "pass-1234")
    go_to(main, tr("Projects"))
    click(find(tr("&New project").replace("&", ""), QPushButton, root=main))
    type_into(find(tr("&Name of the project").replace("&", ""), QLineEdit), "Kamakwa borehole")
    start = find(tr("Planned start"), DateField)
    assert start.line.text() == "" and start.line.placeholderText() == tr("no date")
    type_into(start.line, typed)
    press(start.line, Qt.Key.Key_Tab)  # leave the field
    assert start.line.text() == shown and start.value() == expected and start.is_valid()

    end = find(tr("Planned end"), DateField)
    click(end.findChild(QToolButton))  # the calendar of an empty end date opens on the start date
    calendar = find(tr("Calendar"), QCalendarWidget)
    assert calendar.selectedDate().toPython() == expected
    press(calendar, Qt.Key.Key_Escape)
    wait_until(lambda: not shiboken6.isValid(calendar) or not calendar.isVisible())

    actual = find(tr("Actual end"), DateField)
    type_into(actual.line, "2026-13-40")
    press(actual.line, Qt.Key.Key_Tab)
    assert not actual.is_valid() and actual.line.text() == "2026-13-40"  # kept, to be corrected, and said
    click(actual.findChild(QToolButton))
    click(find(tr("No date"), QToolButton))
    assert actual.value() is None and actual.is_valid() and actual.line.text() == ""

    dialog = start.window()
    click(dialog.save_button)
    settle(main)
    project = services.projects.list(world.teacher, world.club_id)[0]
    assert services.projects.get(world.teacher, project.id).planned_start == expected
    for extra in list(main.workspace.windows):
        extra.close()
    main.close()


def test_the_calendar_of_an_empty_date_opens_on_today(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    click(field.button)
    calendar = find("Calendar", QCalendarWidget)
    assert calendar.selectedDate().toPython() == date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (date.today().year, date.today().month)
    press(calendar, Qt.Key.Key_Escape)
