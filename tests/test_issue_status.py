"""An issue's status is derived from its events, the same on every device whatever order they arrived in."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from clubapp.domain.issue_status import EventFact, EventKind, IssueStatus, Outcome, derive_state

DAY0 = date(2026, 3, 2)


def fact(kind: EventKind, day: int, recorded_offset_days: int = 0, ident: str | None = None) -> EventFact:
    recorded = datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(days=day + recorded_offset_days)
    return EventFact(kind, DAY0 + timedelta(days=day), recorded, ident or f"{kind.value}-{day}")


def test_a_new_issue_is_identified_and_waits_for_nobody():
    state = derive_state([fact(EventKind.IDENTIFIED, 0)])
    assert state.status is IssueStatus.IDENTIFIED
    assert state.awaiting_response_since is None
    assert not state.is_overdue(DAY0 + timedelta(days=400), 30)


def test_reported_without_answer_becomes_overdue_after_the_club_delay():
    state = derive_state([fact(EventKind.IDENTIFIED, 0), fact(EventKind.REPORTED, 3)])
    assert state.status is IssueStatus.REPORTED
    assert state.first_reported_on == DAY0 + timedelta(days=3)
    assert not state.is_overdue(DAY0 + timedelta(days=32), 30)
    assert state.is_overdue(DAY0 + timedelta(days=33), 30)


def test_a_follow_up_restarts_the_wait_and_an_answer_ends_it():
    events = [fact(EventKind.IDENTIFIED, 0), fact(EventKind.REPORTED, 1), fact(EventKind.FOLLOW_UP_SENT, 40)]
    state = derive_state(events)
    assert state.status is IssueStatus.REPORTED  # a follow-up chases, it does not move the issue
    assert state.awaiting_response_since == DAY0 + timedelta(days=40)
    answered = derive_state([*events, fact(EventKind.RESPONSE_RECEIVED, 45)])
    assert answered.status is IssueStatus.RESPONDED
    assert answered.first_response_on == DAY0 + timedelta(days=45)
    assert answered.awaiting_response_since is None


def test_fix_then_verification_counts_as_fixed_from_the_fix_date():
    state = derive_state([fact(EventKind.IDENTIFIED, 0), fact(EventKind.REPORTED, 2),
                          fact(EventKind.FIXED, 50), fact(EventKind.FIX_VERIFIED, 60)])
    assert state.status is IssueStatus.FIX_VERIFIED
    assert state.outcome is Outcome.FIXED
    assert state.fixed_on == DAY0 + timedelta(days=50)
    assert state.first_response_on == DAY0 + timedelta(days=50)  # fixing is an answer too


def test_reopening_clears_the_outcome():
    state = derive_state([fact(EventKind.IDENTIFIED, 0), fact(EventKind.FIXED, 5), fact(EventKind.REOPENED, 9)])
    assert state.status is IssueStatus.REOPENED
    assert state.outcome is None and state.fixed_on is None


def test_partly_and_not_fixed_are_outcomes_not_fixes():
    partly = derive_state([fact(EventKind.IDENTIFIED, 0), fact(EventKind.PARTLY_FIXED, 5)])
    assert partly.outcome is Outcome.PARTLY_FIXED and partly.fixed_on is None
    not_fixed = derive_state([fact(EventKind.IDENTIFIED, 0), fact(EventKind.REPORTED, 1),
                              fact(EventKind.NOT_FIXED, 20)])
    assert not_fixed.outcome is Outcome.NOT_FIXED
    assert not_fixed.awaiting_response_since is not None  # still no answer from the authority


def test_two_offline_status_changes_give_the_same_status_on_every_peer():
    """Scenario 9 of the sync design: both events kept, the same derived status everywhere."""
    base = [fact(EventKind.IDENTIFIED, 0), fact(EventKind.REPORTED, 1)]
    laptop = fact(EventKind.RESPONSE_RECEIVED, 10, ident="aaa")
    desktop = fact(EventKind.FIXED, 10, ident="bbb")
    one_order = derive_state([*base, laptop, desktop])
    other_order = derive_state([desktop, *base, laptop])
    assert one_order == other_order


def test_a_wrong_clock_does_not_reorder_history():
    """Scenario 10: the recording PC's clock is years off; the date monitors entered still orders events."""
    events = [fact(EventKind.IDENTIFIED, 0, recorded_offset_days=3650), fact(EventKind.REPORTED, 1),
              fact(EventKind.FIXED, 30, recorded_offset_days=-3650)]
    assert derive_state(events).status is IssueStatus.FIXED


@given(st.lists(st.sampled_from(list(EventKind)), min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_any_arrival_order_gives_the_same_state(kinds, rnd: random.Random):
    events = [fact(kind, day=i // 2, ident=f"e{i}") for i, kind in enumerate(kinds)]
    shuffled = events[:]
    rnd.shuffle(shuffled)
    assert derive_state(events) == derive_state(shuffled)
