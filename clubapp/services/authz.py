"""Role checks. Every service calls one of these before it reads or writes a club's records."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.codelists import Role
from ..store.models import Club
from ..words import _
from .actor import Actor
from .errors import PermissionDenied


def readable_club_ids(session: Session, actor: Actor) -> list[str] | None:
    """The clubs an actor may read; None means every club (admins)."""
    if actor.role is Role.ADMIN:
        return None
    if actor.role is Role.PARTNER_STAFF:
        return list(session.scalars(select(Club.id).where(Club.organisation_id == actor.organisation_id)))
    return [actor.club_id] if actor.club_id else []


def require_read(session: Session, actor: Actor, club_id: str) -> None:
    allowed = readable_club_ids(session, actor)
    if allowed is not None and club_id not in allowed:
        raise PermissionDenied(_("You can only see the records of your own club."))


def require_write(actor: Actor, club_id: str) -> None:
    """Students and teachers change their own club's records; partner staff only read."""
    if actor.role is Role.ADMIN:
        return
    if actor.role is Role.PARTNER_STAFF:
        raise PermissionDenied(_("Partner staff accounts can read club records but not change them."))
    if actor.club_id != club_id:
        raise PermissionDenied(_("You can only change the records of your own club."))


def require_teacher(actor: Actor, club_id: str, action: str) -> None:
    """Approving, returning, managing members and certificates are for the club's teachers."""
    if actor.role is Role.ADMIN:
        return
    if actor.role is not Role.TEACHER:
        raise PermissionDenied(_("Only a teacher can {action}.").format(action=action))
    if actor.club_id != club_id:
        raise PermissionDenied(_("A teacher can only {action} in their own club.").format(action=action))


def require_admin(actor: Actor, action: str) -> None:
    if actor.role is not Role.ADMIN:
        raise PermissionDenied(_("Only an administrator can {action}.").format(action=action))
