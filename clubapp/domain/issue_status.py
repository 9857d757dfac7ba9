"""An issue's status, derived from its append-only history of events.

Events are never edited, so two devices that record status changes offline never conflict: both events are
kept, and every peer folds the same events in the same order to the same status. The order is the date the
event happened (as monitors entered it), then when it was recorded, then its id, so it is total and
deterministic even when a school computer's clock is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class EventKind(StrEnum):
    IDENTIFIED = "identified"
    REPORTED = "reported"
    RESPONSE_RECEIVED = "response_received"
    FOLLOW_UP_SENT = "follow_up_sent"
    FIXED = "fixed"
    PARTLY_FIXED = "partly_fixed"
    NOT_FIXED = "not_fixed"
    FIX_VERIFIED = "fix_verified"
    REOPENED = "reopened"
    CLOSED = "closed"


class IssueStatus(StrEnum):
    IDENTIFIED = "identified"  # found, not yet reported to anyone
    REPORTED = "reported"  # reported, waiting for an answer
    RESPONDED = "responded"  # the authority answered
    FIXED = "fixed"
    PARTLY_FIXED = "partly_fixed"
    NOT_FIXED = "not_fixed"
    FIX_VERIFIED = "fix_verified"  # monitors went back and saw the fix
    REOPENED = "reopened"
    CLOSED = "closed"


class Outcome(StrEnum):
    FIXED = "fixed"
    PARTLY_FIXED = "partly_fixed"
    NOT_FIXED = "not_fixed"


_STATUS_AFTER: dict[EventKind, IssueStatus] = {
    EventKind.IDENTIFIED: IssueStatus.IDENTIFIED,
    EventKind.REPORTED: IssueStatus.REPORTED,
    EventKind.RESPONSE_RECEIVED: IssueStatus.RESPONDED,
    EventKind.FIXED: IssueStatus.FIXED,
    EventKind.PARTLY_FIXED: IssueStatus.PARTLY_FIXED,
    EventKind.NOT_FIXED: IssueStatus.NOT_FIXED,
    EventKind.FIX_VERIFIED: IssueStatus.FIX_VERIFIED,
    EventKind.REOPENED: IssueStatus.REOPENED,
    EventKind.CLOSED: IssueStatus.CLOSED,
    # FOLLOW_UP_SENT chases an answer; it does not change where the issue stands.
}

# What a person may record next, given the current status. The fold below accepts any sequence (sync may
# deliver events recorded on two devices), but the services only offer these.
ALLOWED_NEXT: dict[IssueStatus, tuple[EventKind, ...]] = {
    IssueStatus.IDENTIFIED: (EventKind.REPORTED, EventKind.FIXED, EventKind.PARTLY_FIXED, EventKind.CLOSED),
    IssueStatus.REPORTED: (
        EventKind.RESPONSE_RECEIVED,
        EventKind.FOLLOW_UP_SENT,
        EventKind.REPORTED,
        EventKind.FIXED,
        EventKind.PARTLY_FIXED,
        EventKind.NOT_FIXED,
        EventKind.CLOSED,
    ),
    IssueStatus.RESPONDED: (
        EventKind.FOLLOW_UP_SENT,
        EventKind.FIXED,
        EventKind.PARTLY_FIXED,
        EventKind.NOT_FIXED,
        EventKind.CLOSED,
    ),
    IssueStatus.FIXED: (EventKind.FIX_VERIFIED, EventKind.NOT_FIXED, EventKind.REOPENED, EventKind.CLOSED),
    IssueStatus.PARTLY_FIXED: (
        EventKind.FOLLOW_UP_SENT,
        EventKind.FIXED,
        EventKind.NOT_FIXED,
        EventKind.REOPENED,
        EventKind.CLOSED,
    ),
    IssueStatus.NOT_FIXED: (
        EventKind.FOLLOW_UP_SENT,
        EventKind.REPORTED,
        EventKind.FIXED,
        EventKind.PARTLY_FIXED,
        EventKind.CLOSED,
    ),
    IssueStatus.FIX_VERIFIED: (EventKind.REOPENED, EventKind.CLOSED),
    IssueStatus.REOPENED: (
        EventKind.REPORTED,
        EventKind.FOLLOW_UP_SENT,
        EventKind.FIXED,
        EventKind.PARTLY_FIXED,
        EventKind.NOT_FIXED,
        EventKind.CLOSED,
    ),
    IssueStatus.CLOSED: (EventKind.REOPENED,),
}

_ANSWERED_BY = {
    EventKind.RESPONSE_RECEIVED,
    EventKind.FIXED,
    EventKind.PARTLY_FIXED,
    EventKind.FIX_VERIFIED,
    EventKind.CLOSED,
}


@dataclass(frozen=True)
class EventFact:
    """What the fold needs of one event."""

    kind: EventKind
    occurred_on: date
    recorded_at: datetime
    id: str

    @property
    def sort_key(self) -> tuple[date, str, str]:
        return (self.occurred_on, self.recorded_at.isoformat(), self.id)


def days_waiting(awaiting_response_since: date | None, today: date) -> int:
    """How many days an authority has left a report or follow-up unanswered (0 when nobody is waiting)."""
    return (today - awaiting_response_since).days if awaiting_response_since else 0


def is_overdue(awaiting_response_since: date | None, today: date, follow_up_days: int) -> bool:
    """The follow-up rule: an issue is due a follow-up once its report has waited the club's number of days.
    (The same rule in SQL, for counting in the database, is services/overdue.py; a test holds them equal.)"""
    return awaiting_response_since is not None and days_waiting(awaiting_response_since, today) >= follow_up_days


@dataclass(frozen=True)
class IssueState:
    status: IssueStatus
    outcome: Outcome | None
    identified_on: date | None
    first_reported_on: date | None
    first_response_on: date | None
    fixed_on: date | None
    # The day of the last report or follow-up still without an answer; None when nobody is waiting.
    awaiting_response_since: date | None

    def is_overdue(self, today: date, follow_up_days: int) -> bool:
        return is_overdue(self.awaiting_response_since, today, follow_up_days)

    def days_waiting(self, today: date) -> int:
        return days_waiting(self.awaiting_response_since, today)


def derive_state(events: Iterable[EventFact]) -> IssueState:
    status = IssueStatus.IDENTIFIED
    outcome: Outcome | None = None
    identified_on = first_reported_on = first_response_on = fixed_on = awaiting_since = None
    for event in sorted(events, key=lambda e: e.sort_key):
        kind, day = event.kind, event.occurred_on
        status = _STATUS_AFTER.get(kind, status)
        if kind is EventKind.IDENTIFIED and identified_on is None:
            identified_on = day
        elif kind in (EventKind.REPORTED, EventKind.FOLLOW_UP_SENT):
            first_reported_on = first_reported_on or day
            awaiting_since = day
        if kind in _ANSWERED_BY:
            if first_reported_on is not None and first_response_on is None and kind is not EventKind.CLOSED:
                first_response_on = day
            awaiting_since = None
        if kind in (EventKind.FIXED, EventKind.FIX_VERIFIED):
            outcome = Outcome.FIXED
            fixed_on = fixed_on if kind is EventKind.FIX_VERIFIED and fixed_on else day
        elif kind is EventKind.PARTLY_FIXED:
            outcome, fixed_on = Outcome.PARTLY_FIXED, None
        elif kind is EventKind.NOT_FIXED:
            outcome, fixed_on = Outcome.NOT_FIXED, None
        elif kind is EventKind.REOPENED:
            outcome, fixed_on = None, None
    if status is IssueStatus.CLOSED:
        awaiting_since = None
    return IssueState(
        status=status,
        outcome=outcome,
        identified_on=identified_on,
        first_reported_on=first_reported_on,
        first_response_on=first_response_on,
        fixed_on=fixed_on,
        awaiting_response_since=awaiting_since,
    )
