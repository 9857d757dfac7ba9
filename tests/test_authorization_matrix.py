"""Every action tried by every role against the services, with the expected answer for each cell.

"ok" means the action succeeds; "denied" means PermissionDenied (or NotFound, which hides another club's records
as well as refusing them). The server enforces the same rules again for what arrives by sync (tests/sync/).
"""

from __future__ import annotations

import json

import pytest

from clubapp.exports.service import ExportService
from clubapp.services.actor import Actor
from clubapp.services.errors import NotFound, PermissionDenied
from clubapp.services.issues import IssueInput
from clubapp.services.members import MemberInput
from clubapp.services.projects import ProjectInput

ROLES = ("student", "teacher", "other_club_teacher", "partner", "other_partner", "admin")

# action -> the answer for each role, in the order of ROLES
MATRIX = {
    "read projects":     ("ok", "ok", "denied", "ok", "denied", "ok"),
    "read a project":    ("ok", "ok", "denied", "ok", "denied", "ok"),
    "read members":      ("ok", "ok", "denied", "ok", "denied", "ok"),
    "create a project":  ("ok", "ok", "denied", "denied", "denied", "ok"),
    "edit a project":    ("ok", "ok", "denied", "denied", "denied", "ok"),
    "record an issue":   ("ok", "ok", "denied", "denied", "denied", "ok"),
    "submit":            ("ok", "ok", "denied", "denied", "denied", "ok"),
    "approve":           ("denied", "ok", "denied", "denied", "denied", "ok"),
    "add a member":      ("denied", "ok", "denied", "denied", "denied", "ok"),
    "record consent":    ("denied", "ok", "denied", "denied", "denied", "ok"),
    "reset a PIN":       ("denied", "ok", "denied", "denied", "denied", "ok"),
    "erase a student":   ("denied", "ok", "denied", "denied", "denied", "ok"),
    "export":            ("denied", "ok", "ok", "ok", "ok", "ok"),
    "create a club":     ("denied", "denied", "denied", "denied", "denied", "ok"),
}


def actor_of(world, role: str) -> Actor:
    return Actor.operator() if role == "admin" else getattr(world, role)


@pytest.fixture
def scene(services, world):
    project = services.projects.create(world.student, world.club_id, ProjectInput(
        title="Classroom block", sector="education", status="implementation"))
    services.reviews.submit(world.student, "project", project)
    student = next(m for m in services.members.list_members(world.teacher, world.club_id)
                   if m.id == world.other_student.member_id)
    return {"project": project, "student_member": student}


def attempt(services, world, scene, action: str, actor: Actor, tmp_path):
    project, club = scene["project"], world.club_id
    if action == "read projects":
        return services.projects.list(actor, club)
    if action == "read a project":
        return services.projects.get(actor, project)
    if action == "read members":
        return services.members.list_members(actor, club)
    if action == "create a project":
        return services.projects.create(actor, club, ProjectInput(title="New", sector="health", status="implementation"))
    if action == "edit a project":
        return services.projects.update(actor, project, ProjectInput(title="Renamed", sector="education",
                                                                     status="implementation"))
    if action == "record an issue":
        return services.issues.record(actor, project, IssueInput("Leaking roof", "poor_quality", "high"))
    if action == "submit":
        issue, _ = services.issues.record(world.student, project, IssueInput("Crack", "poor_quality", "low"))
        return services.reviews.submit(actor, "issue", issue)
    if action == "approve":
        return services.reviews.approve(actor, "project", project)
    if action == "add a member":
        return services.members.add_member(actor, club, MemberInput(given_name="Neema"))
    if action == "record consent":
        return services.members.record_consent(actor, scene["student_member"].id, "Mother")
    if action == "reset a PIN":
        return services.accounts.reset_secret(actor, scene["student_member"].account_id, "98765")
    if action == "erase a student":
        return services.members.erase_personal_data(actor, scene["student_member"].id)
    if action == "export":
        out = tmp_path / "export.geojson"
        ExportService(services.store).export(actor, "geojson", out)
        return json.loads(out.read_text())
    if action == "create a club":
        return services.clubs.create_club(actor, organisation_id=world.organisation_id, school_name="S",
                                          club_name="C", country="KE")
    raise AssertionError(action)


@pytest.mark.parametrize("action", MATRIX)
@pytest.mark.parametrize("role", ROLES)
def test_authorization_matrix(services, world, scene, action, role, tmp_path):
    expected = MATRIX[action][ROLES.index(role)]
    actor = actor_of(world, role)
    if expected == "ok":
        result = attempt(services, world, scene, action, actor, tmp_path)
        if action == "export" and role in ("other_club_teacher", "other_partner"):
            # they may export, but only their own clubs: nothing of this club comes out
            titles = {f["properties"].get("title") for f in result["features"]}
            assert "Classroom block" not in titles
    else:
        with pytest.raises((PermissionDenied, NotFound)):
            attempt(services, world, scene, action, actor, tmp_path)


def test_the_matrix_covers_every_role_for_every_action():
    assert all(len(answers) == len(ROLES) for answers in MATRIX.values())
