"""The entry point of `clubapp-server`: the store's options, one subcommand a module, the store opened once."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path

from ...services.errors import ServiceError
from ...services.registry import Services
from ..enrolment import EnrolmentService
from ..store import open_server_store
from .context import Context

NOT_COMMANDS = frozenset({"__main__", "main", "context", "lookup"})


def command_modules() -> list[str]:
    package = Path(__file__).parent
    names = [info.name for info in pkgutil.iter_modules([str(package)]) if info.name not in NOT_COMMANDS]
    return [f"{__package__}.{name}" for name in names]


# The order `clubapp-server --help` lists them in: setting up, then daily administration, then serving.
ORDER = ("init", "create_org", "create_club", "create_user", "new_code", "move_club", "devices", "revoke_codes",
         "revoke_device", "demo", "import_bundle", "status", "run")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clubapp-server",
                                     description="clubapp-server: the central store's command line "
                                                 "(administration, demo data, status, and `run`).")
    parser.add_argument("--data-dir", default="clubapp-server-data", help="where the SQLite file and photos live")
    parser.add_argument("--database-url", help="PostgreSQL instead of SQLite: postgresql+psycopg://user@host/db")
    # the store's options may also come after the command: `clubapp-server run --data-dir DIR`
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument("--database-url", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, **kwargs) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], **kwargs)

    names = command_modules()
    names.sort(key=lambda name: ORDER.index(name.rsplit(".", 1)[1]) if name.rsplit(".", 1)[1] in ORDER else 99)
    for name in names:
        importlib.import_module(name).register(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    store = open_server_store(Path(args.data_dir), args.database_url)
    context = Context(store, Services.for_store(store.db, store.blobs), EnrolmentService(store.db))
    try:
        return int(args.handler(args, context) or 0)
    except ServiceError as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        store.dispose()


if __name__ == "__main__":
    sys.exit(main())
