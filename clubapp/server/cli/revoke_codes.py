"""clubapp-server revoke-codes: a club's enrolment codes stop enrolling computers."""

from __future__ import annotations

from .context import OPERATOR, Context
from .lookup import club_id


def register(add) -> None:
    revoke = add("revoke-codes", help="stop a club's enrolment codes from enrolling computers")
    revoke.add_argument("--club", required=True, help="the club's code")
    revoke.set_defaults(handler=run)


def run(args, context: Context) -> int:
    count = context.enrolment.revoke_codes(OPERATOR, club_id(context.services, args.club))
    print(f"{count} enrolment code(s) revoked; enrolled computers keep working (revoke-device stops one).")
    return 0
