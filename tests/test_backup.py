"""Backups of the local store: made while the app writes, rotated, checked, restored without losing photos."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.services.status import store_status
from clubapp.store.backup import BackupError, backup_if_due, create_backup, list_backups, restore_backup
from clubapp.store.base import utcnow
from clubapp.store.local import LocalStore

ROAD = ProjectInput(title="Road", sector="transport.road", status="implementation")


def test_restore_brings_back_the_store_as_it_was_and_keeps_the_current_one(services, world):
    data_dir = services.store.data_dir
    services.projects.create(world.student, world.club_id, ROAD)
    backup = create_backup(data_dir)
    services.projects.create(world.student, world.club_id, ROAD)
    assert store_status(services.store)["counts"]["projects"] == 2
    services.store.dispose()
    safety = restore_backup(data_dir, backup)
    restored = LocalStore(data_dir)
    assert store_status(restored)["counts"]["projects"] == 1
    assert restored.device_id == services.store.device_id
    assert Services.for_store(restored).accounts.sign_in(world.teacher.account_id, "pass-1234")
    restored.dispose()
    restore_backup(data_dir, safety)  # and back again: nothing is lost by restoring
    again = LocalStore(data_dir)
    assert store_status(again)["counts"]["projects"] == 2
    again.dispose()


def test_backups_rotate_and_the_automatic_one_is_daily(services):
    data_dir = services.store.data_dir
    start = utcnow() - timedelta(days=30)
    for day in range(12):
        create_backup(data_dir, now=start + timedelta(days=day))
    assert len(list_backups(data_dir)) == 10
    assert backup_if_due(data_dir) is not None  # the newest is 19 days old
    assert backup_if_due(data_dir) is None  # one a day is enough


def test_a_damaged_or_foreign_file_is_refused_and_changes_nothing(services, world, tmp_path):
    services.projects.create(world.student, world.club_id, ROAD)
    data_dir = services.store.data_dir
    services.store.dispose()
    junk = tmp_path / "clubapp-20260101-000000.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(BackupError):
        restore_backup(data_dir, junk)
    reopened = LocalStore(data_dir)
    assert store_status(reopened)["counts"]["projects"] == 1
    reopened.dispose()


def test_the_copy_kept_by_a_restore_is_listed_and_never_rotated_away(services, world):
    data_dir = services.store.data_dir
    backup = create_backup(data_dir)
    services.store.dispose()
    safety = restore_backup(data_dir, backup)
    for _ in range(12):
        create_backup(data_dir)
    labels = {b.path: b.label for b in list_backups(data_dir)}
    assert labels[safety] == "before-restore"
    assert sum(1 for label in labels.values() if not label) == 10
