"""The words layer below the UI (clubapp.words): CLDR's plural rules through Babel with the .ts files' forms,
digits and numbers per language the same as the window's (Qt's), country and language names in the language,
and a language chosen for one piece of work (a club's papers) that leaves the rest of the program alone."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QLocale

from clubapp import words
from clubapp.ui import i18n
from clubapp.words import _, in_language, ngettext

VISITS = ("{count} monitoring visit", "{count} monitoring visits")


def visits(language: str, n: int) -> str:
    with in_language(language):
        return ngettext(*VISITS, n).format(count=n)


def test_english_has_one_and_other():
    assert [visits("en", n) for n in (0, 1, 2)] == ["0 monitoring visits", "1 monitoring visit",
                                                   "2 monitoring visits"]


def test_arabic_has_six_forms_chosen_by_cldr():
    counts = (0, 1, 2, 3, 11, 100)  # zero, one, two, few (3-10), many (11-99), other (100, 101, ...)
    forms = [visits("ar", n) for n in counts]
    assert len({form.replace(str(n), "") for form, n in zip(forms, counts, strict=True)}) >= 3  # not one text
    assert forms[2] == "2 زيارتا رقابة" and forms[3] == "3 زيارات رقابة"
    assert visits("ar", 103) == "103 زيارات رقابة"  # 103: few again (n mod 100 in 3..10)
    with in_language("ar"):
        assert [words.plural_category("ar", n) for n in counts] == ["zero", "one", "two", "few", "many", "other"]


@pytest.mark.parametrize(("language", "one", "two"), [
    ("fr", "1 visite de suivi", "2 visites de suivi"),
    ("ps", "1 د څارنې لیدنه", "2 د څارنې لیدنې"),
    ("sw", "ziara 1 ya ufuatiliaji", "ziara 2 za ufuatiliaji"),
])
def test_languages_with_two_forms(language, one, two):
    assert (visits(language, 1), visits(language, 2)) == (one, two)


def test_french_zero_is_singular_and_dari_nouns_stay_singular_after_a_number():
    assert visits("fr", 0) == "0 visite de suivi"  # CLDR: French 0 and 1 are "one"
    assert {visits("fa_AF", n).replace(str(n), "#") for n in (0, 1, 2, 7)} == {"# بازدید نظارتی"}


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "5,400,000"), ("fr", "5\u202f400\u202f000"), ("ar", "٥٬٤٠٠٬٠٠٠"), ("ne", "५४,००,०००"),
    ("fa_AF", "۵٬۴۰۰٬۰۰۰"), ("ps", "۵٬۴۰۰٬۰۰۰"), ("sw", "5,400,000"), ("tet", "5\u00a0400\u00a0000"),
])
def test_numbers_use_the_languages_digits_as_the_window_does(language, expected):
    """The PDFs (words.number) and the window (Qt's locale, as clubapp.ui.i18n installs it) write the same."""
    qt = QLocale(i18n.QT_LOCALES.get(language, language))
    assert words.number(5400000, language=language) == qt.toString(5400000)
    assert words.number(7.5, 1, language=language) == qt.toString(7.5, "f", 1)
    assert words.number(5400000, language=language).replace("\u202f", " ").replace("\u00a0", " ") == \
        expected.replace("\u202f", " ").replace("\u00a0", " ")


def test_dates_in_print_have_the_languages_digits():
    from datetime import date

    from clubapp.maps.dates import long_date

    with in_language("fa_AF"):
        assert long_date(date(2026, 3, 5)) == "۵ مارچ ۲۰۲۶"
    with in_language("ne"):
        assert long_date(date(2026, 3, 5)) == "५ मार्च २०२६"
    with in_language("sw"):
        assert long_date(date(2026, 3, 5)) == "5 Machi 2026"


def test_language_list_shows_each_language_in_its_own_name():
    assert {code: words.language_name(code) for code in words.CLDR_LOCALES} == \
        {code: name for code, name in i18n.LANGUAGES.items() if code != i18n.PSEUDO}
    assert words.language_name("fa_AF", "en") == "Dari" and words.language_name("ne", "fr") == "Népalais"


def test_country_names_in_the_language():
    from clubapp.maps.basemap import country_name

    with in_language("fa_AF"):
        assert country_name("AF") == "افغانستان"
    with in_language("ne"):
        assert country_name("NP") == "नेपाल"
    with in_language("fr"):
        assert country_name("TL") == "Timor oriental"
    assert country_name("KE") == "Kenya" and country_name("XX") == "XX"


def test_a_language_chosen_for_one_job_stays_in_that_job():
    """A worker printing a Dari certificate does not turn the window's text (the UI thread) into Dari."""
    seen: dict[str, str] = {}
    inside, leave = threading.Event(), threading.Event()

    def worker():
        with in_language("fa_AF"):
            seen["worker"] = _("Fixed")
            inside.set()
            leave.wait(5)
        seen["after"] = _("Fixed")

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    seen["main"] = _("Fixed")  # while the worker is inside its block
    leave.set()
    thread.join(5)
    assert seen == {"worker": "رفع شد", "main": "Fixed", "after": "Fixed"}
    with in_language("nonsense"):  # an unknown code changes nothing
        assert words.current_language() == "en"
