"""Attacks of issue 15 mounted through a real clubapp server on 127.0.0.1, as an enrolled but hostile club
computer would: each is refused with a clear message, and nothing of anyone else's is lost or changed."""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import select

from clubapp.paths import DataDir
from clubapp.services.accounts import AccountService
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.store.local import LocalStore
from clubapp.store.models import Project
from clubapp.store.sync_tables import OutboxChange
from clubapp.sync import SyncClient
from sync_server import running_server


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    from argon2 import PasswordHasher

    monkeypatch.setattr("clubapp.services.accounts._hasher", PasswordHasher(time_cost=1, memory_cost=1024,
                                                                            parallelism=1))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(request, tmp_path):
    url = request.getfixturevalue("pg_database") if request.param == "postgresql" else None
    with running_server(tmp_path, url) as live:
        yield live


def enrol(server, which: str = "other") -> dict:
    """A computer enrolled over HTTP with a club's code: its device id and token."""
    answer = httpx.post(server["url"] + "/api/v1/enroll", json={"code": server["codes"][which]}, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def club_computer(server, tmp_path, name: str = "pc") -> LocalStore:
    store = LocalStore(DataDir(tmp_path / name))
    SyncClient(store).enroll(server["url"], server["codes"]["club"])
    assert SyncClient(store).sync().refused == []
    return store


def new_project(store: LocalStore, title: str) -> str:
    student = AccountService(store).sign_in("otieno", "1234")
    return Services.for_store(store).projects.create(student, student.club_id, ProjectInput(
        title=title, sector="waterAndWaste", status="implementation"))


def queued(store: LocalStore) -> list[dict]:
    with store.reading() as session:
        return SyncClient.outbox_messages(list(session.scalars(select(OutboxChange).order_by(OutboxChange.seq))))


def server_project(server, project_id: str):
    with server["store"].db.reading() as session:
        return session.get(Project, project_id)


# -- 1. answers remembered by change id belong to the club and the content ------------------------------------
def test_another_club_reusing_change_ids_makes_nothing_of_ours_vanish(server, tmp_path):
    pc = club_computer(server, tmp_path)
    try:
        project = new_project(pc, "Borehole at Kamakwa")
        ours = queued(pc)
        assert ours, "the project waits in the queue"
        # the hostile club read our change ids (a USB bundle is plain JSON) and pushes junk under them first
        hostile = enrol(server, "other")
        junk = [{**change, "entity_id": str(uuid.uuid4()), "club_id": server["other"],
                 "fields": {**change["fields"], "club_id": server["other"], "title": "junk"}} for change in ours
                if change["entity_type"] == "project"]
        pushed = httpx.post(server["url"] + "/api/v1/push", json={"changes": junk}, headers=bearer(hostile["token"]),
                            timeout=10)
        assert pushed.status_code == 200
        # our computer syncs: every change of ours is applied, none answered from the other club's
        report = SyncClient(pc).sync()
        assert report.refused == [] and queued(pc) == []
        assert server_project(server, project).title == "Borehole at Kamakwa"
    finally:
        pc.dispose()


def test_the_same_change_sent_again_gets_its_answer_and_another_under_its_id_is_refused(server, tmp_path):
    pc = club_computer(server, tmp_path)
    try:
        project = new_project(pc, "Clinic roof")
        change = next(c for c in queued(pc) if c["entity_type"] == "project")
        token = pc.get_setting("sync_token")
        first = httpx.post(server["url"] + "/api/v1/push", json={"changes": [change]}, headers=bearer(token),
                           timeout=10).json()["results"][0]
        again = httpx.post(server["url"] + "/api/v1/push", json={"changes": [change]}, headers=bearer(token),
                           timeout=10).json()["results"][0]
        assert first["status"] == "accepted" and again == first  # a lost answer: the same one, applied once
        seq = server_project(server, project).server_seq
        forged = {**change, "fields": {**change["fields"], "title": "Something else"}}
        refused = httpx.post(server["url"] + "/api/v1/push", json={"changes": [forged]}, headers=bearer(token),
                             timeout=10).json()["results"][0]
        assert refused["status"] == "refused" and "already used" in refused["reason"]
        kept = server_project(server, project)
        assert kept.title == "Clinic roof" and kept.server_seq == seq  # nothing changed
        # a second computer of the same club with the very same change (a copied disk): the same answer
        sibling = enrol(server, "club")
        copied = httpx.post(server["url"] + "/api/v1/push", json={"changes": [change]},
                            headers=bearer(sibling["token"]), timeout=10).json()["results"][0]
        assert copied == first
    finally:
        pc.dispose()


@pytest.mark.parametrize("backend_name", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_answers_remembered_before_the_upgrade_still_belong_to_their_club(backend_name, tmp_path, request):
    """Migration 0003 keys the answers by club: an answer kept by an older server keeps answering its device."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from clubapp.store.database import Database, alembic_config
    from clubapp.store.sync_tables import AppliedChange

    url = request.getfixturevalue("pg_database") if backend_name == "postgresql" else \
        f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(text("INSERT INTO device (id, club_id, name, token_hash, enrolled_at) "
                                "VALUES ('d1', NULL, 'old pc', 'x', '2026-01-01')"))
        connection.execute(text("INSERT INTO applied_change (change_id, device_id, entity_type, entity_id, "
                                "server_seq, result, received_at) VALUES ('c1', 'd1', 'project', 'p', 7, "
                                "'{\"status\": \"accepted\", \"server_seq\": 7}', '2026-01-01')"))
    engine.dispose()
    db = Database(url)  # opening migrates to the head
    with db.reading() as session:
        kept = session.scalars(select(AppliedChange)).one()
        assert (kept.club_id, kept.change_id, kept.content_hash, kept.result["server_seq"]) == ("", "c1", None, 7)
    db.dispose()


# -- 2. copy detection mints no credentials ----------------------------------------------------------------------
def server_command(server, capsys, *args: str) -> str:
    """`clubapp-server ARGS` on the running server's store (in this process: quicker than a subprocess)."""
    from clubapp.server.cli import main

    store = server["store"]
    options = ["--data-dir", str(store.data_dir)]
    if store.db.engine.url.get_backend_name() == "postgresql":
        options += ["--database-url", store.db.engine.url.render_as_string(hide_password=False)]
    capsys.readouterr()
    assert main(options + list(args)) == 0
    return capsys.readouterr().out


def test_a_device_cannot_mint_tokens_through_copy_detection_and_revoking_it_reaches_its_copies(server, capsys):
    import json

    from clubapp.server.enrolment import MAX_COPIES

    origin = enrol(server, "club")
    session = server["url"] + "/api/v1/session"
    first = httpx.post(session, json={"previous": None, "next": "s" * 20}, headers=bearer(origin["token"]), timeout=10)
    assert first.json() == {"status": "ok"}
    copies = []
    for attempt in range(MAX_COPIES + 2):  # a hostile computer names a session that is not the last, again and again
        token = copies[-1]["token"] if copies and attempt % 2 else origin["token"]  # copies of copies too
        answer = httpx.post(session, json={"previous": f"forged-{attempt:012d}", "next": f"n-{attempt:016d}"},
                            headers=bearer(token), timeout=10)
        if len(copies) < MAX_COPIES:
            assert answer.status_code == 200 and answer.json()["status"] == "copy"
            copies.append(answer.json())
        else:
            assert answer.status_code == 403 and "copies" in answer.json()["detail"]
            assert "clubapp-server devices" in answer.json()["detail"]
    listed = json.loads(server_command(server, capsys, "devices", "--json"))
    assert sorted(d["device_id"] for d in listed if d["copy_of"] == origin["device_id"]) == \
        sorted(c["device_id"] for c in copies)
    assert len(listed) == 1 + MAX_COPIES  # nothing else was enrolled
    text = server_command(server, capsys, "devices")
    assert text.count(f"copy of {origin['device_id']}") == MAX_COPIES
    assert f"{MAX_COPIES} copy" in server_command(server, capsys, "revoke-device", origin["device_id"])
    for token in [origin["token"]] + [c["token"] for c in copies]:
        after = httpx.get(server["url"] + "/api/v1/device", headers=bearer(token), timeout=10)
        assert after.status_code == 401 and "enrol" in after.json()["detail"]
