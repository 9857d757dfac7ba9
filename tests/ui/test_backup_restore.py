"""A teacher restores a backup from the Settings page: signed out, the backup put back in a worker, the data as
it was kept as a backup of its own; a student is not offered it and the service refuses them anyway."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from clubapp.services.errors import PermissionDenied
from clubapp.services.local_settings import LocalSettings
from clubapp.services.projects import ProjectInput
from clubapp.store.backup import BackupError
from clubapp.ui.main_window import MainWindow


def titles(services, actor) -> set[str]:
    return {p.title for p in services.projects.list(actor, actor.club_id)}


def test_a_teacher_restores_a_backup_from_settings_and_can_undo_it(qtbot, services, world, monkeypatch):
    services.projects.create(world.teacher, world.club_id, ProjectInput(
        title="Classroom block", sector="education", status="implementation"))
    services.backups.back_up_now(world.teacher)
    services.projects.create(world.teacher, world.club_id, ProjectInput(
        title="Made after the backup", sector="education", status="implementation"))
    local = LocalSettings(services.store)
    local.home_club_id = world.club_id
    window = MainWindow(services, local=local)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.sign_in_screen.names.count() == 3, timeout=10_000)
    window.enter(world.teacher)
    page = window.workspace.page_named("SettingsPage")
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=10_000)
    assert page.restore_button.isVisibleTo(window)

    offered = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (offered.extend(a[3]) or a[3][0], True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.restore_button.click()
    qtbot.waitUntil(lambda: "back in place" in window.sign_in_screen.message.text(), timeout=20_000)
    assert len(offered) == 1 and "made by hand" in offered[0]
    assert window.workspace is None and window.sign_in_screen.isEnabled()
    assert titles(services, world.teacher) == {"Classroom block"}
    kept = [b for b in services.backups.list(world.teacher) if b.label == "before-restore"]
    assert len(kept) == 1
    qtbot.waitUntil(lambda: window.sign_in_screen.names.count() == 3, timeout=10_000)  # the club's people

    services.backups.restore(world.teacher, kept[0].path)  # undo: the later project is back
    assert titles(services, world.teacher) == {"Classroom block", "Made after the backup"}
    window.close()


def test_a_student_cannot_restore_and_a_damaged_backup_changes_nothing(qtbot, services, world, tmp_path):
    with pytest.raises(PermissionDenied):
        services.backups.restore(world.student, tmp_path / "any.sqlite3")
    window = MainWindow(services, local=LocalSettings(services.store))
    qtbot.addWidget(window)
    window.enter(world.student)
    page = window.workspace.page_named("SettingsPage")
    assert not page.restore_button.isVisibleTo(page)
    services.projects.create(world.teacher, world.club_id, ProjectInput(
        title="Borehole", sector="waterAndWaste", status="implementation"))
    damaged = tmp_path / "clubapp-20260101-000000.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    with pytest.raises(BackupError):
        services.backups.restore(world.teacher, damaged)
    assert titles(services, world.teacher) == {"Borehole"}
    assert services.backups.list(world.teacher) == []  # not even a "before restore" copy was needed
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=10_000)
    window.close()
