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
_DEVANAGARI = re.compile(r"[\u0900-\u097F\uA8E0-\uA8FF]")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_JOINERS = "\u200c\u200d"  # zero-width (non-)joiners belong to the script around them
_SPACES = re.compile(r"(\s+)")


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
    return bool(_DEVANAGARI.search(text or "") or _ARABIC.search(text or ""))


@functools.cache
def _covers(family: str) -> frozenset[int]:
    """The characters a family's regular font has glyphs for."""
    from reportlab.pdfbase.ttfonts import TTFontFile  # reportlab loads for printing only

    return frozenset(TTFontFile(str(asset("fonts", FAMILIES[family][0]))).charToGlyph)


def _script(ch: str) -> str:
    if _DEVANAGARI.match(ch):
        return "Devanagari"
    if _ARABIC.match(ch):
        return "Arabic"
    return ""


def _pieces(word: str) -> list[tuple[str, str]]:
    """Split a word (no spaces) into (family, text) pieces, each drawn by one font.

    reportlab shapes a word in the font of its first piece, so a word must not mix fonts: punctuation and digits
    touching Devanagari or Arabic go with that script when its font has them, and anything else becomes a piece
    of its own (set apart by a space: a bracket after an Arabic name, a Latin letter inside a Devanagari word)."""
    families = [_script(ch) for ch in word]
    if not any(families):
        return [("Latin", word)]
    for i, ch in enumerate(word):  # joiners and covered neutrals join the nearest script on their left, or right
        if families[i]:
            continue
        near = next((families[j] for j in range(i - 1, -1, -1) if families[j]), "") or \
            next((families[j] for j in range(i + 1, len(word)) if families[j]), "")
        if ch in _JOINERS or (not ch.isalpha() and ord(ch) in _covers(near)):
            families[i] = near
    out: list[tuple[str, str]] = []
    for family, ch in zip(families, word, strict=True):
        family = family or "Latin"
        if out and out[-1][0] == family:
            out[-1] = (family, out[-1][1] + ch)
        else:
            out.append((family, ch))
    return out


_PUNCTUATION = ",.:!\u060c"


def _arabic_run_for_ltr_line(run: list[str]) -> list[str]:
    """The words of an Arabic-script run inside a left-to-right line, in the order they are drawn.

    The words go right to left. HarfBuzz sets each word right to left too, so punctuation typed at the end of
    the run would be drawn on the word's left: it belongs on the run's right, so it is put at the start of the
    word drawn rightmost (and punctuation typed before the run, at the end of the word drawn leftmost)."""
    first_body = run[0].lstrip(_PUNCTUATION)
    leading = run[0][: len(run[0]) - len(first_body)]
    run = [first_body, *run[1:]]
    last_body = run[-1].rstrip(_PUNCTUATION)
    trailing = run[-1][len(last_body):]
    run[-1] = last_body
    drawn = [word for word in reversed(run) if word]
    if not drawn:
        return [leading + trailing]
    drawn[-1] = trailing + drawn[-1]
    drawn[0] = drawn[0] + leading
    return drawn


def markup(text: str) -> str:
    """Escape `text` for a Paragraph and set each run of Devanagari or Arabic script in its font.

    HarfBuzz shapes each word (conjuncts, joined letters). This is for left-to-right paragraphs: the words of an
    Arabic-script run inside are put in their right-to-left order here. Paragraphs that run right to left are
    clubapp.reports.right_to_left's."""
    fonts = register()
    words: list[tuple[str, str]] = []  # (family, text), one per word reportlab will see
    for token in _SPACES.split(text or ""):
        if token and not token.isspace():
            words.extend(_pieces(token))
    out: list[str] = []
    index = 0
    while index < len(words):
        family, piece = words[index]
        if family == "Latin":
            out.append(escape(piece))
            index += 1
            continue
        run = [piece]
        while index + len(run) < len(words) and words[index + len(run)][0] == family:
            run.append(words[index + len(run)][1])
        index += len(run)
        if family == "Arabic":
            run = _arabic_run_for_ltr_line(run)
        out.append(f'<font name="{fonts[family]}">{escape(" ".join(run))}</font>')
    return " ".join(out)
