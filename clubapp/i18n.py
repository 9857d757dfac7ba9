"""Languages: Qt translators for our strings and Qt's own, right-to-left layout, and a pseudo-locale.

Our strings are marked with tr() in the UI (QT_TRANSLATE_NOOP at module level); `.ts` sources live in
resources/translations/ and `.qm` files are built from them at install time (.ci/install runs
pyside6-lrelease). The pseudo-locale "qps" lengthens every string and adds accents, to find text that is cut off
or not translatable without waiting for a translator.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from . import paths

log = logging.getLogger(__name__)

LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "pt": "Português",
    "ar": "العربية",
    "qps": "Pseudo-locale (layout check)",
}
PSEUDO = "qps"


def translations_dir() -> Path:
    return paths.resource("translations")


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


class PseudoTranslator(QTranslator):
    """Every string about 40% longer, with accented letters, inside brackets: cut-off text shows at once."""

    _ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "àéîöûýÀÉÎÖÛÝçñšž")

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source:
            return source
        padding = "~" * max(2, len(source) * 2 // 5)
        return f"[{source.translate(self._ACCENTS)} {padding}]"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> str:
    """Switch the application's language; returns the language actually used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "en"
    if language == PSEUDO:
        translator: QTranslator = PseudoTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
        locale = QLocale(QLocale.Language.English)
    else:
        locale = QLocale(language)
        if language != "en":
            ours = QTranslator(app)
            if ours.load(f"clubapp_{language}", str(translations_dir())):
                app.installTranslator(ours)
                _installed.append(ours)
            else:
                log.warning("no translation file for %s in %s", language, translations_dir())
            qt_own = QTranslator(app)
            if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt_own)  # Qt's own buttons and dialogs (OK, Cancel, file dialogs)
                _installed.append(qt_own)
    QLocale.setDefault(locale)  # dates and numbers follow the language
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if locale.textDirection() == Qt.LayoutDirection.RightToLeft
                               else Qt.LayoutDirection.LeftToRight)
    return language
