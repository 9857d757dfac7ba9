"""What every clubapp PDF shares: A4 pages, Noto fonts for every script, paragraph styles and the footer."""

from __future__ import annotations

from functools import cache

import zxingcpp
from PIL import Image
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from ..maps.dates import long_date
from ..words import _
from .fonts import _covers, base_font, markup, needs_shaping
from .right_to_left import RightToLeftParagraph, runs_right_to_left

__all__ = ["ACCENT", "FIXED", "INK", "MARGIN", "MUTED", "PROBLEM", "draw_qr", "footer", "label", "long_date", "para",
           "plain_line", "qr_modules", "styles"]

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


def plain_line(canvas, text: str, x: float, baseline: float, width: float, *, size: float, bold: bool = False,
               colour=INK, align: str = "left") -> bool:
    """Draw `text` as one line of the Latin font when it is plain Latin (nothing to shape, every character in the
    font) and fits in `width`: ten times cheaper than a Paragraph. False, drawing nothing, when a Paragraph is
    needed. `x` is the left edge, the centre or the right edge as `align` says."""
    if needs_shaping(text) or not _latin_only(text):
        return False
    font = base_font(bold)
    if canvas.stringWidth(text, font, size) > width:
        return False
    canvas.setFont(font, size)
    canvas.setFillColor(colour)
    draw = {"left": canvas.drawString, "centre": canvas.drawCentredString, "right": canvas.drawRightString}[align]
    draw(x, baseline, text)
    return True


def _latin_only(text: str) -> bool:
    covered = _covers("Latin")
    return all(ord(ch) in covered for ch in text)


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


QUIET_MODULES = 2  # light modules around the code (the page around it is white too)


def qr_modules(text: str) -> Image.Image:
    """The QR code of `text` (error correction M) as a 1-bit image, one pixel a module, black for dark."""
    # zxing-cpp encodes in C++: 0.1 ms a code, where a pure-Python encoder took 0.5 ms (most of a certificate)
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    pixels = code.to_image(scale=1, add_quiet_zones=False)
    side = pixels.shape[0]
    return Image.frombytes("L", (side, side), memoryview(pixels).tobytes()).convert("1")


def draw_qr(canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code filling the square (x, y, size), drawn in the current fill colour as one small inline 1-bit image
    mask: a few hundred bytes in the page, where one rectangle per run of dark modules was thousands of operators."""
    modules = qr_modules(text)
    side = modules.width
    cell = size / (side + 2 * QUIET_MODULES)
    inner = side * cell
    # An image mask paints its 0 bits (PIL's mode "1" writes dark as 0), rows padded to whole bytes, top row first.
    data = modules.tobytes().hex()
    canvas.saveState()
    canvas.addLiteral(f"{inner:.3f} 0 0 {inner:.3f} {x + QUIET_MODULES * cell:.3f} {y + QUIET_MODULES * cell:.3f} cm")
    canvas.addLiteral(f"BI /W {side} /H {side} /IM true /BPC 1 /F /AHx ID {data}> EI")
    canvas.restoreState()
