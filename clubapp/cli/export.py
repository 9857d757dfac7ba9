"""clubapp export: projects, issues, events, visits and photos as CSV, XLSX, GeoJSON, an OC4IDS package or a media
zip, filtered like `clubapp stats`."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from ..exports.service import FORMATS, ExportOptions, ExportService
from ..services.actor import Actor
from ..store.local import open_local_store
from .main import add_data_dir_option, data_dir_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export records as csv, xlsx, geojson, oc4ids or a media zip")
    add_data_dir_option(parser)
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("--out", required=True, type=Path,
                        help="a file (xlsx, geojson, oc4ids .json or .zip, csv .zip, media .zip) or a folder (csv)")
    parser.add_argument("--from", dest="date_from", type=date.fromisoformat,
                        help="issues found, visits made and photos taken on or after (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", type=date.fromisoformat, help="... on or before (YYYY-MM-DD)")
    parser.add_argument("--country", action="append", default=[], help="only this country code (repeatable)")
    parser.add_argument("--club", action="append", default=[], help="only this club code (repeatable)")
    parser.add_argument("--sector", action="append", default=[], help="only this OC4IDS sector (repeatable)")
    parser.add_argument("--status", action="append", default=[],
                        help="only issues in this current status, e.g. not_fixed (repeatable)")
    parser.add_argument("--oc4ids-prefix", help="your registered OC4IDS prefix, e.g. oc4ids-ab12cd (remembered)")
    parser.add_argument("--oc4ids-base-url",
                        help="where the unzipped OC4IDS package is published, e.g. https://data.example.org/oc4ids/ "
                             "(remembered; '' to clear): photos' urls point there")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = open_local_store(data_dir_of(args))
    service = ExportService(store)
    started = time.perf_counter()
    if args.oc4ids_prefix is not None or args.oc4ids_base_url is not None:
        service.set_oc4ids_settings(Actor.operator(), args.oc4ids_prefix, args.oc4ids_base_url)

    def progress(table: str, count: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{table}: {count} rows", end="", file=sys.stderr)

    options = ExportOptions(date_from=args.date_from, date_to=args.date_to,
                            countries=tuple(c.upper() for c in args.country),
                            club_codes=tuple(c.upper() for c in args.club), sectors=tuple(args.sector),
                            statuses=tuple(args.status))
    counts = service.export(Actor.operator(), args.format, args.out, options=options, progress=progress)
    summary = ", ".join(f"{n} {table}" for table, n in counts.items())
    print(f"Wrote {args.out} ({summary}) in {time.perf_counter() - started:.1f} s")
    return 0
