"""Dates as people read them on the map and in the printed PDFs ("5 March 2026"), in the chosen language.

strftime's %B is the C library's English whatever the language; the month names here go through clubapp.words
instead, so a translator gives them (and the order of day, month and year) like any other text. Qt-free: the map
and the reports (which already use clubapp.maps.basemap) share it.
"""

from __future__ import annotations

from datetime import date

from ..words import _, digits


def month_name(month: int) -> str:
    """The name of the month numbered 1 to 12, translated (at the moment of use: the language is chosen later)."""
    return (_("January"), _("February"), _("March"), _("April"), _("May"), _("June"), _("July"), _("August"),
            _("September"), _("October"), _("November"), _("December"))[month - 1]


def long_date(day: date | None) -> str:
    """The date as "5 March 2026" in the chosen language; a dash when there is none."""
    if not day:
        return "—"
    return _("{day} {month} {year}").format(day=digits(str(day.day)), month=month_name(day.month),
                                            year=digits(str(day.year)))
