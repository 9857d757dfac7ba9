"""clubapp enroll / clubapp sync: connect this computer to its club on the server, and sync."""

from __future__ import annotations

import argparse
import sys

from ..store.local import open_local_store
from ..sync import SyncClient, SyncError
from .main import add_data_dir_option, data_dir_of


def register(subparsers: argparse._SubParsersAction) -> None:
    enroll = subparsers.add_parser("enroll", help="connect this computer to its club with the club's code")
    add_data_dir_option(enroll)
    enroll.add_argument("--server", required=True, help="the server's address, e.g. https://clubs.example.org")
    enroll.add_argument("--code", required=True, help="the enrolment code from the partner organisation")
    enroll.set_defaults(handler=run_enroll)
    sync = subparsers.add_parser("sync", help="send what changed here, receive what changed elsewhere")
    add_data_dir_option(sync)
    sync.set_defaults(handler=run_sync)


def run_enroll(args: argparse.Namespace) -> int:
    client = SyncClient(open_local_store(data_dir_of(args)))
    try:
        answer = client.enroll(args.server, args.code)
    except SyncError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"This computer is now a computer of {answer['club_name']} ({answer['club_code']}). Run `clubapp sync`.")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    client = SyncClient(open_local_store(data_dir_of(args)))

    def progress(done: int, total: int, text: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{text}", end="", file=sys.stderr)

    try:
        report = client.sync(progress=progress)
    except SyncError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Synced in {report.seconds:.1f} s: {report}")
    for line in report.refused:
        print(f"  refused: {line}")
    return 0
