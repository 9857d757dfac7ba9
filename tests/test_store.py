"""The local store: one SQLite file (WAL, foreign keys on), photos by content hash, every edit queued for sync."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from clubapp.paths import DataDir
from clubapp.services.projects import ProjectInput
from clubapp.store.changes import SyncedRowDeleted
from clubapp.store.local import LocalStore
from clubapp.store.models import Project
from clubapp.store.sync_tables import OutboxChange


def test_the_store_is_one_sqlite_file_in_wal_mode_with_foreign_keys(store):
    assert store.data_dir.database.is_file()
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    raw = sqlite3.connect(store.data_dir.database)
    raw.execute("PRAGMA foreign_keys=ON")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO visit_attendee (id, club_id, visit_id, member_id, created_at, updated_at, field_seqs)"
                    " VALUES ('x', 'no-club', 'no-visit', 'no-member', '2026-01-01', '2026-01-01', '{}')")
    raw.close()


def test_the_device_id_is_made_once_and_kept(tmp_path):
    first = LocalStore(DataDir(tmp_path / "d"))
    device = first.device_id
    first.dispose()
    again = LocalStore(DataDir(tmp_path / "d"))
    assert again.device_id == device and len(device) == 36
    again.dispose()


def test_each_edit_is_queued_with_only_the_fields_that_changed(services, world):
    project_id = services.projects.create(world.student, world.club_id, ProjectInput(
        title="Borehole", sector="waterAndWaste", status="implementation"))
    services.projects.update(world.student, project_id, ProjectInput(
        title="Borehole at the market", sector="waterAndWaste", status="implementation"))
    with services.store.reading() as session:
        changes = session.scalars(select(OutboxChange).where(OutboxChange.entity_id == project_id)
                                  .order_by(OutboxChange.seq)).all()
        project = session.get(Project, project_id)
    assert len(changes) == 2
    created, edited = changes
    assert created.fields["title"] == "Borehole" and created.base_seq is None
    assert edited.fields == {"title": "Borehole at the market"}
    assert "review_state" not in created.fields  # derived caches never travel
    assert project.origin_device == services.store.device_id


def test_a_synced_row_is_never_hard_deleted(services, world):
    project_id = services.projects.create(world.student, world.club_id, ProjectInput(
        title="Clinic", sector="health", status="completion"))
    with pytest.raises(SyncedRowDeleted), services.store.transaction() as session:
        session.delete(session.get(Project, project_id))
    services.projects.remove(world.student, project_id)
    with services.store.reading() as session:
        tombstone = session.get(Project, project_id)
        queued = session.scalars(select(OutboxChange).where(OutboxChange.entity_id == project_id)).all()
    assert tombstone.deleted_at is not None
    assert any("deleted_at" in change.fields for change in queued)  # the deletion syncs like any change
    assert services.projects.list(world.teacher, world.club_id) == []


def test_a_failed_action_leaves_no_trace(services, world):
    """One transaction per action: an error half-way writes neither the record nor its outbox entry."""
    with services.store.reading() as session:
        before = session.scalar(select(OutboxChange.seq).order_by(OutboxChange.seq.desc()).limit(1))
    with pytest.raises(RuntimeError), services.store.transaction() as session:
        session.add(Project(club_id=world.club_id, title="Half", sector="health", status="completion"))
        session.flush()
        raise RuntimeError("power cut")
    with services.store.reading() as session:
        after = session.scalar(select(OutboxChange.seq).order_by(OutboxChange.seq.desc()).limit(1))
        assert session.scalar(select(Project).where(Project.title == "Half")) is None
    assert before == after


def test_photo_bytes_are_stored_once_by_their_hash(store):
    first = store.blobs.put(b"jpeg bytes")
    second = store.blobs.put(b"jpeg bytes")
    assert first == second
    assert len([p for p in store.data_dir.photos.rglob("*") if p.is_file()]) == 1
    assert store.blobs.verify(first)
    store.blobs.path_for(first).write_bytes(b"changed on disk")
    assert not store.blobs.verify(first)
