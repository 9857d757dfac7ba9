"""Fault scenarios of ../shared/design/sync.md, each named by its number there, through a real server on loopback.

The faults of the network (502s, truncated answers, dropped connections) are injected by a transport between the
client and the real server; everything else is real: two SQLite data folders, the server's database, its files.
"""

from __future__ import annotations

import httpx
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
    import clubapp.sync.client as client_module

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
        try:
            client.sync()
        except Crash:
            pass
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
    a.dispose()
    shutil.copytree(tmp_path / "a", tmp_path / "copy")
    a, copy = LocalStore(DataDir(tmp_path / "a")), LocalStore(DataDir(tmp_path / "copy"))
    try:
        for store, title in ((a, "From the first"), (copy, "From the copy")):
            student = AccountService(store).sign_in("otieno", "1234")
            Services.for_store(store).projects.create(student, student.club_id, ProjectInput(
                title=title, sector="health", status="implementation"))
        for store in (a, copy, a):
            SyncClient(store).sync()
        student = AccountService(a).sign_in("otieno", "1234")
        titles = sorted(p.title for p in Services.for_store(a).projects.list(student, student.club_id))
        assert titles == ["From the copy", "From the first"]  # no id reused, no write lost
    finally:
        a.dispose()
        copy.dispose()


def test_scenario_19_a_photo_changed_on_disk_after_it_was_queued_is_stopped(server, tmp_path):  # noqa: F811
    from clubapp.sync import SyncError
    from test_photos import phone_jpeg

    a, _b, student_a, _ = two_devices(server, tmp_path)
    try:
        picture = tmp_path / "IMG_9.jpg"
        picture.write_bytes(phone_jpeg(900, 700))
        Services.for_store(a).photos.add_photos(student_a, [picture], project_id=_project(a, student_a))
        [photo] = Services.for_store(a).photos.list_photos(student_a)
        path = a.blobs.path_for(photo.sha256)
        path.write_bytes(path.read_bytes()[:-200] + b"\x00" * 200)  # the disk changed it
        try:
            SyncClient(a).sync()
            raise AssertionError("a damaged photo was sent")
        except SyncError as exc:
            assert "photo could not be sent" in str(exc)
        assert not server["store"].blobs.has(photo.sha256)
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
    """Dropped connections, 502s from a gateway, truncated answers and delays, from a real TCP proxy."""
    from fault_proxy import fault_proxy

    a = device(tmp_path, "a")
    try:
        client = SyncClient(a)
        client.enroll(server["url"], server["codes"]["club"])
        client.sync()
        student = AccountService(a).sign_in("otieno", "1234")
        for n in range(3):
            Services.for_store(a).projects.create(student, student.club_id, ProjectInput(
                title=f"Project {n}", sector="health", status="implementation"))
        faults = ["fail", "drop", "truncate", "delay", "fail", "truncate"]
        with fault_proxy(server["url"], faults) as (proxy, url):
            a.set_setting("server_url", url)
            report = client.sync()
        assert proxy.seen[:6] == faults and report.pushed == 3
        a.set_setting("server_url", server["url"])
        assert per_club(store_status(a)) == per_club(store_status(server["store"].db, club_id=server["club"]))
    finally:
        a.dispose()


def test_scenario_16_a_slow_link_finishes_a_photo_and_progress_only_moves_forward(server, tmp_path):  # noqa: F811
    from PIL import Image

    from fault_proxy import fault_proxy

    a, b, student_a, _ = two_devices(server, tmp_path)
    try:
        picture = tmp_path / "big.jpg"
        Image.effect_noise((1600, 1200), 50).convert("RGB").save(picture, quality=92)
        Services.for_store(a).photos.add_photos(student_a, [picture], project_id=_project(a, student_a))
        SyncClient(a).sync()
        [photo] = Services.for_store(a).photos.list_photos(student_a)
        moves: list[tuple[int, str]] = []
        with fault_proxy(server["url"], bytes_per_second=400_000) as (_proxy, url):
            b.set_setting("server_url", url)
            report = SyncClient(b).sync(progress=lambda done, total, text: moves.append((done, text.split(":")[0])))
        assert report.photos_received == 1 and b.blobs.verify(photo.sha256)
        assert photo.size_bytes > 400_000  # it took more than a second at this speed
        for phase in {name for _d, name in moves}:  # within each phase (sending, receiving...), never backwards
            done = [d for d, name in moves if name == phase]
            assert done == sorted(done), (phase, done)
    finally:
        a.dispose()
        b.dispose()
