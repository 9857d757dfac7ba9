"""The rows every tabular export shares: projects, issues (current status and dates), events and visits.

Rows are streamed from the database in batches (yield_per), so exporting a large network does not hold it all
in memory. Columns are (key, readable header) pairs; CSV and XLSX both use the readable headers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, select, true
from sqlalchemy.orm import aliased

from ..domain.actor import Actor
from ..domain.codelists import Role
from ..domain.pseudonyms import pseudonym
from ..store.database import Database
from ..store.fields import to_json
from ..store.models import Club, Issue, IssueEvent, Member, Project, Visit, VisitAttendee

BATCH = 2_000


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]  # (key, header)

    @property
    def headers(self) -> list[str]:
        return [header for _, header in self.columns]


PROJECTS = Table("projects", (
    ("id", "Project id"), ("club", "Club code"), ("country", "Country"), ("title", "Title"),
    ("sector", "Sector (OC4IDS)"), ("status", "Status (OC4IDS)"), ("type", "Type (OC4IDS)"),
    ("public_authority", "Responsible authority"), ("implementing_agency", "Implementing agency or contractor"),
    ("funding_source", "Funding source"), ("budget_amount", "Budget"), ("budget_currency", "Currency"),
    ("planned_start", "Planned start"), ("planned_end", "Planned end"), ("actual_start", "Actual start"),
    ("actual_end", "Actual end"), ("beneficiaries", "Beneficiaries"), ("latitude", "Latitude"),
    ("longitude", "Longitude"), ("admin_area", "Area"), ("address", "Address"), ("issues", "Issues"),
    ("issues_fixed", "Issues fixed"), ("review_state", "Review"),
))
ISSUES = Table("issues", (
    ("tracking_number", "Tracking number"), ("id", "Issue id"), ("project_id", "Project id"),
    ("club", "Club code"), ("country", "Country"), ("title", "Title"), ("category", "Category"),
    ("severity", "Severity"), ("responsible_party", "Responsible for fixing"), ("status", "Current status"),
    ("outcome", "Outcome"), ("identified_on", "Identified on"), ("first_reported_on", "First reported on"),
    ("first_response_on", "First response on"), ("fixed_on", "Fixed on"),
    ("awaiting_response_since", "Waiting for an answer since"), ("recorded_by", "Recorded by (pseudonym)"),
    ("recorded_by_gender", "Recorder's gender"),
))
EVENTS = Table("events", (
    ("tracking_number", "Tracking number"), ("issue_id", "Issue id"), ("kind", "Event"),
    ("occurred_on", "Date"), ("reported_to", "Sent to"), ("channel", "How"), ("reference", "Reference"),
    ("note", "Note"), ("recorded_by", "Recorded by (pseudonym)"),
))
VISITS = Table("visits", (
    ("id", "Visit id"), ("project_id", "Project id"), ("club", "Club code"), ("visited_on", "Date"),
    ("attendees", "Monitors present"), ("documents_available", "Project documents available"),
    ("community_engaged", "Community engaged"), ("matches_specification", "Work matches the specification"),
    ("beneficiaries_satisfied", "Beneficiaries satisfied"), ("notes", "Notes"),
))
TABLES = (PROJECTS, ISSUES, EVENTS, VISITS)


def scope(actor: Actor) -> ColumnElement[bool]:
    if actor.role is Role.ADMIN:
        return true()
    if actor.role is Role.PARTNER_STAFF:
        return Club.organisation_id == actor.organisation_id
    return Club.id == actor.club_id


def _who(member_id: str | None, role: str | None) -> str:
    return pseudonym(member_id, role or "student") if member_id else ""


class ExportRows:
    """Streams the rows of each table an actor may export."""

    def __init__(self, db: Database, actor: Actor, club_codes: tuple[str, ...] = ()):
        self.db, self.actor, self.club_codes = db, actor, club_codes

    def _where(self) -> list[ColumnElement[bool]]:
        conditions = [scope(self.actor)]
        if self.club_codes:
            conditions.append(Club.code.in_(self.club_codes))
        return conditions

    def rows(self, table: Table) -> Iterator[dict[str, Any]]:
        return {"projects": self.projects, "issues": self.issues, "events": self.events,
                "visits": self.visits}[table.name]()

    def _stream(self, query: Any, table: Table) -> Iterator[dict[str, Any]]:
        """Plain column tuples, not ORM objects: a million rows export several times faster."""
        keys = [key for key, _ in table.columns]
        with self.db.reading() as session:
            for row in session.execute(query.execution_options(yield_per=BATCH)):
                yield {key: to_json(value) for key, value in zip(keys, row, strict=True)}

    def projects(self) -> Iterator[dict[str, Any]]:
        counts = (select(Issue.project_id, func.count().label("n"),
                         func.sum(case((Issue.outcome == "fixed", 1), else_=0)).label("fixed"))
                  .where(Issue.deleted_at.is_(None)).group_by(Issue.project_id).subquery())
        columns = {"club": Club.code, "issues": func.coalesce(counts.c.n, 0),
                   "issues_fixed": func.coalesce(counts.c.fixed, 0)}
        query = (select(*[columns.get(key, getattr(Project, key, None)) for key, _ in PROJECTS.columns])
                 .select_from(Project)
                 .join(Club, Club.id == Project.club_id)
                 .outerjoin(counts, counts.c.project_id == Project.id)
                 .where(Project.deleted_at.is_(None), *self._where()).order_by(Club.code, Project.title))
        for row in self._stream(query, PROJECTS):
            row["issues_fixed"] = int(row["issues_fixed"])
            yield row

    def issues(self) -> Iterator[dict[str, Any]]:
        columns = {"club": Club.code, "country": Club.country, "recorded_by": Issue.created_by,
                   "recorded_by_gender": func.coalesce(Member.gender, "")}
        query = (select(*[columns.get(key, getattr(Issue, key, None)) for key, _ in ISSUES.columns], Member.role)
                 .select_from(Issue)
                 .join(Club, Club.id == Issue.club_id)
                 .outerjoin(Member, Member.id == Issue.created_by)
                 .where(Issue.deleted_at.is_(None), *self._where()).order_by(Club.code, Issue.identified_on))
        yield from self._pseudonymised(query, ISSUES)

    def events(self) -> Iterator[dict[str, Any]]:
        recorder = aliased(Member)
        columns = {"tracking_number": Issue.tracking_number, "recorded_by": IssueEvent.recorded_by}
        query = (select(*[columns.get(key, getattr(IssueEvent, key, None)) for key, _ in EVENTS.columns],
                        recorder.role)
                 .select_from(IssueEvent)
                 .join(Issue, Issue.id == IssueEvent.issue_id)
                 .join(Club, Club.id == IssueEvent.club_id)
                 .outerjoin(recorder, recorder.id == IssueEvent.recorded_by)
                 .where(IssueEvent.deleted_at.is_(None), Issue.deleted_at.is_(None), *self._where())
                 .order_by(Issue.tracking_number, IssueEvent.occurred_on, IssueEvent.created_at))
        yield from self._pseudonymised(query, EVENTS)

    def _pseudonymised(self, query: Any, table: Table) -> Iterator[dict[str, Any]]:
        """The last selected column is the recorder's role; the member id becomes a pseudonym."""
        keys = [key for key, _ in table.columns]
        with self.db.reading() as session:
            for row in session.execute(query.execution_options(yield_per=BATCH)):
                out = {key: to_json(value) for key, value in zip(keys, row[:-1], strict=True)}
                out["recorded_by"] = _who(out["recorded_by"], row[-1])
                yield out

    def visits(self) -> Iterator[dict[str, Any]]:
        attendees = (select(VisitAttendee.visit_id, func.count().label("n"))
                     .where(VisitAttendee.deleted_at.is_(None)).group_by(VisitAttendee.visit_id).subquery())
        columns = {"club": Club.code, "attendees": func.coalesce(attendees.c.n, 0)}
        query = (select(*[columns.get(key, getattr(Visit, key, None)) for key, _ in VISITS.columns])
                 .select_from(Visit)
                 .join(Club, Club.id == Visit.club_id)
                 .outerjoin(attendees, attendees.c.visit_id == Visit.id)
                 .where(Visit.deleted_at.is_(None), *self._where()).order_by(Club.code, Visit.visited_on))
        yield from self._stream(query, VISITS)
