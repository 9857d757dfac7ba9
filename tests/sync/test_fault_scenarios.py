"""Fault scenarios of ../shared/design/sync.md, each named by its number there, through a real server on loopback.

The faults of the network (502s, truncated answers, dropped connections) are injected by a transport between the
client and the real server; everything else is real: two SQLite data folders, the server's database, its files.
"""

from __future__ import annotations

import httpx
import pytest
from test_sync import device, per_club, server  # noqa: F401 - the live server fixture

from clubapp.domain.issue_status import EventKind
from clubapp.services.accounts import AccountService
from clubapp.services.issues import IssueInput
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.services.status import store_status
from clubapp.sync import SyncClient


class Faulty(httpx.HTTPTransport):
    """Fails the first requests in the ways networks do, then lets them through."""

    def __init__(self, faults: list[str]):
        super().__init__()
        self.faults = list(faults)
        self.seen: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.faults.pop(0) if self.faults else "ok"
        self.seen.append(fault)
        if fault == "drop":
            raise httpx.ConnectError("connection reset by peer", request=request)
        if fault == "502":
            return httpx.Response(502, text="<html>Bad gateway</html>", request=request)
        response = super().handle_request(request)
        if fault == "truncate":
            body = response.read()
            return httpx.Response(200, content=body[: len(body) // 2], request=request,
                                  headers={"content-type": "application/json"})
        return response


def two_devices(server, tmp_path):  # noqa: F811
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    for store in (a, b):
        SyncClient(store).enroll(server["url"], server["codes"]["club"])
        SyncClient(store).sync()
    student_a = AccountService(a).sign_in("otieno", "1234")
    student_b = AccountService(b).sign_in("otieno", "1234")
    return a, b, student_a, student_b


def test_scenario_6_two_pcs_edit_different_fields_and_both_edits_survive(server, tmp_path):  # noqa: F811
    a, b, student_a, student_b = two_devices(server, tmp_path)
    try:
        project = Services.for_store(a).projects.create(student_a, student_a.club_id, ProjectInput(
            title="Road", sector="transport.road", status="implementation"))
        SyncClient(a).sync()
        SyncClient(b).sync()
        Services.for_store(a).projects.update(student_a, project, ProjectInput(
            title="Road to Skuta", sector="transport.road", status="implementation"))
        Services.for_store(b).projects.update(student_b, project, ProjectInput(
            title="Road", sector="transport.road", status="implementation", budget_amount="900000",
            budget_currency="KES"))
        for store in (a, b, a):
            SyncClient(store).sync()
        for store, actor in ((a, student_a), (b, student_b)):
            row = Services.for_store(store).projects.get(actor, project)
            assert row.title == "Road to Skuta" and float(row.budget_amount) == 900000
        assert store_status(a)["counts"]["conflicts"] == 0
    finally:
        a.dispose()
        b.dispose()


def test_scenario_7_same_field_on_two_pcs_gives_one_winner_and_keeps_the_other(server, tmp_path):  # noqa: F811
    a, b, student_a, student_b = two_devices(server, tmp_path)
    try:
        project = Services.for_store(a).projects.create(student_a, student_a.club_id, ProjectInput(
            title="Clinic", sector="health", status="implementation"))
        SyncClient(a).sync()
        SyncClient(b).sync()
        Services.for_store(a).projects.update(student_a, project, ProjectInput(
            title="Clinic (A's name)", sector="health", status="implementation"))
        Services.for_store(b).projects.update(student_b, project, ProjectInput(
            title="Clinic (B's name)", sector="health", status="implementation"))
        for store in (a, b, a, b):
            SyncClient(store).sync()
        titles = {Services.for_store(s).projects.get(actor, project).title for s, actor in ((a, student_a),
                                                                                               (b, student_b))}
        assert titles == {"Clinic (A's name)"}  # the same winner everywhere: the first to reach the server
        for store in (a, b):
            [conflict] = SyncClient(store).state().conflicts
            assert "Clinic (A's name)" in conflict and "Clinic (B's name)" in conflict  # shown, not buried
    finally:
        a.dispose()
        b.dispose()


def test_scenario_9_two_status_changes_offline_are_both_kept(server, tmp_path):  # noqa: F811
    a, b, student_a, student_b = two_devices(server, tmp_path)
    try:
        issue, _ = Services.for_store(a).issues.record(student_a, _project(a, student_a),
                                                       IssueInput("Pump broken", "maintenance", "high"))
        SyncClient(a).sync()
        SyncClient(b).sync()
        Services.for_store(a).issues.add_event(student_a, issue, EventKind.REPORTED, reported_to="Water office",
                                               channel="letter")
        Services.for_store(b).issues.add_event(student_b, issue, EventKind.FIXED, note="Seen fixed")
        for store in (a, b, a):
            SyncClient(store).sync()
        statuses = {Services.for_store(s).issues.get(actor, issue).status for s, actor in ((a, student_a),
                                                                                           (b, student_b))}
        assert len(statuses) == 1  # the same derived status on every peer
        kinds = [e.kind for e in Services.for_store(b).issues.timeline(student_b, issue)]
        assert sorted(kinds) == ["fixed", "identified", "reported"]
    finally:
        a.dispose()
        b.dispose()


def test_scenario_17_gateway_errors_truncated_answers_and_drops_are_retried_to_the_end(server, tmp_path):  # noqa: F811
    a, b, student_a, _ = two_devices(server, tmp_path)
    try:
        services = Services.for_store(a)
        for n in range(5):
            services.projects.create(student_a, student_a.club_id, ProjectInput(
                title=f"Project {n}", sector="health", status="implementation"))
        faults = ["502", "truncate", "drop", "502"]
        transport = Faulty(faults)
        report = SyncClient(a, transport=transport).sync()
        assert transport.seen[:4] == faults and report.pushed == 5
        SyncClient(b).sync()
        assert per_club(store_status(a)) == per_club(store_status(b)) == per_club(
            store_status(server["store"].db, club_id=server["club"]))
    finally:
        a.dispose()
        b.dispose()


def test_scenario_20_the_same_jpeg_attached_twice_is_stored_once(server, tmp_path):  # noqa: F811
    from test_photos import phone_jpeg

    a, b, student_a, student_b = two_devices(server, tmp_path)
    try:
        data = phone_jpeg(640, 480)
        for store, actor, name in ((a, student_a, "one.jpg"), (b, student_b, "two.jpg")):
            (tmp_path / name).write_bytes(data)
            Services.for_store(store).photos.add_photos(actor, [tmp_path / name],
                                                        project_id=_project(store, actor))
        sent = [SyncClient(store).sync() for store in (a, b)]
        assert sent[0].photos_sent == 1 and sent[1].bytes_sent == 0  # the second found it already there
        stored = list((server["store"].data_dir / "photos").rglob("*"))
        assert len([p for p in stored if p.is_file()]) == 1
    finally:
        a.dispose()
        b.dispose()


def _project(store, actor) -> str:
    return Services.for_store(store).projects.create(actor, actor.club_id, ProjectInput(
        title="Borehole", sector="waterAndWaste", status="implementation"))


def test_scenario_4_killed_between_applying_a_pull_page_and_saving_its_mark(server, tmp_path, monkeypatch):  # noqa: F811
    """The page and its mark are one transaction: a crash before the mark undoes the page; the retry applies it."""
    import clubapp.sync.pull as client_module

    a = device(tmp_path, "a")
    try:
        client = SyncClient(a)
        client.enroll(server["url"], server["codes"]["club"])
        original = client_module.save_mark

        class Crash(Exception):
            pass

        def crash(session, mark):
            session.flush()  # the page's rows are written...
            raise Crash("power cut")  # ...and the power goes before the mark is saved

        monkeypatch.setattr(client_module, "save_mark", crash)
        with pytest.raises(Crash):
            client.sync()
        monkeypatch.setattr(client_module, "save_mark", original)
        assert store_status(a)["counts"]["members"] == 0 and not a.get_setting("sync_pulled_seq")
        client.sync()
        client.sync()
        assert per_club(store_status(a)) == per_club(store_status(server["store"].db, club_id=server["club"]))
    finally:
        a.dispose()


def test_scenario_8_an_edit_of_a_record_deleted_elsewhere_does_not_bring_it_back(server, tmp_path):  # noqa: F811
    a, b, student_a, student_b = two_devices(server, tmp_path)
    try:
        teacher_a = AccountService(a).sign_in("grace", "teacher-pass")
        project = _project(a, student_a)
        for store in (a, b):
            SyncClient(store).sync()
        Services.for_store(a).projects.remove(teacher_a, project)
        Services.for_store(b).projects.update(student_b, project, ProjectInput(
            title="Borehole, renamed", sector="waterAndWaste", status="implementation"))
        for store in (a, b, a):
            SyncClient(store).sync()
        for store, actor in ((a, student_a), (b, student_b)):
            assert [p.id for p in Services.for_store(store).projects.list(actor, actor.club_id)] == []
        assert store_status(server["store"].db, club_id=server["club"])["counts"]["projects"] == 0
    finally:
        a.dispose()
        b.dispose()


def test_scenario_12_a_copied_database_keeps_working_on_both_computers(server, tmp_path):  # noqa: F811
    import shutil

    from clubapp.paths import DataDir
    from clubapp.store.local import LocalStore

    a = device(tmp_path, "a")
    SyncClient(a).enroll(server["url"], server["codes"]["club"])
    SyncClient(a).sync()
    student = AccountService(a).sign_in("otieno", "1234")
    shared = _project(a, student)
    SyncClient(a).sync()
    a.dispose()
    shutil.copytree(tmp_path / "a", tmp_path / "copy")
    a, copy = LocalStore(DataDir(tmp_path / "a")), LocalStore(DataDir(tmp_path / "copy"))
    try:
        for store, title in ((a, "From the first"), (copy, "From the copy")):
            student = AccountService(store).sign_in("otieno", "1234")
            Services.for_store(store).projects.create(student, student.club_id, ProjectInput(
                title=title, sector="health", status="implementation"))
            Services.for_store(store).projects.update(student, shared, ProjectInput(
                title=f"Borehole ({title.lower()})", sector="waterAndWaste", status="implementation"))
        for store in (a, copy, a):
            SyncClient(store).sync()
        assert a.get_setting("sync_device_id") != copy.get_setting("sync_device_id")  # the copy was told apart
        titles = sorted(p.title for p in Services.for_store(a).projects.list(student, student.club_id))
        assert titles[-2:] == ["From the copy", "From the first"]  # no id reused, no write lost
        # both edited the shared project's title: one winner on both, and the other value kept and shown
        winners = {Services.for_store(s).projects.get(student, shared).title for s in (a, copy)}
        assert winners == {"Borehole (from the first)"}
        [conflict] = SyncClient(a).state().conflicts
        assert "Borehole (from the copy)" in conflict and conflict in SyncClient(copy).state().conflicts
    finally:
        a.dispose()
        copy.dispose()


def test_scenario_19_a_photo_changed_on_disk_after_it_was_queued_is_stopped(server, tmp_path):  # noqa: F811
    from test_photos import phone_jpeg

    a, _b, student_a, _ = two_devices(server, tmp_path)
    try:
        picture = tmp_path / "IMG_9.jpg"
        picture.write_bytes(phone_jpeg(900, 700))
        Services.for_store(a).photos.add_photos(student_a, [picture], project_id=_project(a, student_a))
        [photo] = Services.for_store(a).photos.list_photos(student_a)
        path = a.blobs.path_for(photo.sha256)
        path.write_bytes(path.read_bytes()[:-200] + b"\x00" * 200)  # the disk changed it
        report = SyncClient(a).sync()  # the records go; the damaged photo's bytes do not, and the teacher is told
        assert report.photos_sent == 0 and report.bytes_sent == 0
        [refused] = SyncClient(a).state().refused
        assert refused.startswith(f"photo {photo.sha256[:8]}") and "add the photo again" in refused
        assert not server["store"].blobs.has(photo.sha256)
        assert not list((server["store"].data_dir / "uploads").glob("*"))  # not a byte of it on the server
        assert store_status(server["store"].db, club_id=server["club"])["counts"]["photos"] == 1  # the row went
    finally:
        a.dispose()
        _b.dispose()


def test_scenario_3_the_same_push_from_two_processes_at_once_is_applied_once(server, tmp_path):  # noqa: F811
    import threading
    import uuid

    a = device(tmp_path, "a")
    try:
        answer = SyncClient(a).enroll(server["url"], server["codes"]["club"])
        changes = [{"change_id": str(uuid.uuid4()), "entity_type": "project", "entity_id": str(uuid.uuid4()),
                    "club_id": server["club"], "base_seq": None,
                    "fields": {"club_id": server["club"], "title": f"P{n}", "sector": "health",
                               "status": "implementation", "type": "construction"}} for n in range(50)]
        results: list = []

        def push() -> None:
            with httpx.Client(base_url=server["url"], timeout=60,
                              headers={"Authorization": f"Bearer {answer['token']}"}) as http:
                for _ in range(5):  # as a client would: retry until answered
                    try:
                        response = http.post("/api/v1/push", json={"changes": changes})
                    except httpx.HTTPError:
                        continue
                    if response.status_code == 200:
                        results.append(response.json()["results"])
                        return

        threads = [threading.Thread(target=push) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert len(results) == 2 and results[0] == results[1]  # the same answers to both
        assert store_status(server["store"].db, club_id=server["club"])["counts"]["projects"] == 50
    finally:
        a.dispose()


def test_scenario_17_through_a_faulty_proxy_on_loopback_sync_still_finishes(server, tmp_path):  # noqa: F811
    """Dropped connections, 502s from a gateway, truncated answers, delays and 413s, from a real TCP proxy."""
    from PIL import Image

    from fault_proxy import fault_proxy

    a = device(tmp_path, "a")
    try:
        client = SyncClient(a)
        client.enroll(server["url"], server["codes"]["club"])
        client.sync()
        student = AccountService(a).sign_in("otieno", "1234")
        for n in range(40):
            project = Services.for_store(a).projects.create(student, student.club_id, ProjectInput(
                title=f"Project {n}", sector="health", status="implementation"))
        picture = tmp_path / "photo.jpg"
        Image.effect_noise((500, 400), 60).convert("RGB").save(picture, quality=90)
        Services.for_store(a).photos.add_photos(student, [picture], project_id=project)
        [photo] = Services.for_store(a).photos.list_photos(student)
        assert photo.size_bytes > 60_000
        faults = ["fail", "drop", "truncate", "delay", "fail", "truncate"]
        # ...and a proxy that lets no request over 20 kB through (a 413, as nginx's client_max_body_size gives)
        with fault_proxy(server["url"], faults, max_body=20_000) as (proxy, url):
            a.set_setting("server_url", url)
            report = client.sync()
        assert proxy.seen[:6] == faults and report.pushed == 41 and report.photos_sent == 1  # 40 projects, 1 photo
        assert proxy.too_large >= 2 and client.push_batch < 40 and client.photo_chunk <= 20_000  # it sent less
        assert server["store"].blobs.verify(photo.sha256)
        a.set_setting("server_url", server["url"])
        assert per_club(store_status(a)) == per_club(store_status(server["store"].db, club_id=server["club"]))
    finally:
        a.dispose()


def test_scenario_16_a_slow_lossy_link_finishes_a_photo_and_progress_only_moves_forward(server, tmp_path):  # noqa: F811
    """Both ways through a link of 600 kB/s with 0.1 s latency that cuts one exchange in ten (before the server
    saw it, or after it answered): the photo arrives whole each way and no progress bar ever moves back."""
    from PIL import Image

    from fault_proxy import fault_proxy

    a, b, student_a, _ = two_devices(server, tmp_path)
    try:
        picture = tmp_path / "big.jpg"
        Image.effect_noise((1200, 900), 50).convert("RGB").save(picture, quality=92)
        Services.for_store(a).photos.add_photos(student_a, [picture], project_id=_project(a, student_a))
        [photo] = Services.for_store(a).photos.list_photos(student_a)
        assert photo.size_bytes > 600_000  # more than a second at this speed
        moves: list[tuple[int, str]] = []

        def progress(done: int, total: int, text: str) -> None:
            moves.append((done, text.split(":")[0]))

        with fault_proxy(server["url"], bytes_per_second=600_000, latency=0.1, loss=0.1) as (proxy, url):
            for store in (a, b):
                store.set_setting("server_url", url)
            sent = SyncClient(a).sync(progress=progress)
            received = SyncClient(b).sync(progress=progress)
        assert {"drop", "lose-answer"} & set(proxy.seen)  # the link did lose exchanges
        assert sent.photos_sent == 1 and server["store"].blobs.verify(photo.sha256)
        assert received.photos_received == 1 and b.blobs.verify(photo.sha256)
        assert "Sending photos" in {name for _d, name in moves}
        for phase in {name for _d, name in moves}:  # within each phase (sending, receiving...), never backwards
            done = [d for d, name in moves if name == phase]
            assert done == sorted(done), (phase, done)
    finally:
        a.dispose()
        b.dispose()


def test_scenario_10_a_pc_clock_off_by_years_changes_no_order_and_no_result(server, tmp_path, monkeypatch):  # noqa: F811
    """A's clock says 2046, B's says 2006. The later edit (in the server's order) wins everywhere, although
    a last-writer-wins by wall clock would keep A's '2046' edit; rows carry the server's time once synced."""
    import threading
    from datetime import datetime, timedelta

    import clubapp.store.base as base

    skew = {"now": timedelta(0)}

    class SkewedClock(datetime):  # only the test's thread (the computers) is off; the server thread is right
        @classmethod
        def now(cls, tz=None):
            real = datetime.now(tz)
            return real + skew["now"] if threading.current_thread() is threading.main_thread() else real

    a, b, student_a, _ = two_devices(server, tmp_path)
    try:
        teacher_b = AccountService(b).sign_in("grace", "teacher-pass")
        monkeypatch.setattr(base, "datetime", SkewedClock)
        skew["now"] = timedelta(days=20 * 365)  # A: twenty years ahead
        project = _project(a, student_a)
        assert Services.for_store(a).projects.get(student_a, project).created_at.year > datetime.now().year + 15
        Services.for_store(a).projects.update(student_a, project, ProjectInput(
            title="Borehole (A, 2046)", sector="waterAndWaste", status="implementation"))
        SyncClient(a).sync()
        skew["now"] = -timedelta(days=20 * 365)  # B: twenty years behind, edits after A
        SyncClient(b).sync()
        Services.for_store(b).projects.update(teacher_b, project, ProjectInput(
            title="Borehole (B, 2006)", sector="waterAndWaste", status="implementation"))
        SyncClient(b).sync()
        skew["now"] = timedelta(days=20 * 365)
        SyncClient(a).sync()
        skew["now"] = timedelta(0)
        titles = {Services.for_store(s).projects.get(actor, project).title
                  for s, actor in ((a, student_a), (b, teacher_b))}
        assert titles == {"Borehole (B, 2006)"}
        made = Services.for_store(a).projects.get(student_a, project).created_at
        assert made.year == datetime.now().year  # the server's time, not A's
        assert SyncClient(a).state().conflicts == [] and SyncClient(b).state().conflicts == []
        assert per_club(store_status(a)) == per_club(store_status(b)) == \
            per_club(store_status(server["store"].db, club_id=server["club"]))
    finally:
        a.dispose()
        b.dispose()


def test_scenario_13_a_change_numbered_earlier_that_commits_later_is_not_skipped(server, tmp_path):  # noqa: F811
    """The server writes a project (sequence N) in a transaction that stays open; meanwhile A pushes (N+1) and
    B pulls. If N+1 could commit first, B's mark would pass N and B would never see that project."""
    import threading
    import time

    from clubapp.store.models import Project

    a, b, student_a, _ = two_devices(server, tmp_path)
    try:
        holding, release = threading.Event(), threading.Event()

        def slow_admin_write() -> None:
            with server["store"].db.transaction() as session:
                session.add(Project(club_id=server["club"], title="Written slowly by the office", sector="health",
                                    status="implementation"))
                session.flush()  # numbered now...
                holding.set()
                release.wait(20)  # ...committed later

        writer = threading.Thread(target=slow_admin_write)
        writer.start()
        assert holding.wait(20)
        _project(a, student_a)
        pusher = threading.Thread(target=SyncClient(a).sync)
        pusher.start()
        time.sleep(0.8)
        puller = threading.Thread(target=SyncClient(b).sync)
        puller.start()
        time.sleep(0.8)
        release.set()
        for thread in (writer, pusher, puller):
            thread.join(60)
        SyncClient(b).sync()
        titles = {p.title for p in Services.for_store(b).projects.list(
            AccountService(b).sign_in("grace", "teacher-pass"), server["club"])}
        assert titles == {"Written slowly by the office", "Borehole"}
    finally:
        a.dispose()
        b.dispose()


def test_scenario_11_a_server_restored_from_an_older_backup_gets_back_what_it_lost(tmp_path):
    """The server's file is put back to last night's copy while it runs. Computer A had sent two projects and a
    photo since: it notices (its mark is above anything the server has handed out), sends its records again and
    pulls everything again; nothing is deleted anywhere, and B, which syncs after, gets them too."""
    import sqlite3

    from sync_server import running_server
    from test_photos import phone_jpeg

    with running_server(tmp_path) as live:
        a, b, student_a, student_b = two_devices(live, tmp_path)
        try:
            database = live["store"].data_dir / "clubapp-server.sqlite3"
            backup = tmp_path / "last-night.sqlite3"
            with sqlite3.connect(database) as source, sqlite3.connect(backup) as copy:
                source.backup(copy)  # last night's backup
            project = _project(a, student_a)
            Services.for_store(a).projects.update(student_a, project, ProjectInput(
                title="Borehole, pump broken", sector="waterAndWaste", status="implementation"))
            (tmp_path / "pump.jpg").write_bytes(phone_jpeg(640, 480))
            Services.for_store(a).photos.add_photos(student_a, [tmp_path / "pump.jpg"], project_id=project)
            SyncClient(a).sync()
            before = per_club(store_status(a))
            with sqlite3.connect(backup) as copy, sqlite3.connect(database) as target:
                copy.backup(target)  # the server is restored: it has lost A's project and photo
            shutil_photos = live["store"].data_dir / "photos"
            for path in list(shutil_photos.rglob("*")):
                if path.is_file():
                    path.unlink()  # and the photo folder is last night's too
            assert store_status(live["store"].db, club_id=live["club"])["counts"]["projects"] == 0
            report = SyncClient(a).sync()
            assert report.server_restored and report.refused == []
            assert per_club(store_status(a)) == before  # nothing deleted on A
            on_server = per_club(store_status(live["store"].db, club_id=live["club"]))
            assert on_server == before and on_server["projects"] == 1 and on_server["photos"] == 1
            [photo] = Services.for_store(a).photos.list_photos(student_a)
            assert live["store"].blobs.verify(photo.sha256)
            SyncClient(b).sync()
            assert per_club(store_status(b)) == before
            assert Services.for_store(b).projects.get(student_b, project).title == "Borehole, pump broken"
            assert b.blobs.verify(photo.sha256)
            assert not SyncClient(a).sync().server_restored  # repaired once; the next sync is an ordinary one
        finally:
            a.dispose()
            b.dispose()


def test_scenario_18_an_old_client_is_refused_clearly_and_nothing_is_half_applied(server, tmp_path, monkeypatch):  # noqa: F811
    import clubapp.sync.transport as client_module
    from clubapp.sync import SyncError

    a = device(tmp_path, "a")
    try:
        SyncClient(a).enroll(server["url"], server["codes"]["club"])
        SyncClient(a).sync()
        student = AccountService(a).sign_in("otieno", "1234")
        for _ in range(3):
            _project(a, student)
        monkeypatch.setattr(client_module, "PROTOCOL", 0)  # this computer runs a clubapp older than the server's
        with pytest.raises(SyncError, match="update clubapp"):
            SyncClient(a).sync()
        assert store_status(server["store"].db, club_id=server["club"])["counts"]["projects"] == 0
        assert SyncClient(a).state().pending == 3 and SyncClient(a).state().refused == []  # all still queued
        monkeypatch.setattr(client_module, "PROTOCOL", 1)  # updated
        assert SyncClient(a).sync().pushed == 3
        assert store_status(server["store"].db, club_id=server["club"])["counts"]["projects"] == 3
    finally:
        a.dispose()
