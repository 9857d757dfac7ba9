"""What the services hand out to read: frozen views of the records, built here and only here, with the reader's
projection applied as they are built.

The projection: partner staff see the members of a club only under a pseudonym, on their own computer (where
sync already sent pseudonyms) and on a club's computer alike; every name a view carries goes through
`shown_name`, so no page has to remember it. Views keep the names of the records' columns, so a page reads
`project.title` from a view as it did from a row, but a view holds no session and cannot lazy-load a relation
(which is how a student's real name once reached a partner's screen through `event.recorder`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from ..domain.actor import Actor
from ..domain.codelists import Role
from ..domain.pseudonyms import pseudonym
from ..store.models import Issue, Member, Project, Visit

View = TypeVar("View")


def shown_name(actor: Actor, member: Member | None) -> str:
    """A member's name as this reader may see it ("" for nobody)."""
    if member is None:
        return ""
    if actor.role is Role.PARTNER_STAFF:  # minors' names stay in their club; adults' too, to keep one rule
        return pseudonym(member.id, member.role)
    return member.full_name


def _copied(cls: type[View], row: Any, **given: Any) -> View:
    """A view of `row`: each field of the view from the row's attribute of the same name, unless given."""
    values = {f.name: getattr(row, f.name) for f in fields(cls) if f.name not in given}  # type: ignore[arg-type]
    return cls(**values, **given)


@dataclass(frozen=True)
class ProjectView:
    id: str
    club_id: str
    title: str
    description: str
    sector: str
    status: str
    type: str
    public_authority: str
    implementing_agency: str
    funding_source: str
    budget_amount: Decimal | None
    budget_currency: str
    planned_start: date | None
    planned_end: date | None
    actual_start: date | None
    actual_end: date | None
    beneficiaries: int | None
    latitude: float | None
    longitude: float | None
    address: str
    admin_area: str
    country: str
    revision: int
    review_state: str
    created_by: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class IssueView:
    id: str
    club_id: str
    project_id: str
    visit_id: str | None
    tracking_number: str
    title: str
    category: str
    severity: str
    description: str
    responsible_party: str
    status: str
    outcome: str | None
    identified_on: date | None
    first_reported_on: date | None
    first_response_on: date | None
    fixed_on: date | None
    awaiting_response_since: date | None
    revision: int
    review_state: str
    created_by: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class AttendeeView:
    member_id: str
    name: str  # as the reader may see it


@dataclass(frozen=True)
class VisitView:
    id: str
    club_id: str
    project_id: str
    visited_on: date
    notes: str
    documents_available: str
    community_engaged: str
    matches_specification: str
    beneficiaries_satisfied: str
    revision: int
    review_state: str
    created_by: str | None
    created_at: datetime
    updated_at: datetime
    attendees: tuple[AttendeeView, ...]  # those present (not the ones taken off the list)


def project_view(project: Project) -> ProjectView:
    return _copied(ProjectView, project)


def issue_view(issue: Issue) -> IssueView:
    return _copied(IssueView, issue)


def visit_view(actor: Actor, visit: Visit) -> VisitView:
    """Needs the visit's session open: its attendees and their names are read here."""
    present = tuple(AttendeeView(a.member_id, shown_name(actor, a.member))
                    for a in visit.attendees if a.deleted_at is None)
    return _copied(VisitView, visit, attendees=present)
