"""Printing and maps at scale: certificates next to reportlab's own floor, and the projects map with 10,000 points.

    python tests/bench/bench_reports.py --size full    # 2,000 certificates; a map of 10,000 projects
    python tests/bench/bench_reports.py --size small   # what CI runs (through pytest)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clubapp.maps.browser import dispose, open_offline
from clubapp.reports.certificates import PAGE, write_certificates
from clubapp.services.actor import Actor
from clubapp.services.certificates import CertificateData, new_verification_code
from clubapp.services.registry import Services
from clubapp.store.local import open_local_store
from network_data import generate

SIZES = {"small": (50, 40), "full": (2000, 2000)}  # certificates; clubs for the map (5 projects each)
NAMES = ("Wanjiru Kamau", "सीता श्रेष्ठ", "فاطمه احمدی", "Musu Kollie", "प्रकाश राई", "محمد رحیمی")


def certificates(count: int) -> list[CertificateData]:
    return [CertificateData(id=str(n), number=f"KE7Q3M-2026-{10000 + n}", verification_code=new_verification_code(),
                            student_name=f"{NAMES[n % len(NAMES)]} {n}", club_name="Kamakwa Integrity Club",
                            school_name="Kamakwa Mixed Secondary School", country="KE", teacher_name="Grace Wambui",
                            issued_on=date(2026, 11, 20), period_start=date(2026, 1, 10),
                            period_end=date(2026, 11, 20), visits=n % 9, issues_reported=n % 5, issues_fixed=n % 3)
            for n in range(count)]


def bare_pages(count: int, out: Path) -> None:
    """The floor: reportlab writing the same number of pages with a line of base-font text each."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(out), pagesize=PAGE, pageCompression=1)
    for n in range(count):
        canvas.setFont("Helvetica", 12)
        canvas.drawString(100, 300, f"Certificate {n}")
        canvas.showPage()
    canvas.save()


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def run(size: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    count, clubs = SIZES[size]
    tmp = Path(tempfile.mkdtemp(prefix="clubapp-bench-reports-"))
    data = certificates(count)
    ours = timed(lambda: write_certificates(data, tmp / "certificates.pdf"))
    floor = timed(lambda: bare_pages(count, tmp / "bare.pdf"))
    size_mb = (tmp / "certificates.pdf").stat().st_size / 1e6
    print(f"{count:,} certificates: {ours:.2f} s ({size_mb:.1f} MB); reportlab's bare pages {floor:.2f} s "
          f"(ratio {ours / floor:.1f}x)")

    store = open_local_store(tmp / "data")
    generate(store.engine, clubs, 10)
    services = Services.for_store(store)
    from clubapp.maps import build_map_html

    built = timed(lambda: build_map_html(services, Actor.operator(), None, tmp / "map"))
    projects = len(services.projects.list(Actor.operator()))
    app = QApplication.instance() or QApplication([])  # noqa: F841
    view, loaded = open_offline(tmp / "map" / "index.html")
    dispose(view)
    page_mb = (tmp / "map" / "index.html").stat().st_size / 1e6
    places_mb = (tmp / "map" / "map-files" / "places.js").stat().st_size / 1e6
    print(f"map of {projects:,} projects: built in {built:.2f} s ({page_mb:.1f} MB page, {places_mb:.1f} MB of "
          f"provinces and names), opened offline in "
          f"{loaded.seconds:.2f} s with {loaded.markers:,} markers and {len(loaded.errors)} script errors")
    store.dispose()
    return {"certificates_s": ours, "bare_pages_s": floor, "ratio": ours / floor, "map_build_s": built,
            "map_open_s": loaded.seconds, "markers": loaded.markers, "projects": projects,
            "errors": len(loaded.errors)}


def test_bench_reports_small(qapp):
    figures = run("small")
    assert figures["markers"] == figures["projects"] == 200 and figures["errors"] == 0
    assert figures["ratio"] > 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default="small")
    run(parser.parse_args().size)
