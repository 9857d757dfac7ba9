"""Shared fixtures: a real SQLite store in a temporary folder, the services over it, and a club with people.

Qt runs offscreen unless QT_QPA_PLATFORM is set (CI sets xcb under Xvfb for the window tests)."""

from __future__ import annotations

import os
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")


import pytest  # noqa: E402

from clubapp.domain.codelists import Role  # noqa: E402
from clubapp.paths import DataDir  # noqa: E402
from clubapp.services.actor import Actor  # noqa: E402
from clubapp.services.members import MemberInput  # noqa: E402
from clubapp.services.registry import Services  # noqa: E402
from clubapp.store.blobs import BlobStore  # noqa: E402
from clubapp.store.database import Database  # noqa: E402
from clubapp.store.local import LocalStore  # noqa: E402
from postgres_db import fresh_pg_database  # noqa: E402


@pytest.fixture
def store(tmp_path) -> LocalStore:
    local = LocalStore(DataDir(tmp_path / "data"))
    yield local
    local.dispose()


@pytest.fixture
def pg_database():
    with fresh_pg_database() as url:
        yield url


@pytest.fixture
def language(qapp):
    """Install a language the way the app does (`language("fr")`); English again after the test."""
    from clubapp.ui import i18n

    yield lambda name: i18n.install(qapp, name)
    i18n.install(qapp, "en")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request, tmp_path):
    """Run a test on a SQLite local store and on a PostgreSQL database (as the server uses)."""
    if request.param == "sqlite":
        local = LocalStore(DataDir(tmp_path / "data"))
        yield local, None
        local.dispose()
        return
    db = Database(request.getfixturevalue("pg_database"))
    yield db, BlobStore(tmp_path / "blobs")
    db.dispose()


@pytest.fixture
def services(store) -> Services:
    return Services.for_store(store)


@dataclass(frozen=True)
class ClubWorld:
    """One club with a teacher and two students, and a second club elsewhere, ready to act in."""

    club_id: str
    club_code: str
    other_club_id: str
    organisation_id: str
    teacher: Actor
    student: Actor
    other_student: Actor
    other_club_teacher: Actor
    partner: Actor
    other_partner: Actor


def _member_actor(services: Services, club_id: str, role: Role, name: str, teacher: Actor | None) -> Actor:
    operator = Actor.operator()
    member_id = services.members.add_member(teacher or operator, club_id, MemberInput(given_name=name, role=role.value))
    account_id = services.accounts.create_account(
        operator, username=f"{name.lower()}-{club_id[:4]}", role=role, secret="pass-1234",
        member_id=member_id, club_id=club_id)
    return Actor(role=role, account_id=account_id, member_id=member_id, club_id=club_id, display_name=name)


@pytest.fixture
def world(services) -> ClubWorld:
    operator = Actor.operator()
    org = services.clubs.create_organisation(operator, "Transparency Kenya", "TK", "KE")
    other_org = services.clubs.create_organisation(operator, "Nepal Integrity Network", "NIN", "NP")
    club_id = services.clubs.create_club(operator, organisation_id=org, school_name="Nyeri High School",
                                         club_name="Nyeri Integrity Club", country="KE", admin_area="Nyeri",
                                         latitude=-0.4197, longitude=36.9475)
    other_club = services.clubs.create_club(operator, organisation_id=other_org, school_name="Shree Janata School",
                                            club_name="Pokhara Integrity Club", country="NP",
                                            latitude=28.2096, longitude=83.9856)
    teacher = _member_actor(services, club_id, Role.TEACHER, "Wanjiru", None)
    student = _member_actor(services, club_id, Role.STUDENT, "Otieno", teacher)
    other_student = _member_actor(services, club_id, Role.STUDENT, "Achieng", teacher)
    other_teacher = _member_actor(services, other_club, Role.TEACHER, "Sita", None)
    partner = Actor(role=Role.PARTNER_STAFF, organisation_id=org, display_name="Partner")
    other_partner = Actor(role=Role.PARTNER_STAFF, organisation_id=other_org, display_name="Other partner")
    code = services.clubs.get_club(operator, club_id).code
    return ClubWorld(club_id, code, other_club, org, teacher, student, other_student, other_teacher, partner,
                     other_partner)
