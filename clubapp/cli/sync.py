"""clubapp enroll / clubapp sync: connect this computer to its club on the server, and sync."""

from __future__ import annotations

import argparse
import getpass
import sys
from urllib.parse import urlsplit

from ..store.local import open_local_store
from ..sync import SyncClient, SyncError
from ..words import _
from .main import add_data_dir_option, data_dir_of


def register(subparsers: argparse._SubParsersAction) -> None:
    enroll = subparsers.add_parser("enroll", help="connect this computer to its club with the club's code")
    add_data_dir_option(enroll)
    enroll.add_argument("--server", required=True, help="the server's address, e.g. https://clubs.example.org")
    enroll.add_argument("--code", help="the enrolment code (better left out: it is then asked for, or read from "
                        "standard input, and does not show in the list of running programs)")
    enroll.set_defaults(handler=run_enroll)
    sync = subparsers.add_parser("sync", help="send what changed here, receive what changed elsewhere")
    add_data_dir_option(sync)
    sync.set_defaults(handler=run_sync)


def enrolment_code(args: argparse.Namespace) -> str:
    """The code from a hidden prompt, or the first line of standard input when it is piped; --code still works,
    with a warning, since anyone on the computer can read a command's arguments (`ps`)."""
    if args.code:
        print(_("Warning: a code given with --code can be seen by anyone on this computer while the command runs. "
                "Leave --code out and type the code when asked, or pipe it in."), file=sys.stderr)
        return args.code
    if sys.stdin.isatty():
        return getpass.getpass(_("Enrolment code (not shown as you type): "))
    return sys.stdin.readline().strip()


def warn_if_plain_http(server: str) -> None:
    parts = urlsplit(server.strip())
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        print(_("Warning: {server} is not https://: the code and every record would cross the network "
                "unencrypted. Ask for the server's https:// address.").format(server=server), file=sys.stderr)


def run_enroll(args: argparse.Namespace) -> int:
    warn_if_plain_http(args.server)
    code = enrolment_code(args)
    if not code.strip():
        print(_("No enrolment code was given: nothing changed. Type the code the partner organisation gave you."),
              file=sys.stderr)
        return 1
    client = SyncClient(open_local_store(data_dir_of(args)))
    try:
        answer = client.enroll(args.server, code)
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
