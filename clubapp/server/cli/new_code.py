"""clubapp-server new-code: another enrolment code for a club (the old ones keep working)."""

from __future__ import annotations

import json

from .context import OPERATOR, Context
from .lookup import club_id


def register(add) -> None:
    code = add("new-code", help="a new enrolment code for a club (the old ones keep working)")
    code.add_argument("--club", required=True, help="the club's code")
    code.add_argument("--json", action="store_true")
    code.set_defaults(handler=run)


def run(args, context: Context) -> int:
    code = context.enrolment.new_code(OPERATOR, club_id(context.services, args.club))
    print(json.dumps({"enrolment_code": code}) if args.json else code)
    return 0
