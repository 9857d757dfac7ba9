"""Backups of this computer's store, for the Settings page: list them, make one now, put one back.

Only a teacher (or partner staff on their own computer) may restore: a restore replaces every record on this
computer. The database as it was is kept as a backup first, so a restore can itself be undone. After it, sync
sends again what the backup had queued (the server recognises each change it has) and pulls what the server
has, so nothing that reached the server is lost (see clubapp/store/backup.py)."""

from __future__ import annotations

from pathlib import Path

from ..domain.codelists import Role
from ..store.backup import BackupInfo, check_backup, create_backup, list_backups, restore_backup
from ..store.database import migrate
from ..store.local import LocalStore
from ..words import _
from .actor import Actor
from .errors import PermissionDenied

MAY_RESTORE = (Role.TEACHER, Role.PARTNER_STAFF, Role.ADMIN)


class BackupService:
    def __init__(self, store: LocalStore):
        self.store = store

    def list(self, actor: Actor) -> list[BackupInfo]:
        self._require(actor, _("see the backups"))
        return list_backups(self.store.data_dir)

    def back_up_now(self, actor: Actor) -> Path:
        self._require(actor, _("make a backup"))
        return create_backup(self.store.data_dir, label="manual")

    def restore(self, actor: Actor, backup: Path) -> Path:
        """Put `backup` in place of this computer's database; returns the copy kept of the one replaced.
        Nothing else may be using the store meanwhile (the app signs out and waits for its tasks first)."""
        self._require(actor, _("restore a backup"))
        check_backup(backup)  # a damaged or foreign file is refused before anything is touched
        self.store.engine.dispose()  # every pooled connection closed: the next one opens the restored file
        kept = restore_backup(self.store.data_dir, backup)
        migrate(self.store.engine)  # a backup made by an older clubapp is brought up to date
        return kept

    @staticmethod
    def _require(actor: Actor, action: str) -> None:
        if actor.role not in MAY_RESTORE:
            raise PermissionDenied(_("Only a teacher can {action}.").format(action=action))
