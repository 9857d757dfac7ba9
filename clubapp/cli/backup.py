"""clubapp backup / clubapp restore: copies of the local store, and putting one back.

The app makes one a day by itself; these commands make one now, list them, and restore one (the current database
is kept as a backup first, so a restore can be undone). After a restore, the next sync re-sends what the backup
had not sent and pulls what the server has, so nothing synced is lost.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..paths import DataDir
from ..store.backup import BackupError, create_backup, database_is_whole, list_backups, restore_backup
from ..words import _
from .main import add_data_dir_option, data_dir_of


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="make a backup of the local store now, or list the backups")
    add_data_dir_option(backup)
    backup.add_argument("--list", action="store_true", help="list the backups instead of making one")
    backup.add_argument("--json", action="store_true", help="print as JSON")
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser("restore", help="put a backup back (close the app first)")
    add_data_dir_option(restore)
    restore.add_argument("backup", type=Path, help="the backup file (see clubapp backup --list)")
    restore.set_defaults(handler=run_restore)


def _data_dir(args: argparse.Namespace) -> DataDir:
    value = data_dir_of(args)
    return value if isinstance(value, DataDir) else DataDir.at(value)


def run_backup(args: argparse.Namespace) -> int:
    data_dir = _data_dir(args)
    if not data_dir.database.exists():
        print(f"There is no clubapp data in {data_dir.root}.", file=sys.stderr)
        return 2
    if args.list:
        backups = list_backups(data_dir)
        if args.json:
            print(json.dumps([{"path": str(b.path), "created_at": b.created_at.isoformat(), "bytes": b.size_bytes,
                               "label": b.label} for b in backups], indent=2))
        else:
            for b in backups:
                print(f"{b.created_at:%Y-%m-%d %H:%M}  {b.size_bytes / 1e6:7.1f} MB  {b.label or 'daily':15} {b.path}")
        return 0
    if not database_is_whole(data_dir.database):
        print(_("The database in {folder} is damaged: a backup of it would be damaged too, so none was made. Put "
                "back the newest good backup with `clubapp restore FILE` (see `clubapp backup --list`).").format(
                    folder=data_dir.root), file=sys.stderr)
        return 1
    try:
        path = create_backup(data_dir, label="manual")
    except BackupError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(json.dumps({"path": str(path)}) if args.json else f"Backup written to {path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    data_dir = _data_dir(args)
    try:
        kept = restore_backup(data_dir, args.backup)
    except BackupError as exc:
        print(f"Nothing was changed: {exc}", file=sys.stderr)
        return 1
    if kept.name.startswith("damaged-"):
        print(_("Restored {backup}. The damaged database was moved to {kept}.").format(backup=args.backup.name,
                                                                                     kept=kept))
    else:
        print(_("Restored {backup}. The database as it was is kept in {kept} (restore it to undo).").format(
            backup=args.backup.name, kept=kept))
    return 0
