"""Paragraphs that run right to left (their first letter is Arabic-script) with words of other scripts inside:
a Latin club name, digits, a date.

reportlab lays a right-to-left line out by reversing its words, which also turns "Kamakwa Integrity Club" or a
date around. Here each line, once broken, is put in visual order by the Unicode bidirectional algorithm
(python-bidi) and drawn left to right; each Arabic-script word keeps its typed order inside, so that HarfBuzz
shapes (joins) it as it does everywhere else."""

from __future__ import annotations

from itertools import groupby
from unicodedata import bidirectional
from xml.sax.saxutils import escape

from bidi import get_base_level, get_display
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from .fonts import _pieces, is_rtl, register


def runs_right_to_left(text: str) -> bool:
    """True when the paragraph's direction is right to left: its first strong letter is Arabic-script."""
    return is_rtl(text) and get_base_level(text) == 1


class RightToLeftParagraph(Flowable):
    def __init__(self, text: str, style: ParagraphStyle, bold: bool = False):
        super().__init__()
        self.text, self.style, self.bold = " ".join(text.split()), style, bold
        alignment = TA_CENTER if style.alignment == TA_CENTER else TA_RIGHT
        self._line_style = ParagraphStyle(f"{style.name}-rtl-line", parent=style, alignment=alignment,
                                          wordWrap=None)
        self._lines: list[Paragraph] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._lines = [Paragraph(self._visual(line), self._line_style) for line in self._break(avail_width)]
        self.width = avail_width
        self.height = sum(line.wrap(avail_width, avail_height)[1] for line in self._lines)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for line in self._lines:
            y -= line.height
            line.drawOn(self.canv, 0, y)

    def _width(self, word: str) -> float:
        fonts = register()
        return sum(stringWidth(text, fonts[family] if family != "Latin" else fonts["Latin"] +
                               ("-Bold" if self.bold else ""), self.style.fontSize)
                   for family, text in _pieces(word))

    def _break(self, avail_width: float) -> list[str]:
        """Lines in typed (logical) order, broken where the words stop fitting (a little slack for shaping)."""
        space = stringWidth(" ", register()["Latin"], self.style.fontSize)
        lines: list[list[str]] = [[]]
        used = 0.0
        for word in self.text.split(" "):
            width = self._width(word)
            if lines[-1] and used + space + width > avail_width * 0.97:
                lines.append([])
                used = 0.0
            used += (space if lines[-1] else 0) + width
            lines[-1].append(word)
        return [" ".join(words) for words in lines]

    def _visual(self, line: str) -> str:
        """The line's words in the order they are drawn, left to right, as Paragraph markup."""
        fonts = register()
        drawn = []
        for word in get_display(line, base_dir="R").split(" "):
            if not is_rtl(word):
                parts = [word]
            elif not any(bidirectional(ch) == "L" for ch in word):
                parts = [word[::-1]]  # back to typed order: HarfBuzz sets the letters right to left itself
            else:  # a right-to-left run touching a left-to-right one ("،Kamakwa"): only the first turns back
                parts = []
                for left_to_right, group in groupby(word, key=lambda ch: bidirectional(ch) == "L"):
                    text = "".join(group)
                    parts.append(text if left_to_right else text[::-1])
            # reportlab shapes a word in the font of its first piece: a part of another script is a word of its own
            drawn += ["".join(escape(text) if family == "Latin" else f'<font name="{fonts[family]}">{escape(text)}</font>'
                              for family, text in _pieces(part)) for part in parts]
        body = " ".join(drawn)
        return f"<b>{body}</b>" if self.bold else body
