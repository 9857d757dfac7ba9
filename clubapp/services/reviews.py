"""Teachers review what students submit: projects, visits and issues.

The review state of a record is derived from its review events for its current revision:
- no event: draft; a "submitted" event: submitted; an "approved" or "returned" event: that decision.
Submitting again after a return, or changing a record that was submitted or approved, starts a new revision,
so each revision has at most one submission and one decision: the state never depends on clock order, and an
approved revision can never change without a new approval.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from ..store.base import utcnow
from ..store.database import Database
from ..store.fields import field_columns, to_json
from ..store.models import Issue, Member, Project, ReviewEvent, Visit
from ..words import _
from .actor import Actor
from .authz import readable_club_ids, require_read, require_teacher, require_write
from .errors import Conflict, InvalidInput, NotFound
from .records import live
from .views import shown_name

REVIEWABLE: dict[str, Any] = {"project": Project, "visit": Visit, "issue": Issue}
_DECISIONS = ("approved", "returned")


def derive_review_state(events: list[ReviewEvent], revision: int) -> str:
    current = [e for e in events if e.revision == revision and e.deleted_at is None]
    decisions = sorted((e for e in current if e.action in _DECISIONS), key=lambda e: (e.acted_at, e.id))
    if decisions:
        return decisions[-1].action
    return "submitted" if any(e.action == "submitted" for e in current) else "draft"


def refresh_review_state(session: Session, entity_type: str, record: Any) -> str:
    events = list(
        session.scalars(
            select(ReviewEvent).where(
                ReviewEvent.entity_type == entity_type, ReviewEvent.entity_id == record.id
            )
        )
    )
    record.review_state = derive_review_state(events, record.revision)
    return record.review_state


def start_revision_if_locked(record: Any) -> None:
    """Call before changing a reviewable record: a submitted or approved revision is never edited in place."""
    if record.review_state in ("submitted", "approved"):
        record.revision += 1
        record.review_state = "draft"


def snapshot(record: Any) -> dict[str, Any]:
    return {key: to_json(getattr(record, key)) for key in field_columns(inspect(type(record)))}


@dataclass(frozen=True)
class ReviewItem:
    entity_type: str
    entity_id: str
    title: str
    revision: int
    state: str
    submitted_by: str
    submitted_at: datetime | None
    comment: str
    changes: dict[str, tuple[Any, Any]]  # field -> (last approved value, value now)


class ReviewService:
    def __init__(self, db: Database):
        self.db = db

    def submit(self, actor: Actor, entity_type: str, entity_id: str) -> None:
        with self.db.transaction() as session:
            record = self._get(session, entity_type, entity_id)
            require_write(actor, record.club_id)
            state = refresh_review_state(session, entity_type, record)
            if state == "submitted":
                raise Conflict(_("This is already waiting for a teacher's review."))
            if state in _DECISIONS:
                record.revision += 1  # a returned (or approved) revision is never submitted twice
            session.add(
                ReviewEvent(
                    club_id=record.club_id,
                    entity_type=entity_type,
                    entity_id=record.id,
                    revision=record.revision,
                    action="submitted",
                    actor_id=actor.member_id,
                    acted_at=utcnow(),
                    snapshot=snapshot(record),
                )
            )
            record.review_state = "submitted"

    def approve(self, actor: Actor, entity_type: str, entity_id: str) -> None:
        self._decide(actor, entity_type, entity_id, "approved", "")

    def return_with_comment(self, actor: Actor, entity_type: str, entity_id: str, comment: str) -> None:
        comment = (comment or "").strip()
        if not comment:
            raise InvalidInput({"comment": _("Say what the student should change.")})
        self._decide(actor, entity_type, entity_id, "returned", comment)

    def _decide(self, actor: Actor, entity_type: str, entity_id: str, action: str, comment: str) -> None:
        with self.db.transaction() as session:
            record = self._get(session, entity_type, entity_id)
            require_teacher(actor, record.club_id, _("approve or return submissions"))
            if refresh_review_state(session, entity_type, record) != "submitted":
                raise Conflict(_("Only a submitted record can be approved or returned."))
            session.add(
                ReviewEvent(
                    club_id=record.club_id,
                    entity_type=entity_type,
                    entity_id=record.id,
                    revision=record.revision,
                    action=action,
                    comment=comment,
                    actor_id=actor.member_id,
                    acted_at=utcnow(),
                )
            )
            record.review_state = action

    def queue(self, actor: Actor, club_id: str, states: tuple[str, ...] = ("submitted",)) -> list[ReviewItem]:
        """What waits for a teacher (submitted), or what a student must fix (returned)."""
        items: list[ReviewItem] = []
        with self.db.reading() as session:
            require_read(session, actor, club_id)
            for entity_type, model in REVIEWABLE.items():
                for record in session.scalars(
                    select(model).where(
                        model.club_id == club_id, model.review_state.in_(states), model.deleted_at.is_(None)
                    )
                ):
                    items.append(self._item(session, actor, entity_type, record))
        return sorted(items, key=lambda i: (i.submitted_at is None, i.submitted_at))

    def history(self, actor: Actor, entity_type: str, entity_id: str) -> list[ReviewEvent]:
        with self.db.reading() as session:
            record = self._get(session, entity_type, entity_id)
            allowed = readable_club_ids(session, actor)
            if allowed is not None and record.club_id not in allowed:
                raise NotFound(_("That record is not on this computer, or you cannot see it."))
            return list(
                session.scalars(
                    select(ReviewEvent)
                    .where(ReviewEvent.entity_type == entity_type, ReviewEvent.entity_id == entity_id)
                    .order_by(ReviewEvent.revision, ReviewEvent.acted_at)
                )
            )

    def _item(self, session: Session, actor: Actor, entity_type: str, record: Any) -> ReviewItem:
        events = list(
            session.scalars(
                select(ReviewEvent)
                .where(ReviewEvent.entity_type == entity_type, ReviewEvent.entity_id == record.id)
                .order_by(ReviewEvent.revision, ReviewEvent.acted_at)
            )
        )
        submitted = [e for e in events if e.action == "submitted"]
        last_submitted = submitted[-1] if submitted else None
        returned = [e for e in events if e.action == "returned"]
        approved = [e for e in events if e.action == "approved"]
        before: dict[str, Any] = {}
        if approved:
            approved_rev = approved[-1].revision
            before = next((e.snapshot for e in submitted if e.revision == approved_rev), {})
        now = snapshot(record)
        changes = {k: (before.get(k), v) for k, v in now.items() if before.get(k) != v} if before else {}
        submitter = (
            session.get(Member, last_submitted.actor_id)
            if last_submitted and last_submitted.actor_id
            else None
        )
        return ReviewItem(
            entity_type=entity_type,
            entity_id=record.id,
            title=getattr(record, "title", None) or f"Visit on {getattr(record, 'visited_on', '')}",
            revision=record.revision,
            state=record.review_state,
            submitted_by=shown_name(actor, submitter),
            submitted_at=last_submitted.acted_at if last_submitted else None,
            comment=returned[-1].comment if returned and record.review_state == "returned" else "",
            changes=changes,
        )

    @staticmethod
    def _get(session: Session, entity_type: str, entity_id: str) -> Any:
        model = REVIEWABLE.get(entity_type)
        if model is None:
            raise InvalidInput({"entity_type": _("'{kind}' records are not reviewed.").format(kind=entity_type)})
        return live(session, model, entity_id, _("That {kind} is no longer on this computer.").format(kind=entity_type))
