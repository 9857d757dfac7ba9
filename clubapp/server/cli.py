"""clubapp-server: the central store's command line (administration, demo data, status, and `run`)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ..domain.codelists import Role
from ..services.actor import Actor
from ..services.errors import ServiceError
from ..services.registry import Services
from ..services.status import store_status
from .enrolment import EnrolmentService
from .store import open_server_store

OPERATOR = Actor.operator()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clubapp-server", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default="clubapp-server-data", help="where the SQLite file and photos live")
    parser.add_argument("--database-url", help="PostgreSQL instead of SQLite: postgresql+psycopg://user@host/db")
    # the store's options may also come after the command: `clubapp-server run --data-dir DIR`
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument("--database-url", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, **kwargs) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], **kwargs)

    add("init", help="create (or migrate) the database")
    org = add("create-org", help="add a partner organisation")
    org.add_argument("--name", required=True)
    org.add_argument("--short-name", default="")
    org.add_argument("--countries", default="", help="e.g. KE,NP")
    club = add("create-club", help="add a school's club; prints its enrolment code")
    club.add_argument("--org", required=True, help="the organisation's id or short name")
    club.add_argument("--school", required=True)
    club.add_argument("--name", required=True)
    club.add_argument("--country", required=True)
    club.add_argument("--place", default="")
    club.add_argument("--json", action="store_true")
    user = add("create-user", help="add a partner staff or administrator account")
    user.add_argument("--username", required=True)
    user.add_argument("--password", required=True)
    user.add_argument("--role", choices=("partner_staff", "admin"), default="partner_staff")
    user.add_argument("--org", help="the organisation (partner staff)")
    code = add("new-code", help="a new enrolment code for a club (the old ones keep working)")
    code.add_argument("--club", required=True, help="the club's code")
    code.add_argument("--json", action="store_true")
    move = add("move-club", help="give a club to another organisation (its partner staff read it)")
    move.add_argument("--club", required=True, help="the club's code")
    move.add_argument("--org", required=True, help="the organisation's id or short name")
    devices = add("devices", help="the enrolled computers (of one club with --club)")
    devices.add_argument("--club", help="the club's code")
    devices.add_argument("--json", action="store_true")
    revoke_codes = add("revoke-codes", help="stop a club's enrolment codes from enrolling computers")
    revoke_codes.add_argument("--club", required=True, help="the club's code")
    revoke = add("revoke-device", help="stop a device's sync")
    revoke.add_argument("device_id")
    demo = add("demo", help="the demo network, with each club's enrolment code")
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--json", action="store_true")
    bundle = add("import-bundle", help="import a computer's USB sync bundle; write its return bundle")
    bundle.add_argument("file", type=Path)
    bundle.add_argument("--out", type=Path, help="the return bundle to take back to the computer")
    status = add("status", help="what is in the store")
    status.add_argument("--club", help="only this club (its code)")
    status.add_argument("--json", action="store_true")
    run = add("run", help="serve the HTTP API")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8765)
    run.add_argument("--workers", type=int, default=1)
    return parser


def _org_id(services: Services, key: str) -> str:
    from sqlalchemy import or_, select

    from ..store.models import Organisation

    with services.store.reading() as session:
        found = session.scalar(select(Organisation.id).where(or_(Organisation.id == key,
                                                                 Organisation.short_name == key)))
    if found is None:
        raise SystemExit(f"No organisation '{key}'.")
    return found


def _club_id(services: Services, code: str) -> str:
    for club in services.clubs.list_clubs(OPERATOR):
        if club.code == code.upper():
            return club.id
    raise SystemExit(f"No club with the code {code}.")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    store = open_server_store(Path(args.data_dir), args.database_url)
    services = Services.for_store(store.db, store.blobs)
    enrolment = EnrolmentService(store.db)
    try:
        return _run(args, store, services, enrolment)
    except ServiceError as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        store.dispose()


def _run(args, store, services: Services, enrolment: EnrolmentService) -> int:
    command = args.command
    if command == "init":
        url = store.db.engine.url.render_as_string(hide_password=True)
        print(f"The server's store is ready: {url}")
    elif command == "create-org":
        print(services.clubs.create_organisation(OPERATOR, args.name, args.short_name, args.countries))
    elif command == "create-club":
        club_id = services.clubs.create_club(OPERATOR, organisation_id=_org_id(services, args.org),
                                             school_name=args.school, club_name=args.name, country=args.country,
                                             place=args.place)
        code = enrolment.new_code(OPERATOR, club_id)
        club = services.clubs.get_club(OPERATOR, club_id)
        if args.json:
            print(json.dumps({"club_id": club_id, "club_code": club.code, "enrolment_code": code}))
        else:
            print(f"Club {club.code} created. Enrolment code (give it to the club's teacher): {code}")
    elif command == "create-user":
        organisation = _org_id(services, args.org) if args.org else None
        services.accounts.create_account(OPERATOR, username=args.username, role=Role(args.role),
                                         secret=args.password, organisation_id=organisation)
        print(f"Account {args.username} created.")
    elif command == "new-code":
        code = enrolment.new_code(OPERATOR, _club_id(services, args.club))
        print(json.dumps({"enrolment_code": code}) if args.json else code)
    elif command == "move-club":
        from ..store.models import Club

        club_id, org_id = _club_id(services, args.club), _org_id(services, args.org)
        with store.db.transaction() as session:
            session.get(Club, club_id).organisation_id = org_id  # numbered: partners' computers follow it
        print(f"Club {args.club.upper()} now belongs to {args.org}; partner staff computers follow at their next sync.")
    elif command == "devices":
        found = [{"device_id": d.id, "club_id": d.club_id, "organisation_id": d.organisation_id, "name": d.name,
                  "enrolled_at": d.enrolled_at.isoformat(timespec="seconds"),
                  "last_seen_at": d.last_seen_at.isoformat(timespec="seconds") if d.last_seen_at else None,
                  "revoked": d.revoked_at is not None}
                 for d in enrolment.devices(_club_id(services, args.club) if args.club else None)]
        if args.json:
            print(json.dumps(found, indent=2))
        for d in [] if args.json else found:
            print(f"{d['device_id']}  {d['name'][:30]:<30} last seen {d['last_seen_at'] or 'never'}"
                  f"{'  REVOKED' if d['revoked'] else ''}")
    elif command == "revoke-codes":
        count = enrolment.revoke_codes(OPERATOR, _club_id(services, args.club))
        print(f"{count} enrolment code(s) revoked; enrolled computers keep working (revoke-device stops one).")
    elif command == "revoke-device":
        enrolment.revoke_device(OPERATOR, args.device_id)
        print("Revoked: that device can no longer sync.")
    elif command == "demo":
        from ..services.demo import build_demo_network

        summary = build_demo_network(store.db, seed=args.seed, blobs=store.blobs)
        for club in summary["clubs"]:
            club["enrolment_code"] = enrolment.new_code(OPERATOR, club["id"])
        if args.json:
            print(json.dumps({"clubs": summary["clubs"], "counts": summary["counts"]}, ensure_ascii=False, indent=2))
        else:
            for line in summary["lines"][:1]:
                print(line)
            for club in summary["clubs"]:
                print(f"  {club['code']}  {club['place']:<10} enrolment code {club['enrolment_code']}")
    elif command == "import-bundle":
        from ..sync.client import SyncError
        from .bundles import import_device_bundle

        try:
            summary = import_device_bundle(store, args.file, args.out)
        except SyncError as exc:
            print(f"Nothing was imported: {exc}", file=sys.stderr)
            return 1
        print(json.dumps(summary))
    elif command == "status":
        club_id = _club_id(services, args.club) if args.club else None
        status = store_status(store.db, club_id=club_id)
        status["devices"] = len(enrolment.devices(club_id))
        if args.json:
            print(json.dumps(status, default=str, ensure_ascii=False, indent=2))
        else:
            print(", ".join(f"{k} {v}" for k, v in status["counts"].items()))
    elif command == "run":
        import uvicorn

        from .app import create_app

        if args.workers > 1:  # each worker process opens the store itself
            import os

            from .asgi import DATA_DIR_ENV, DATABASE_URL_ENV

            os.environ[DATA_DIR_ENV] = str(store.data_dir)
            if args.database_url:
                os.environ[DATABASE_URL_ENV] = args.database_url
            store.dispose()
            uvicorn.run("clubapp.server.asgi:create", factory=True, host=args.host, port=args.port,
                        workers=args.workers, log_level="info")
        else:
            uvicorn.run(create_app(store), host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
