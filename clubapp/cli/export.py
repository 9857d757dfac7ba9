"""clubapp export: projects, issues, events and visits as CSV, XLSX, GeoJSON or an OC4IDS package."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..exports.tables import ExportRows
from ..services.actor import Actor
from ..store.local import open_local_store
from .main import add_data_dir_option, data_dir_of

FORMATS = ("csv", "xlsx", "geojson", "oc4ids")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export records as csv, xlsx, geojson or oc4ids")
    add_data_dir_option(parser)
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("--out", required=True, type=Path,
                        help="a file (xlsx, geojson, oc4ids json, or csv .zip) or a folder (csv)")
    parser.add_argument("--club", action="append", default=[], help="only this club code (repeatable)")
    parser.set_defaults(handler=run)


def export(rows: ExportRows, fmt: str, out: Path, progress=None) -> dict[str, int]:
    if fmt == "csv":
        from ..exports.tabular import export_csv

        return export_csv(rows, out, progress)
    if fmt == "xlsx":
        from ..exports.tabular import export_xlsx

        return export_xlsx(rows, out, progress)
    if fmt == "geojson":
        from ..exports.geojson import export_geojson

        return export_geojson(rows, out)
    from ..exports.oc4ids import export_oc4ids

    return export_oc4ids(rows, out)


def run(args: argparse.Namespace) -> int:
    store = open_local_store(data_dir_of(args))
    rows = ExportRows(store, Actor.operator(), tuple(c.upper() for c in args.club))
    started = time.perf_counter()

    def progress(table: str, count: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{table}: {count} rows", end="", file=sys.stderr)

    counts = export(rows, args.format, args.out, progress)
    summary = ", ".join(f"{n} {table}" for table, n in counts.items())
    print(f"Wrote {args.out} ({summary}) in {time.perf_counter() - started:.1f} s")
    return 0
