"""Take the README's screenshots with the app itself: a demo network, a teacher signed in, each main page.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [OUT_DIR]
    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py --lang ar   # ar-*.png: a few pages in Arabic

With --lang the app runs in that language (Arabic: right to left) and the files are named <lang>-<page>.png;
only the main pages are taken (not the map or the printed PDFs, which have their own screenshots).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from clubapp.services.accounts import AccountService
from clubapp.services.demo import PARTNER_PASSWORD, TEACHER_PASSWORD, build_demo_network
from clubapp.services.geocoding import GeocodingService
from clubapp.services.local_settings import LocalSettings
from clubapp.services.registry import Services
from clubapp.store.local import open_local_store
from clubapp.ui import i18n
from clubapp.ui.launch import prepare_web_engine
from clubapp.ui.main_window import MainWindow

PAGES = ("ProjectsPage", "IssuesPage", "FollowUpsPage", "ReviewPage", "MembersPage", "DashboardPage", "MapPage",
         "SyncPage", "SettingsPage")
LANGUAGE_PAGES = ("ProjectsPage", "IssuesPage", "MembersPage", "DashboardPage", "SyncPage", "SettingsPage")


def settle(app: QApplication, window: MainWindow, seconds: float = 0.6) -> None:
    """Let background loads finish and the window repaint."""
    deadline = time.monotonic() + 20
    end = time.monotonic() + seconds
    while time.monotonic() < end or (window.tasks.running and time.monotonic() < deadline):
        app.processEvents()
        time.sleep(0.02)


def main(out_dir: Path, language: str | None = None) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    prepare_web_engine()
    app = QApplication.instance() or QApplication([])
    prefix = ""
    if language:
        prefix = f"{i18n.install(app, language)}-"
    store = open_local_store(Path(tempfile.mkdtemp(prefix="clubapp-shots-")))
    build_demo_network(store)
    services = Services.for_store(store)
    window = MainWindow(services, local=LocalSettings(store), geocoding=GeocodingService(store))
    window.show()
    window.resize(1366, 768 - 40)  # a school computer's 1366x768 screen, less its task bar: the window maximised
    window.start()
    settle(app, window)
    window.grab().save(str(out_dir / f"{prefix}sign-in.png"))
    window.enter(AccountService(store).sign_in("teacher.nyeri", TEACHER_PASSWORD))
    for name in LANGUAGE_PAGES if language else PAGES:
        page = window.workspace.page_named(name)
        settle(app, window, 3.0 if name == "MapPage" else 1.0)
        window.grab().save(str(out_dir / f"{prefix}{name.removesuffix('Page').lower()}.png"))
        del page
    projects = window.workspace.page_named("ProjectsPage")
    settle(app, window)
    window.events.open_project.emit(projects.model.rows[0].id)
    settle(app, window, 1.0)
    project_window = window.workspace.windows[-1]
    project_window.tabs.setCurrentIndex(1)
    settle(app, window, 1.0)
    project_window.grab().save(str(out_dir / f"{prefix}project-photos.png"))
    issues = window.workspace.page_named("IssuesPage")
    settle(app, window)
    verified = next(r for r in issues.issues.model.rows if r.status == "fix_verified")
    window.events.open_issue.emit(verified.id)
    settle(app, window, 1.5)
    window.workspace.windows[-1].grab().save(str(out_dir / f"{prefix}issue.png"))
    if not language:  # partner staff: the figures of every club of their organisation
        window.sign_out()
        window.enter(AccountService(store).sign_in("partner.ia", PARTNER_PASSWORD))
        window.workspace.page_named("DashboardPage")
        settle(app, window, 2.0)
        window.grab().save(str(out_dir / "partner-dashboard.png"))
    window.close()
    if not language:
        printed(store, out_dir)
    store.dispose()
    print(f"screenshots in {out_dir}")


def printed(store, out_dir: Path) -> None:
    """The first page of each printed thing, as the README shows them (rendered with pdftoppm)."""
    import subprocess

    from clubapp.reports import render_certificates, render_project_report, render_referral_letter

    services = Services.for_store(store)
    accounts = AccountService(store)
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = {}
        for place in ("dhulikhel", "herat"):
            teacher = accounts.sign_in(f"teacher.{place}", TEACHER_PASSWORD)
            pdfs[f"certificate-{place}"] = Path(tmp, f"{place}.pdf")
            render_certificates(services, teacher, teacher.club_id, None, pdfs[f"certificate-{place}"])
        teacher = accounts.sign_in("teacher.nyeri", TEACHER_PASSWORD)
        issues = services.issues.list(teacher, teacher.club_id)
        verified = next(i for i in issues if i.status == "fix_verified")
        pdfs["project-report"] = render_project_report(services, teacher, verified.project_id, Path(tmp, "r.pdf"))
        overdue = next(i for i in issues if i.overdue)
        pdfs["referral-letter"] = render_referral_letter(services, teacher, overdue.id, Path(tmp, "l.pdf"))
        app = QApplication.instance()  # and two in other languages: an Arabic certificate, a French letter
        i18n.install(app, "ar")
        pdfs["certificate-ar"] = Path(tmp, "ar.pdf")
        render_certificates(services, teacher, teacher.club_id, [first_student(services, teacher)],
                            pdfs["certificate-ar"])
        i18n.install(app, "fr")
        pdfs["referral-letter-fr"] = render_referral_letter(services, teacher, overdue.id, Path(tmp, "fr.pdf"))
        i18n.install(app, "en")
        for name, pdf in pdfs.items():
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1", str(pdf),
                            str(out_dir / f"print-{name}")], check=True)


def first_student(services, teacher) -> str:
    return next(m.id for m in services.members.list_members(teacher, teacher.club_id) if m.role == "student")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path,
                        default=Path(__file__).resolve().parent.parent / "resources" / "screenshots")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), help="take the pages in this language")
    arguments = parser.parse_args()
    main(arguments.out_dir, arguments.lang)
