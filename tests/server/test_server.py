"""clubapp-server: administration commands and enrolment over HTTP, with a real server on 127.0.0.1, on SQLite
and on PostgreSQL."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import httpx
import pytest

from clubapp.server.store import open_server_store
from sync_server import serving


def server_cli(data_dir, database_url, *args):
    command = [sys.executable, "-m", "clubapp.server.cli", "--data-dir", str(data_dir)]
    if database_url:
        command += ["--database-url", database_url]
    result = subprocess.run(command + list(args), capture_output=True, text=True, timeout=120)
    return result


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server_db(request, tmp_path):
    """A server data folder and, for PostgreSQL, a fresh database (CI fails rather than skips without it)."""
    url = request.getfixturevalue("pg_database") if request.param == "postgresql" else None
    return tmp_path / "server", url


@pytest.fixture
def club(server_db):
    data_dir, url = server_db
    assert server_cli(data_dir, url, "init").returncode == 0
    org = server_cli(data_dir, url, "create-org", "--name", "Transparency Kenya", "--short-name", "TK")
    assert org.returncode == 0, org.stderr
    made = server_cli(data_dir, url, "create-club", "--org", "TK", "--school", "Nyeri High", "--name",
                      "Nyeri Integrity Club", "--country", "KE", "--json")
    assert made.returncode == 0, made.stderr
    return json.loads(made.stdout)


@pytest.fixture
def live_server(server_db, club):
    """The API served by uvicorn on a free loopback port, in a thread, stopped after the test."""
    data_dir, url = server_db
    store = open_server_store(data_dir, url)
    with serving(store) as base:
        yield base, store
    store.dispose()


def test_create_club_prints_an_enrolment_code_and_status_counts_the_club(server_db, club):
    data_dir, url = server_db
    assert club["enrolment_code"].startswith(club["club_code"] + "-")
    status = json.loads(server_cli(data_dir, url, "status", "--club", club["club_code"], "--json").stdout)
    assert status["counts"]["clubs"] == 1 and status["clubs"][0]["code"] == club["club_code"]
    assert status["devices"] == 0


def test_a_computer_enrols_with_the_code_and_its_token_works_until_revoked(live_server, club, server_db):
    base, _store = live_server
    with httpx.Client(base_url=base, timeout=10) as http:
        assert http.get("/health").json()["status"] == "ok"
        assert "/api/v1/enroll" in http.get("/openapi.json").json()["paths"]
        wrong = http.post("/api/v1/enroll", json={"code": club["club_code"] + "-AAAAAA"})
        assert wrong.status_code == 403 and "not valid" in wrong.json()["detail"]
        public_only = http.post("/api/v1/enroll", json={"code": club["club_code"] + "-0"})
        assert public_only.status_code == 403  # the public club code alone enrols nothing
        enrolled = http.post("/api/v1/enroll", json={"code": club["enrolment_code"].lower(), "device_name": "Lab 1"})
        assert enrolled.status_code == 200, enrolled.text
        answer = enrolled.json()
        assert answer["club_code"] == club["club_code"] and len(answer["token"]) > 30
        assert http.get("/api/v1/device").status_code == 401  # no token, no answer
        me = http.get("/api/v1/device", headers={"Authorization": f"Bearer {answer['token']}"})
        assert me.status_code == 200 and me.json()["club_id"] == club["club_id"]
        assert me.headers["x-content-type-options"] == "nosniff"
        data_dir, url = server_db
        revoked = server_cli(data_dir, url, "revoke-device", answer["device_id"])
        assert revoked.returncode == 0, revoked.stderr
        after = http.get("/api/v1/device", headers={"Authorization": f"Bearer {answer['token']}"})
        assert after.status_code == 401 and "enrol" in after.json()["detail"]


def test_bad_requests_are_refused_clearly(live_server):
    base, _store = live_server
    with httpx.Client(base_url=base, timeout=10) as http:
        assert http.post("/api/v1/enroll", json={"code": 12}).status_code == 422
        assert http.post("/api/v1/enroll", content=b"{not json", headers={"content-type": "application/json"}
                         ).status_code == 422
        from clubapp.server.app import MAX_BODY_BYTES

        huge = http.post("/api/v1/enroll", content=b" " * (MAX_BODY_BYTES + 1),
                         headers={"content-type": "application/json"})
        assert huge.status_code == 413 and "too large" in huge.json()["detail"]


@pytest.mark.postgres
def test_several_workers_behind_one_address_on_postgresql(pg_database, tmp_path):
    """Production: PostgreSQL and two worker processes; a computer enrols and syncs through them."""
    import signal

    from clubapp.paths import DataDir
    from clubapp.store.local import LocalStore
    from clubapp.sync import SyncClient

    data_dir = tmp_path / "server"
    assert server_cli(data_dir, pg_database, "create-org", "--name", "TK", "--short-name", "TK").returncode == 0
    made = json.loads(server_cli(data_dir, pg_database, "create-club", "--org", "TK", "--school", "S", "--name",
                                 "Nyeri Integrity Club", "--country", "KE", "--json").stdout)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "clubapp.server.cli", "--data-dir", str(data_dir),
                                "--database-url", pg_database, "run", "--port", str(port), "--workers", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(300):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        store = LocalStore(DataDir(tmp_path / "pc"))
        try:
            SyncClient(store).enroll(f"http://127.0.0.1:{port}", made["enrolment_code"])
            for _ in range(4):  # requests land on either worker
                assert SyncClient(store).sync().refused == []
            assert store.get_setting("sync_club_id") == made["club_id"]
        finally:
            store.dispose()
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert err.count("Started server process") == 2
