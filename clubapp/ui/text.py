"""Translatable text: the one way the UI turns an English string into the person's language.

    from ..text import tr, label
    QLabel(tr("Choose your name:"))
    tr("{name} saved.").format(name=name)                   # placeholders, never f-strings inside tr()
    tr("%n photo(s) added.", None, n)                        # a count: Qt's plural forms (see below)
    STATUS = {"fixed": QT_TRANSLATE_NOOP("", "Fixed")}      # tables of labels: marked here, translated at display
    label(STATUS, row.status)

All our strings share one context (""), so a word like "Fixed" is translated once wherever it appears.
packaging/update_translations.py runs pyside6-lupdate on clubapp/ui (which finds tr("...") and
QT_TRANSLATE_NOOP("", "...")) and adds the labels of clubapp.domain.codelists, which are translated with label().
Qt's translate() is thread-safe, so workers may call tr() too.

Messages with a count: write the count as %n and pass it third, positionally (lupdate reads only positional
arguments): tr("%n issue(s) overdue", None, len(overdue)). Qt puts the number in (in the language's digits) and
picks the form by the language's plural rule; each .ts gets one <numerusform> per form the language has (Arabic
six, Nepali, Swahili, Pashto, French, Portuguese two, Dari and Tetum one), and English's forms ("1 issue overdue",
"2 issues overdue") come from resources/translations/clubapp_en.ts, which update_translations.py keeps to just
these messages. Below the UI the same job is clubapp.words.ngettext (CLDR's rules through Babel).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication

CONTEXT = ""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of `text` in the installed language (the text itself in English or when untranslated);
    with a count `n`, the plural form for it, %n replaced by the number."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def label(table: Mapping[Any, str], code: Any) -> str:
    """The translated label of `code` in a table of labels; an unknown code is shown as it is."""
    if code in table:
        return tr(table[code])
    return "" if code is None else str(code)


def labels(table: Mapping[Any, str]) -> dict[Any, str]:
    """A table of labels, translated (for combo boxes)."""
    return {code: tr(text) for code, text in table.items()}


def locale() -> QLocale:
    """The language's locale (set by clubapp.ui.i18n.install); English when nothing was chosen (the "C" locale)."""
    current = QLocale()
    return QLocale(QLocale.Language.English) if current.language() == QLocale.Language.C else current


def format_date(value: date | datetime | None, fmt: str = "dd MMM yyyy") -> str:
    """A date in the language's month names and digits (English: 05 Mar 2026; a datetime adds HH:mm)."""
    if value is None:
        return ""
    day = QDate(value.year, value.month, value.day)
    if isinstance(value, datetime):
        return locale().toString(QDateTime(day, QTime(value.hour, value.minute)), fmt + " HH:mm")
    return locale().toString(day, fmt)


def format_number(value: float | int, decimals: int = 0) -> str:
    """A number with the language's digits and group separator (English: 5,400,000)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return locale().toString(value)
    return locale().toString(float(value), "f", decimals)


_ROW = re.compile(r"(<tr[^>]*>)(.*?)(</tr>)", re.DOTALL)
_CELL = re.compile(r"<td[^>]*>.*?</td>", re.DOTALL)
_PADDING = re.compile(r"padding:\s*(\S+) (\S+) (\S+) ([^;'\"]+)")


def rich(html: str) -> str:
    """Rich text laid out in the language's direction. Qt lays out each paragraph by its first letter, so a
    paragraph that starts with an English name would run left to right in the Arabic window; and its tables are
    always laid out left to right, so in Arabic their cells are put in the reverse order (tables not nested)."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return html
    html = _ROW.sub(lambda row: row.group(1) + "".join(reversed(_CELL.findall(row.group(2)))) + row.group(3), html)
    html = _PADDING.sub(r"padding:\1 \4 \3 \2", html)  # the space between cells goes to the other side
    html = html.replace("padding-right:", "padding-left:")
    return "<div dir='rtl'>" + html.replace("<table", "<table align='right'") + "</div>"
