"""Organisations and clubs named on the command line (an id or a short name; a club's code)."""

from __future__ import annotations

from sqlalchemy import or_, select

from ...services.registry import Services
from ...store.models import Organisation
from .context import OPERATOR


def org_id(services: Services, key: str) -> str:
    with services.store.reading() as session:
        found = session.scalar(select(Organisation.id).where(or_(Organisation.id == key,
                                                                 Organisation.short_name == key)))
    if found is None:
        raise SystemExit(f"No organisation '{key}'.")
    return found


def club_id(services: Services, code: str) -> str:
    for club in services.clubs.list_clubs(OPERATOR):
        if club.code == code.upper():
            return club.id
    raise SystemExit(f"No club with the code {code}.")
