"""Text for people written below the UI: services' messages, printed PDFs, the map's legend and popups.

    raise PermissionDenied(_("Only a teacher can approve a record."))
    _("Latitude must be between -90 and 90 (got {value}).").format(value=latitude)  # placeholders, no f-string
    ngettext("{count} monitoring visit", "{count} monitoring visits", n).format(count=number(n))
    with in_language(club.language):  # a Herat club's certificate in Dari, whatever the computer reads
        render(...)

The desktop app plugs Qt's translator in (clubapp.ui.i18n.install), so a worker raising an error or drawing a PDF
writes in the person's language; the server and a bare command line keep English. `in_language(code)` switches
the language for the code running inside it only (a context variable: the UI thread and other workers keep
theirs); its translations are read from the .ts sources themselves, so it needs no Qt. This module does not import
Qt: the layers below the UI stay free of it. packaging/update_translations.py collects every `_("...")` and
`ngettext(...)` of clubapp/ into the translation sources, beside the UI's tr() strings (one context: a word is
translated once).

Plurals follow CLDR's rules through Babel (Arabic has six forms, French "1 visite" / "0 visite"): the English
forms are the code's two strings, the other languages' forms are the <numerusform>s of the plural string's message
in their .ts file, in Qt's order (CLDR's zero, one, two, few, many, other, those Qt uses for the language).

Digits (decided per language, the same in the window, the charts, the status bar and the PDFs): Western for
English, French, Portuguese, Swahili and Tetum; Arabic-Indic (٠١٢) for Arabic, as Qt's Arabic locale writes
them; Extended Arabic-Indic (۰۱۲) for Dari and Pashto and Devanagari (०१२) for Nepali, CLDR's default numbering
for those languages. Codes a person types or reads out (tracking numbers, verification codes, coordinates typed
in) stay in Western digits everywhere.
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

log = logging.getLogger(__name__)

ENGLISH = "en"
PSEUDO = "qps"
# The CLDR locale behind each language for names, numbers, dates and plural rules. CLDR has no Tetum: Timor-Leste's
# Portuguese gives its numbers and dates (Tetum's month names come from Portuguese too).
CLDR_LOCALES = {"en": "en", "fr": "fr", "pt": "pt", "ar": "ar", "sw": "sw", "ne": "ne", "fa_AF": "fa_AF",
                "ps": "ps", "tet": "pt_TL"}
# Each language in its own words where CLDR's name is not the one its speakers use (CLDR calls Afghanistan's
# Persian "فارسی"; in Afghanistan it is Dari) or CLDR has none.
OWN_NAMES = {"fa_AF": "دری", "tet": "Tetun"}
RIGHT_TO_LEFT = frozenset({"ar", "fa_AF", "ps"})
_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa_AF": "۰۱۲۳۴۵۶۷۸۹", "ps": "۰۱۲۳۴۵۶۷۸۹", "ne": "०१२३४५६७८९"}
_NUMBERING = {"ar": "arab", "fa_AF": "arabext", "ps": "arabext", "ne": "deva"}  # CLDR's names of those digits
_WESTERN = "0123456789"
# Qt's numerus forms for a language with that many forms, as CLDR categories (a category Qt does not have for the
# language, e.g. French "many" for millions, takes the last form, "other")
_QT_FORMS = {1: ("other",), 2: ("one", "other"), 3: ("one", "few", "other"), 4: ("one", "two", "few", "other"),
             6: ("zero", "one", "two", "few", "many", "other")}

_translate: Callable[[str], str] | None = None
_ui_language = ENGLISH
_printing: ContextVar[str | None] = ContextVar("clubapp_words_language", default=None)


def use_translator(translate: Callable[[str], str] | None, language: str | None = None) -> None:
    """Set by clubapp.ui.i18n when a language is chosen (None: English)."""
    global _translate, _ui_language
    _translate = translate
    _ui_language = language or (ENGLISH if translate is None else _ui_language)


def current_language() -> str:
    """The language text is written in here and now: the one `in_language` chose, or the person's."""
    return _printing.get() or _ui_language


@contextmanager
def in_language(language: str | None) -> Iterator[str]:
    """Write in `language` inside the block (only in this thread or task); None or an unknown code: no change."""
    chosen = language if language in CLDR_LOCALES or language == PSEUDO else None
    token = _printing.set(chosen or _printing.get())
    try:
        yield current_language()
    finally:
        _printing.reset(token)


def _(text: str) -> str:
    """`text` in the current language (the text itself in English or when untranslated)."""
    language = _printing.get()
    if language is None or language == _ui_language:
        return text if _translate is None else _translate(text)
    if language == ENGLISH:
        return text
    return catalog(language).singles.get(text, text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message with a count that fits `n` in the current language (CLDR's rule, through Babel)."""
    language = current_language()
    forms = catalog(language).plurals.get(plural) if language not in (ENGLISH, PSEUDO) else None
    if not forms:
        return _(singular if plural_category(ENGLISH, n) == "one" else plural)
    categories = _QT_FORMS.get(len(forms), ("other",) * len(forms))
    category = plural_category(language, n)
    return forms[categories.index(category)] if category in categories else forms[-1]


def plural_category(language: str, n: float) -> str:
    """CLDR's plural category of `n` in `language`: "zero", "one", "two", "few", "many" or "other"."""
    return _babel_locale(language).plural_form(abs(n))


def digits(text: str, language: str | None = None) -> str:
    """`text` with its Western digits written in the language's own (see the module's note)."""
    table = _DIGITS.get(language or current_language())
    return text.translate(str.maketrans(_WESTERN, table)) if table else text


def number(value: float | int, decimals: int = 0, language: str | None = None) -> str:
    """A number as the language writes it: its digits, group and decimal separators (English 5,400,000)."""
    from babel.numbers import format_decimal

    language = language or current_language()
    locale = _babel_locale(language)
    grouping = locale.decimal_formats[None].pattern.split(";")[0].split(".")[0]  # Nepali groups lakhs: 54,00,000
    pattern = grouping + ("." + "0" * decimals if decimals else "")
    # the numbering system brings its separators (Arabic ٬ and ٫, as Qt's locales write them); Babel leaves the
    # digits Western, so they are written in the language's own afterwards
    return digits(format_decimal(round(value, decimals) if decimals else round(value), format=pattern,
                                 locale=locale, numbering_system=_NUMBERING.get(language, "latn")),
                  language)


def separator(language: str | None = None) -> str:
    """What sets the parts of a line apart ("school · country"): a middle dot, but in Arabic script the Arabic
    comma, as a dot there reads as the digit zero (٠, ۰)."""
    return "، " if (language or current_language()) in RIGHT_TO_LEFT else " · "


def is_right_to_left(language: str | None = None) -> bool:
    return (language or current_language()) in RIGHT_TO_LEFT


def language_name(code: str, reader: str | None = None) -> str:
    """The name of language `code` in the `reader`'s language (by default its own: "Kiswahili", "नेपाली", "دری")."""
    reader = reader or code
    if reader == code and code in OWN_NAMES:
        return OWN_NAMES[code]
    names = _babel_locale(reader).languages
    # CLDR names Afghanistan's Persian "Dari" under the code prs, and has no locale for Tetum, only its name
    name = (names.get({"fa_AF": "prs"}.get(code, code)) or {"fa_AF": "Dari"}.get(code) or names.get(code)
            or OWN_NAMES.get(code) or code)
    return name[:1].upper() + name[1:]


def country_name(code: str, language: str | None = None, fallback: str | None = None) -> str:
    """The name of country `code` (two letters) in the language, from CLDR; `fallback` (or the code) if unknown."""
    name = _babel_locale(language or current_language()).territories.get((code or "").upper())
    return name or fallback or code


@functools.cache
def _babel_locale(language: str):
    from babel import Locale

    return Locale.parse(CLDR_LOCALES.get(language, ENGLISH))


class Catalog:
    """One language's translations, read from its .ts source: plain messages and the forms of plural ones."""

    def __init__(self, singles: dict[str, str] | None = None, plurals: dict[str, list[str]] | None = None):
        self.singles = singles or {}
        self.plurals = plurals or {}


@functools.cache
def catalog(language: str) -> Catalog:
    """The translations of `language` (empty for English, the pseudo-locale, or when its file is missing)."""
    if language in (ENGLISH, PSEUDO) or language not in CLDR_LOCALES:
        return Catalog()
    from . import paths

    try:
        source = paths.resource("translations") / f"clubapp_{language}.ts"
        root = ET.parse(source).getroot()
    except (FileNotFoundError, OSError, ET.ParseError) as exc:
        log.warning("no translations for %s: %s", language, exc)
        return Catalog()
    singles: dict[str, str] = {}
    plurals: dict[str, list[str]] = {}
    for message in root.iter("message"):
        text, translation = message.findtext("source") or "", message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if forms and all(forms):
                plurals[text] = forms
        elif translation.text:
            singles[text] = translation.text
    return Catalog(singles, plurals)
