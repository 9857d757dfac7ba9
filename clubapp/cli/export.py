"""clubapp export: projects, issues, events and visits as CSV, XLSX, GeoJSON or an OC4IDS package."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..exports.service import FORMATS, ExportService
from ..services.actor import Actor
from ..store.local import open_local_store
from .main import add_data_dir_option, data_dir_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export records as csv, xlsx, geojson or oc4ids")
    add_data_dir_option(parser)
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("--out", required=True, type=Path,
                        help="a file (xlsx, geojson, oc4ids json, or csv .zip) or a folder (csv)")
    parser.add_argument("--club", action="append", default=[], help="only this club code (repeatable)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = open_local_store(data_dir_of(args))
    started = time.perf_counter()

    def progress(table: str, count: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{table}: {count} rows", end="", file=sys.stderr)

    counts = ExportService(store).export(Actor.operator(), args.format, args.out,
                                         club_codes=tuple(c.upper() for c in args.club), progress=progress)
    summary = ", ".join(f"{n} {table}" for table, n in counts.items())
    print(f"Wrote {args.out} ({summary}) in {time.perf_counter() - started:.1f} s")
    return 0
