"""Accounts and signing in. Passwords and PINs are kept only as argon2 hashes."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from ..domain.codelists import Role
from ..store.database import Database
from ..store.models import Account, Member
from ..words import _, ngettext, number
from .actor import Actor
from .authz import require_admin, require_teacher
from .errors import InvalidInput, NotFound, PermissionDenied
from .throttle import SIGN_IN, Throttle

# argon2's RFC 9106 "low memory" profile (64 MiB, 3 passes): about 0.1 s on an old school PC, so signing in stays
# quick while a stolen database still resists guessing. Students' PINs are short; the sign-in screen limits tries.
_hasher = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)

MIN_PIN = 4
MIN_PASSWORD = 8


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def verify_secret(secret_hash: str, secret: str) -> bool:
    try:
        return _hasher.verify(secret_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def check_secret_strength(role: Role, secret: str) -> str | None:
    if role is Role.STUDENT:
        if len(secret) < MIN_PIN:
            return ngettext("A PIN needs at least {count} character.", "A PIN needs at least {count} characters.",
                            MIN_PIN).format(count=number(MIN_PIN))
        return None
    if len(secret) < MIN_PASSWORD:
        return ngettext("A password needs at least {count} character.",
                        "A password needs at least {count} characters.", MIN_PASSWORD).format(
            count=number(MIN_PASSWORD))
    return None


@dataclass(frozen=True)
class SignInChoice:
    """A name on the sign-in screen: students pick their name, then type their PIN."""

    account_id: str
    display_name: str
    role: Role


def actor_for(account: Account) -> Actor:
    member = account.member
    return Actor(
        role=Role(account.role),
        account_id=account.id,
        member_id=account.member_id,
        club_id=account.club_id,
        organisation_id=account.organisation_id,
        display_name=member.full_name if member else account.username,
    )


class AccountService:
    def __init__(self, db: Database, throttle: Throttle = SIGN_IN):
        self.db = db
        self.throttle = throttle

    def sign_in_choices(self, club_id: str) -> list[SignInChoice]:
        with self.db.reading() as session:
            rows = session.execute(
                select(Account, Member)
                .join(Member, Account.member_id == Member.id)
                .where(
                    Account.club_id == club_id, Account.active, Member.active, Account.deleted_at.is_(None)
                )
                .order_by(Member.role.desc(), Member.given_name, Member.family_name)
            ).all()
        return [SignInChoice(a.id, m.full_name, Role(a.role)) for a, m in rows]

    def sign_in(self, account_id_or_username: str, secret: str, *, staff_only: bool = False) -> Actor:
        """Check a password or PIN; the same answer for an unknown account and a wrong secret. After five wrong
        tries in a minute the account waits (TooManyTries), so a four-digit PIN cannot be found by trying all.
        User names are unique within a club: a name several clubs use signs in no one (choose the account by
        its id); `staff_only` looks only at partner staff and administrators, whose names are unique."""
        key = f"{self.db.engine.url}|{account_id_or_username}"  # one count per database: tests and servers stay apart
        self.throttle.check(key)
        with self.db.reading() as session:
            account = session.get(Account, account_id_or_username)
            if account is None or (staff_only and account.club_id is not None):
                named = select(Account).where(Account.username == account_id_or_username)
                if staff_only:
                    named = named.where(Account.club_id.is_(None))
                found = list(session.scalars(named.limit(2)))
                account = found[0] if len(found) == 1 else None
            if account is not None and account.member is not None:
                _loaded = account.member.full_name  # load before the session closes
        if account is None or not account.active or account.deleted_at is not None:
            verify_secret(_dummy_hash(), secret)  # same time either way: do not reveal which names exist
            self.throttle.failed(key)
            raise PermissionDenied(_("That name and password do not match."))
        if not verify_secret(account.password_hash, secret):
            self.throttle.failed(key)
            raise PermissionDenied(_("That name and password do not match."))
        self.throttle.succeeded(key)
        return actor_for(account)

    def create_account(
        self,
        actor: Actor,
        *,
        username: str,
        role: Role,
        secret: str,
        member_id: str | None = None,
        club_id: str | None = None,
        organisation_id: str | None = None,
    ) -> str:
        if role in (Role.PARTNER_STAFF, Role.ADMIN):
            require_admin(actor, _("create partner staff or administrator accounts"))
        else:
            require_teacher(actor, club_id or "", _("create accounts"))
        problems: dict[str, str] = {}
        if not username.strip():
            problems["username"] = _("A user name is needed.")
        weak = check_secret_strength(role, secret)
        if weak:
            problems["secret"] = weak
        if problems:
            raise InvalidInput(problems)
        with self.db.transaction() as session:
            same_scope = Account.club_id == club_id if club_id else Account.club_id.is_(None)
            if session.scalar(select(Account.id).where(Account.username == username.strip(), same_scope)):
                raise InvalidInput({"username": _("The user name '{username}' is taken.").format(username=username)})
            account = Account(
                username=username.strip(),
                role=role.value,
                password_hash=hash_secret(secret),
                member_id=member_id,
                club_id=club_id,
                organisation_id=organisation_id,
            )
            session.add(account)
            return account.id

    def reset_secret(self, actor: Actor, account_id: str, new_secret: str) -> None:
        """A teacher resets a student's PIN; anyone changes their own password."""
        with self.db.transaction() as session:
            account = session.get(Account, account_id)
            if account is None:
                raise NotFound(_("That account no longer exists."))
            if actor.account_id != account_id:
                require_teacher(actor, account.club_id or "", _("reset a PIN or password"))
            weak = check_secret_strength(Role(account.role), new_secret)
            if weak:
                raise InvalidInput({"secret": weak})
            account.password_hash = hash_secret(new_secret)


@functools.cache
def _dummy_hash() -> str:
    return hash_secret("not-a-real-password")
