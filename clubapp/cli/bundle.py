"""clubapp bundle export / import: sync by USB stick (see clubapp/sync/bundle.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..store.local import open_local_store
from ..sync import SyncError
from .main import add_data_dir_option, data_dir_of


def register(subparsers: argparse._SubParsersAction) -> None:
    bundle = subparsers.add_parser("bundle", help="sync by USB stick: export changes, import the server's answer")
    actions = bundle.add_subparsers(dest="bundle_action", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="write this computer's unsent changes and photos to a file")
    add_data_dir_option(export)
    export.add_argument("--out", required=True, type=Path)
    export.set_defaults(handler=run_export)
    imported = actions.add_parser("import", help="apply the return bundle the server wrote")
    add_data_dir_option(imported)
    imported.add_argument("file", type=Path)
    imported.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    from ..sync.bundle import export_bundle

    try:
        counts = export_bundle(open_local_store(data_dir_of(args)), args.out)
    except SyncError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Wrote {args.out}: {counts['changes']} change(s), {counts['photos']} photo(s). Take it to the server.")
    if counts["waiting_for_consent"]:
        print(f"{counts['waiting_for_consent']} change(s) stay on this computer until a student's consent is "
              "recorded (Members page).")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from ..sync.bundle import import_return_bundle

    try:
        report = import_return_bundle(open_local_store(data_dir_of(args)), args.file)
    except SyncError as exc:
        print(f"Nothing was imported: {exc}", file=sys.stderr)
        return 1
    print(f"Imported {args.file.name}: {report}")
    return 0
