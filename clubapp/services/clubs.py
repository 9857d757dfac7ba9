"""Partner organisations, schools and clubs; the club settings teachers change."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ..domain import codes
from ..domain.codelists import Role
from ..store.database import Database
from ..store.models import Account, Club, Member, Organisation, School
from ..words import CLDR_LOCALES, _, current_language
from .accounts import check_secret_strength, hash_secret
from .actor import Actor
from .authz import readable_club_ids, require_admin, require_teacher
from .errors import InvalidInput, NotFound
from .validation import Problems, clean_text, coordinates, required


@dataclass(frozen=True)
class ClubInfo:
    id: str
    name: str
    code: str
    country: str
    admin_area: str
    school_name: str
    organisation_name: str
    follow_up_days: int
    latitude: float | None
    longitude: float | None
    language: str = "en"  # what the club's certificates, letters and reports are printed in


def _info(club: Club) -> ClubInfo:
    return ClubInfo(
        id=club.id,
        name=club.name,
        code=club.code,
        country=club.country,
        admin_area=club.admin_area,
        school_name=club.school.name,
        organisation_name=club.organisation.name,
        follow_up_days=club.follow_up_days,
        latitude=club.latitude,
        longitude=club.longitude,
        language=club.language or "en",
    )


def unique_club_code(session: Session, country: str) -> str:
    while True:
        code = codes.new_club_code(country)
        if not session.scalar(select(Club.id).where(Club.code == code)):
            return code


class ClubService:
    def __init__(self, db: Database):
        self.db = db

    def create_organisation(self, actor: Actor, name: str, short_name: str, countries: str = "") -> str:
        require_admin(actor, _("add partner organisations"))
        problems = Problems()
        problems.check("name", required(clean_text(name), _("The organisation's name")))
        if problems:
            raise InvalidInput(problems)
        with self.db.transaction() as session:
            org = Organisation(
                name=clean_text(name, max_length=200),
                short_name=clean_text(short_name, max_length=40),
                countries=countries,
            )
            session.add(org)
            return org.id

    def create_club(
        self,
        actor: Actor,
        *,
        organisation_id: str | None,
        school_name: str,
        club_name: str,
        country: str,
        admin_area: str = "",
        place: str = "",
        latitude: float | None = None,
        longitude: float | None = None,
        organisation_name: str = "",
        code: str | None = None,
        language: str | None = None,
    ) -> str:
        """A school and its club. Without an organisation id, one named `organisation_name` is created
        (the first-run wizard on a computer that has not enrolled yet). The club prints in `language`, by default
        the one the computer speaks now."""
        require_admin(actor, _("create clubs"))
        problems = Problems()
        problems.check("school_name", required(clean_text(school_name), _("The school's name")))
        problems.check("club_name", required(clean_text(club_name), _("The club's name")))
        country = clean_text(country).upper()
        if len(country) != 2 or not country.isalpha():
            problems["country"] = _("Choose the country (a two-letter code such as KE, NP or LR).")
        problems.update(coordinates(latitude, longitude))
        language = language or current_language()
        if language not in CLDR_LOCALES:
            language = "en"  # the pseudo-locale is for checking layouts, not for a club's papers
        if problems:
            raise InvalidInput(problems)
        with self.db.transaction() as session:
            if organisation_id is None:
                org = Organisation(
                    name=clean_text(organisation_name) or "Partner organisation",
                    short_name="",
                    countries=country,
                )
                session.add(org)
                organisation_id = org.id
            elif session.get(Organisation, organisation_id) is None:
                raise NotFound(_("That partner organisation does not exist."))
            school = School(
                name=clean_text(school_name, max_length=200),
                country=country,
                admin_area=clean_text(admin_area),
                place=clean_text(place),
                latitude=latitude,
                longitude=longitude,
            )
            session.add(school)
            club = Club(
                organisation_id=organisation_id,
                school_id=school.id,
                name=clean_text(club_name, max_length=200),
                code=code or unique_club_code(session, country),
                country=country,
                admin_area=clean_text(admin_area),
                latitude=latitude,
                longitude=longitude,
                language=language,
            )
            session.add(club)
            return club.id

    def create_first_teacher(
        self,
        club_id: str,
        *,
        given_name: str,
        family_name: str,
        username: str,
        password: str,
        gender: str = "undisclosed",
    ) -> str:
        """The first-run wizard's last step: the club's first teacher and their account. Allowed only while the
        club has no teacher yet, so it cannot be used to slip a second teacher in later."""
        problems = Problems()
        problems.check("given_name", required(clean_text(given_name), _("The teacher's name")))
        problems.check("username", required(clean_text(username), _("A user name")))
        problems.check("password", check_secret_strength(Role.TEACHER, password))
        if problems:
            raise InvalidInput(problems)
        with self.db.transaction() as session:
            if session.scalar(select(Member.id).where(Member.club_id == club_id, Member.role == "teacher")):
                raise InvalidInput({"club": _("This club already has a teacher; ask them to add you.")})
            teacher = Member(
                club_id=club_id,
                role="teacher",
                given_name=clean_text(given_name),
                family_name=clean_text(family_name),
                gender=gender,
                consent_given=True,
            )
            session.add(teacher)
            session.add(
                Account(
                    club_id=club_id,
                    member_id=teacher.id,
                    username=clean_text(username),
                    role="teacher",
                    password_hash=hash_secret(password),
                )
            )
            return teacher.id

    def list_clubs(self, actor: Actor, only: str | None = None) -> list[ClubInfo]:
        with self.db.reading() as session:
            allowed = readable_club_ids(session, actor)
            # school and organisation in the same query: one round trip for a network of thousands of clubs
            query = (select(Club).options(joinedload(Club.school), joinedload(Club.organisation))
                     .where(Club.deleted_at.is_(None)).order_by(Club.country, Club.name))
            if allowed is not None:
                query = query.where(Club.id.in_(allowed))
            if only is not None:
                query = query.where(Club.id == only)
            return [_info(club) for club in session.scalars(query)]

    def get_club(self, actor: Actor, club_id: str) -> ClubInfo:
        found = self.list_clubs(actor, only=club_id)
        if not found:
            raise NotFound(_("That club is not on this computer, or you cannot see it."))
        return found[0]

    def set_follow_up_days(self, actor: Actor, club_id: str, days: int) -> None:
        require_teacher(actor, club_id, _("change the club's settings"))
        if not 1 <= days <= 365:
            raise InvalidInput({"follow_up_days": _("Choose between 1 and 365 days.")})
        with self.db.transaction() as session:
            club = session.get(Club, club_id)
            if club is None:
                raise NotFound(_("That club is not on this computer."))
            club.follow_up_days = days

    def set_language(self, actor: Actor, club_id: str, language: str) -> None:
        """The language the club's certificates, letters and reports are printed in, whoever prints them."""
        require_teacher(actor, club_id, _("change the club's settings"))
        if language not in CLDR_LOCALES:
            raise InvalidInput({"language": _("Choose one of: {choices}.").format(choices=", ".join(CLDR_LOCALES))})
        with self.db.transaction() as session:
            club = session.get(Club, club_id)
            if club is None:
                raise NotFound(_("That club is not on this computer."))
            club.language = language
