"""clubapp-server import-bundle: a computer's USB sync bundle in, its return bundle out."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .context import Context


def register(add) -> None:
    bundle = add("import-bundle", help="import a computer's USB sync bundle; write its return bundle")
    bundle.add_argument("file", type=Path)
    bundle.add_argument("--out", type=Path, help="the return bundle to take back to the computer")
    bundle.set_defaults(handler=run)


def run(args, context: Context) -> int:
    from ...sync.client import SyncError
    from ..bundles import import_device_bundle

    try:
        summary = import_device_bundle(context.store, args.file, args.out)
    except SyncError as exc:
        print(f"Nothing was imported: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(summary))
    return 0
