"""Figures for partner staff: fix rate with its counts, response times, breakdowns — computed in SQL.

Every figure is a grouped query (counts with CASE, medians with window functions), so the same code answers on
a club's SQLite file and on the server's PostgreSQL with a million issues, without loading rows into Python.
A rate over fewer than MIN_COUNT issues is reported as "too few" rather than as a misleading percentage, and the
fix rate is never given without the counts it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, select, true
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.elements import ColumnElement

from ..domain.codelists import Role
from ..store.base import today
from ..store.database import Database
from ..store.models import Club, Issue, Member, Project
from ..store.sql import days_between, month_of, year_of
from .actor import Actor
from .overdue import overdue_in_sql

MIN_COUNT = 5

BREAKDOWNS = ("country", "club", "sector", "category", "severity", "month", "gender", "age_band")


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        """The rate, or None when there are too few cases for a percentage to mean anything."""
        return self.numerator / self.denominator if self.denominator >= MIN_COUNT else None

    @property
    def too_few(self) -> bool:
        return self.denominator < MIN_COUNT

    def text(self) -> str:
        if self.too_few:
            return f"too few ({self.numerator} of {self.denominator})"
        return f"{self.value:.0%} ({self.numerator} of {self.denominator})"

    def as_json(self) -> dict[str, Any]:
        return {"value": None if self.value is None else round(self.value, 4), "numerator": self.numerator,
                "denominator": self.denominator, "too_few": self.too_few}


@dataclass(frozen=True)
class Figures:
    """The figures of one group of issues (or of all of them, with key None)."""

    key: str | None
    identified: int
    fixed: int
    partly_fixed: int
    not_fixed: int
    still_open: int
    closed_without_fix: int
    reported: int
    responded: int
    overdue: int
    median_days_to_response: float | None = None
    median_days_to_fix: float | None = None

    @property
    def fix_rate(self) -> Rate:
        return Rate(self.fixed, self.identified)

    @property
    def response_rate(self) -> Rate:
        return Rate(self.responded, self.reported)

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key, "identified": self.identified, "fixed": self.fixed, "partly_fixed": self.partly_fixed,
            "not_fixed": self.not_fixed, "still_open": self.still_open,
            "closed_without_fix": self.closed_without_fix, "reported": self.reported,
            "responded": self.responded, "overdue": self.overdue, "fix_rate": self.fix_rate.as_json(),
            "response_rate": self.response_rate.as_json(),
            "median_days_to_response": self.median_days_to_response,
            "median_days_to_fix": self.median_days_to_fix,
        }


@dataclass(frozen=True)
class ProjectFigures:
    projects: int
    beneficiaries: int
    budget_by_currency: dict[str, Decimal]

    def as_json(self) -> dict[str, Any]:
        return {"projects": self.projects, "beneficiaries": self.beneficiaries,
                "budget_by_currency": {k: str(v) for k, v in self.budget_by_currency.items()}}


@dataclass(frozen=True)
class StatsFilter:
    date_from: date | None = None  # issues identified on or after
    date_to: date | None = None  # issues identified on or before
    countries: tuple[str, ...] = ()
    club_codes: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatsReport:
    overall: Figures
    projects: ProjectFigures
    by: str | None = None
    rows: list[Figures] = field(default_factory=list)
    as_of: date = field(default_factory=today)

    def as_json(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "min_count": MIN_COUNT, "overall": self.overall.as_json(),
                "projects": self.projects.as_json(), "by": self.by, "rows": [r.as_json() for r in self.rows]}


# A column of a model or an expression built from columns: what a figure can be grouped by.
Column = ColumnElement[Any] | InstrumentedAttribute[Any]


def _age_band(on: Column) -> ColumnElement[str]:
    age = year_of(on) - Member.birth_year
    return case(
        (Member.birth_year.is_(None), "unknown"),
        (age < 13, "under 13"),
        (age <= 15, "13-15"),
        (age <= 18, "16-18"),
        else_="over 18",
    )


def _group_key(by: str) -> Column:
    keys: dict[str, Column] = {
        "country": Club.country,
        "club": Club.code,
        "sector": Project.sector,
        "category": Issue.category,
        "severity": Issue.severity,
        "month": month_of(Issue.identified_on),
        "gender": func.coalesce(Member.gender, "unknown"),
        "age_band": _age_band(Issue.identified_on),
    }
    if by not in keys:
        raise ValueError(f"cannot break figures down by {by!r}; choose one of {', '.join(BREAKDOWNS)}")
    return keys[by]


def _scope(actor: Actor) -> ColumnElement[bool]:
    """What an actor may count: partner staff their organisation's clubs, members their own club."""
    if actor.role is Role.ADMIN:
        return true()
    if actor.role is Role.PARTNER_STAFF:
        return Club.organisation_id == actor.organisation_id
    return Club.id == actor.club_id


def _issue_conditions(actor: Actor, flt: StatsFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Issue.deleted_at.is_(None), _scope(actor)]
    if flt.date_from:
        conditions.append(Issue.identified_on >= flt.date_from)
    if flt.date_to:
        conditions.append(Issue.identified_on <= flt.date_to)
    if flt.countries:
        conditions.append(Club.country.in_(flt.countries))
    if flt.club_codes:
        conditions.append(Club.code.in_(flt.club_codes))
    if flt.sectors:
        conditions.append(Project.sector.in_(flt.sectors))
    return conditions


def _issues_from(query: Select[Any], by: str | None, flt: StatsFilter) -> Select[Any]:
    """Join only what the breakdown or the filters need: on a million issues every join costs a second."""
    query = query.select_from(Issue).join(Club, Club.id == Issue.club_id)
    if by == "sector" or flt.sectors:
        query = query.join(Project, Project.id == Issue.project_id)
    if by in ("gender", "age_band"):
        query = query.outerjoin(Member, Member.id == Issue.created_by)
    return query


def _key(value: Any) -> str | None:
    return None if value is None else str(value)


def _rounded(value: Any) -> float | None:
    return None if value is None else round(float(value), 1)


class StatsService:
    def __init__(self, db: Database):
        self.db = db

    def figures(self, actor: Actor, flt: StatsFilter | None = None, by: str | None = None,
                on: date | None = None) -> StatsReport:
        flt = flt or StatsFilter()
        on = on or today()
        with self.db.reading() as session:
            overall = self._counts(session, actor, flt, None, on)[0]
            rows = self._counts(session, actor, flt, by, on) if by else []
            projects = self._projects(session, actor, flt)
        return StatsReport(overall=overall, projects=projects, by=by, rows=rows, as_of=on)

    def _counts(self, session: Any, actor: Actor, flt: StatsFilter, by: str | None, on: date) -> list[Figures]:
        key = _group_key(by) if by else literal(None)

        def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        overdue = overdue_in_sql(on)
        to_response = days_between(Issue.first_reported_on, Issue.first_response_on)
        to_fix = days_between(Issue.identified_on, Issue.fixed_on)
        in_sql = session.get_bind().dialect.name == "postgresql"
        medians = [func.percentile_cont(0.5).within_group(to_response),
                   func.percentile_cont(0.5).within_group(to_fix)] if in_sql else []
        query = _issues_from(select(
            key.label("key"),
            func.count(Issue.id),
            count_if(Issue.outcome == "fixed"),
            count_if(Issue.outcome == "partly_fixed"),
            count_if(Issue.outcome == "not_fixed"),
            count_if(and_(Issue.outcome.is_(None), Issue.status != "closed")),
            count_if(and_(Issue.outcome.is_(None), Issue.status == "closed")),
            count_if(Issue.first_reported_on.is_not(None)),
            count_if(and_(Issue.first_reported_on.is_not(None), Issue.first_response_on.is_not(None))),
            count_if(overdue),
            *medians,
        ), by, flt).where(*_issue_conditions(actor, flt))
        if by:
            query = query.group_by(key).order_by(key)
        rows = session.execute(query).all()
        if in_sql:  # PostgreSQL computed the medians in the same pass (an ordered-set aggregate)
            median_of = {row[0]: (row[10], row[11]) for row in rows}
        else:  # SQLite has no percentile function: two more queries with window functions
            response_medians = self._medians(session, actor, flt, by, to_response)
            fix_medians = self._medians(session, actor, flt, by, to_fix)
            median_of = {row[0]: (response_medians.get(_key(row[0])), fix_medians.get(_key(row[0]))) for row in rows}
        result = []
        for row in rows:
            response_days, fix_days = median_of[row[0]]
            counts = [int(v or 0) for v in row[1:10]]  # identified ... overdue, in the order of Figures
            result.append(Figures(_key(row[0]), *counts,  # type: ignore[misc]  # nine counts, then medians
                                  median_days_to_response=_rounded(response_days),
                                  median_days_to_fix=_rounded(fix_days)))
        return result or [Figures(None, 0, 0, 0, 0, 0, 0, 0, 0, 0)]

    def _medians(self, session: Any, actor: Actor, flt: StatsFilter, by: str | None,
                 days: ColumnElement[int]) -> dict[str | None, float]:
        """Median of a day count per group, with window functions (SQLite has no percentile function)."""
        key = _group_key(by) if by else literal("all")
        values = _issues_from(select(key.label("key"), days.label("days")), by, flt).where(
            *_issue_conditions(actor, flt), days.is_not(None)).subquery()
        ranked = select(
            values.c.key, values.c.days,
            func.row_number().over(partition_by=values.c.key, order_by=values.c.days).label("rn"),
            func.count().over(partition_by=values.c.key).label("n"),
        ).subquery()
        middle = select(ranked.c.key, func.avg(ranked.c.days)).where(
            ranked.c.rn.in_([(ranked.c.n + 1) // 2, (ranked.c.n + 2) // 2])).group_by(ranked.c.key)
        return {(_key(group) if by else None): float(value) for group, value in session.execute(middle).all()}

    def _projects(self, session: Any, actor: Actor, flt: StatsFilter) -> ProjectFigures:
        conditions: list[ColumnElement[bool]] = [Project.deleted_at.is_(None), _scope(actor)]
        if flt.countries:
            conditions.append(Club.country.in_(flt.countries))
        if flt.club_codes:
            conditions.append(Club.code.in_(flt.club_codes))
        if flt.sectors:
            conditions.append(Project.sector.in_(flt.sectors))
        base = select().select_from(Project).join(Club, Club.id == Project.club_id).where(*conditions)
        count, beneficiaries = session.execute(
            base.add_columns(func.count(Project.id), func.coalesce(func.sum(Project.beneficiaries), 0))).one()
        budgets = session.execute(
            base.add_columns(Project.budget_currency, func.sum(Project.budget_amount))
            .where(Project.budget_amount.is_not(None)).group_by(Project.budget_currency)
            .order_by(Project.budget_currency)).all()
        return ProjectFigures(int(count), int(beneficiaries),
                              {cur or "?": Decimal(str(total)).quantize(Decimal("0.01")) for cur, total in budgets})
