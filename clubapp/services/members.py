"""Club members: students and teachers. Teachers manage them; students' personal data stays in the club."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.codelists import GENDERS, Role, age_band
from ..domain.pseudonyms import pseudonym
from ..store.base import today, utcnow
from ..store.changes import TRACK_CHANGES
from ..store.database import Database
from ..store.fields import to_json
from ..store.models import Account, Conflict, Member
from ..store.sync_tables import OutboxChange
from ..words import _
from .actor import Actor
from .authz import require_read, require_teacher
from .errors import Conflict as StateConflict
from .errors import InvalidInput, NotFound
from .validation import Problems, clean_text, one_of, required, too_long


@dataclass
class MemberInput:
    given_name: str
    family_name: str = ""
    role: str = "student"
    gender: str = "undisclosed"
    birth_year: int | None = None
    grade: str = ""
    joined_on: date | None = None

    def validate(self) -> Problems:
        problems = Problems()
        self.given_name, self.family_name = clean_text(self.given_name), clean_text(self.family_name)
        self.grade = clean_text(self.grade)
        problems.check("given_name", required(self.given_name, _("The first name")))
        problems.check("given_name", too_long(self.given_name, 120, _("The first name")))
        problems.check("family_name", too_long(self.family_name, 120, _("The family name")))
        problems.check("grade", too_long(self.grade, 20, _("The grade")))
        problems.check("role", one_of(self.role, {"student", "teacher"}, _("role")))
        problems.check("gender", one_of(self.gender, GENDERS, _("gender")))
        this_year = today().year
        if self.birth_year is not None and not this_year - 100 <= self.birth_year <= this_year - 5:
            problems["birth_year"] = _("A birth year between {first} and {last}, please.").format(
                first=this_year - 100, last=this_year - 5)
        return problems


@dataclass(frozen=True)
class MemberRow:
    id: str
    full_name: str
    role: str
    gender: str
    birth_year: int | None
    grade: str
    consent_given: bool
    active: bool
    account_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


# What erasure replaces (gender stays: it identifies no one alone and the network's figures are broken down by it).
PERSONAL_FIELDS = ("given_name", "family_name", "birth_year", "grade", "consent_given_by")
ERASED = "(erased)"


def erased_fields(member_id: str, role: str) -> dict[str, Any]:
    return {"given_name": pseudonym(member_id, role), "family_name": "", "birth_year": None, "grade": "",
            "consent_given_by": ""}


def erased_account_fields(member_id: str) -> dict[str, Any]:
    """An erased member's account: no name in it, and a hash no password matches."""
    return {"username": f"erased-{member_id}", "password_hash": "!"}


def scrub_erased_member(session: Session, member: Member) -> None:
    """Wherever else this computer or server keeps the erased person's details: changes still queued for sync
    (a student erased before the first sync would otherwise send their name once), their accounts' queued
    changes, and conflict records that hold an old value."""
    erased = erased_fields(member.id, member.role)
    accounts = {a.id: a for a in session.scalars(select(Account).where(Account.member_id == member.id))}
    for change in session.scalars(select(OutboxChange).where(OutboxChange.entity_id.in_([member.id, *accounts]))):
        replace = erased if change.entity_type == "member" else erased_account_fields(member.id)
        change.fields = {key: replace.get(key, value) for key, value in change.fields.items()}
    if session.info.get(TRACK_CHANGES):
        return  # conflict records are the server's: it scrubs its own, and they come back here by sync
    for conflict in session.scalars(select(Conflict).where(Conflict.entity_id.in_([member.id, *accounts]))):
        conflict.kept_value = conflict.other_value = ERASED
        conflict.resolved_at = conflict.resolved_at or utcnow()


class MemberService:
    def __init__(self, db: Database):
        self.db = db

    def add_member(self, actor: Actor, club_id: str, data: MemberInput) -> str:
        require_teacher(actor, club_id, _("add members"))
        problems = data.validate()
        if problems:
            raise InvalidInput(problems)
        with self.db.transaction() as session:
            member = Member(
                club_id=club_id,
                role=data.role,
                given_name=data.given_name,
                family_name=data.family_name,
                gender=data.gender,
                birth_year=data.birth_year,
                grade=data.grade,
                joined_on=data.joined_on or today(),
            )
            session.add(member)
            return member.id

    def update_member(self, actor: Actor, member_id: str, data: MemberInput) -> None:
        problems = data.validate()
        if problems:
            raise InvalidInput(problems)
        with self.db.transaction() as session:
            member = self._get(session, member_id)
            require_teacher(actor, member.club_id, _("edit members"))
            if member.erased_at is not None:
                raise StateConflict(_("This member's personal data was erased: it cannot be filled in again."))
            for name in ("given_name", "family_name", "role", "gender", "birth_year", "grade"):
                if getattr(member, name) != getattr(data, name):
                    setattr(member, name, getattr(data, name))

    def record_consent(self, actor: Actor, member_id: str, given_by: str, on: date | None = None) -> None:
        """Consent to record a student's data: who gave it (a parent or guardian), when, and which teacher
        recorded it."""
        given_by = clean_text(given_by, max_length=200)
        if not given_by:
            raise InvalidInput({"consent_given_by": _("Write who gave consent (a parent or guardian).")})
        with self.db.transaction() as session:
            member = self._get(session, member_id)
            require_teacher(actor, member.club_id, _("record consent"))
            member.consent_given = True
            member.consent_given_by = given_by
            member.consent_recorded_on = on or today()
            member.consent_recorded_by = actor.member_id
            session.flush()  # queues this edit; the student's first change, still queued, now carries consent
            consent = {name: to_json(getattr(member, name)) for name in
                       ("consent_given", "consent_given_by", "consent_recorded_on", "consent_recorded_by")}
            for change in session.scalars(select(OutboxChange).where(OutboxChange.entity_type == "member",
                                                                     OutboxChange.entity_id == member.id)):
                change.fields = {**change.fields, **consent}

    def set_active(self, actor: Actor, member_id: str, active: bool) -> None:
        """Deactivate a member who left (their records stay) or bring them back."""
        with self.db.transaction() as session:
            member = self._get(session, member_id)
            require_teacher(actor, member.club_id, _("deactivate members"))
            member.active = active
            member.left_on = None if active else today()
            for account in session.scalars(select(Account).where(Account.member_id == member_id)):
                account.active = active

    def erase_personal_data(self, actor: Actor, member_id: str) -> str:
        """A student who left asks to be forgotten: their name, birth year, grade and consent details are
        replaced by a pseudonym everywhere the change syncs to; their monitoring records stay, under that
        pseudonym, so the club's history and figures remain true. Returns the pseudonym."""
        with self.db.transaction() as session:
            member = self._get(session, member_id)
            require_teacher(actor, member.club_id, _("erase a member's personal data"))
            for name, value in erased_fields(member.id, member.role).items():
                setattr(member, name, value)
            member.erased_at = utcnow()  # the server and the other computers never let a sync fill them again
            member.active, member.left_on = False, member.left_on or today()
            for account in session.scalars(select(Account).where(Account.member_id == member_id)):
                account.active = False
                for name, value in erased_account_fields(member.id).items():
                    setattr(account, name, value)
            session.flush()  # this edit is queued now; then the earlier queued ones are scrubbed too
            scrub_erased_member(session, member)
            return member.given_name

    def list_members(self, actor: Actor, club_id: str, include_inactive: bool = False) -> list[MemberRow]:
        with self.db.reading() as session:
            require_read(session, actor, club_id)
            query = (
                select(Member, Account.id)
                .outerjoin(Account, Account.member_id == Member.id)
                .where(Member.club_id == club_id, Member.deleted_at.is_(None))
                .order_by(Member.role.desc(), Member.given_name, Member.family_name)
            )
            if not include_inactive:
                query = query.where(Member.active)
            rows = session.execute(query).all()
        if actor.role is Role.PARTNER_STAFF:  # minors' names and birth years stay in their club
            return [
                MemberRow(
                    m.id,
                    pseudonym(m.id, m.role),
                    m.role,
                    m.gender,
                    None,
                    m.grade,
                    m.consent_given,
                    m.active,
                    None,
                    {"age_band": age_band(m.birth_year, today().year)},
                )
                for m, _aid in rows
            ]
        return [
            MemberRow(
                m.id, m.full_name, m.role, m.gender, m.birth_year, m.grade, m.consent_given, m.active, aid
            )
            for m, aid in rows
        ]

    @staticmethod
    def _get(session, member_id: str) -> Member:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is not None:
            raise NotFound(_("That member is no longer on this computer."))
        return member
