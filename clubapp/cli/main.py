"""Entry point of `clubapp`: with no command it opens the desktop app; commands work on a data directory."""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from .. import __version__
from ..paths import DataDir
from ..services.errors import ServiceError
from ..store.backup import BackupError, backup_if_due, database_is_whole
from ..store.database import StorageProblem, storage_problem


# Each module of this package that defines register(subparsers) is a command; its parser sets `handler` (a
# function taking the parsed args and returning an exit status). Add a command by adding a module here.
def command_modules() -> list[str]:
    package = Path(__file__).parent
    names = sorted(info.name for info in pkgutil.iter_modules([str(package)]) if info.name != "main")
    return [f"{__package__}.{name}" for name in names]


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clubapp",
        description="Integrity Clubs: monitor public projects, record issues, follow them until fixed. "
        "Without a command, opens the desktop app.",
        add_help=commands,
    )
    parser.add_argument("--version", action="version", version=f"clubapp {__version__}")
    parser.add_argument("--data-dir", help="the folder of the local store (default: your user data folder)")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo data folder")
    parser.add_argument("--verbose", "-v", action="store_true", help="log what happens")
    if not commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        module = importlib.import_module(name)
        if hasattr(module, "register"):
            module.register(subparsers)
    return parser


def add_data_dir_option(parser: argparse.ArgumentParser) -> None:
    """Commands accept --data-dir after their name too (clubapp status --data-dir DIR)."""
    parser.add_argument("--data-dir", dest="command_data_dir", help=argparse.SUPPRESS)


def data_dir_of(args: argparse.Namespace) -> str | None:
    return getattr(args, "command_data_dir", None) or args.data_dir


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when `argv` only opens the window (no command, no --help), else None.

    Building the full parser imports every command's module, and they load the store, sync and exports: a
    quarter of a second before the window, for commands that are not being run."""
    args, rest = build_parser(commands=False).parse_known_args(argv)
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = window_arguments(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    else:
        args.command = None
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        from ..ui.launch import launch  # Qt is imported only when a window is wanted

        return launch(data_dir=args.data_dir, demo=args.demo)
    folder = DataDir.at(data_dir_of(args))
    try:
        status = int(args.handler(args) or 0)
    except ServiceError as exc:
        print(f"clubapp: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("clubapp: stopped", file=sys.stderr)
        return 130
    except (SQLAlchemyError, OSError, UnicodeDecodeError, sqlite3.Error, BackupError, StorageProblem) as exc:
        problem = exc if isinstance(exc, BackupError) else storage_problem(exc, folder.root)
        if problem is None:
            raise
        print(f"clubapp: {problem}", file=sys.stderr)
        return 1
    if status == 0 and args.command not in NO_DAILY_BACKUP:
        daily_backup(folder)
    return status


NO_DAILY_BACKUP = {"backup", "restore"}  # they make or use backups themselves


def daily_backup(folder: DataDir) -> None:
    """The command line makes the daily backup as the app does: after a command that worked, at most one a
    day, only of a database that checks whole; a failure is told, the command's result stands."""
    try:
        if folder.database.is_file() and database_is_whole(folder.database):
            backup_if_due(folder)
    except (BackupError, OSError, sqlite3.Error) as exc:
        print(f"clubapp: the daily backup was not made: {exc}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
