"""Certificates: one A4 landscape page per student, with what they did, the teacher's signature line, a number,
a verification code and its QR code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import segno
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..services.actor import Actor
from ..services.certificates import CertificateData, CertificateService, format_code
from ..words import _, ngettext, number
from .pdf import ACCENT, INK, MUTED, long_date, para

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
    try:
        for index, certificate in enumerate(certificates):
            if cancelled and cancelled():
                raise Cancelled()
            draw_certificate(canvas, certificate)
            canvas.showPage()
            if progress:
                progress(index + 1, len(certificates))
        canvas.save()
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)


_WRAPPED: dict = {}


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code as vector rectangles, one per run of dark modules in a row (segno encodes it)."""
    # A fixed mask skips segno's search for the best one (any mask is valid; this one scans fine): 10x faster.
    matrix = segno.make(text, error="m", micro=False, mask=0, boost_error=False).matrix
    quiet = 2
    cell = size / (len(matrix) + 2 * quiet)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + quiet + 1) * cell
        start = None
        for col, dark in enumerate((*row, 0)):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                path.rect(x + (start + quiet) * cell, top, (col - start) * cell, cell)
                start = None
    canvas.setFillColor(INK)
    canvas.drawPath(path, stroke=0, fill=1)


def draw_certificate(canvas: Canvas, c: CertificateData) -> None:
    width, height = PAGE
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(15 * mm, 15 * mm, width - 30 * mm, height - 30 * mm)

    def centred(text: str, y: float, style: str = "body", **kw) -> float:
        key = (text, style, tuple(sorted(kw.items())))
        p = _WRAPPED.get(key)
        if p is None:  # the same lines on every page (title, club, school) are laid out once
            p = para(text, style, alignment=1, **kw)
            p.wrap(width - 70 * mm, height)
            if len(_WRAPPED) < 500:
                _WRAPPED[key] = p
        p.drawOn(canvas, 35 * mm, y - p.height)
        return y - p.height

    y = height - 32 * mm
    y = centred(c.club_name, y, "h3", textColor=ACCENT, fontSize=13, leading=18)
    y = centred(_("Certificate of Community Monitoring"), y - 4 * mm, "h1", fontSize=28, leading=34)
    y = centred(_("This certifies that"), y - 8 * mm, fontSize=12)
    y = centred(c.student_name, y - 4 * mm, "h1", fontSize=30, leading=40, textColor=INK)
    y = centred(_("member of {club}").format(club=c.club_name), y - 3 * mm, fontSize=12.5, leading=18)
    y = centred(c.school_name, y, fontSize=12.5, leading=18)
    y = centred(achievements(c), y - 3 * mm, fontSize=12.5, leading=18)
    centred(_("Thank you for helping public money reach the people it was meant for."), y - 5 * mm,
            "small", fontSize=10)

    # signature line, left; verification, right
    base = 30 * mm
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(35 * mm, base + 12 * mm, 115 * mm, base + 12 * mm)
    y = base + 11 * mm
    for text, style in ((c.teacher_name or _("Teacher"), "body"),
                        (_("Teacher · {date}").format(date=long_date(c.issued_on)), "small")):
        p = para(text, style, alignment=0)  # under the line, from its left end, whatever the script
        p.wrap(80 * mm, 20 * mm)
        y -= p.height
        p.drawOn(canvas, 35 * mm, y)
    qr_size = 30 * mm
    draw_qr(canvas, f"CLUBAPP-CERT:{c.verification_code}", width - 35 * mm - qr_size, base - 8 * mm, qr_size)
    right = width - 35 * mm - qr_size - 4 * mm
    code = format_code(c.verification_code)
    # paragraphs, not drawRightString: a translation may be in a script the Latin font does not have
    lines = ((_("Certificate {number}").format(number=c.number), base + 14 * mm, 8.5, False, MUTED),
             (_("Verification code {code}").format(code=code), base + 8 * mm, 10.5, True, INK),
             (_("Check it: {command}").format(command=f"clubapp verify {code}"), base + 3 * mm, 8.5, False, MUTED))
    column = 105 * mm  # from the signature line's end to the QR code
    for text, baseline, size, bold, colour in lines:
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
