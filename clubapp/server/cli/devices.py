"""clubapp-server devices: the enrolled computers, when each was last seen, which are revoked."""

from __future__ import annotations

import json

from .context import Context
from .lookup import club_id


def register(add) -> None:
    devices = add("devices", help="the enrolled computers (of one club with --club)")
    devices.add_argument("--club", help="the club's code")
    devices.add_argument("--json", action="store_true")
    devices.set_defaults(handler=run)


def run(args, context: Context) -> int:
    found = [{"device_id": d.id, "club_id": d.club_id, "organisation_id": d.organisation_id, "name": d.name,
              "enrolled_at": d.enrolled_at.isoformat(timespec="seconds"),
              "last_seen_at": d.last_seen_at.isoformat(timespec="seconds") if d.last_seen_at else None,
              "revoked": d.revoked_at is not None, "copy_of": d.copy_of}
             for d in context.enrolment.devices(club_id(context.services, args.club) if args.club else None)]
    if args.json:
        print(json.dumps(found, indent=2))
        return 0
    for d in found:
        copy = f"  copy of {d['copy_of']}" if d["copy_of"] else ""
        print(f"{d['device_id']}  {d['name'][:30]:<30} last seen {d['last_seen_at'] or 'never'}"
              f"{'  REVOKED' if d['revoked'] else ''}{copy}")
    return 0
