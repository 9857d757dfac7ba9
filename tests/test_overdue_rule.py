"""The follow-up rule is written once (domain.issue_status.is_overdue); its SQL form, with which the figures count
overdue issues in the database, says the same thing day by day, on SQLite and on PostgreSQL, and the Follow-ups due
list is exactly the issues the rule names."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from clubapp.domain.issue_status import EventKind, is_overdue
from clubapp.services.actor import Actor
from clubapp.services.issues import IssueInput
from clubapp.services.overdue import overdue_in_sql
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.store.base import today
from clubapp.store.models import Club, Issue

WAITED = (0, 1, 6, 7, 8, 29, 30, 31, 45)  # days since the report, around each club's limit
LIMITS = (7, 30)


def issues_waiting(services: Services) -> dict[str, tuple[int, int]]:
    """One club per follow-up limit, one reported issue per number of days waited: {issue id: (waited, limit)}."""
    operator = Actor.operator()
    org = services.clubs.create_organisation(operator, "Transparency Kenya", "TK", "KE")
    made = {}
    for limit in LIMITS:
        club = services.clubs.create_club(operator, organisation_id=org, school_name=f"School {limit}",
                                          club_name=f"Club {limit}", country="KE")
        services.clubs.set_follow_up_days(operator, club, limit)
        project = services.projects.create(operator, club, ProjectInput(title="Borehole", sector="waterAndWaste",
                                                                        status="implementation"))
        for waited in WAITED:
            issue, _number = services.issues.record(operator, project, IssueInput(
                title=f"Pump broken {waited}", category="poor_quality", severity="high"),
                identified_on=today() - timedelta(days=60))
            services.issues.add_event(operator, issue, EventKind.REPORTED, occurred_on=today() - timedelta(days=waited),
                                      reported_to="Water office", channel="letter")
            made[issue] = (waited, limit)
    return made


def test_the_sql_rule_and_the_domain_rule_agree_day_by_day(backend):
    db, blobs = backend
    services = Services.for_store(db, blobs)
    made = issues_waiting(services)
    on = today()
    with db.reading() as session:
        rows = session.execute(select(Issue.id, Issue.awaiting_response_since, Club.follow_up_days,
                                      overdue_in_sql(on)).join(Club, Club.id == Issue.club_id)).all()
    assert len(rows) == len(made)
    for issue_id, since, limit, in_sql in rows:
        assert bool(in_sql) == is_overdue(since, on, limit), made[issue_id]
    assert sum(bool(r[3]) for r in rows) == sum(waited >= limit for waited, limit in made.values())  # 4 + 2


def test_follow_ups_due_are_the_issues_the_rule_names_longest_waiting_first(services):
    made = issues_waiting(services)
    due = services.issues.list(Actor.operator(), overdue_only=True)
    assert {row.id for row in due} == {i for i, (waited, limit) in made.items() if waited >= limit}
    assert [row.days_waiting for row in due] == sorted((row.days_waiting for row in due), reverse=True)
    every = services.issues.list(Actor.operator())
    assert {row.id for row in every if row.overdue} == {row.id for row in due}
    figures = services.stats.figures(Actor.operator()).overall
    assert figures.overdue == len(due)
