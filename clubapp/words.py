"""Text for people written below the UI: services' messages, printed PDFs, the map's legend and popups.

    raise PermissionDenied(_("Only a teacher can approve a record."))
    _("Latitude must be between -90 and 90 (got {value}).").format(value=latitude)  # placeholders, no f-string

The desktop app plugs Qt's translator in (clubapp.ui.i18n.install), so a worker raising an error or drawing a PDF
writes in the person's language; the server and a bare command line keep English. This module does not import Qt:
the layers below the UI stay free of it. packaging/update_translations.py collects every `_("...")` of clubapp/
into the translation sources, beside the UI's tr() strings (one context: a word is translated once).
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] | None = None


def use_translator(translate: Callable[[str], str] | None) -> None:
    """Set by clubapp.ui.i18n when a language is chosen (None: English)."""
    global _translate
    _translate = translate


def _(text: str) -> str:
    """`text` in the chosen language (the text itself in English or when untranslated)."""
    return text if _translate is None else _translate(text)
