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


# -- 3. body limits hold on the bytes actually read ---------------------------------------------------------------
@pytest.fixture
def server_process(tmp_path):
    """`clubapp-server run` in its own process (so its memory can be read from /proc), with one club, an
    enrolled computer and a 5 MB photo row of that club whose bytes have not arrived yet."""
    import socket
    import subprocess
    import sys
    import time

    from clubapp.server.enrolment import EnrolmentService
    from clubapp.server.store import open_server_store
    from clubapp.services.actor import Actor
    from clubapp.store.models import Photo

    store = open_server_store(tmp_path / "server")
    services = Services.for_store(store.db, store.blobs)
    operator = Actor.operator()
    org = services.clubs.create_organisation(operator, "Transparency Kenya", "TK", "KE")
    club = services.clubs.create_club(operator, organisation_id=org, school_name="Nyeri High", club_name="Nyeri",
                                      country="KE")
    code = EnrolmentService(store.db).new_code(operator, club)
    sha = "ab" * 32
    with store.db.transaction() as session:
        session.add(Photo(club_id=club, sha256=sha, size_bytes=5 << 20, width=10, height=10))
    store.dispose()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "clubapp.server.cli", "--data-dir", str(tmp_path / "server"),
                                "run", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/health", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        token = httpx.post(base + "/api/v1/enroll", json={"code": code}, timeout=30).json()["token"]
        yield {"url": base, "pid": process.pid, "token": token, "sha": sha, "data_dir": tmp_path / "server"}
    finally:
        process.terminate()
        process.wait(20)


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


class PeakMemory:
    """The largest resident size of a process while the block runs, sampled every 10 ms."""

    def __init__(self, pid: int):
        self.pid, self.peak, self.running = pid, 0.0, True

    def __enter__(self):
        import threading

        self.before = rss_mb(self.pid)

        def sample():
            while self.running:
                self.peak = max(self.peak, rss_mb(self.pid))
                threading.Event().wait(0.01)

        self.thread = threading.Thread(target=sample, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        self.thread.join()


def megabytes(count: int, opening: bytes = b""):
    """A chunked body (no Content-Length) of `count` MB, made as it is sent."""
    yield opening
    for _ in range(count):
        yield b" " * (1 << 20)


def test_a_chunked_push_of_300_mb_is_refused_with_413_without_the_server_holding_it(server_process):
    import time

    started = time.perf_counter()
    with PeakMemory(server_process["pid"]) as memory:
        answer = httpx.post(server_process["url"] + "/api/v1/push", content=megabytes(300, b'{"changes": ['),
                            headers={**bearer(server_process["token"]), "content-type": "application/json"},
                            timeout=60)
    seconds = time.perf_counter() - started
    assert answer.status_code == 413 and "too large" in answer.json()["detail"]
    growth = memory.peak - memory.before
    print(f"\nchunked 300 MB push: 413 in {seconds:.2f} s; server RSS {memory.before:.0f} MB before, "
          f"peak {memory.peak:.0f} MB (+{growth:.0f} MB)")
    assert growth < 60, f"the server grew by {growth:.0f} MB"  # 300 MB held would be 300+
    assert httpx.get(server_process["url"] + "/health", timeout=10).status_code == 200


def test_a_chunked_200_mb_photo_chunk_is_refused_while_streaming_and_nothing_is_kept(server_process):
    url = f"{server_process['url']}/api/v1/blobs/{server_process['sha']}?offset=0"
    with PeakMemory(server_process["pid"]) as memory:
        answer = httpx.put(url, content=megabytes(200), headers=bearer(server_process["token"]), timeout=60)
    assert answer.status_code == 413 and "at most" in answer.json()["detail"]
    growth = memory.peak - memory.before
    print(f"\nchunked 200 MB photo chunk: 413; server RSS peak +{growth:.0f} MB")
    assert growth < 60
    status = httpx.get(f"{server_process['url']}/api/v1/blobs/{server_process['sha']}/status",
                       headers=bearer(server_process["token"]), timeout=10).json()
    assert status == {"have": False, "received": 0, "size": 5 << 20}  # nothing of it was kept
    # a chunk of the right size still goes in
    good = httpx.put(url, content=b"x" * (1 << 20), headers=bearer(server_process["token"]), timeout=30)
    assert good.status_code == 200 and good.json()["received"] == 1 << 20
    # a photo this club does not have: refused before a byte of the body is read
    other = httpx.put(f"{server_process['url']}/api/v1/blobs/{'cd' * 32}?offset=0", content=megabytes(50),
                      headers=bearer(server_process["token"]), timeout=60)
    assert other.status_code == 404


# -- 5. user names are a club's own -------------------------------------------------------------------------------
def account_change(club_id: str, username: str) -> dict:
    from argon2 import PasswordHasher

    return {"change_id": str(uuid.uuid4()), "entity_type": "account", "entity_id": str(uuid.uuid4()),
            "fields": {"club_id": club_id, "username": username, "role": "teacher", "active": True,
                       "password_hash": PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash("pw-12345")},
            "base_seq": None}


def test_a_club_cannot_take_or_probe_another_clubs_user_names_and_sign_in_stays_unambiguous(server):
    from clubapp.domain.codelists import Role
    from clubapp.services.actor import Actor
    from clubapp.store.models import Account

    hostile = enrol(server, "other")
    push = server["url"] + "/api/v1/push"
    # the other club names its own teacher "grace", like our teacher: its own name to take, nothing learnt
    taken = httpx.post(push, json={"changes": [account_change(server["other"], "grace"),
                                               account_change(server["other"], "nobody-has-this")]},
                       headers=bearer(hostile["token"]), timeout=10).json()["results"]
    assert [r["status"] for r in taken] == ["accepted", "accepted"]  # the same answer for a used and an unused name
    again = httpx.post(push, json={"changes": [account_change(server["other"], "grace")]},
                       headers=bearer(hostile["token"]), timeout=10).json()["results"][0]
    assert again["status"] == "refused"  # within its own club a name is still one person's
    with server["store"].db.reading() as session:
        graces = {a.club_id: a.role for a in session.scalars(select(Account).where(Account.username == "grace"))}
    assert graces == {server["club"]: "teacher", server["other"]: "teacher"}  # ours untouched
    # partner staff named like a club's teacher: enrolling with the partner's account is not confused with either
    services = server["services"]
    from clubapp.store.models import Club

    with server["store"].db.reading() as session:
        org = session.get(Club, server["club"]).organisation_id
    services.accounts.create_account(Actor.operator(), username="grace", role=Role.PARTNER_STAFF,
                                     secret="partner-pass-1", organisation_id=org)
    teacher_password = httpx.post(server["url"] + "/api/v1/enroll-partner",
                                  json={"username": "grace", "password": "teacher-pass"}, timeout=10)
    assert teacher_password.status_code == 403  # a club teacher's password does not enrol a partner computer
    partner = httpx.post(server["url"] + "/api/v1/enroll-partner",
                         json={"username": "grace", "password": "partner-pass-1"}, timeout=10)
    assert partner.status_code == 200, partner.text
    assert services.accounts.sign_in("grace", "partner-pass-1", staff_only=True).role is Role.PARTNER_STAFF


# -- 10. one validation of pushed changes, the same on SQLite and PostgreSQL ------------------------------------------
def test_bad_changes_are_refused_one_by_one_with_a_reason_and_the_good_ones_beside_them_applied(server, tmp_path):
    from clubapp.store.models import Project

    pc = club_computer(server, tmp_path)
    try:
        new_project(pc, "Template")
        template = next(c for c in queued(pc) if c["entity_type"] == "project")
    finally:
        pc.dispose()

    def variant(**fields):
        change = {**template, "change_id": str(uuid.uuid4()), "entity_id": str(uuid.uuid4())}
        change["fields"] = {**template["fields"], **fields}
        return change

    bad = {
        "NUL in the change id": {**variant(), "change_id": "abc\x00def"},
        "NUL in the kind": {**variant(), "entity_type": "project\x00"},
        "NUL in the record id": {**variant(), "entity_id": str(uuid.uuid4())[:35] + "\x00"},
        "NUL in a title": variant(title="Borehole\x00"),
        "10,000 characters in a title": variant(title="x" * 10_000),
        "budget 'NaN'": variant(budget_amount="NaN"),
        "budget NaN": variant(budget_amount=float("nan")),
        "budget Infinity": variant(budget_amount="Infinity"),
        "budget too large": variant(budget_amount="1e30"),
        "deleted in the year 9999": variant(deleted_at="9999-12-31T00:00:00+00:00"),
        "no change id": {key: value for key, value in variant().items() if key != "change_id"},
    }
    good = [variant(title="Borehole at Kamakwa", budget_amount="1200.50"), variant(title="Clinic roof")]
    changes = [good[0], *bad.values(), good[1]]
    import json

    body = json.dumps({"changes": changes})  # NaN written as JSON's NaN, as a hostile client may
    answer = httpx.post(server["url"] + "/api/v1/push", content=body, timeout=30,
                        headers={**bearer(enrol(server, "club")["token"]), "content-type": "application/json"})
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["accepted", *["refused"] * len(bad), "accepted"]
    reasons = dict(zip(bad, (r["reason"] for r in results[1:-1]), strict=True))
    expected = {"NUL in the change id": "NUL", "NUL in the kind": "NUL", "NUL in the record id": "NUL",
                "NUL in a title": "NUL", "10,000 characters in a title": "longer than 300",
                "budget 'NaN'": "not finite", "budget NaN": "not finite", "budget Infinity": "not finite",
                "budget too large": "too large", "deleted in the year 9999": "year 9999",
                "no change id": "no id"}
    for name, words in expected.items():
        assert words in reasons[name], (name, reasons[name])
    with server["store"].db.reading() as session:
        stored = {p.title: p for p in session.scalars(select(Project))}
    assert set(stored) == {"Borehole at Kamakwa", "Clinic roof"}  # nothing of the bad ones
    assert str(stored["Borehole at Kamakwa"].budget_amount) == "1200.50"


# -- 14. idle connections and slow bodies are cut off -------------------------------------------------------------
def wait_closed(sockets: list, deadline: float) -> dict:
    """Wait until each socket is closed by the server (or the deadline): socket -> seconds it took, and what the
    server said before closing."""
    import selectors
    import time

    started = time.monotonic()
    closed: dict = {}
    said: dict = {}
    with selectors.DefaultSelector() as selector:
        for sock in sockets:
            selector.register(sock, selectors.EVENT_READ)
        while len(closed) < len(sockets) and time.monotonic() - started < deadline:
            for key, _ in selector.select(timeout=0.2):
                try:
                    data = key.fileobj.recv(65536)
                except ConnectionResetError:
                    data = b""
                said[key.fileobj] = said.get(key.fileobj, b"") + data
                if not data:
                    closed[key.fileobj] = time.monotonic() - started
                    selector.unregister(key.fileobj)
    return {"seconds": closed, "said": said}


def test_200_idle_or_trickling_connections_are_cut_off_and_the_server_answers_meanwhile(server_process):
    import socket
    import time

    from clubapp.server.serving import HEAD_TIMEOUT

    host, port = server_process["url"].removeprefix("http://").split(":")
    held = []
    for index in range(200):
        sock = socket.create_connection((host, int(port)), timeout=5)
        if index % 2:  # half send nothing, half begin a request's head and never finish it
            sock.sendall(b"POST /api/v1/push HTTP/1.1\r\nHost: x\r\n")
        held.append(sock)
    try:
        started = time.monotonic()
        health = httpx.get(server_process["url"] + "/health", timeout=5)
        answered = time.monotonic() - started
        assert health.status_code == 200 and answered < 2  # the server still answers a normal request
        outcome = wait_closed(held, deadline=15)
        cut = outcome["seconds"]
        print(f"\n200 slow connections: health answered in {answered * 1000:.0f} ms while held; all cut after "
              f"{max(cut.values()):.1f} s at most (head timeout {HEAD_TIMEOUT:.0f} s)")
        assert len(cut) == 200, f"{200 - len(cut)} connections were still open after 15 s"
        assert max(cut.values()) < HEAD_TIMEOUT + 3
    finally:
        for sock in held:
            sock.close()


def test_a_trickled_or_stalled_body_gets_408_and_its_connection_is_closed(server, monkeypatch):
    import socket
    import time

    from clubapp.server import middleware
    from clubapp.server.serving import GuardedH11Protocol

    monkeypatch.setattr(middleware, "BODY_IDLE", 2.0)
    monkeypatch.setattr(middleware, "BODY_GRACE", 3.0)
    monkeypatch.setattr(GuardedH11Protocol, "drain", 1.0)
    token = enrol(server, "club")["token"]
    host, port = server["url"].removeprefix("http://").split(":")
    head = (f"POST /api/v1/push HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n").encode()
    trickler, staller = (socket.create_connection((host, int(port)), timeout=5) for _ in range(2))
    try:
        for sock in (trickler, staller):
            sock.sendall(head + b'{"changes": [')
        started = time.monotonic()
        outcome = {"seconds": {}, "said": {}}
        while time.monotonic() - started < 10 and trickler not in outcome["seconds"]:
            try:
                trickler.sendall(b" " * 5)  # 10 bytes a second, for ever
            except OSError:
                break
            partial = wait_closed([trickler], deadline=0.5)
            outcome["seconds"].update(partial["seconds"])
            outcome["said"][trickler] = outcome["said"].get(trickler, b"") + partial["said"].get(trickler, b"")
        stalled = wait_closed([staller], deadline=10)
        elapsed = time.monotonic() - started
        for said in (outcome["said"].get(trickler, b""), stalled["said"][staller]):
            assert said.startswith(b"HTTP/1.1 408"), said[:200]
            assert b"too slowly" in said
        assert staller in stalled["seconds"] and elapsed < 10
        print(f"\nslow bodies: trickler and staller cut within {elapsed:.1f} s (idle 2 s, grace 3 s, drain 1 s)")
    finally:
        trickler.close()
        staller.close()
    assert httpx.get(server["url"] + "/health", timeout=5).status_code == 200


# -- 7 and 8, the server's part: answers a computer can act on for photos ---------------------------------------
def test_photo_refusals_say_whether_to_drop_the_bytes_or_try_again_later(server_process):
    url, token, sha = server_process["url"], server_process["token"], server_process["sha"]
    unknown = httpx.put(f"{url}/api/v1/blobs/{'cd' * 32}?offset=0", content=b"x", headers=bearer(token), timeout=10)
    assert unknown.status_code == 404 and unknown.headers["x-clubapp-reason"] == "no-photo-row"
    assert "No photo of this club" in unknown.json()["detail"]  # the sender drops these bytes, with this reason
    waiting = httpx.get(f"{url}/api/v1/blobs/{sha}", headers=bearer(token), timeout=10)
    assert waiting.status_code == 404 and waiting.headers["x-clubapp-reason"] == "not-uploaded-yet"
    assert "not have this photo's bytes yet" in waiting.json()["detail"]  # a reader tries again later


def test_a_body_left_unread_by_a_refusal_does_not_cut_the_next_request_on_the_connection(server_process):
    """A refused upload's body is drained, and the kept-alive connection then serves later requests."""
    import socket
    import time

    from clubapp.server.serving import DRAIN

    host, port = server_process["url"].removeprefix("http://").split(":")
    body = b"x" * 5000
    refused_upload = (f"PUT /api/v1/blobs/{'cd' * 32}?offset=0 HTTP/1.1\r\nHost: x\r\n"
                      f"Authorization: Bearer {server_process['token']}\r\nContent-Length: {len(body)}\r\n\r\n"
                      ).encode() + body

    def response(sock) -> bytes:
        data = b""
        while b"\r\n\r\n" not in data:
            data += sock.recv(65536) or b"<closed>"
            assert not data.endswith(b"<closed>"), data
        head, _, rest = data.partition(b"\r\n\r\n")
        length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
        while len(rest) < length:
            rest += sock.recv(65536)
        return head

    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(refused_upload[:-len(body)])  # the head: the refusal comes before the body is sent
        assert response(sock).startswith(b"HTTP/1.1 404")
        sock.sendall(body)  # the body, late: drained, and the connection kept
        started = time.monotonic()
        while time.monotonic() - started < DRAIN + 1:  # busy past the drain deadline (each gap under keep-alive)
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
            assert response(sock).startswith(b"HTTP/1.1 200")
            time.sleep(1)
