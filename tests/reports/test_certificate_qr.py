"""A certificate's QR code, rendered as a phone's camera would see the printed page, scans back to its code."""

from __future__ import annotations

import subprocess
import time
from dataclasses import replace
from datetime import date

import zxingcpp
from PIL import Image
from pypdf import PdfReader

from clubapp.reports.certificates import write_certificates
from clubapp.services.certificates import CertificateData, new_verification_code


def certificate(n: int, name: str) -> CertificateData:
    return CertificateData(id=str(n), number=f"KE7Q3M-2026-{10000 + n}", verification_code=new_verification_code(),
                           student_name=name, club_name="Kamakwa Integrity Club",
                           school_name="Kamakwa Mixed Secondary School", country="KE", teacher_name="Grace Wambui",
                           issued_on=date(2026, 11, 20), period_start=date(2026, 1, 10),
                           period_end=date(2026, 11, 20), visits=n, issues_reported=n, issues_fixed=0)


def test_every_printed_qr_code_scans_back_to_its_certificate(tmp_path):
    made = [certificate(n, name) for n, name in enumerate(["Wanjiru Kamau", "सीता श्रेष्ठ", "فاطمه احمدی"])]
    out = tmp_path / "certificates.pdf"
    write_certificates(made, out)
    # 100 dpi, about what a phone gets from a printed page: the 30 mm code is 118 pixels, 4 a module
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(out), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 3
    for page, printed in zip(pages, made, strict=True):
        found = zxingcpp.read_barcodes(Image.open(page), formats=zxingcpp.BarcodeFormat.QRCode)
        assert [code.text for code in found] == [f"CLUBAPP-CERT:{printed.verification_code}"]


def test_the_code_is_one_small_image_not_thousands_of_rectangles(tmp_path):
    """The QR code was a vector rectangle per run of dark modules: 165 path operators a page, most of the file."""
    out = tmp_path / "one.pdf"
    write_certificates([certificate(1, "Wanjiru Kamau")], out)
    content = PdfReader(out).pages[0].get_contents().get_data().decode("latin-1")
    assert content.count(" re") < 10  # the two borders, no module rectangles
    assert content.count("BI ") == 1 and "/IM true" in content


def test_a_batch_shares_its_fixed_parts_and_keeps_each_page_its_own(tmp_path):
    """The frame, title and sentences are drawn once as forms; each page still names its own student and code."""
    made = [replace(certificate(n % 3, f"Student {n}"), id=str(n), number=f"KE7Q3M-2026-{n:05d}")
            for n in range(60)]
    out = tmp_path / "batch.pdf"
    started = time.perf_counter()
    write_certificates(made, out)
    assert time.perf_counter() - started < 10  # 60 pages; a guard against a quadratic slip, not a benchmark
    reader = PdfReader(out)
    assert len(reader.pages) == 60
    for page, printed in zip(reader.pages, made, strict=True):
        text = page.extract_text()
        assert printed.student_name in text and printed.number in text
        assert "Certificate of Community Monitoring" in text and "Kamakwa Mixed Secondary School" in text
    assert out.stat().st_size < 60 * 3000  # the shared parts are in the file once, not 60 times
