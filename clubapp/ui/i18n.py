"""Languages: Qt translators for our strings and Qt's own, right-to-left layout, and a pseudo-locale.

Our strings are marked with tr() in the UI (clubapp.ui.text; QT_TRANSLATE_NOOP at module level); `.ts` sources
live in resources/translations/ and `.qm` files are built from them at install and build time
(packaging/update_translations.py --release). A source checkout without them still works: the first use of a
language compiles its .qm into the user's cache folder. The pseudo-locale "qps" lengthens every string and adds accents, to find text that is cut off
or not translatable without waiting for a translator.
"""

from __future__ import annotations

import logging
import re
import subprocess
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from .. import paths, words

log = logging.getLogger(__name__)

# Every language of the network, each in its own name: CLDR's (clubapp.words.language_name, which a test compares
# with these), written out so that start-up does not load Babel's data (0.16 s). The pseudo-locale last.
LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "pt": "Português",
    "ar": "العربية",
    "sw": "Kiswahili",
    "ne": "नेपाली",
    "fa_AF": "دری",
    "ps": "پښتو",
    "tet": "Tetun",
    "qps": "Pseudo-locale (layout check)",
}
PSEUDO = "qps"
# Qt has no Tetum locale (its "C" locale would write English dates): Timor-Leste's Portuguese gives dates and numbers
QT_LOCALES = {"tet": "pt_TL"}
QT_OWN_CATALOGUE = "qtbase"  # Qt's own translations (qtbase_fr.qm ...): its buttons and dialogs
# a system locale's language that is not ours by that code: Dari written prs, and other Persian read as Dari
SYSTEM_ALIASES = {"prs": "fa_AF", "fa": "fa_AF", "tdt": "tet"}


def translations_dir() -> Path:
    return paths.resource("translations")


def system_language() -> str:
    name = QLocale.system().name()
    for candidate in (name, name.split("_")[0]):
        candidate = SYSTEM_ALIASES.get(candidate, candidate)
        if candidate in LANGUAGES and candidate != PSEUDO:
            return candidate
    return "en"


def _lrelease() -> Path | None:
    import PySide6

    tool = Path(PySide6.__file__).parent / "lrelease"
    for candidate in (tool, tool.with_suffix(".exe")):
        if candidate.is_file():
            return candidate
    return None


def compiled_translation(language: str) -> Path | None:
    """The .qm file of `language`: the shipped one, or one compiled now from the .ts source when it is missing or
    older than the source (a source checkout); None when there is neither."""
    try:
        folder = translations_dir()
    except FileNotFoundError:  # an incomplete install: English only
        return None
    shipped, source = folder / f"clubapp_{language}.qm", folder / f"clubapp_{language}.ts"
    if shipped.is_file() and (not source.is_file() or shipped.stat().st_mtime >= source.stat().st_mtime):
        return shipped
    if not source.is_file():
        return None
    cached = Path(platformdirs.user_cache_dir(paths.APP_NAME, paths.APP_AUTHOR)) / "translations" / shipped.name
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    tool = _lrelease()
    if tool is None:
        return shipped if shipped.is_file() else None
    cached.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(tool), "-silent", str(source), "-qm", str(cached)], capture_output=True, text=True,
                            timeout=120)
    if result.returncode != 0:
        log.warning("could not compile %s: %s", source, result.stderr.strip())
        return shipped if shipped.is_file() else None
    return cached


class PseudoTranslator(QTranslator):
    """Every string about 40% longer, with accented letters, inside brackets: cut-off text shows at once."""

    _ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "àéîöûýÀÉÎÖÛÝçñšž")
    _KEEP = re.compile(r"(\{[a-z_]*\}|<[^>]*>|&[a-z]+;)")

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        padding = "~" * max(2, len(source) * 2 // 5)
        # {placeholders}, markup and entities stay as they are: the code fills and Qt reads them
        parts = self._KEEP.split(source)
        accented = "".join(part if index % 2 else part.translate(self._ACCENTS) for index, part in enumerate(parts))
        return f"[{accented} {padding}]"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language installed last (English before any)."""
    return _current


def install(app: QCoreApplication, language: str) -> str:
    """Switch the application's language; returns the language actually used."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "en"
    _current = language
    if language == PSEUDO:
        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
        locale = QLocale(QLocale.Language.English)
    else:
        locale = QLocale(QT_LOCALES.get(language, language))
        if language == "en":  # English has a file too: the singular and plural forms of messages with a count
            english = QTranslator(app)
            qm = compiled_translation("en")
            if qm is not None and english.load(str(qm)):
                app.installTranslator(english)
                _installed.append(english)
        else:
            ours = QTranslator(app)
            qm = compiled_translation(language)
            if qm is not None and ours.load(str(qm)):
                app.installTranslator(ours)
                _installed.append(ours)
            else:
                log.warning("no translation file for %s (%s)", language, qm)
            qt_own = QTranslator(app)
            if qt_own.load(locale, QT_OWN_CATALOGUE, "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt_own)  # Qt's own buttons and dialogs (OK, Cancel, file dialogs)
                _installed.append(qt_own)
    # the layers below the UI (services' messages, PDFs, the map) translate through clubapp.words
    words.use_translator(None if language == "en" else lambda text: QCoreApplication.translate("", text), language)
    QLocale.setDefault(locale)  # dates and numbers follow the language (digits: see clubapp.words)
    if hasattr(app, "setLayoutDirection"):
        right_to_left = words.is_right_to_left(language) or locale.textDirection() == Qt.LayoutDirection.RightToLeft
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    return language
