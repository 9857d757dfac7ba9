"""clubapp-server create-club: a school's club, and the enrolment code its teacher enrols computers with."""

from __future__ import annotations

import json

from .context import OPERATOR, Context
from .lookup import org_id


def register(add) -> None:
    club = add("create-club", help="add a school's club; prints its enrolment code")
    club.add_argument("--org", required=True, help="the organisation's id or short name")
    club.add_argument("--school", required=True)
    club.add_argument("--name", required=True)
    club.add_argument("--country", required=True)
    club.add_argument("--place", default="")
    club.add_argument("--json", action="store_true")
    club.set_defaults(handler=run)


def run(args, context: Context) -> int:
    services = context.services
    club_id = services.clubs.create_club(OPERATOR, organisation_id=org_id(services, args.org),
                                         school_name=args.school, club_name=args.name, country=args.country,
                                         place=args.place)
    code = context.enrolment.new_code(OPERATOR, club_id)
    club = services.clubs.get_club(OPERATOR, club_id)
    if args.json:
        print(json.dumps({"club_id": club_id, "club_code": club.code, "enrolment_code": code}))
    else:
        print(f"Club {club.code} created. Enrolment code (give it to the club's teacher): {code}")
    return 0
