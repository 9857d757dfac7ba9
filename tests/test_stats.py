"""Partner figures computed in SQL, checked against a small network worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from clubapp.domain.codelists import Role
from clubapp.domain.issue_status import EventKind as K
from clubapp.services.actor import Actor
from clubapp.services.issues import IssueInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.services.stats import StatsFilter, StatsService

ON = date(2026, 6, 1)
LETTER = {"reported_to": "County office", "channel": "letter"}

# (project, identified, [(event, date)]) — the expected figures below are worked out from these by hand.
HISTORIES = [
    ("school", date(2026, 1, 10), [(K.REPORTED, date(2026, 1, 12)), (K.RESPONSE_RECEIVED, date(2026, 1, 22)),
                                   (K.FIXED, date(2026, 2, 9))]),
    ("school", date(2026, 1, 15), [(K.REPORTED, date(2026, 1, 15)), (K.RESPONSE_RECEIVED, date(2026, 1, 19)),
                                   (K.PARTLY_FIXED, date(2026, 3, 1))]),
    ("school", date(2026, 2, 1), [(K.REPORTED, date(2026, 2, 3))]),
    ("clinic", date(2026, 2, 10), []),
    ("clinic", date(2026, 3, 1), [(K.REPORTED, date(2026, 3, 2)), (K.NOT_FIXED, date(2026, 4, 1))]),
    ("clinic", date(2026, 3, 5), [(K.FIXED, date(2026, 3, 25))]),
]


@pytest.fixture
def services(backend):
    """These figures are computed in SQL: check them on SQLite and on PostgreSQL."""
    db, blobs = backend
    return Services.for_store(db, blobs)


def build_network(services, world) -> StatsService:
    services.members.update_member(world.teacher, world.student.member_id, MemberInput(
        given_name="Otieno", gender="male", birth_year=2011))
    projects = {
        "school": services.projects.create(world.student, world.club_id, ProjectInput(
            title="Classroom block", sector="education", status="implementation", budget_amount="2000000",
            budget_currency="KES", beneficiaries=400)),
        "clinic": services.projects.create(world.student, world.club_id, ProjectInput(
            title="Clinic", sector="health", status="completion", budget_amount="500000.50",
            budget_currency="KES", beneficiaries=1200)),
    }
    for project, identified, events in HISTORIES:
        issue, _ = services.issues.record(world.student, projects[project], IssueInput(
            title="Problem", category="delay", severity="high"), identified_on=identified)
        for kind, day in events:
            services.issues.add_event(world.student, issue, kind, occurred_on=day,
                                      **(LETTER if kind is K.REPORTED else {}))
    other_teacher = world.other_club_teacher
    other = services.projects.create(other_teacher, world.other_club_id, ProjectInput(
        title="Road", sector="transport.road", status="implementation", budget_amount="100", budget_currency="NPR"))
    services.issues.record(other_teacher, other, IssueInput(title="Pothole", category="poor_quality",
                                                            severity="low"), identified_on=date(2026, 2, 2))
    return StatsService(services.store)


@pytest.fixture
def network(services, world) -> StatsService:
    return build_network(services, world)


def test_overall_figures_match_the_hand_count(network, world):
    report = network.figures(world.partner, on=ON)
    o = report.overall
    assert (o.identified, o.fixed, o.partly_fixed, o.not_fixed, o.still_open) == (6, 2, 1, 1, 2)
    assert o.fix_rate.text() == "33% (2 of 6)"
    assert (o.reported, o.responded) == (4, 2)
    assert o.response_rate.value is None and o.response_rate.text() == "too few (2 of 4)"
    assert o.overdue == 2  # reported on 3 Feb and 2 Mar, never answered, 30-day delay
    assert o.median_days_to_response == 7.0  # 10 and 4 days
    assert o.median_days_to_fix == 25.0  # 30 and 20 days
    assert report.projects.projects == 2
    assert report.projects.beneficiaries == 1600
    assert report.projects.budget_by_currency == {"KES": Decimal("2500000.50")}


def test_breakdowns_partition_the_issues(network, world):
    by_sector = {r.key: r for r in network.figures(world.partner, by="sector", on=ON).rows}
    assert {k: (r.identified, r.fixed) for k, r in by_sector.items()} == {"education": (3, 1), "health": (3, 1)}
    assert by_sector["education"].median_days_to_response == 7.0
    by_month = {r.key: r.identified for r in network.figures(world.partner, by="month", on=ON).rows}
    assert by_month == {"2026-01": 2, "2026-02": 2, "2026-03": 2}
    by_gender = network.figures(world.partner, by="gender", on=ON).rows
    assert [(r.key, r.identified) for r in by_gender] == [("male", 6)]
    by_age = network.figures(world.partner, by="age_band", on=ON).rows
    assert [(r.key, r.identified) for r in by_age] == [("13-15", 6)]  # born 2011, issues found in 2026


def test_scope_and_filters(network, world):
    admin = network.figures(Actor(role=Role.ADMIN), by="country", on=ON)
    assert {r.key: r.identified for r in admin.rows} == {"KE": 6, "NP": 1}
    assert network.figures(world.other_partner, on=ON).overall.identified == 1
    spring = network.figures(world.partner, StatsFilter(date_from=date(2026, 3, 1)), on=ON).overall
    assert spring.identified == 2
    health = network.figures(world.partner, StatsFilter(sectors=("health",)), on=ON)
    assert health.overall.identified == 3 and health.projects.projects == 1


def test_a_club_with_no_issues_reports_zeros_not_errors(services):
    report = StatsService(services.store).figures(Actor(role=Role.ADMIN))
    assert report.overall.identified == 0 and report.overall.fix_rate.text() == "too few (0 of 0)"
