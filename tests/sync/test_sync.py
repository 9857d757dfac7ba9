"""Sync through a real clubapp server on 127.0.0.1: two computers of one club, on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import select

from clubapp.domain.issue_status import EventKind
from clubapp.paths import DataDir
from clubapp.services.accounts import AccountService
from clubapp.services.actor import Actor
from clubapp.services.issues import IssueInput
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.services.status import store_status
from clubapp.store.local import LocalStore
from clubapp.sync import SyncClient, SyncError, SyncReport
from sync_server import running_server

PER_CLUB = ("members", "accounts", "projects", "visits", "visit_attendees", "issues", "issue_events", "photos",
            "review_events", "certificates", "students", "teachers")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(request, tmp_path):
    """A server with one club (a teacher, a student with a PIN) and another club, served on a loopback port."""
    url = request.getfixturevalue("pg_database") if request.param == "postgresql" else None
    with running_server(tmp_path, url) as live:
        yield live


def device(tmp_path, name: str) -> LocalStore:
    return LocalStore(DataDir(tmp_path / name))


def per_club(status: dict) -> dict:
    return {key: status["counts"][key] for key in PER_CLUB} | {"by_status": status["issues_by_status"]}


def test_two_computers_of_a_club_end_with_the_same_records_as_the_server(server, tmp_path):
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    try:
        SyncClient(a).enroll(server["url"], server["codes"]["club"])
        first = SyncClient(a).sync()
        assert first.pulled >= 5 and first.refused == []
        # on computer A, offline: the student records a project and an issue, the teacher approves nothing yet
        student = AccountService(a).sign_in("otieno", "1234")
        services_a = Services.for_store(a)
        project = services_a.projects.create(student, student.club_id, ProjectInput(
            title="Borehole at Kamakwa", sector="waterAndWaste", status="implementation"))
        issue, tracking = services_a.issues.record(student, project, IssueInput("Pump broken", "maintenance", "high"))
        services_a.issues.add_event(student, issue, EventKind.REPORTED, reported_to="County water office",
                                    channel="letter")
        sent = SyncClient(a).sync()
        assert sent.pushed >= 4 and sent.refused == []
        assert store_status(a)["pending"]["changes"] == 0
        # computer B joins later and receives everything, status included
        SyncClient(b).enroll(server["url"], server["codes"]["club"])
        SyncClient(b).sync()
        services_b = Services.for_store(b)
        teacher_b = AccountService(b).sign_in("grace", "teacher-pass")  # the teacher can sign in on B
        found = services_b.issues.find_by_tracking_number(teacher_b, tracking)
        assert found.status == "reported"
        # B changes the project's title; A receives it
        services_b.projects.update(teacher_b, project, ProjectInput(
            title="Borehole and kiosk at Kamakwa", sector="waterAndWaste", status="implementation"))
        SyncClient(b).sync()
        SyncClient(a).sync()
        assert services_a.projects.get(student, project).title == "Borehole and kiosk at Kamakwa"
        on_server = per_club(store_status(server["store"].db, club_id=server["club"]))
        assert per_club(store_status(a)) == per_club(store_status(b)) == on_server
        assert on_server["projects"] == 1 and on_server["issue_events"] == 2
    finally:
        a.dispose()
        b.dispose()


def test_scenario_2_a_lost_answer_is_sent_again_and_nothing_doubles(server, tmp_path):
    """Fault: the server applied a push but its answer never arrived. The device sends the same changes again."""
    a = device(tmp_path, "a")
    try:
        client = SyncClient(a)
        answer = client.enroll(server["url"], server["codes"]["club"])
        client.sync()
        change = {"change_id": str(uuid.uuid4()), "entity_type": "project", "entity_id": str(uuid.uuid4()),
                  "club_id": server["club"], "base_seq": None,
                  "fields": {"club_id": server["club"], "title": "Clinic", "sector": "health",
                             "status": "implementation", "type": "construction"}}
        with httpx.Client(base_url=server["url"], headers={"Authorization": f"Bearer {answer['token']}"}) as http:
            first = http.post("/api/v1/push", json={"changes": [change]}).json()["results"][0]
            again = http.post("/api/v1/push", json={"changes": [change]}).json()["results"][0]
        assert first["status"] == "accepted" and again == first
        assert store_status(server["store"].db, club_id=server["club"])["counts"]["projects"] == 1
    finally:
        a.dispose()


def test_scenario_15_the_server_refuses_bad_changes_one_by_one_with_a_reason(server, tmp_path):
    """Fault: a device sends another club's record, an unknown field and a wrong type among good changes."""
    a = device(tmp_path, "a")
    try:
        answer = SyncClient(a).enroll(server["url"], server["codes"]["club"])

        def project(club: str, **fields):
            return {"change_id": str(uuid.uuid4()), "entity_type": "project", "entity_id": str(uuid.uuid4()),
                    "club_id": club, "base_seq": None,
                    "fields": {"club_id": club, "title": "P", "sector": "health", "status": "implementation",
                               "type": "construction", **fields}}

        changes = [project(server["club"]), project(server["other"]), project(server["club"], colour="red"),
                   project(server["club"], budget_amount={"not": "a number"}),
                   {"change_id": str(uuid.uuid4()), "entity_type": "club", "entity_id": server["club"],
                    "fields": {"name": "Taken over"}},
                   project(server["club"])]
        with httpx.Client(base_url=server["url"], headers={"Authorization": f"Bearer {answer['token']}"}) as http:
            results = http.post("/api/v1/push", json={"changes": changes}).json()["results"]
        assert [r["status"] for r in results] == ["accepted", "refused", "refused", "refused", "refused", "accepted"]
        assert "another club" in results[1]["reason"] and "colour" in results[2]["reason"]
        assert "cannot change 'club'" in results[4]["reason"]
        assert store_status(server["store"].db, club_id=server["other"])["counts"]["projects"] == 0
    finally:
        a.dispose()


def test_a_device_sees_only_its_club_and_an_unreachable_server_loses_nothing(server, tmp_path):
    a, other = device(tmp_path, "a"), device(tmp_path, "other")
    try:
        SyncClient(other).enroll(server["url"], server["codes"]["other"])
        SyncClient(other).sync()
        assert [c["name"] for c in store_status(other)["clubs"]] == ["Kisumu Integrity Club"]
        assert store_status(other)["counts"]["members"] == 0  # Nyeri's students never reach Kisumu
        SyncClient(a).enroll(server["url"], server["codes"]["club"])
        SyncClient(a).sync()
        student = AccountService(a).sign_in("otieno", "1234")
        Services.for_store(a).projects.create(student, student.club_id, ProjectInput(
            title="Road", sector="transport.road", status="implementation"))
        a.set_setting("server_url", "http://127.0.0.1:9")  # nothing listens there
        with pytest.raises(SyncError, match="could not be reached"):
            SyncClient(a).sync()
        assert store_status(a)["pending"]["changes"] == 1  # still queued
        a.set_setting("server_url", server["url"])
        assert SyncClient(a).sync().pushed == 1
    finally:
        a.dispose()
        other.dispose()


def test_scenario_1_photos_travel_whole_checked_by_hash_and_a_broken_upload_resumes(server, tmp_path):
    from test_photos import phone_jpeg

    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    try:
        client = SyncClient(a)
        answer = client.enroll(server["url"], server["codes"]["club"])
        client.sync()
        student = AccountService(a).sign_in("otieno", "1234")
        services_a = Services.for_store(a)
        project = services_a.projects.create(student, student.club_id, ProjectInput(
            title="Clinic", sector="health", status="implementation"))
        picture = tmp_path / "IMG_1.jpg"
        picture.write_bytes(phone_jpeg(2400, 1800))
        services_a.photos.add_photos(student, [picture], project_id=project)
        [photo] = services_a.photos.list_photos(student, project_id=project)
        data = a.blobs.read(photo.sha256)
        # the rows arrive, then the upload breaks after the first chunk (the connection dropped)
        client._push(SyncReport(), lambda *_: None, lambda: False)  # the rows go; the bytes are next
        with httpx.Client(base_url=server["url"], headers={"Authorization": f"Bearer {answer['token']}"}) as http:
            half = len(data) // 2
            http.put(f"/api/v1/blobs/{photo.sha256}", params={"offset": 0}, content=data[:half])
            status = http.get(f"/api/v1/blobs/{photo.sha256}/status").json()
            assert status == {"have": False, "received": half, "size": len(data)}
            wrong_place = http.put(f"/api/v1/blobs/{photo.sha256}", params={"offset": 5}, content=b"x")
            assert wrong_place.status_code == 409 and str(half) in wrong_place.json()["detail"]
        report = client.sync()
        assert report.photos_sent == 1 and report.bytes_sent == len(data) - half  # resumed, not restarted
        assert server["store"].blobs.verify(photo.sha256)
        SyncClient(b).enroll(server["url"], server["codes"]["club"])
        received = SyncClient(b).sync()
        assert received.photos_received == 1 and b.blobs.read(photo.sha256) == data
        assert store_status(a)["pending"]["photos"] == 0
    finally:
        a.dispose()
        b.dispose()


def test_a_photo_damaged_on_the_way_is_refused_and_a_stranger_cannot_fetch_it(server, tmp_path):
    import hashlib

    a, other = device(tmp_path, "a"), device(tmp_path, "other")
    try:
        answer = SyncClient(a).enroll(server["url"], server["codes"]["club"])
        SyncClient(a).sync()
        student = AccountService(a).sign_in("otieno", "1234")
        services_a = Services.for_store(a)
        project = services_a.projects.create(student, student.club_id, ProjectInput(
            title="Clinic", sector="health", status="implementation"))
        picture = tmp_path / "IMG_2.jpg"
        from test_photos import phone_jpeg

        picture.write_bytes(phone_jpeg(800, 600))
        services_a.photos.add_photos(student, [picture], project_id=project)
        [photo] = services_a.photos.list_photos(student, project_id=project)
        SyncClient(a)._push(SyncReport(), lambda *_: None, lambda: False)
        data = bytearray(a.blobs.read(photo.sha256))
        data[500] ^= 0xFF  # one flipped byte
        with httpx.Client(base_url=server["url"], headers={"Authorization": f"Bearer {answer['token']}"}) as http:
            damaged = http.put(f"/api/v1/blobs/{photo.sha256}", params={"offset": 0}, content=bytes(data))
            assert damaged.status_code == 422 and "damaged" in damaged.json()["detail"]
        assert not server["store"].blobs.has(photo.sha256)
        assert hashlib.sha256(a.blobs.read(photo.sha256)).hexdigest() == photo.sha256
        SyncClient(a).sync()
        stranger = SyncClient(other).enroll(server["url"], server["codes"]["other"])
        with httpx.Client(base_url=server["url"], headers={"Authorization": f"Bearer {stranger['token']}"}) as http:
            assert http.get(f"/api/v1/blobs/{photo.sha256}").status_code == 404
    finally:
        a.dispose()
        other.dispose()


def test_partner_staff_read_their_organisations_clubs_with_students_under_a_pseudonym(server, tmp_path):
    from sqlalchemy import select

    from clubapp.domain.codelists import Role
    from clubapp.store.models import Club

    operator, services = Actor.operator(), server["services"]
    with server["store"].db.reading() as session:
        org_id = session.scalar(select(Club.organisation_id).where(Club.id == server["club"]))
    services.accounts.create_account(operator, username="ann", role=Role.PARTNER_STAFF, secret="partner-pass",
                                     organisation_id=org_id)
    a = device(tmp_path, "club")
    partner = device(tmp_path, "partner")
    try:
        SyncClient(a).enroll(server["url"], server["codes"]["club"])
        SyncClient(a).sync()
        student = AccountService(a).sign_in("otieno", "1234")
        Services.for_store(a).projects.create(student, student.club_id, ProjectInput(
            title="Borehole", sector="waterAndWaste", status="implementation"))
        SyncClient(a).sync()
        with pytest.raises(SyncError):
            SyncClient(partner).enroll_partner(server["url"], "ann", "wrong-password")
        from clubapp.store.models import Conflict, Member

        with server["store"].db.transaction() as session:  # two computers wrote a student's name differently
            otieno = session.scalar(select(Member.id).where(Member.given_name == "Otieno"))
            session.add(Conflict(club_id=server["club"], entity_type="member", entity_id=otieno, field="given_name",
                                 kept_value="Otieno", other_value="Otieno Ouma"))
        SyncClient(partner).enroll_partner(server["url"], "ann", "partner-pass")
        SyncClient(partner).sync()
        with partner.reading() as session:
            [conflict] = session.scalars(select(Conflict))
        assert conflict.kept_value is None and conflict.other_value is None  # not even there
        status = store_status(partner)
        assert {c["name"] for c in status["clubs"]} == {"Nyeri Integrity Club", "Kisumu Integrity Club"}
        assert status["counts"]["projects"] == 1
        assert status["counts"]["accounts"] == 1  # only the partner's own, no student's PIN hash
        me = AccountService(partner).sign_in("ann", "partner-pass")  # signs in on this computer, offline
        names = {m.full_name for m in Services.for_store(partner).members.list_members(me, server["club"])}
        assert "Otieno" not in " ".join(names) and any(n.startswith("Student ") for n in names)
        with partner.reading() as session:
            stored = [m for m in session.scalars(select(Member)) if m.role == "student"]
        assert all(m.given_name.startswith("Student ") and m.family_name == "" for m in stored)
        token = partner.get_setting("sync_token")
        refused = httpx.post(f"{server['url']}/api/v1/push", json={"changes": []},
                             headers={"Authorization": f"Bearer {token}"})
        assert refused.status_code == 403 and "do not change" in refused.json()["detail"]
    finally:
        a.dispose()
        partner.dispose()


def test_usb_bundles_carry_changes_and_photos_with_the_same_guarantees(server, tmp_path):
    """Scenario: a school without internet. Enrolled once, then a USB stick goes to the server and back, twice."""
    import zipfile

    from clubapp.server.bundles import import_device_bundle
    from clubapp.sync.bundle import export_bundle, import_return_bundle
    from test_photos import phone_jpeg

    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    try:
        SyncClient(a).enroll(server["url"], server["codes"]["club"])
        SyncClient(a).sync()
        a.set_setting("server_url", "http://127.0.0.1:9")  # from now on, offline
        student = AccountService(a).sign_in("otieno", "1234")
        services = Services.for_store(a)
        project = services.projects.create(student, student.club_id, ProjectInput(
            title="Latrines", sector="waterAndWaste", status="implementation"))
        (tmp_path / "p.jpg").write_bytes(phone_jpeg(800, 600))
        services.photos.add_photos(student, [tmp_path / "p.jpg"], project_id=project)
        stick = tmp_path / "stick"
        stick.mkdir()
        assert export_bundle(a, stick / "from-a.zip") == {"changes": 2, "photos": 1, "waiting_for_consent": 0}
        # the server imports it twice (the teacher clicked twice): nothing doubles
        first = import_device_bundle(server["store"], stick / "from-a.zip", stick / "to-a.zip")
        again = import_device_bundle(server["store"], stick / "from-a.zip", stick / "to-a-again.zip")
        assert first["accepted"] == 2 and first["photos"] == 1 and again["accepted"] == 2
        counts = store_status(server["store"].db, club_id=server["club"])["counts"]
        assert counts["projects"] == 1 and counts["photos"] == 1
        report = import_return_bundle(a, stick / "to-a.zip")
        assert report.pushed == 2 and report.photos_sent == 1
        assert store_status(a)["pending"] == {"changes": 0, "photos": 0, "refused": 0}
        import_return_bundle(a, stick / "to-a-again.zip")  # out of order and twice: nothing moves back
        import_return_bundle(a, stick / "to-a.zip")
        assert store_status(a)["pending"]["changes"] == 0
        # a changed bundle is refused whole (its payload is sealed: one byte flipped on the way)
        tampered = stick / "tampered.zip"
        with zipfile.ZipFile(stick / "from-a.zip") as source, zipfile.ZipFile(tampered, "w") as target:
            for name in source.namelist():
                data = source.read(name)
                if name == "e/0":
                    data = data[:40] + bytes([data[40] ^ 1]) + data[41:]
                target.writestr(name, data)
        with pytest.raises(SyncError, match="changed after it was signed"):
            import_device_bundle(server["store"], tampered)
        # another computer of the club gets it all by network
        SyncClient(b).enroll(server["url"], server["codes"]["club"])
        received = SyncClient(b).sync()
        assert received.photos_received == 1
        assert per_club(store_status(b)) == per_club(store_status(server["store"].db, club_id=server["club"]))
    finally:
        a.dispose()
        b.dispose()


def test_scenario_14_a_partner_gains_or_loses_a_club_and_its_computers_follow(server, tmp_path):
    """Kisumu's club moves from Transparency Kenya to another organisation: the new partner's computer gets its
    records (older than its mark, too), the old partner's computer no longer holds them, photos included."""
    from clubapp.domain.codelists import Role
    from clubapp.server.cli import main as server_main
    from clubapp.store.models import Club, Photo, Project
    from test_photos import phone_jpeg

    operator, services = Actor.operator(), server["services"]
    with server["store"].db.reading() as session:
        tk = session.scalar(select(Club.organisation_id).where(Club.id == server["club"]))
        kisumu_code = session.get(Club, server["other"]).code
    nin = services.clubs.create_organisation(operator, "Nepal Integrity Network", "NIN", "KE")
    for name, org in (("ann", tk), ("bir", nin)):
        services.accounts.create_account(operator, username=name, role=Role.PARTNER_STAFF, secret="partner-pass",
                                         organisation_id=org)
    (tmp_path / "k.jpg").write_bytes(phone_jpeg(320, 240))
    kisumu_project = services.projects.create(operator, server["other"], ProjectInput(
        title="Kisumu market roof", sector="health", status="implementation"))
    services.photos.add_photos(operator, [tmp_path / "k.jpg"], project_id=kisumu_project)
    ann, bir = device(tmp_path, "ann"), device(tmp_path, "bir")
    try:
        for store, name in ((ann, "ann"), (bir, "bir")):
            SyncClient(store).enroll_partner(server["url"], name, "partner-pass")
            SyncClient(store).sync()
        with ann.reading() as session:
            [sha] = session.scalars(select(Photo.sha256).where(Photo.club_id == server["other"]))
        assert ann.blobs.has(sha) and store_status(bir)["counts"]["projects"] == 0
        database = server["store"].db.engine.url.render_as_string(hide_password=False)
        args = ["--data-dir", str(server["store"].data_dir)]
        args += [] if database.startswith("sqlite") else ["--database-url", database]
        assert server_main([*args, "move-club", "--club", kisumu_code, "--org", "NIN"]) == 0
        for store in (ann, bir):
            SyncClient(store).sync()
        with ann.reading() as session:
            assert session.get(Club, server["other"]) is None and session.get(Project, kisumu_project) is None
        assert not ann.blobs.has(sha)  # its photo is gone from the old partner's computer too
        with bir.reading() as session:
            assert session.get(Project, kisumu_project).title == "Kisumu market roof"
        assert bir.blobs.verify(sha)
        assert {c["name"] for c in store_status(bir)["clubs"]} == {"Kisumu Integrity Club"}
        assert {c["name"] for c in store_status(ann)["clubs"]} == {"Nyeri Integrity Club"}
    finally:
        ann.dispose()
        bir.dispose()


def test_photo_storage_is_an_interface_a_bucket_could_fill(tmp_path):
    """The server keeps photo bytes through PhotoStorage: here a dictionary stands in for an object store."""
    import hashlib

    from clubapp.server.enrolment import EnrolmentService
    from clubapp.server.storage import PhotoStorage
    from clubapp.server.store import open_server_store
    from sync_server import serving
    from test_photos import phone_jpeg

    class Bucket:
        def __init__(self):
            self.objects: dict[str, bytes] = {}

        def has(self, sha256):
            return sha256 in self.objects

        def put(self, data):
            sha256 = hashlib.sha256(data).hexdigest()
            self.objects[sha256] = data
            return sha256

        def read(self, sha256):
            return self.objects[sha256]

        def verify(self, sha256):
            return hashlib.sha256(self.objects.get(sha256, b"")).hexdigest() == sha256

    bucket = Bucket()
    assert isinstance(bucket, PhotoStorage)
    store = open_server_store(tmp_path / "server", photos=bucket)
    services, operator = Services.for_store(store.db, store.blobs), Actor.operator()
    org = services.clubs.create_organisation(operator, "Transparency Kenya", "TK", "KE")
    club = services.clubs.create_club(operator, organisation_id=org, school_name="Nyeri High",
                                      club_name="Nyeri Integrity Club", country="KE")
    services.clubs.create_first_teacher(club, given_name="Grace", family_name="Wambui", username="grace",
                                        password="teacher-pass")
    code = EnrolmentService(store.db).new_code(operator, club)
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    try:
        with serving(store) as url:
            for pc in (a, b):
                SyncClient(pc).enroll(url, code)
                SyncClient(pc).sync()
            teacher = AccountService(a).sign_in("grace", "teacher-pass")
            project = Services.for_store(a).projects.create(teacher, club, ProjectInput(
                title="Borehole", sector="waterAndWaste", status="implementation"))
            (tmp_path / "p.jpg").write_bytes(phone_jpeg(640, 480))
            Services.for_store(a).photos.add_photos(teacher, [tmp_path / "p.jpg"], project_id=project)
            assert SyncClient(a).sync().photos_sent == 1
            assert SyncClient(b).sync().photos_received == 1
        [sha] = bucket.objects
        assert bucket.verify(sha) and b.blobs.verify(sha)
        assert not (tmp_path / "server" / "photos").exists()  # nothing went to the folder
    finally:
        a.dispose()
        b.dispose()
        store.dispose()
