"""Fonts for every script the network writes in, and text marked up so each run of it uses a font that has its
glyphs: Latin in Noto Sans, Devanagari in Noto Sans Devanagari, Arabic script in Noto Naskh Arabic. Shaping
(conjuncts, joined letters) is HarfBuzz's, through reportlab; a paragraph in Arabic script is set right to left.
"""

from __future__ import annotations

import functools
import re
from html import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import asset

# family -> (regular file, bold file)
FAMILIES = {
    "Latin": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "Devanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    "Arabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
}
_A = "\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\u200c"
# A run of Devanagari, or of Arabic-script words with the spaces between them.
_WORD = rf"[{_A}][{_A}.،:]*"  # an Arabic-script word
# The Arabic fonts have no brackets, and reportlab shapes a word in one font: a bracket touching an Arabic
# word is set apart so it is a word of its own, in Noto Sans.
_BRACKET_BEFORE = re.compile(rf"([(\[])(?=[{_A}])")
_BRACKET_AFTER = re.compile(rf"(?<=[{_A}])([)\]])")
_SCRIPT_RUNS = re.compile(rf"([\u0900-\u097F\u200c\u200d]+(?: [\u0900-\u097F\u200c\u200d]+)*)|({_WORD}(?: {_WORD})*)")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")


@functools.cache
def register() -> dict[str, str]:
    """Register the fonts once; returns family -> registered regular name (bold is name + '-Bold')."""
    names = {}
    for family, (regular, bold) in FAMILIES.items():
        name = f"Club{family}"
        pdfmetrics.registerFont(TTFont(name, str(asset("fonts", regular))))
        pdfmetrics.registerFont(TTFont(f"{name}-Bold", str(asset("fonts", bold))))
        pdfmetrics.registerFontFamily(name, normal=name, bold=f"{name}-Bold", italic=name, boldItalic=f"{name}-Bold")
        names[family] = name
    return names


def base_font(bold: bool = False) -> str:
    return register()["Latin"] + ("-Bold" if bold else "")


def is_rtl(text: str) -> bool:
    return bool(_ARABIC.search(text or ""))


def needs_shaping(text: str) -> bool:
    return bool(_SCRIPT_RUNS.search(text or ""))


def markup(text: str, rtl_paragraph: bool = False) -> str:
    """Escape `text` for a Paragraph and wrap each run of Devanagari or Arabic script in its font.

    HarfBuzz shapes each word; in a left-to-right paragraph the words of an Arabic-script name are put in their
    right-to-left order here (a right-to-left paragraph, wordWrap="RTL", has reportlab order them itself)."""
    fonts = register()
    text = _BRACKET_AFTER.sub(r" \1", _BRACKET_BEFORE.sub(r"\1 ", text or ""))
    out, last = [], 0
    for match in _SCRIPT_RUNS.finditer(text or ""):
        out.append(escape(text[last:match.start()]))
        family = "Devanagari" if match.group(1) else "Arabic"
        run = match.group(0)
        if family == "Arabic" and not rtl_paragraph:
            run = " ".join(reversed(run.split(" ")))
        out.append(f'<font name="{fonts[family]}">{escape(run)}</font>')
        last = match.end()
    out.append(escape((text or "")[last:]))
    return "".join(out)
