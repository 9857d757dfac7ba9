"""Enrolment: a club's enrolment code turns into a device credential scoped to that club.

The enrolment code is the public club code plus six random characters (KEM9S3-4F7QXA): the club code alone,
printed on letters, cannot enrol a computer. Codes are kept only as argon2 hashes; device tokens (256 random
bits) only as SHA-256 hashes. Revoking a code stops new enrolments; revoking a device stops its sync.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select, update

from ..domain import codes
from ..services.accounts import hash_secret, verify_secret
from ..services.actor import Actor
from ..services.authz import require_admin
from ..services.errors import NotFound, PermissionDenied
from ..store.base import new_id, utcnow
from ..store.database import Database
from ..store.models import Club
from ..store.sync_tables import Device, EnrolmentCode, KeyValue

REFUSED = "That enrolment code is not valid. Check it with your partner organisation."
MAX_COPIES = 3  # copied data folders one enrolled computer may have (a cloned lab, a restored backup or two)
TOO_MANY_COPIES = ("This computer's data looks copied from another computer, which already has {count} copies "
                   "known to the server: no more are given an identity. Ask the administrator to check "
                   "`clubapp-server devices`, or enrol this computer with its club's enrolment code.")


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    token: str  # shown once, to the device; the server keeps only its hash
    club_id: str
    club_code: str
    club_name: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class EnrolmentService:
    def __init__(self, db: Database):
        self.db = db

    def new_code(self, actor: Actor, club_id: str) -> str:
        require_admin(actor, "make enrolment codes")
        secret = "".join(secrets.choice(codes.ALPHABET) for _ in range(6))
        with self.db.transaction() as session:
            club = session.get(Club, club_id)
            if club is None:
                raise NotFound("No such club.")
            session.add(EnrolmentCode(id=new_id(), club_id=club_id, code_hash=hash_secret(secret)))
            return f"{club.code}-{secret}"

    def revoke_codes(self, actor: Actor, club_id: str) -> int:
        require_admin(actor, "revoke enrolment codes")
        with self.db.transaction() as session:
            rows = list(session.scalars(select(EnrolmentCode).where(EnrolmentCode.club_id == club_id,
                                                                    EnrolmentCode.revoked_at.is_(None))))
            for row in rows:
                row.revoked_at = utcnow()
            return len(rows)

    def enroll(self, code: str, device_name: str = "") -> Enrolled:
        club_code, _, secret = codes.normalise(code, country_prefix=True).partition("-")
        with self.db.transaction() as session:
            club = session.scalar(select(Club).where(Club.code == club_code, Club.deleted_at.is_(None)))
            candidates = [] if club is None else list(session.scalars(
                select(EnrolmentCode).where(EnrolmentCode.club_id == club.id, EnrolmentCode.revoked_at.is_(None))))
            if not secret or not any(verify_secret(c.code_hash, secret) for c in candidates):
                raise PermissionDenied(REFUSED)
            token = secrets.token_urlsafe(32)
            device = Device(id=new_id(), club_id=club.id, name=device_name[:120], token_hash=token_hash(token))
            session.add(device)
            return Enrolled(device.id, token, club.id, club.code, club.name)

    def enroll_partner(self, username: str, password: str, device_name: str = "") -> Enrolled:
        """Partner staff connect a computer with their own account: it may read their organisation's clubs."""
        from ..domain.codelists import Role
        from ..services.accounts import AccountService

        # partner staff names only: a club's teacher of the same name is another person
        actor = AccountService(self.db).sign_in(username, password, staff_only=True)  # one answer for any slip
        if actor.role is not Role.PARTNER_STAFF or not actor.organisation_id:
            raise PermissionDenied("Only partner staff accounts connect this way; clubs use their enrolment code.")
        token = secrets.token_urlsafe(32)
        with self.db.transaction() as session:
            device = Device(id=new_id(), club_id=None, organisation_id=actor.organisation_id,
                            account_id=actor.account_id, name=device_name[:120], token_hash=token_hash(token))
            session.add(device)
            return Enrolled(device.id, token, "", "", actor.display_name)

    def authenticate(self, token: str) -> Device:
        with self.db.reading() as session:  # most requests only read: no write lock taken for them
            device = session.scalar(select(Device).where(Device.token_hash == token_hash(token or "")))
            origin = session.get(Device, device.copy_of) if device is not None and device.copy_of else None
        if device is None or device.revoked_at is not None or (origin is not None and origin.revoked_at is not None):
            raise PermissionDenied("This computer is not (or no longer) enrolled: enrol it again.")
        now = utcnow()
        if device.last_seen_at is None or now - device.last_seen_at > timedelta(minutes=5):
            with self.db.transaction() as session:
                session.execute(update(Device).where(Device.id == device.id).values(last_seen_at=now))
            device.last_seen_at = now
        return device

    def open_session(self, device: Device, previous: str | None, following: str) -> dict[str, str]:
        """Each computer that sends changes names the session it saw last and a new one. A copy of a computer's
        data folder (a cloned disk, a restored backup) names a session that is no longer the last: it is given
        an identity of its own, so its edits and the original's are never taken for one computer's.

        That identity is not a way to mint credentials: it is tied to the enrolled computer at the root of the
        copies (revoked with it), there are at most MAX_COPIES of them, and the administrator sees them."""
        key = f"session:{device.id}"
        with self.db.transaction() as session:
            row = session.scalar(select(KeyValue).where(KeyValue.key == key).with_for_update())
            state = dict(row.value) if row is not None else {}
            current, before = state.get("current"), state.get("previous")
            if current is None or previous == current:
                state = {"current": following, "previous": current}
            elif not (following == current and previous == before):  # not a replay of a lost answer: a copy
                return self._copy(session, device, following)
            if row is None:
                session.add(KeyValue(key=key, value=state))
            else:
                row.value = state
            return {"status": "ok"}

    @staticmethod
    def _copy(session, device: Device, following: str) -> dict[str, str]:
        origin = session.get(Device, device.copy_of or device.id, with_for_update=True)  # copies of copies count
        copies = session.scalar(select(func.count()).select_from(Device).where(Device.copy_of == origin.id)) or 0
        if copies >= MAX_COPIES:
            raise PermissionDenied(TOO_MANY_COPIES.format(count=copies))
        token = secrets.token_urlsafe(32)
        copy = Device(id=new_id(), club_id=origin.club_id, organisation_id=origin.organisation_id,
                      account_id=origin.account_id, name=f"copy of {origin.name}"[:120], token_hash=token_hash(token),
                      copy_of=origin.id)
        session.add(copy)
        session.merge(KeyValue(key=f"session:{copy.id}", value={"current": following, "previous": None}))
        return {"status": "copy", "device_id": copy.id, "token": token}

    def revoke_device(self, actor: Actor, device_id: str) -> int:
        """Revoke a computer and every copy made of its data folder; how many were revoked."""
        require_admin(actor, "revoke devices")
        with self.db.transaction() as session:
            device = session.get(Device, device_id)
            if device is None:
                raise NotFound("No such device.")
            now = utcnow()
            revoked = [device, *session.scalars(select(Device).where(Device.copy_of == device.id))]
            for each in revoked:
                each.revoked_at = each.revoked_at or now
            return len(revoked)

    def devices(self, club_id: str | None = None) -> list[Device]:
        with self.db.reading() as session:
            query = select(Device).order_by(Device.enrolled_at)
            if club_id:
                query = query.where(Device.club_id == club_id)
            return list(session.scalars(query))
