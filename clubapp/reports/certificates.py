"""Certificates: one A4 landscape page per student, with what they did, the teacher's signature line, a number,
a verification code and its QR code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..services.actor import Actor
from ..services.certificates import CertificateData, CertificateService, format_code
from ..words import _, ngettext, number
from .pdf import ACCENT, INK, MUTED, draw_qr, long_date, para, plain_line

PAGE = landscape(A4)


class Cancelled(Exception):
    """The person stopped the batch; the file was not written."""


def render_certificates(
    services, actor: Actor, club_id: str, member_ids: list[str] | None, out: Path, *,
    progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
    period: tuple | None = None,
) -> list[CertificateData]:
    """Record and print certificates for the chosen students (all active ones when `member_ids` is None)."""
    service = CertificateService(services.store)
    certificates = service.issue(actor, club_id, member_ids, *(period or (None, None)))
    try:
        write_certificates(certificates, out, progress=progress, cancelled=cancelled)
    except BaseException:  # stopped, or the disk is full: codes that were never printed must not verify
        service.discard(actor, [c.id for c in certificates])
        raise
    return certificates


def write_certificates(certificates: list[CertificateData], out: Path, *,
                       progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> None:
    partial = out.with_name(out.name + ".part")  # a stopped or failed batch never leaves half a file
    canvas = Canvas(str(partial), pagesize=PAGE, pageCompression=1)
    canvas.setTitle(_("Integrity Club certificates"))
    canvas.setAuthor("clubapp")
    shared = SharedParts(canvas)
    try:
        for index, certificate in enumerate(certificates):
            if cancelled and cancelled():
                raise Cancelled()
            draw_certificate(canvas, certificate, shared)
            canvas.showPage()
            if progress:
                progress(index + 1, len(certificates))
        canvas.save()
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)


WIDTH, HEIGHT = PAGE
TEXT_LEFT, TEXT_WIDTH = 35 * mm, WIDTH - 70 * mm
SIGNATURE_BASE = 30 * mm
QR_SIZE = 30 * mm
# Where a block that moves with the name's height is drawn inside its form; the page places it with a translation.
FORM_TOP = HEIGHT / 2


class SharedParts:
    """What many pages of one batch share, drawn once into a PDF form (an XObject) and placed on each page:
    the frame, title, signature block, the club and school lines, each achievements sentence. A page then holds
    a few operators and the student's own lines, not a dozen laid-out paragraphs."""

    LIMIT = 300  # forms kept per batch: past that (many different sentences), blocks are drawn on the page

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self._forms: dict[tuple, tuple[str, float]] = {}

    def place(self, key: tuple, draw: Callable[[], float], dy: float = 0.0) -> float:
        """Draw the block `draw` makes (it returns a y it reached) through its form, moved up by `dy`."""
        known = self._forms.get(key)
        if known is None:
            if len(self._forms) >= self.LIMIT:
                self.canvas.saveState()
                self.canvas.translate(0, dy)
                reached = draw()
                self.canvas.restoreState()
                return reached + dy
            name = f"certificate-part-{len(self._forms)}"
            self.canvas.beginForm(name)
            reached = draw()
            self.canvas.endForm()
            known = self._forms[key] = (name, reached)
        name, reached = known
        self.canvas.saveState()
        self.canvas.translate(0, dy)
        self.canvas.doForm(name)
        self.canvas.restoreState()
        return reached + dy


def centred(canvas: Canvas, text: str, y: float, style: str = "body", **kw) -> float:
    """A centred paragraph whose top is at y; returns its bottom."""
    p = para(text, style, alignment=1, **kw)
    p.wrap(TEXT_WIDTH, HEIGHT)
    p.drawOn(canvas, TEXT_LEFT, y - p.height)
    return y - p.height


def draw_frame(canvas: Canvas, c: CertificateData) -> float:
    """Borders, club, title, "This certifies that" and the teacher's signature block; returns where the name goes."""
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, WIDTH - 24 * mm, HEIGHT - 24 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(15 * mm, 15 * mm, WIDTH - 30 * mm, HEIGHT - 30 * mm)
    y = HEIGHT - 32 * mm
    y = centred(canvas, c.club_name, y, "h3", textColor=ACCENT, fontSize=13, leading=18)
    y = centred(canvas, _("Certificate of Community Monitoring"), y - 4 * mm, "h1", fontSize=28, leading=34)
    y = centred(canvas, _("This certifies that"), y - 8 * mm, fontSize=12)
    # signature line, left
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(35 * mm, SIGNATURE_BASE + 12 * mm, 115 * mm, SIGNATURE_BASE + 12 * mm)
    below = SIGNATURE_BASE + 11 * mm
    for text, style in ((c.teacher_name or _("Teacher"), "body"),
                        (_("Teacher · {date}").format(date=long_date(c.issued_on)), "small")):
        p = para(text, style, alignment=0)  # under the line, from its left end, whatever the script
        p.wrap(80 * mm, 20 * mm)
        below -= p.height
        p.drawOn(canvas, 35 * mm, below)
    return y


def draw_membership(canvas: Canvas, c: CertificateData) -> float:
    y = centred(canvas, _("member of {club}").format(club=c.club_name), FORM_TOP, fontSize=12.5, leading=18)
    return centred(canvas, c.school_name, y, fontSize=12.5, leading=18)


def draw_achievements(canvas: Canvas, sentence: str) -> float:
    y = centred(canvas, sentence, FORM_TOP, fontSize=12.5, leading=18)
    return centred(canvas, _("Thank you for helping public money reach the people it was meant for."), y - 5 * mm,
                   "small", fontSize=10)


def draw_certificate(canvas: Canvas, c: CertificateData, shared: SharedParts | None = None) -> None:
    shared = shared or SharedParts(canvas)
    y = shared.place(("frame", c.club_name, c.teacher_name, c.issued_on), lambda: draw_frame(canvas, c))
    y -= 4 * mm
    if plain_line(canvas, c.student_name, WIDTH / 2, y - 30, TEXT_WIDTH, size=30, bold=True, align="centre"):
        y -= 40  # one line of the h1 style at 30 pt on 40 pt leading, as the paragraph would take
    else:  # a script to shape, or a name too long for one line
        y = centred(canvas, c.student_name, y, "h1", fontSize=30, leading=40, textColor=INK)
    y -= 3 * mm
    y = shared.place(("member", c.club_name, c.school_name), lambda: draw_membership(canvas, c), y - FORM_TOP)
    sentence = achievements(c)
    y -= 3 * mm
    shared.place(("achievements", sentence), lambda: draw_achievements(canvas, sentence), y - FORM_TOP)

    # verification, right
    canvas.setFillColor(INK)
    draw_qr(canvas, f"CLUBAPP-CERT:{c.verification_code}", WIDTH - 35 * mm - QR_SIZE, SIGNATURE_BASE - 8 * mm,
            QR_SIZE)
    right = WIDTH - 35 * mm - QR_SIZE - 4 * mm
    code = format_code(c.verification_code)
    lines = ((_("Certificate {number}").format(number=c.number), SIGNATURE_BASE + 14 * mm, 8.5, False, MUTED),
             (_("Verification code {code}").format(code=code), SIGNATURE_BASE + 8 * mm, 10.5, True, INK),
             (_("Check it: {command}").format(command=f"clubapp verify {code}"), SIGNATURE_BASE + 3 * mm, 8.5,
              False, MUTED))
    column = 105 * mm  # from the signature line's end to the QR code
    for text, baseline, size, bold, colour in lines:
        if plain_line(canvas, text, right, baseline, column, size=size, bold=bold, colour=colour, align="right"):
            continue
        # a paragraph, not drawRightString: a translation may be in a script the Latin font does not have
        p = para(text, "small", bold=bold, alignment=2, fontSize=size, leading=size * 1.2, textColor=colour)
        _width, height_used = p.wrap(column, 20 * mm)
        # the first line's baseline where drawRightString put it (reportlab: bottom + height - font size)
        p.drawOn(canvas, right - column, baseline + size - height_used)


def achievements(c: CertificateData) -> str:
    """What the student did, in words: a sentence with the period and the three counts (singular or plural)."""
    period = (_("from {start} to {end}").format(start=long_date(c.period_start), end=long_date(c.period_end))
              if c.period_start and c.period_end else _("up to {date}").format(date=long_date(c.issued_on)))
    visits = ngettext("{count} monitoring visit", "{count} monitoring visits", c.visits).format(
        count=number(c.visits))
    reported = ngettext("{count} problem recorded and reported", "{count} problems recorded and reported",
                        c.issues_reported).format(count=number(c.issues_reported))
    fixed = ngettext("{count} problem followed until fixed", "{count} problems followed until fixed",
                     c.issues_fixed).format(count=number(c.issues_fixed))
    return _("monitored public projects in the community {period}: {visits}, {reported}, and {fixed}.").format(
        period=period, visits=visits, reported=reported, fixed=fixed)
