"""Roles are enforced in the services, whatever the UI shows: students record, teachers approve and manage
their own club, partner staff only read (and see students only under a pseudonym)."""

from __future__ import annotations

import pytest

from clubapp.domain.codelists import Role
from clubapp.domain.issue_status import EventKind
from clubapp.services.errors import Conflict, InvalidInput, PermissionDenied
from clubapp.services.issues import IssueInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput

SCHOOL = ProjectInput(title="Classroom block", sector="education", status="implementation",
                      budget_amount="2500000", budget_currency="KES", latitude=-0.42, longitude=36.95)


@pytest.fixture
def submitted_project(services, world) -> str:
    project = services.projects.create(world.student, world.club_id, SCHOOL)
    services.reviews.submit(world.student, "project", project)
    return project


def test_a_student_cannot_approve(services, world, submitted_project):
    with pytest.raises(PermissionDenied, match="Only a teacher"):
        services.reviews.approve(world.student, "project", submitted_project)
    assert services.projects.get(world.teacher, submitted_project).review_state == "submitted"


def test_a_teacher_acts_only_on_their_own_club(services, world, submitted_project):
    with pytest.raises(PermissionDenied, match="own club"):
        services.reviews.approve(world.other_club_teacher, "project", submitted_project)
    with pytest.raises(PermissionDenied):
        services.members.add_member(world.other_club_teacher, world.club_id, MemberInput(given_name="Intruder"))
    with pytest.raises(PermissionDenied):
        services.projects.list(world.other_club_teacher, world.club_id)
    services.reviews.approve(world.teacher, "project", submitted_project)
    assert services.projects.get(world.teacher, submitted_project).review_state == "approved"


def test_partner_staff_read_their_organisation_but_change_nothing(services, world, submitted_project):
    rows = services.projects.list(world.partner)
    assert [r.id for r in rows] == [submitted_project]
    assert services.projects.list(world.other_partner) == []  # another organisation's partner sees nothing
    with pytest.raises(PermissionDenied, match="read"):
        services.projects.create(world.partner, world.club_id, SCHOOL)
    with pytest.raises(PermissionDenied):
        services.reviews.approve(world.partner, "project", submitted_project)
    issue_id, _ = services.issues.record(world.student, submitted_project, IssueInput(
        title="Cracks", category="poor_quality", severity="high"))
    with pytest.raises(PermissionDenied):
        services.issues.add_event(world.partner, issue_id, EventKind.CLOSED)


def test_partner_staff_see_students_only_under_a_pseudonym(services, world):
    services.members.update_member(world.teacher, world.student.member_id, MemberInput(
        given_name="Otieno", family_name="Odhiambo", birth_year=2011, gender="male", grade="Form 2"))
    for row in services.members.list_members(world.partner, world.club_id):
        assert "Otieno" not in row.full_name and "Wanjiru" not in row.full_name
        assert row.birth_year is None
    bands = {r.extra["age_band"] for r in services.members.list_members(world.partner, world.club_id)}
    assert bands & {"13-15", "16-18"}
    names = {r.full_name for r in services.members.list_members(world.teacher, world.club_id)}
    assert "Otieno Odhiambo" in names


def test_only_teachers_manage_members_and_reset_pins(services, world):
    with pytest.raises(PermissionDenied, match="Only a teacher"):
        services.members.add_member(world.student, world.club_id, MemberInput(given_name="Friend"))
    with pytest.raises(PermissionDenied):
        services.accounts.reset_secret(world.student, world.other_student.account_id, "9999")
    services.accounts.reset_secret(world.teacher, world.other_student.account_id, "4321")
    assert services.accounts.sign_in(world.other_student.account_id, "4321").role is Role.STUDENT


def test_review_cycle_return_fix_resubmit_approve_then_a_change_needs_approval_again(services, world):
    project = services.projects.create(world.student, world.club_id, SCHOOL)
    services.reviews.submit(world.student, "project", project)
    with pytest.raises(InvalidInput):
        services.reviews.return_with_comment(world.teacher, "project", project, "  ")
    services.reviews.return_with_comment(world.teacher, "project", project, "Add the contractor's name")
    returned = services.reviews.queue(world.student, world.club_id, states=("returned",))
    assert [(i.entity_id, i.comment) for i in returned] == [(project, "Add the contractor's name")]
    fixed = ProjectInput(**{**SCHOOL.__dict__, "implementing_agency": "Mwangi Builders Ltd"})
    services.projects.update(world.student, project, fixed)
    services.reviews.submit(world.student, "project", project)
    services.reviews.approve(world.teacher, "project", project)
    approved = services.projects.get(world.teacher, project)
    assert (approved.review_state, approved.revision) == ("approved", 2)
    with pytest.raises(Conflict):
        services.reviews.approve(world.teacher, "project", project)
    changed = ProjectInput(**{**fixed.__dict__, "budget_amount": "3000000"})
    services.projects.update(world.student, project, changed)
    after_change = services.projects.get(world.teacher, project)
    assert (after_change.review_state, after_change.revision) == ("draft", 3)
    services.reviews.submit(world.student, "project", project)
    [item] = services.reviews.queue(world.teacher, world.club_id)
    assert item.changes["budget_amount"] == ("2500000.00", "3000000.00")  # what changed since the approval


def test_wrong_password_and_unknown_name_get_the_same_answer(services, world):
    with pytest.raises(PermissionDenied) as wrong:
        services.accounts.sign_in(world.student.account_id, "nope")
    with pytest.raises(PermissionDenied) as unknown:
        services.accounts.sign_in("nobody-at-all", "nope")
    assert str(wrong.value) == str(unknown.value)
    assert services.accounts.sign_in(world.student.account_id, "pass-1234").member_id == world.student.member_id


def test_bad_project_input_is_refused_field_by_field_and_nothing_is_written(services, world):
    bad = ProjectInput(title="", sector="roads", status="implementation", budget_amount="-5",
                       latitude=120.0, longitude=10.0)
    with pytest.raises(InvalidInput) as refused:
        services.projects.create(world.student, world.club_id, bad)
    assert {"title", "sector", "budget_amount", "latitude"} <= set(refused.value.problems)
    assert "swapped" in refused.value.problems["latitude"]
    assert services.projects.list(world.teacher, world.club_id) == []


def test_issue_actions_follow_the_status(services, world):
    project = services.projects.create(world.student, world.club_id, SCHOOL)
    issue_id, _ = services.issues.record(world.student, project, IssueInput(
        title="No ramp", category="accessibility", severity="medium"))
    with pytest.raises(Conflict):
        services.issues.add_event(world.student, issue_id, EventKind.FIX_VERIFIED)
    with pytest.raises(InvalidInput) as missing:
        services.issues.add_event(world.student, issue_id, EventKind.REPORTED)
    assert set(missing.value.problems) == {"reported_to", "channel"}
    for kind, extra in [(EventKind.REPORTED, {"reported_to": "County Works Office", "channel": "letter"}),
                        (EventKind.RESPONSE_RECEIVED, {}), (EventKind.FIXED, {}), (EventKind.FIX_VERIFIED, {})]:
        services.issues.add_event(world.student, issue_id, kind, **extra)
    issue = services.issues.get(world.teacher, issue_id)
    assert (issue.status, issue.outcome) == ("fix_verified", "fixed")
    timeline = services.issues.timeline(world.teacher, issue_id)
    assert [t.kind for t in timeline] == ["identified", "reported", "response_received", "fixed", "fix_verified"]
    assert {t.recorded_by for t in timeline} == {"Otieno"}


def test_a_student_who_left_can_be_erased_and_their_records_stay_under_a_pseudonym(services, world):
    project = services.projects.create(world.student, world.club_id, SCHOOL)
    issue_id, _ = services.issues.record(world.student, project, IssueInput(
        title="Leaking roof", category="poor_quality", severity="medium"))
    with pytest.raises(PermissionDenied):
        services.members.erase_personal_data(world.other_student, world.student.member_id)
    name = services.members.erase_personal_data(world.teacher, world.student.member_id)
    assert name.startswith("Student ") and "Otieno" not in name
    [entry] = services.issues.timeline(world.teacher, issue_id)
    assert entry.recorded_by == name  # the record stays, under the pseudonym
    listed = {r.full_name for r in services.members.list_members(world.teacher, world.club_id, include_inactive=True)}
    assert "Otieno" not in " ".join(listed)
    with pytest.raises(PermissionDenied):
        services.accounts.sign_in(world.student.account_id, "pass-1234")
