"""clubapp status: what is in a local store."""

from __future__ import annotations

import argparse
import json

from ..services.status import store_status
from ..store.local import open_local_store
from ..store.models import Club
from .main import add_data_dir_option, data_dir_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("status", help="counts of records, clubs and their codes, pending changes")
    add_data_dir_option(parser)
    parser.add_argument("--json", action="store_true", help="print JSON (keys documented in the README)")
    parser.add_argument("--club", help="only this club (its code)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = open_local_store(data_dir_of(args))
    club_id = None
    if args.club:
        with store.reading() as session:
            club = session.query(Club).filter(Club.code == args.club.upper()).one_or_none()
        if club is None:
            print(f"clubapp: no club with the code {args.club} in {store.data_dir.root}")
            return 1
        club_id = club.id
    status = store_status(store, club_id)
    status["data_dir"] = str(store.data_dir.root)
    if args.json:
        print(json.dumps(status, indent=2, ensure_ascii=False, default=str))
        return 0
    print(f"Data folder: {status['data_dir']}")
    print("Records:")
    for key, value in status["counts"].items():
        print(f"  {key.replace('_', ' '):<16} {value:>8}")
    if status["issues_by_status"]:
        print("Issues by status:")
        for key, value in sorted(status["issues_by_status"].items()):
            print(f"  {key.replace('_', ' '):<16} {value:>8}")
    print("Clubs:")
    for club in status["clubs"]:
        print(f"  {club['code']:<8} {club['country']}  {club['name']}")
    pending = status["pending"]
    print(f"Waiting to sync: {pending['changes']} changes, {pending['photos']} photos"
          + (f", {pending['refused']} refused by the server" if pending["refused"] else ""))
    print(f"Last sync: {status['last_sync_at'] or 'never'}")
    return 0
