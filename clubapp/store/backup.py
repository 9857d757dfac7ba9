"""Rotating backups of the local store, and restoring one.

Backups use SQLite's online backup API, so they are consistent even while the app is writing. Photos need no
backup of their own: their files are named by content hash and never rewritten, so a restored database finds
them where they were. After a restore, sync re-sends the outbox of the backup (the server absorbs changes it has
already applied: every change has an id) and pulls again what the server has, so nothing synced is lost.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..paths import DataDir
from ..words import _
from .base import utcnow
from .database import DAMAGED, storage_problem

PREFIX, SUFFIX = "clubapp-", ".sqlite3"
KEEP = 10


class BackupError(Exception):
    """A backup could not be made or used; the message says why, in words for a teacher."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size_bytes: int
    label: str  # "" for the automatic ones, "before-restore" for the copy a restore keeps


def _copy(source: Path, target: Path) -> None:
    if not source.is_file():
        raise BackupError(_("{file} does not exist.").format(file=source.name))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(source)  # not read-only: a WAL database needs its -shm file to be readable
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)  # never a half-written copy left behind


def _why(exc: BaseException, data_dir: DataDir) -> str:
    problem = storage_problem(exc, data_dir.root)
    return str(problem) if problem else _("{reason}. Check the disk has free space.").format(reason=exc)


def _new_name(data_dir: DataDir, now: datetime, label: str) -> Path:
    stem = f"{PREFIX}{now:%Y%m%d-%H%M%S}" + (f"-{label}" if label else "")
    target, n = data_dir.backups / f"{stem}{SUFFIX}", 1
    while target.exists():  # two backups in one second must not overwrite each other
        n += 1
        target = data_dir.backups / f"{stem}-{n}{SUFFIX}"
    return target


def create_backup(data_dir: DataDir, *, keep: int = KEEP, now: datetime | None = None, label: str = "") -> Path:
    target = _new_name(data_dir, now or utcnow(), label)
    try:
        _copy(data_dir.database, target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(_("The backup could not be written: {reason}").format(
            reason=_why(exc, data_dir))) from exc
    for old in [b for b in list_backups(data_dir) if b.label == label][keep:]:
        old.path.unlink(missing_ok=True)
    return target


def list_backups(data_dir: DataDir) -> list[BackupInfo]:
    """Newest first."""
    found = []
    for path in data_dir.backups.glob(f"{PREFIX}*{SUFFIX}"):
        stamp, _sep, rest = path.name[len(PREFIX):-len(SUFFIX)].partition("-")
        time_part, _sep, label = rest.partition("-")
        try:
            created = datetime.strptime(f"{stamp}-{time_part}", "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        label = label.rstrip("-0123456789")
        found.append(BackupInfo(path, created.replace(tzinfo=utcnow().tzinfo), path.stat().st_size, label))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def backup_if_due(data_dir: DataDir, max_age: timedelta = timedelta(hours=24)) -> Path | None:
    """The automatic backup: at most one a day (the app calls this in the background at start)."""
    backups = [b for b in list_backups(data_dir) if not b.label]
    if backups and utcnow() - backups[0].created_at < max_age:
        return None
    return create_backup(data_dir)


def check_backup(path: Path) -> None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise BackupError(_("{file} is not a clubapp backup ({reason}).").format(file=path.name, reason=exc)) from exc
    if result != "ok":
        raise BackupError(_("{file} is damaged ({reason}); choose another backup.").format(file=path.name, reason=result))
    if not {"alembic_version", "issue", "outbox_change"} <= tables:
        raise BackupError(_("{file} is not a clubapp backup.").format(file=path.name))


def database_is_whole(path: Path) -> bool:
    """False when SQLite finds the file damaged (a quick check, not every index). A file that cannot be opened
    at all (a read-only folder) is not called damaged: what comes next says why it cannot be used."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return not any(word in str(exc).lower() for word in DAMAGED)


def restore_backup(data_dir: DataDir, backup: Path) -> Path:
    """Replace the store with a backup. The app must have closed the store first. A current database that is
    whole is kept as a backup itself ("before restore"), so a restore can be undone; a damaged one is moved
    aside as it is (copying it through SQLite would fail on the damage that is the reason to restore). Returns
    where the old database went."""
    check_backup(backup)
    try:
        if not data_dir.database.is_file():
            kept = backup
        elif database_is_whole(data_dir.database):
            kept = create_backup(data_dir, label="before-restore")
        else:
            kept = _move_damaged_aside(data_dir)
        for suffix in ("-wal", "-shm"):
            Path(str(data_dir.database) + suffix).unlink(missing_ok=True)
        _copy(backup, data_dir.database)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(_("The backup could not be put back: {reason}").format(reason=_why(exc, data_dir))) from exc
    return kept


def _move_damaged_aside(data_dir: DataDir) -> Path:
    """The damaged file, renamed (no copy, no space needed) into the backups folder under a name that is never
    offered for a restore."""
    data_dir.backups.mkdir(parents=True, exist_ok=True)
    target = data_dir.backups / f"damaged-{utcnow():%Y%m%d-%H%M%S}-{os.getpid()}.sqlite3"
    os.replace(data_dir.database, target)
    for suffix in ("-wal", "-shm"):
        side = Path(str(data_dir.database) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    return target
