"""The desktop app's flows, driven through the real widgets on a real database file (pytest-qt)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPushButton

from clubapp.services.actor import Actor
from clubapp.services.issues import IssueInput
from clubapp.services.local_settings import LocalSettings
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.ui.context import UiContext, UiEvents
from clubapp.ui.main_window import MainWindow
from clubapp.ui.pages.issues import EventDialog, IssueDialog, IssueWindow
from clubapp.ui.pages.members import ClassListDialog, MembersPage
from clubapp.ui.pages.project_window import ProjectWindow
from clubapp.ui.pages.projects import ProjectDialog
from clubapp.ui.pages.review import ReviewPage
from clubapp.ui.tasks import TaskRunner
from photo_files import phone_jpeg


def context(services, actor) -> UiContext:
    return UiContext(services=services, actor=actor, tasks=TaskRunner(), events=UiEvents(),
                     local=LocalSettings(services.store))


def idle(qtbot, ctx, *extra_runners) -> None:
    """Wait until every background task (and draft write) has finished and its result was delivered."""
    qtbot.waitUntil(lambda: not ctx.tasks.running and all(not r.running for r in extra_runners), timeout=15_000)
    qtbot.wait(20)


@pytest.fixture
def project_id(services, world) -> str:
    return services.projects.create(world.student, world.club_id, ProjectInput(
        title="Ruringu classroom block", sector="education", status="implementation",
        latitude=-0.4197, longitude=36.9475))


def test_create_a_project_then_add_a_photo(qtbot, services, world, tmp_path):
    ctx = context(services, world.student)
    opened = []
    ctx.events.open_project.connect(opened.append)
    dialog = ProjectDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["title"], "Borehole at Kamakwa")
    dialog.fields["sector"].setCurrentIndex(dialog.fields["sector"].findData("waterAndWaste"))
    qtbot.keyClicks(dialog.fields["budget_amount"], "2,500,000")
    qtbot.keyClicks(dialog.fields["latitude"], "-0.41")
    qtbot.keyClicks(dialog.fields["longitude"], "36.95")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    project = services.projects.get(world.teacher, saved.args[0])
    assert project.title == "Borehole at Kamakwa" and project.budget_currency == "KES"
    assert float(project.budget_amount) == 2_500_000 and project.latitude == pytest.approx(-0.41)

    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(phone_jpeg(lat=-0.41, lon=36.95))
    window = ProjectWindow(ctx, project.id)
    qtbot.addWidget(window)
    window.show()
    idle(qtbot, ctx)
    assert window.heading.text() == "Borehole at Kamakwa"
    window.photos.import_files([str(photo)])
    qtbot.waitUntil(lambda: window.photos.strip.count() == 1, timeout=15_000)
    assert "1 photo(s) added" in window.photos.report.text()
    assert "taken near Nyeri" in window.photos.strip.item(0).text()  # from the photo's GPS, offline
    idle(qtbot, ctx)


def test_a_bad_coordinate_is_explained_and_nothing_is_saved(qtbot, services, world):
    ctx = context(services, world.student)
    dialog = ProjectDialog(ctx, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields["title"], "Road")
    qtbot.keyClicks(dialog.fields["latitude"], "123")
    qtbot.keyClicks(dialog.fields["longitude"], "36.9")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "atitude" in dialog.problems.text(), timeout=10_000)
    assert services.projects.list(world.teacher, world.club_id) == []
    idle(qtbot, ctx, dialog.drafts.runner)


def test_record_an_issue_and_walk_it_to_fix_verified(qtbot, services, world, project_id):
    ctx = context(services, world.student)
    dialog = IssueDialog(ctx, project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["title"], "Cracks in the walls")
    qtbot.keyClicks(dialog.fields["responsible_party"], "County Department of Education")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    issue_id = saved.args[0]
    tracking = services.issues.get(world.teacher, issue_id).tracking_number
    assert tracking in dialog.result.text()  # shown at once

    window = IssueWindow(ctx, issue_id)
    qtbot.addWidget(window)
    window.show()
    idle(qtbot, ctx)
    for kind, expected in (("reported", "reported"), ("response_received", "responded"), ("fixed", "fixed"),
                           ("fix_verified", "fix_verified")):
        button = window.findChild(QPushButton, f"action_{kind}")
        assert button is not None and button.isEnabled(), kind
        button.click()
        event_dialog = window.findChildren(EventDialog)[-1]  # the dialog the button just opened
        if kind == "reported":
            assert event_dialog.reported_to.text() == "County Department of Education"
            event_dialog.channel.setCurrentIndex(event_dialog.channel.findData("letter"))
        qtbot.keyClicks(event_dialog.note, f"step {kind}")
        event_dialog.save()
        qtbot.waitUntil(lambda e=expected: services.issues.get(world.teacher, issue_id).status == e, timeout=10_000)
        idle(qtbot, ctx)
        qtbot.waitUntil(lambda e=expected: e.replace("_", " ") in window.header.text().lower()
                        or window.issue.status == e, timeout=10_000)
    timeline = window.timeline.toPlainText()
    assert "Reported" in timeline and "Fixed and checked" in timeline and "step fixed" in timeline
    assert window.findChild(QPushButton, "action_reopened") is not None


def test_submit_return_with_a_comment_resubmit_and_approve(qtbot, services, world, project_id, monkeypatch):
    issue_id, _ = services.issues.record(world.student, project_id, IssueInput("No ramp", "accessibility", "medium"))
    student = context(services, world.student)
    window = IssueWindow(student, issue_id)
    qtbot.addWidget(window)
    idle(qtbot, student)
    window.submit()
    idle(qtbot, student)
    assert services.issues.get(world.teacher, issue_id).review_state == "submitted"

    teacher = context(services, world.teacher)
    queue = ReviewPage(teacher)
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=10_000)
    queue.table.selectRow(0)
    assert "No ramp" in queue.details.toPlainText()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Add a photo of the door", True))
    queue.return_item()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0, timeout=10_000)
    assert services.issues.get(world.teacher, issue_id).review_state == "returned"

    mine = ReviewPage(student)
    qtbot.addWidget(mine)
    mine.show()
    qtbot.waitUntil(lambda: any(r.entity_id == issue_id for r in mine.model.rows), timeout=10_000)
    row = next(i for i, r in enumerate(mine.model.rows) if r.entity_id == issue_id)
    assert mine.model.rows[row].comment == "Add a photo of the door"
    mine.table.selectRow(row)
    assert "Add a photo of the door" in mine.details.toPlainText()
    mine.submit()
    idle(qtbot, student)
    queue.refresh()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=10_000)
    queue.table.selectRow(0)
    queue.approve()
    qtbot.waitUntil(lambda: services.issues.get(world.teacher, issue_id).review_state == "approved", timeout=10_000)
    idle(qtbot, teacher)


def test_students_cannot_approve_even_if_they_reach_the_button(qtbot, services, world, project_id):
    services.reviews.submit(world.student, "project", project_id)
    student = context(services, world.student)
    page = ReviewPage(student)
    qtbot.addWidget(page)
    assert page.approve_button.parent() is None or not page.approve_button.isVisible()
    failures = []
    student.tasks.run(lambda _t: services.reviews.approve(world.student, "project", project_id),
                      on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert "teacher" in failures[0].lower()


def test_import_a_class_list_with_a_bad_row(qtbot, services, world, tmp_path):
    csv_file = tmp_path / "form3.csv"
    csv_file.write_text("Given name,Family name,Gender,Birth year,Grade\n"
                        "Amani,Wafula,F,2011,Form 3\n"
                        "Juma,Kariuki,boy,2010,Form 3\n"
                        ",Nobody,F,2011,Form 3\n"
                        "Zawadi,Chege,F,eleven,Form 3\n", encoding="utf-8")
    ctx = context(services, world.teacher)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    idle(qtbot, ctx)
    before = page.model.rowCount()
    dialog = ClassListDialog(ctx, csv_file, page)
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 4, timeout=10_000)
    problems = [dialog.preview.item(r, 5).text() for r in range(4)]
    assert problems[:2] == ["OK", "OK"]
    assert "first name" in problems[2].lower() and "birth year" in problems[3].lower()
    assert "2 row(s) ready" in dialog.summary.text() and "2 row(s) with a problem" in dialog.summary.text()
    dialog.import_rows()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 2, timeout=10_000)
    names = {r.full_name for r in page.model.rows}
    assert {"Amani Wafula", "Juma Kariuki"} <= names and not any("Zawadi" in n for n in names)
    idle(qtbot, ctx)


def test_a_draft_comes_back_after_the_window_was_closed(qtbot, services, world, project_id):
    ctx = context(services, world.student)
    dialog = IssueDialog(ctx, project_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["title"], "Gravel washed away")
    qtbot.keyClicks(dialog.fields["description"], "Near the second culvert")
    dialog.close()  # closed without saving: a crash or a closed window looks the same to the next form
    idle(qtbot, ctx, dialog.drafts.runner)
    again = IssueDialog(ctx, project_id)
    qtbot.addWidget(again)
    assert again.fields["title"].text() == "Gravel washed away"
    assert again.fields["description"].toPlainText() == "Near the second culvert"
    assert "Restored" in again.draft_note.text()
    with qtbot.waitSignal(again.saved, timeout=10_000):
        again.save()
    idle(qtbot, ctx, again.drafts.runner)
    assert LocalSettings(services.store).draft(f"issue:new:{project_id}") is None  # saved: the draft is gone


def test_sign_in_with_a_pin_and_sign_out_after_inactivity(qtbot, services, world, store):

    local = LocalSettings(store)
    local.home_club_id = world.club_id
    window = MainWindow(services, local=local)
    qtbot.addWidget(window)
    window.show()
    window.start()
    screen = window.sign_in_screen
    qtbot.waitUntil(lambda: screen.names.count() == 3, timeout=10_000)  # a teacher and two students
    row = next(i for i in range(screen.names.count()) if screen.names.item(i).text().startswith("Otieno"))
    screen.names.setCurrentRow(row)
    qtbot.keyClicks(screen.secret, "wrong-pin")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "do not match" in screen.message.text(), timeout=10_000)
    qtbot.keyClicks(screen.secret, "pass-1234")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    titles = [window.workspace.nav.item(i).text() for i in range(window.workspace.nav.count())]
    assert "Members" not in titles and "Projects" in titles  # a student does not manage members
    window.idle.timer.setInterval(50)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.workspace is None, timeout=5_000)
    assert "signed out" in screen.message.text()
    window.close()


def test_every_page_opens_on_the_demo_network(qtbot, store):
    from clubapp.services.accounts import AccountService
    from clubapp.services.demo import TEACHER_PASSWORD, build_demo_network
    from clubapp.ui.main_window import Placeholder

    build_demo_network(store, with_photos=False)
    window = MainWindow(Services.for_store(store), local=LocalSettings(store))
    qtbot.addWidget(window)
    window.show()
    window.enter(AccountService(store).sign_in("teacher.nyeri", TEACHER_PASSWORD))
    opened = []
    for _module, name in window.workspace.entries:
        page = window.workspace.page_named(name)
        qtbot.waitUntil(lambda: not window.tasks.running, timeout=15_000)
        if not isinstance(page, Placeholder):
            opened.append(name)
    assert {"ProjectsPage", "IssuesPage", "FollowUpsPage", "ReviewPage", "MembersPage", "DashboardPage",
            "SyncPage", "SettingsPage"} <= set(opened)
    projects = window.workspace.page_named("ProjectsPage")
    assert projects.model.rowCount() == 5
    projects.filter.setText("borehole")
    assert projects.proxy.rowCount() == 1
    issues = window.workspace.page_named("IssuesPage").issues
    qtbot.waitUntil(lambda: issues.loaded, timeout=10_000)
    wanted = issues.model.rows[5].tracking_number
    qtbot.keyClicks(issues.filter, wanted.lower())  # typed in any case, filtered once typing pauses
    qtbot.waitUntil(lambda: issues.proxy.rowCount() == 1, timeout=5_000)
    assert issues.proxy.index(0, 0).data() == wanted
    follow_ups = window.workspace.page_named("FollowUpsPage")
    qtbot.waitUntil(lambda: follow_ups.issues.loaded, timeout=10_000)
    assert follow_ups.issues.model.rowCount() >= 1
    assert all(row.overdue for row in follow_ups.issues.model.rows)
    window.close()


@pytest.mark.skipif(os.environ.get("QT_QPA_PLATFORM") == "offscreen" and not os.environ.get("DISPLAY"),
                    reason="needs a display (CI runs the tests under Xvfb)")
def test_clubapp_demo_shows_a_window_within_five_seconds(tmp_path):
    env = dict(os.environ, CLUBAPP_QUIT_AFTER_MS="200", QT_QPA_PLATFORM="xcb")
    result = subprocess.run([sys.executable, "-m", "clubapp.cli.main", "--demo"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    seconds = float(result.stdout.split("window usable after ")[1].split(" s")[0])
    assert seconds < 5


def test_address_look_up_offline_never_blocks_the_form(qtbot, services, world, store):
    from clubapp.services.geocoding import GeocodingService
    from fake_geocoder import Geocoder

    ctx = context(services, world.student)
    ctx.geocoding = GeocodingService(store, Geocoder(online=False))
    dialog = ProjectDialog(ctx, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields["address"], "Kamakwa")
    dialog.look_up.click()
    qtbot.keyClicks(dialog.fields["title"], "Still typing")  # the form answers while the look-up runs
    # no such town offline: every country's town list is read (a few seconds on a slow computer), then the online
    # geocoder is tried and is not there
    qtbot.waitUntil(lambda: "latitude and longitude" in dialog.place_note.text(), timeout=30_000)
    assert dialog.fields["title"].text() == "Still typing" and dialog.look_up.isEnabled()
    ctx.geocoding = GeocodingService(store, Geocoder(online=True))
    dialog.fields["address"].setText("Nyeri")
    dialog.look_up.click()
    # a town found in the offline town list (GeoNames), before the online geocoder is asked
    qtbot.waitUntil(lambda: dialog.fields["latitude"].text() == "-0.42013", timeout=30_000)
    assert dialog.fields["longitude"].text() == "36.94759" and "Found" in dialog.place_note.text()
    idle(qtbot, ctx, dialog.drafts.runner)


def test_first_run_creates_the_club_and_its_teacher_then_asks_to_sign_in(qtbot, services, store):
    window = MainWindow(services, local=LocalSettings(store))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible(), timeout=10_000)
    wizard = window.wizard
    wizard.next()
    club = wizard.club_page
    qtbot.keyClicks(club.school, "Ruringu Secondary School")
    qtbot.keyClicks(club.club, "Ruringu Integrity Club")
    club.country.setCurrentIndex(club.country.findData("KE"))
    qtbot.keyClicks(club.place, "Nyeri")
    wizard.next()
    teacher = wizard.teacher_page
    qtbot.keyClicks(teacher.given, "Grace")
    qtbot.keyClicks(teacher.username, "grace")
    qtbot.keyClicks(teacher.password, "short")
    qtbot.keyClicks(teacher.again, "short")
    assert not teacher.validatePage() and "8" in teacher.problem.text()  # a weak password is explained
    teacher.password.setText("good-password")
    teacher.again.setText("good-password")
    wizard.accept()
    screen = window.sign_in_screen
    qtbot.waitUntil(lambda: screen.names.count() == 1, timeout=10_000)
    assert "Grace" in screen.names.item(0).text() and "Ruringu Integrity Club" in screen.heading.text()
    [club_info] = services.clubs.list_clubs(Actor.operator())
    assert club_info.country == "KE" and LocalSettings(store).home_club_id == club_info.id
    window.close()


def test_a_teacher_prints_certificates_from_the_members_page(qtbot, services, world, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    ctx = context(services, world.teacher)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    idle(qtbot, ctx)
    out = tmp_path / "certificates.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.print_certificates()
    qtbot.waitUntil(lambda: out.exists(), timeout=20_000)
    idle(qtbot, ctx)
    assert len(PdfReader(out).pages) == 2  # the two students of the club


def test_sync_page_syncs_with_the_server_and_shows_what_is_pending(qtbot, tmp_path):
    """The Sync page against a real server on loopback: enrol with the code, Sync now, nothing left pending."""
    from clubapp.paths import DataDir
    from clubapp.store.local import LocalStore
    from sync_server import running_server

    with running_server(tmp_path) as live:
        run_sync_page(qtbot, tmp_path, live, LocalStore(DataDir(tmp_path / "pc")))


def run_sync_page(qtbot, tmp_path, live, store):
    from clubapp.services.registry import Services as AllServices
    from clubapp.sync import SyncClient
    from clubapp.ui.pages.sync_page import SyncPage

    try:
        ctx = context(AllServices.for_store(store), Actor.operator())
        ctx.sync = SyncClient(store)
        page = SyncPage(ctx)
        qtbot.addWidget(page)
        page.show()
        page.server.setText(live["url"])
        page.code.setText(live["codes"]["club"])
        page.enrol()
        qtbot.waitUntil(lambda: ctx.sync.is_enrolled(), timeout=15_000)
        page.sync_now()
        qtbot.waitUntil(lambda: page.sync_button.isEnabled() and "Last sync" in page.state.text()
                        and "never" not in page.state.text(), timeout=30_000)
        assert "0 change(s) and 0 photo(s) waiting" in page.state.text()
        assert store_status_counts(store)["members"] == 2
        idle(qtbot, ctx)
    finally:
        store.dispose()


def store_status_counts(store):
    from clubapp.services.status import store_status

    return store_status(store)["counts"]


def test_the_main_window_syncs_by_itself_when_enrolled(qtbot, tmp_path):
    from clubapp.paths import DataDir
    from clubapp.store.local import LocalStore
    from clubapp.sync import SyncClient
    from sync_server import running_server

    with running_server(tmp_path) as live:
        store = LocalStore(DataDir(tmp_path / "pc"))
        try:
            sync = SyncClient(store)
            sync.enroll(live["url"], live["codes"]["club"])
            window = MainWindow(Services.for_store(store), local=LocalSettings(store), sync=sync)
            qtbot.addWidget(window)
            window.auto_sync()  # what the timer does every few minutes
            qtbot.waitUntil(lambda: store.get_setting("last_sync_at") is not None, timeout=20_000)
            qtbot.waitUntil(lambda: not window.tasks.running, timeout=10_000)
            assert store_status_counts(store)["members"] == 2
            window.close()
        finally:
            store.dispose()


def test_partner_staff_connect_at_first_run_and_sign_in_with_their_account(qtbot, tmp_path):
    from sqlalchemy import select

    from clubapp.domain.codelists import Role
    from clubapp.paths import DataDir
    from clubapp.store.local import LocalStore
    from clubapp.store.models import Club
    from clubapp.sync import SyncClient
    from sync_server import running_server

    with running_server(tmp_path) as live:
        with live["store"].db.reading() as session:
            org = session.scalar(select(Club.organisation_id).where(Club.id == live["club"]))
        live["services"].accounts.create_account(Actor.operator(), username="ann", role=Role.PARTNER_STAFF,
                                                 secret="partner-pass", organisation_id=org)
        store = LocalStore(DataDir(tmp_path / "pc"))
        try:
            window = MainWindow(Services.for_store(store), local=LocalSettings(store), sync=SyncClient(store))
            qtbot.addWidget(window)
            window.show()
            window.start()
            qtbot.waitUntil(lambda: window.wizard is not None, timeout=10_000)
            wizard = window.wizard
            wizard.choice.partner.setChecked(True)
            wizard.next()
            page = wizard.partner_page
            page.server.setText(live["url"])
            page.username.setText("ann")
            page.password.setText("partner-pass")
            wizard.accept()
            screen = window.sign_in_screen
            qtbot.waitUntil(lambda: "Partner computer: 2 club(s)" in screen.heading.text(), timeout=30_000)
            screen.other.setText("ann")
            screen.secret.setText("partner-pass")
            screen.sign_in()
            qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
            titles = [window.workspace.nav.item(i).text() for i in range(window.workspace.nav.count())]
            assert "Figures" in titles and "Members" not in titles and "Review" not in titles
            window.close()
        finally:
            store.dispose()
