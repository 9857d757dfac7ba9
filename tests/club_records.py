"""A club's records with real names in them, for the tests that partner staff never see those names."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from clubapp.domain.issue_status import EventKind
from clubapp.services.certificates import CertificateService
from clubapp.services.issues import IssueInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput
from clubapp.services.visits import VisitInput

REAL_NAMES = ("Otieno", "Odhiambo", "Achieng", "Wanjiru")


@dataclasses.dataclass(frozen=True)
class ClubRecords:
    project_id: str
    issue_id: str
    visit_id: str


def club_records(services, world) -> ClubRecords:
    """A student's project, a visit they went on with a classmate and their teacher, an issue the student found,
    which the teacher reported; all submitted for review; a certificate for the student."""
    services.members.update_member(world.teacher, world.student.member_id, MemberInput(
        given_name="Otieno", family_name="Odhiambo", birth_year=2011, gender="male", grade="Form 2"))
    project_id = services.projects.create(world.student, world.club_id, ProjectInput(
        title="Ruringu classroom block", sector="education", status="implementation"))
    visit_id = services.visits.record(world.student, project_id, VisitInput(
        visited_on=date.today() - timedelta(days=3), notes="Roof sheets missing",
        attendee_ids=[world.student.member_id, world.other_student.member_id, world.teacher.member_id]))
    issue_id, _number = services.issues.record(world.student, project_id, IssueInput(
        title="Roof sheets missing", category="poor_quality", severity="high"), visit_id=visit_id,
        identified_on=date.today() - timedelta(days=3))
    services.issues.add_event(world.teacher, issue_id, EventKind.REPORTED, reported_to="County works office",
                              channel="letter")
    for kind, record in (("project", project_id), ("visit", visit_id), ("issue", issue_id)):
        services.reviews.submit(world.student, kind, record)
    CertificateService(services.store).issue(world.teacher, world.club_id, [world.student.member_id])
    return ClubRecords(project_id, issue_id, visit_id)
