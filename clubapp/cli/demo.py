"""clubapp demo: fill a data directory with a believable demo network."""

from __future__ import annotations

import argparse
import json
import sys
import time

from ..store.local import open_local_store
from .main import add_data_dir_option, data_dir_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="create demo data: 2 partners, clubs in 3+ countries, issues")
    add_data_dir_option(parser)
    parser.add_argument("--seed", type=int, default=7, help="the same seed gives the same network")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..services.demo import build_demo_network  # Pillow and the demo content load for this command only

    store = open_local_store(data_dir_of(args))
    started = time.perf_counter()
    summary = build_demo_network(store, seed=args.seed)
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False, default=str))
    else:
        print(f"Demo network written to {store.data_dir.root} in {elapsed:.1f} s", file=sys.stderr)
        for line in summary.get("lines", []):
            print(line)
    return 0
