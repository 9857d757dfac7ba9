"""clubapp photos add: bulk import of photos into a project (e.g. a phone's folder)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..services.actor import Actor
from ..services.photos import PhotoService
from ..store.local import open_local_store
from .main import add_data_dir_option, data_dir_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("photos", help="import photos")
    photo_commands = parser.add_subparsers(dest="photos_command", metavar="ACTION", required=True)
    add = photo_commands.add_parser("add", help="import photo files or folders into a project")
    add_data_dir_option(add)
    add.add_argument("--project", required=True, help="the project's id")
    add.add_argument("--issue", help="attach to this issue (its id) instead of the project itself")
    add.add_argument("--evidence", choices=("before", "after"), help="before or after evidence of a fix")
    add.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    add.set_defaults(handler=run_add)


def run_add(args: argparse.Namespace) -> int:
    store = open_local_store(data_dir_of(args))
    service = PhotoService(store)

    def progress(done: int, total: int, path: Path) -> None:
        if sys.stderr.isatty() and total:
            print(f"\r{done}/{total} photos", end="" if done < total else "\n", file=sys.stderr)

    report = service.add_photos(Actor.operator(), args.paths, project_id=args.project, issue_id=args.issue,
                                evidence=args.evidence, progress=progress)
    for path, reason in report.failed:
        print(f"not imported: {path}: {reason}")
    for path, note in report.warnings:
        print(f"warning: {path}: {note}")
    print(report.summary())
    return 0 if not report.failed else 2
