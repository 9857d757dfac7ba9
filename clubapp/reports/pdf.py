"""What every clubapp PDF shares: A4 pages, Noto fonts for every script, paragraph styles and the footer."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from ..maps.dates import long_date
from ..words import _
from .fonts import base_font, markup, needs_shaping
from .right_to_left import RightToLeftParagraph, runs_right_to_left

__all__ = ["ACCENT", "FIXED", "INK", "MARGIN", "MUTED", "PROBLEM", "footer", "label", "long_date", "para", "styles"]

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#0b6e4f")  # the clubs' green
FIXED = colors.HexColor("#007a55")
PROBLEM = colors.HexColor("#b00020")
MARGIN = 18 * mm


@cache
def styles() -> dict[str, ParagraphStyle]:
    regular, bold = base_font(), base_font(bold=True)
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14.5, textColor=INK, shaping=1)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        "h1": ParagraphStyle("h1", parent=body, fontName=bold, fontSize=20, leading=25, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=body, fontName=bold, fontSize=13.5, leading=18, spaceBefore=10,
                             spaceAfter=4, textColor=ACCENT),
        "h3": ParagraphStyle("h3", parent=body, fontName=bold, fontSize=11, leading=15, spaceBefore=6),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
    }


def para(text: str, style: str = "body", *, bold: bool = False, **overrides) -> Paragraph:
    """A paragraph of any script: Devanagari and Arabic runs in their fonts, Arabic-script text right to left."""
    base = styles()[style]
    if not needs_shaping(text):
        overrides.setdefault("shaping", 0)  # HarfBuzz is for Devanagari and Arabic; Latin text is faster without
    rtl = runs_right_to_left(text)
    if rtl and base.alignment == 0 and "alignment" not in overrides:
        overrides["alignment"] = TA_RIGHT
    if overrides:
        base = ParagraphStyle(f"{base.name}-x", parent=base, **overrides)
    if rtl:  # ordered line by line by the bidirectional algorithm (a Latin name or a date inside stays whole)
        return RightToLeftParagraph(text, base, bold)
    body = markup(text)
    return Paragraph(f"<b>{body}</b>" if bold else body, base)


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of a code from a code list (clubapp.domain.codelists: their labels are in the
    translation sources); an unknown code as it is."""
    return _(table[code]) if code in table else (code or "")


def footer(canvas, doc, text: str) -> None:
    """The line at the foot of every page: `text` (any script, so a Paragraph, not drawString) and the page."""
    canvas.saveState()
    label = para(text, "small", fontSize=8, leading=10, alignment=0)
    width = doc.pagesize[0] - 2 * MARGIN - 12 * mm
    label.wrap(width, 12 * mm)
    label.drawOn(canvas, MARGIN, 10 * mm - 2)
    canvas.setFont(base_font(), 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(doc.pagesize[0] - MARGIN, 10 * mm, f"{canvas.getPageNumber()}")
    canvas.restoreState()
