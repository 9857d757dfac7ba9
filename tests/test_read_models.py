"""The services hand out read models (frozen views), built in one place with the reader's projection: partner
staff signed in on a club's computer meet no club member's real name in anything the services give them to
read (the issue timeline once said "Found — <the student's name>" to them)."""

from __future__ import annotations

import dataclasses

import pytest

from club_records import REAL_NAMES, ClubRecords, club_records
from clubapp.domain.pseudonyms import pseudonym
from clubapp.services.certificates import CertificateService
from clubapp.services.views import IssueView, ProjectView, VisitView


def everything_read_by(services, actor, world, records: ClubRecords) -> str:
    """What each read of the services gives this reader, as text."""
    reads = [
        services.projects.get(actor, records.project_id),
        services.projects.list(actor, world.club_id),
        services.visits.list_for_project(actor, records.project_id),
        services.issues.get(actor, records.issue_id),
        services.issues.list(actor, world.club_id),
        services.issues.timeline(actor, records.issue_id),
        services.reviews.queue(actor, world.club_id),
        services.members.list_members(actor, world.club_id, include_inactive=True),
        CertificateService(services.store).list_for_club(actor, world.club_id),
    ]
    return repr(reads)


@pytest.fixture
def records(services, world) -> ClubRecords:
    return club_records(services, world)


def test_partner_staff_on_a_club_computer_read_no_real_name(services, world, records):
    seen = everything_read_by(services, world.partner, world, records)
    for name in REAL_NAMES:
        assert name not in seen
    assert pseudonym(world.student.member_id) in seen  # the student is there, under the pseudonym


def test_the_club_reads_its_members_by_name(services, world, records):
    seen = everything_read_by(services, world.teacher, world, records)
    for name in REAL_NAMES:
        assert name in seen  # so the test above would see a leak


def test_the_timeline_and_the_visit_name_people_as_the_reader_may_see_them(services, world, records):
    [found, reported] = services.issues.timeline(world.partner, records.issue_id)
    assert found.recorded_by == pseudonym(world.student.member_id, "student")
    assert reported.recorded_by == pseudonym(world.teacher.member_id, "teacher")
    [visit] = services.visits.list_for_project(world.partner, records.project_id)
    assert {a.member_id for a in visit.attendees} == {world.student.member_id, world.other_student.member_id,
                                                      world.teacher.member_id}
    [found] = services.issues.timeline(world.teacher, records.issue_id)[:1]
    assert found.recorded_by == "Otieno Odhiambo"


def test_views_are_frozen_and_hold_no_database_row(services, world, records):
    project = services.projects.get(world.teacher, records.project_id)
    issue = services.issues.get(world.teacher, records.issue_id)
    [visit] = services.visits.list_for_project(world.teacher, records.project_id)
    assert (type(project), type(issue), type(visit)) == (ProjectView, IssueView, VisitView)
    assert issue.status == "reported" and issue.review_state == "submitted" and project.title.startswith("Ruringu")
    with pytest.raises(dataclasses.FrozenInstanceError):
        project.title = "changed"  # type: ignore[misc]
    assert services.issues.find_by_tracking_number(world.teacher, issue.tracking_number) == issue
