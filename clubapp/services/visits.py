"""Monitoring visits: who went, what they saw, and the four questions monitors answer on site."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ..domain.codelists import VISIT_ANSWERS
from ..store.base import utcnow
from ..store.database import Database
from ..store.models import Member, Project, Visit, VisitAttendee
from ..words import _
from .actor import Actor
from .authz import require_read, require_write
from .errors import InvalidInput, NotFound
from .records import live, set_changed, valid
from .reviews import start_revision_if_locked
from .validation import Problems, clean_text, not_in_future, one_of
from .views import VisitView, visit_view

QUESTIONS = ("documents_available", "community_engaged", "matches_specification", "beneficiaries_satisfied")


@dataclass
class VisitInput:
    visited_on: date
    notes: str = ""
    documents_available: str = "unknown"
    community_engaged: str = "unknown"
    matches_specification: str = "unknown"
    beneficiaries_satisfied: str = "unknown"
    attendee_ids: list[str] = field(default_factory=list)

    def validate(self) -> Problems:
        problems = Problems()
        self.notes = clean_text(self.notes)
        problems.check("visited_on", not_in_future(self.visited_on, _("The visit date")))
        for question in QUESTIONS:
            problems.check(question, one_of(getattr(self, question), VISIT_ANSWERS, _("answer")))
        return problems


class VisitService:
    def __init__(self, db: Database):
        self.db = db

    def record(self, actor: Actor, project_id: str, data: VisitInput) -> str:
        data = valid(data)
        with self.db.transaction() as session:
            project = live(session, Project, project_id, _("That project is no longer on this computer."))
            require_write(actor, project.club_id)
            visit = Visit(
                club_id=project.club_id,
                project_id=project_id,
                visited_on=data.visited_on,
                notes=data.notes,
                created_by=actor.member_id,
                **{q: getattr(data, q) for q in QUESTIONS},
            )
            session.add(visit)
            self._set_attendees(session, visit, data.attendee_ids)
            return visit.id

    def update(self, actor: Actor, visit_id: str, data: VisitInput) -> None:
        data = valid(data)
        with self.db.transaction() as session:
            visit = live(session, Visit, visit_id, _("That visit is no longer on this computer."))
            require_write(actor, visit.club_id)
            set_changed(visit, {k: getattr(data, k) for k in ("visited_on", "notes", *QUESTIONS)},
                        on_change=start_revision_if_locked)
            self._set_attendees(session, visit, data.attendee_ids)

    def _set_attendees(self, session, visit: Visit, member_ids: list[str]) -> None:
        wanted = set(member_ids)
        members = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(wanted)))}
        strangers = [mid for mid in wanted if mid not in members or members[mid].club_id != visit.club_id]
        if strangers:
            raise InvalidInput({"attendees": _("Only members of the club can be listed as present.")})
        existing = {
            a.member_id: a
            for a in session.scalars(select(VisitAttendee).where(VisitAttendee.visit_id == visit.id))
        }
        for member_id in wanted:
            row = existing.get(member_id)
            if row is None:
                session.add(VisitAttendee(club_id=visit.club_id, visit_id=visit.id, member_id=member_id))
            elif row.deleted_at is not None:
                row.deleted_at = None
        for member_id, row in existing.items():
            if member_id not in wanted and row.deleted_at is None:
                row.deleted_at = utcnow()

    def list_for_project(self, actor: Actor, project_id: str) -> list[VisitView]:
        with self.db.reading() as session:
            project = session.get(Project, project_id)
            if project is None:  # a deleted project's visits stay readable, as its issues do
                raise NotFound(_("That project is no longer on this computer."))
            require_read(session, actor, project.club_id)
            visits = session.scalars(
                select(Visit)
                .where(Visit.project_id == project_id, Visit.deleted_at.is_(None))
                .order_by(Visit.visited_on.desc())
            )
            return [visit_view(actor, visit) for visit in visits]
