"""Partner figures computed in SQL, checked against a small network worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from clubapp.domain.codelists import Role
from clubapp.services.actor import Actor
from clubapp.services.registry import Services
from clubapp.services.stats import StatsFilter, StatsService
from stats_network import build_network

ON = date(2026, 6, 1)

@pytest.fixture
def services(backend):
    """These figures are computed in SQL: check them on SQLite and on PostgreSQL."""
    db, blobs = backend
    return Services.for_store(db, blobs)


@pytest.fixture
def network(services, world) -> StatsService:
    return build_network(services, world)


def test_overall_figures_match_the_hand_count(network, world):
    report = network.figures(world.partner, on=ON)
    o = report.overall
    assert (o.identified, o.fixed, o.partly_fixed, o.not_fixed, o.still_open) == (6, 2, 1, 1, 2)
    assert o.fix_rate.text() == "33% (2 of 6)"
    assert (o.reported, o.responded) == (4, 2)
    assert o.response_rate.value is None and o.response_rate.text() == "too few (2 of 4)"
    assert o.overdue == 2  # reported on 3 Feb and 2 Mar, never answered, 30-day delay
    assert o.median_days_to_response == 7.0  # 10 and 4 days
    assert o.median_days_to_fix == 25.0  # 30 and 20 days
    assert report.projects.projects == 2
    assert report.projects.beneficiaries == 1600
    assert report.projects.budget_by_currency == {"KES": Decimal("2500000.50")}


def test_breakdowns_partition_the_issues(network, world):
    by_sector = {r.key: r for r in network.figures(world.partner, by="sector", on=ON).rows}
    assert {k: (r.identified, r.fixed) for k, r in by_sector.items()} == {"education": (3, 1), "health": (3, 1)}
    assert by_sector["education"].median_days_to_response == 7.0
    by_month = {r.key: r.identified for r in network.figures(world.partner, by="month", on=ON).rows}
    assert by_month == {"2026-01": 2, "2026-02": 2, "2026-03": 2}
    by_gender = network.figures(world.partner, by="gender", on=ON).rows
    assert [(r.key, r.identified) for r in by_gender] == [("male", 6)]
    by_age = network.figures(world.partner, by="age_band", on=ON).rows
    assert [(r.key, r.identified) for r in by_age] == [("13-15", 6)]  # born 2011, issues found in 2026


def test_scope_and_filters(network, world):
    admin = network.figures(Actor(role=Role.ADMIN), by="country", on=ON)
    assert {r.key: r.identified for r in admin.rows} == {"KE": 6, "NP": 1}
    assert network.figures(world.other_partner, on=ON).overall.identified == 1
    spring = network.figures(world.partner, StatsFilter(date_from=date(2026, 3, 1)), on=ON).overall
    assert spring.identified == 2
    health = network.figures(world.partner, StatsFilter(sectors=("health",)), on=ON)
    assert health.overall.identified == 3 and health.projects.projects == 1


def test_a_club_with_no_issues_reports_zeros_not_errors(services):
    report = StatsService(services.store).figures(Actor(role=Role.ADMIN))
    assert report.overall.identified == 0 and report.overall.fix_rate.text() == "too few (0 of 0)"
