"""clubapp-server move-club: give a club to another organisation (its partner staff then read it)."""

from __future__ import annotations

from ...store.models import Club
from .context import Context
from .lookup import club_id, org_id


def register(add) -> None:
    move = add("move-club", help="give a club to another organisation (its partner staff read it)")
    move.add_argument("--club", required=True, help="the club's code")
    move.add_argument("--org", required=True, help="the organisation's id or short name")
    move.set_defaults(handler=run)


def run(args, context: Context) -> int:
    club, org = club_id(context.services, args.club), org_id(context.services, args.org)
    with context.store.db.transaction() as session:
        session.get(Club, club).organisation_id = org  # numbered: partners' computers follow it
    print(f"Club {args.club.upper()} now belongs to {args.org}; partner staff computers follow at their next sync.")
    return 0
