"""clubapp-server status: what is in the store (of one club with --club)."""

from __future__ import annotations

import json

from ...services.status import store_status
from .context import Context
from .lookup import club_id


def register(add) -> None:
    status = add("status", help="what is in the store")
    status.add_argument("--club", help="only this club (its code)")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run)


def run(args, context: Context) -> int:
    club = club_id(context.services, args.club) if args.club else None
    status = store_status(context.store.db, club_id=club)
    status["devices"] = len(context.enrolment.devices(club))
    if args.json:
        print(json.dumps(status, default=str, ensure_ascii=False, indent=2))
    else:
        print(", ".join(f"{k} {v}" for k, v in status["counts"].items()))
    return 0
