"""Tracking numbers made offline on two devices never collide, and a mistyped one is recognised as such."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from clubapp.domain import codes
from clubapp.domain.codelists import Role
from clubapp.paths import DataDir
from clubapp.services.actor import Actor
from clubapp.services.issues import IssueInput
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.store.local import LocalStore


def _device_with_club(root, club_code: str) -> tuple[Services, Actor, str]:
    store = LocalStore(DataDir(root))
    services = Services.for_store(store)
    operator = Actor.operator()
    org = services.clubs.create_organisation(operator, "Partner", "P")
    club = services.clubs.create_club(operator, organisation_id=org, school_name="School", club_name="Club",
                                      country="LR", code=club_code)
    student = Actor(role=Role.STUDENT, club_id=club)
    project = services.projects.create(student, club, ProjectInput(title="Borehole", sector="waterAndWaste",
                                                                   status="implementation"))
    return services, student, project


def test_tracking_numbers_made_offline_on_two_devices_are_unique(tmp_path):
    """Two computers of the same club, never connected, each record 300 issues."""
    numbers: list[str] = []
    for name in ("laptop", "desktop"):
        services, student, project = _device_with_club(tmp_path / name, "LR9XQ2")
        for i in range(300):
            _id, number = services.issues.record(student, project, IssueInput(
                title=f"Problem {i}", category="delay", severity="low"))
            numbers.append(number)
        services.store.dispose()
    assert len(set(numbers)) == 600
    assert all(n.startswith("LR9XQ2-") and codes.is_tracking_number(n) for n in numbers)


def test_a_tracking_number_is_found_however_it_is_typed(services, world):
    project = services.projects.create(world.student, world.club_id, ProjectInput(
        title="Road", sector="transport.road", status="implementation"))
    issue_id, number = services.issues.record(world.student, project, IssueInput(
        title="Potholes", category="poor_quality", severity="medium"))
    typed = number.lower().replace("0", "o").replace("-", " - ")
    assert services.issues.find_by_tracking_number(world.teacher, typed).id == issue_id


@given(st.uuids(version=4), st.integers(min_value=7, max_value=18), st.sampled_from(codes.ALPHABET))
def test_every_single_character_slip_is_caught(issue_uuid: uuid.UUID, position: int, replacement: str):
    number = codes.tracking_number("SLAB12", str(issue_uuid))
    if number[position] in "-" or number[position] == replacement:
        return
    mistyped = number[:position] + replacement + number[position + 1 :]
    assert not codes.is_tracking_number(mistyped)


def test_country_letters_outside_the_alphabet_survive():
    """Liberia (LR) and Sierra Leone (SL) codes hold L, which look-alike correction would otherwise turn into 1."""
    number = codes.tracking_number("SL4KQ2", str(uuid.uuid4()))
    assert number.startswith("SL4KQ2-")
    assert codes.is_tracking_number(number.lower())
