"""Computer-wide settings (server address, photo size, sign-out delay) and connecting the computer to a club are
for teachers: students do not see them, and the service refuses them too. Saving changes only what changed."""

from __future__ import annotations

import pytest
from person import click, find, go_to, settle, sign_in, sign_out, type_into
from PySide6.QtWidgets import QPushButton

from clubapp.services.errors import PermissionDenied
from clubapp.services.local_settings import LocalSettings
from clubapp.store.sync_tables import OutboxChange
from clubapp.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services, world, store):
    local = LocalSettings(store)
    local.home_club_id = world.club_id
    made = MainWindow(services, local=local)
    qtbot.addWidget(made)
    made.show()
    made.start()
    yield made
    made.close()


def test_a_student_cannot_reach_the_computer_settings(window, services, world, store):
    sign_in(window, "Otieno", "pass-1234")
    page = go_to(window, "Settings")
    settle(window)
    assert not page.server.isVisible() and not page.photo_size.isVisible() and not page.inactivity.isVisible()
    assert "changed by a teacher" in page.computer_note.text() and page.computer_note.isVisible()
    assert not page.follow_up_days.isEnabled()
    languages = [page.language.itemText(i) for i in range(page.language.count())]
    assert not any("Pseudo" in text for text in languages)
    sync = go_to(window, "Sync")
    assert not [b for b in sync.findChildren(QPushButton) if b.isVisible() and "Connect" in b.text()]
    assert not sync.code.isVisible() and not sync.server.isVisible()
    with pytest.raises(PermissionDenied):
        LocalSettings(store).save_computer_settings(world.student, server_url="https://evil.example.org")
    assert LocalSettings(store).server_url == ""


def test_a_teacher_changes_them_and_the_sign_out_delay_applies_at_once(window, services, world, store):
    sign_in(window, "Wanjiru", "pass-1234")
    page = go_to(window, "Settings")
    settle(window)
    assert page.server.isVisible() and page.inactivity.isVisible()
    with store.reading() as session:
        queued = session.query(OutboxChange).count()
    click(find("Save settings", QPushButton, root=window))  # nothing changed: nothing to send
    settle(window)
    with store.reading() as session:
        assert session.query(OutboxChange).count() == queued
    type_into(page.inactivity.lineEdit(), "3")
    click(find("Save settings", QPushButton, root=window))
    settle(window)
    assert LocalSettings(store).inactivity_minutes == 3
    assert window.idle.timer.interval() == 3 * 60_000  # not only at the next start
    sign_out(window)
