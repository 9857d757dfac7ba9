"""Students are minors: their records leave the school computer only once a parent's or guardian's consent is
recorded, and a student who leaves can have their personal data erased on every computer and on the server,
while what they monitored stays under a pseudonym. Through a real server on 127.0.0.1."""

from __future__ import annotations

import json

import httpx
from sqlalchemy import select, text

from clubapp.domain.codelists import Role
from clubapp.paths import DataDir
from clubapp.services.accounts import AccountService
from clubapp.services.issues import IssueInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.services.status import store_status
from clubapp.store.local import LocalStore
from clubapp.store.models import Issue, Member, Project
from clubapp.sync import SyncClient
from clubapp.sync.bundle import export_bundle
from sync_server import running_server


def device(tmp_path, name: str) -> LocalStore:
    return LocalStore(DataDir(tmp_path / name))


def text_of_tables(db, *tables: str) -> str:
    """Every value of these tables, as one string to search for a name."""
    with db.reading() as session:
        return json.dumps([list(row) for table in tables
                           for row in session.execute(text(f"SELECT * FROM {table}"))], default=str)


def test_a_students_records_wait_on_this_computer_until_consent_is_recorded(tmp_path):
    with running_server(tmp_path) as server:
        a = device(tmp_path, "a")
        try:
            SyncClient(a).enroll(server["url"], server["codes"]["club"])
            SyncClient(a).sync()
            services = Services.for_store(a)
            teacher = AccountService(a).sign_in("grace", "teacher-pass")
            amina = services.members.add_member(teacher, server["club"], MemberInput(
                given_name="Amina", family_name="Hassan", birth_year=2011))
            services.accounts.create_account(teacher, username="amina", role=Role.STUDENT, secret="4321",
                                             member_id=amina, club_id=server["club"])
            student = AccountService(a).sign_in("amina", "4321")
            project = services.projects.create(student, server["club"], ProjectInput(
                title="Latrines at Kamakwa", sector="education", status="implementation"))
            services.issues.record(student, project, IssueInput("Doors missing", "poor_quality", "medium"))
            services.projects.create(teacher, server["club"], ProjectInput(
                title="Road to the market", sector="transport", status="implementation"))

            report = SyncClient(a).sync()
            assert report.refused == []
            assert "waiting for the consent of 1 student" in str(report)
            with server["store"].db.reading() as session:  # the teacher's project went; nothing of Amina's
                assert set(session.scalars(select(Project.title))) == {"Road to the market"}
                assert "Hassan" not in " ".join(session.scalars(select(Member.family_name)))
            waiting = store_status(a)["pending"]["changes"]
            assert waiting >= 4  # her member row, account, project, issue (and its first event)
            export_bundle(a, tmp_path / "stick.clubsync")  # a USB stick carries nothing of hers either
            assert "Hassan" not in (tmp_path / "stick.clubsync").read_bytes().decode("latin-1")

            services.members.record_consent(teacher, amina, "Fatuma Hassan (mother)")
            report = SyncClient(a).sync()
            assert report.refused == [] and report.waiting_for_consent == ""
            assert store_status(a)["pending"]["changes"] == 0
            with server["store"].db.reading() as session:
                assert "Latrines at Kamakwa" in set(session.scalars(select(Project.title)))
                assert session.scalar(select(Issue.title).where(Issue.created_by == amina)) == "Doors missing"
        finally:
            a.dispose()


def test_the_server_refuses_a_student_sent_without_consent(tmp_path):
    """An older clubapp (or anything else holding a device token) cannot send a student's details either."""
    with running_server(tmp_path) as server:
        a = device(tmp_path, "a")
        try:
            SyncClient(a).enroll(server["url"], server["codes"]["club"])
            token = a.get_setting("sync_token")
            change = {"change_id": "c" * 36, "entity_type": "member", "entity_id": "m" * 36, "club_id": server["club"],
                      "fields": {"club_id": server["club"], "role": "student", "given_name": "Kofi"}, "base_seq": None}
            answer = httpx.post(f"{server['url']}/api/v1/push", json={"changes": [change]},
                                headers={"Authorization": f"Bearer {token}"}).json()
            [result] = answer["results"]
            assert result["status"] == "refused" and "consent" in result["reason"]
            with server["store"].db.reading() as session:
                assert session.get(Member, "m" * 36) is None
        finally:
            a.dispose()


def test_an_erased_student_is_erased_on_the_server_and_every_computer_and_stays_erased(tmp_path):
    with running_server(tmp_path) as server:
        a, b = device(tmp_path, "a"), device(tmp_path, "b")
        try:
            for computer in (a, b):
                SyncClient(computer).enroll(server["url"], server["codes"]["club"])
                SyncClient(computer).sync()
            services_a, services_b = Services.for_store(a), Services.for_store(b)
            student = AccountService(a).sign_in("otieno", "1234")
            project = services_a.projects.create(student, server["club"], ProjectInput(
                title="Borehole at Kamakwa", sector="waterAndWaste", status="implementation"))
            issue, _ = services_a.issues.record(student, project, IssueInput("Pump broken", "maintenance", "high"))
            SyncClient(a).sync()
            SyncClient(b).sync()
            teacher_a = AccountService(a).sign_in("grace", "teacher-pass")
            teacher_b = AccountService(b).sign_in("grace", "teacher-pass")
            otieno = student.member_id
            # B writes his family name and it reaches the server before the erasure (a newer version than A's)
            services_b.members.update_member(teacher_b, otieno, MemberInput(given_name="Otieno", family_name="Ouma",
                                                                             birth_year=2010, grade="Form 1"))
            SyncClient(b).sync()
            # A, which has not seen that, erases him; B, offline, edits him again
            pseudonym = services_a.members.erase_personal_data(teacher_a, otieno)
            services_b.members.update_member(teacher_b, otieno, MemberInput(given_name="Otieno", family_name="Ouma",
                                                                             birth_year=2010, grade="Form 2"))
            assert SyncClient(a).sync().refused == []
            assert SyncClient(b).sync().refused == []
            SyncClient(a).sync()

            for db in (server["store"].db, a, b):
                with db.reading() as session:
                    member = session.get(Member, otieno)
                    assert (member.given_name, member.family_name, member.birth_year, member.grade) == \
                        (pseudonym, "", None, "")
                    assert member.erased_at is not None
                    assert session.get(Issue, issue).created_by == otieno  # what he monitored stays
                everything = text_of_tables(db, "member", "account", "conflict").lower()
                assert "otieno" not in everything and "ouma" not in everything
            for computer in (a, b):
                assert "ouma" not in text_of_tables(computer, "outbox_change").lower()
            assert pseudonym.startswith("Student ")
        finally:
            a.dispose()
            b.dispose()
