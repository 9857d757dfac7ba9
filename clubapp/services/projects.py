"""Monitored projects: record, edit, list, remove."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select

from ..domain.codelists import PROJECT_SECTORS, PROJECT_STATUSES, PROJECT_TYPES
from ..store.base import utcnow
from ..store.database import Database
from ..store.models import Club, Issue, Project
from ..words import _
from .actor import Actor
from .authz import readable_club_ids, require_read, require_write
from .errors import InvalidInput
from .photos import distance_metres
from .records import live, set_changed, valid
from .reviews import start_revision_if_locked
from .validation import (
    Problems,
    clean_text,
    coordinates,
    date_order,
    money,
    not_in_future,
    one_of,
    required,
    too_long,
)
from .views import ProjectView, project_view


@dataclass
class ProjectInput:
    title: str
    sector: str
    status: str
    type: str = "construction"
    description: str = ""
    public_authority: str = ""
    implementing_agency: str = ""
    funding_source: str = ""
    budget_amount: Decimal | str | None = None
    budget_currency: str = ""
    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None
    beneficiaries: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    address: str = ""
    admin_area: str = ""
    country: str = ""

    def validate(self) -> Problems:
        """Clean the text fields in place and say what is wrong, field by field."""
        problems = Problems()
        for name in (
            "title",
            "description",
            "public_authority",
            "implementing_agency",
            "funding_source",
            "address",
            "admin_area",
        ):
            setattr(self, name, clean_text(getattr(self, name)))
        self.budget_currency = clean_text(self.budget_currency).upper()
        self.country = clean_text(self.country).upper()
        problems.check("title", required(self.title, _("The project's name")))
        problems.check("title", too_long(self.title, 300, _("The project's name")))
        for name, limit in (
            ("public_authority", 300),
            ("implementing_agency", 300),
            ("funding_source", 300),
            ("address", 300),
            ("admin_area", 120),
        ):
            problems.check(name, too_long(getattr(self, name), limit, name.replace("_", " ").capitalize()))
        problems.check("sector", one_of(self.sector, PROJECT_SECTORS, _("sector")))
        problems.check("status", one_of(self.status, PROJECT_STATUSES, _("project status")))
        problems.check("type", one_of(self.type, PROJECT_TYPES, _("project type")))
        amount, message = money(self.budget_amount, _("The budget"))
        problems.check("budget_amount", message)
        self.budget_amount = amount
        if self.budget_currency and (len(self.budget_currency) != 3 or not self.budget_currency.isalpha()):
            problems["budget_currency"] = _("Use the three-letter currency code, e.g. KES, NPR, LRD, USD.")
        if amount is not None and not self.budget_currency:
            problems["budget_currency"] = _("Say which currency the budget is in.")
        if self.country and (len(self.country) != 2 or not self.country.isalpha()):
            problems["country"] = _("Use the two-letter country code, e.g. KE.")
        problems.check(
            "planned_end",
            date_order(self.planned_start, self.planned_end, _("the planned start"), _("The planned end")),
        )
        problems.check(
            "actual_end", date_order(self.actual_start, self.actual_end, _("the actual start"), _("The actual end"))
        )
        problems.check("actual_start", not_in_future(self.actual_start, _("The actual start")))
        problems.check("actual_end", not_in_future(self.actual_end, _("The actual end")))
        if self.beneficiaries is not None and not 0 <= self.beneficiaries <= 2_000_000_000:
            problems["beneficiaries"] = _("The number of beneficiaries must be zero or more.")
        for key, message in coordinates(self.latitude, self.longitude).items():
            problems.check(key, message)
        return problems


@dataclass(frozen=True)
class ProjectRow:
    """A line of the projects table."""

    id: str
    club_id: str
    club_code: str
    title: str
    sector: str
    status: str
    public_authority: str
    review_state: str
    issues_total: int
    issues_open: int
    has_location: bool
    updated_at: object
    latitude: float | None = None
    longitude: float | None = None


# A monitored project is in the club's community; further than this from the school is a typing mistake, most
# often latitude and longitude typed the wrong way round.
SWAP_CHECK_KM = 500


def check_not_swapped(data: ProjectInput, club: Club | None) -> None:
    """Refuse coordinates that are far from the club but near it when swapped: say so, and change nothing."""
    if club is None or club.latitude is None or club.longitude is None or data.latitude is None \
            or data.longitude is None:
        return
    if abs(data.longitude) > 90:
        return  # cannot be a latitude: not a swap
    here = distance_metres(club.latitude, club.longitude, data.latitude, data.longitude) / 1000
    swapped = distance_metres(club.latitude, club.longitude, data.longitude, data.latitude) / 1000
    if here > SWAP_CHECK_KM and swapped < SWAP_CHECK_KM:
        raise InvalidInput({"latitude": _("These coordinates are {distance} km from the club; the latitude and longitude look "
                                          "swapped (try {latitude}, {longitude}).").format(
            distance=f"{here:,.0f}", latitude=data.longitude, longitude=data.latitude)})


class ProjectService:
    def __init__(self, db: Database):
        self.db = db

    def create(self, actor: Actor, club_id: str, data: ProjectInput) -> str:
        require_write(actor, club_id)
        data = valid(data)
        with self.db.transaction() as session:
            club = live(session, Club, club_id, _("That club is not on this computer."))
            check_not_swapped(data, club)
            values = asdict(data)
            values["country"] = values["country"] or club.country
            project = Project(club_id=club_id, created_by=actor.member_id, **values)
            session.add(project)
            return project.id

    def update(self, actor: Actor, project_id: str, data: ProjectInput) -> None:
        data = valid(data)
        with self.db.transaction() as session:
            project = self._get(session, project_id)
            require_write(actor, project.club_id)
            check_not_swapped(data, session.get(Club, project.club_id))
            data.country = data.country or project.country  # the club's country stands unless one is given
            set_changed(project, asdict(data), on_change=start_revision_if_locked)

    def remove(self, actor: Actor, project_id: str) -> None:
        """Mark a project deleted (a tombstone, so the deletion syncs); its issues stay readable in history."""
        with self.db.transaction() as session:
            project = self._get(session, project_id)
            require_write(actor, project.club_id)
            if project.review_state == "approved" and not actor.is_teacher:
                raise InvalidInput({"project": _("An approved project can only be removed by a teacher.")})
            project.deleted_at = utcnow()

    def get(self, actor: Actor, project_id: str) -> ProjectView:
        with self.db.reading() as session:
            project = self._get(session, project_id)
            require_read(session, actor, project.club_id)
            return project_view(project)

    def list(self, actor: Actor, club_id: str | None = None) -> list[ProjectRow]:
        open_case = case((Issue.status.notin_(("fixed", "fix_verified", "closed")), 1), else_=0)
        counts = (
            select(Issue.project_id, func.count().label("total"), func.sum(open_case).label("open"))
            .where(Issue.deleted_at.is_(None))
            .group_by(Issue.project_id)
            .subquery()
        )
        query = (
            select(Project, Club.code, counts.c.total, counts.c.open)
            .join(Club, Club.id == Project.club_id)
            .outerjoin(counts, counts.c.project_id == Project.id)
            .where(Project.deleted_at.is_(None))
            .order_by(Project.updated_at.desc())
        )
        with self.db.reading() as session:
            allowed = readable_club_ids(session, actor)
            if club_id is not None:
                require_read(session, actor, club_id)
                query = query.where(Project.club_id == club_id)
            elif allowed is not None:
                query = query.where(Project.club_id.in_(allowed))
            rows = session.execute(query).all()
        return [
            ProjectRow(
                p.id,
                p.club_id,
                code,
                p.title,
                p.sector,
                p.status,
                p.public_authority,
                p.review_state,
                total or 0,
                open_ or 0,
                p.latitude is not None,
                p.updated_at,
                p.latitude,
                p.longitude,
            )
            for p, code, total, open_ in rows
        ]

    @staticmethod
    def _get(session, project_id: str) -> Project:
        return live(session, Project, project_id, _("That project is no longer on this computer."))


def project_details(project: ProjectView, *, span: Callable[[date | None, date | None], str],
                    number: Callable[[float], str]) -> list[tuple[str, str]]:
    """The facts of a project a person reads, as (label, value), in the chosen language: the project window and
    the printed report list the same ones. `span` writes two dates, `number` a number, each the way its medium
    does (the window in the language's digits, the PDF in its own)."""
    def coded(table: dict[str, str], code: str | None) -> str:
        return _(table[code]) if code in table else (code or "—")

    budget = (f"{number(float(project.budget_amount))} {project.budget_currency}"
              if project.budget_amount is not None else "—")
    return [
        (_("Sector"), coded(PROJECT_SECTORS, project.sector)),
        (_("Status"), coded(PROJECT_STATUSES, project.status)),
        (_("Responsible authority"), project.public_authority or "—"),
        (_("Contractor or agency"), project.implementing_agency or "—"),
        (_("Funding"), project.funding_source or "—"),
        (_("Budget"), budget),
        (_("Planned"), span(project.planned_start, project.planned_end)),
        (_("Actual"), span(project.actual_start, project.actual_end)),
        (_("Beneficiaries"), number(project.beneficiaries) if project.beneficiaries is not None else "—"),
        (_("Place"), ", ".join(x for x in (project.address, project.admin_area) if x) or "—"),
    ]
