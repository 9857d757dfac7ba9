"""The follow-up rule of clubapp.domain.issue_status.is_overdue, as a SQL condition: the figures count overdue
issues in the database, over every club at once. tests/test_overdue_rule.py checks it agrees with the domain's
rule day by day, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, literal
from sqlalchemy.sql.elements import ColumnElement

from ..store.models import Club, Issue
from ..store.sql import days_between


def overdue_in_sql(on: date) -> ColumnElement[bool]:
    """True for an issue (joined with its club) that is due a follow-up on `on`."""
    return and_(Issue.awaiting_response_since.is_not(None),
                days_between(Issue.awaiting_response_since, literal(on)) >= Club.follow_up_days)
