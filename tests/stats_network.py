"""A small network whose figures are worked out by hand (tests/test_stats.py checks them; the dashboard and the
stats command show them)."""

from __future__ import annotations

from datetime import date

from clubapp.domain.issue_status import EventKind as K
from clubapp.services.issues import IssueInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput
from clubapp.services.stats import StatsService

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
