"""From the command line, as a partner would: `clubapp-server demo`, the server running, two computers of one club
enrolled and synced, their `clubapp status --json` equal to `clubapp-server status --club CODE --json`; then a
sync killed with SIGKILL halfway and run again ends in the same counts, with nothing doubled."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time

import httpx

PER_CLUB = ("members", "accounts", "projects", "visits", "visit_attendees", "issues", "issue_events", "photos",
            "review_events", "certificates", "students", "teachers")


def run(*args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return result


def counts(status_json: str) -> dict:
    status = json.loads(status_json)
    return {key: status["counts"][key] for key in PER_CLUB} | {"by_status": status["issues_by_status"]}


def test_scenario_5_command_line_sync_of_two_computers_survives_a_killed_sync(tmp_path):
    server_dir, a, b = tmp_path / "server", tmp_path / "a", tmp_path / "b"
    demo = json.loads(run("clubapp.server.cli", "--data-dir", str(server_dir), "demo", "--json").stdout)
    nyeri = next(c for c in demo["clubs"] if c["place"] == "Nyeri")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "clubapp.server.cli", "--data-dir", str(server_dir), "run",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        for folder in (a, b):
            run("clubapp.cli.main", "enroll", "--data-dir", str(folder), "--server", url, "--code",
                nyeri["enrolment_code"])
            run("clubapp.cli.main", "sync", "--data-dir", str(folder))

        def server_counts() -> dict:
            return counts(run("clubapp.server.cli", "--data-dir", str(server_dir), "status", "--club", nyeri["code"],
                              "--json").stdout)

        def local_counts(folder) -> dict:
            return counts(run("clubapp.cli.main", "status", "--data-dir", str(folder), "--json").stdout)

        assert local_counts(a) == local_counts(b) == server_counts()
        assert server_counts()["issues"] == 21 and server_counts()["photos"] == 10

        # A class of 1,500 is imported on A, then its sync is killed halfway through sending
        subprocess.run([sys.executable, "-c", (
            "import sys\n"
            "from clubapp.store.local import open_local_store\n"
            "from clubapp.services.registry import Services\n"
            "from clubapp.services.actor import Actor\n"
            "from clubapp.services.members import MemberInput\n"
            "store = open_local_store(sys.argv[1]); services = Services.for_store(store)\n"
            "club = store.get_setting('home_club_id')\n"
            "for n in range(1500):\n"
            "    services.members.add_member(Actor.operator(), club, MemberInput(given_name=f'New {n}'))\n"
        ), str(a)], check=True, timeout=300)
        killed = subprocess.Popen([sys.executable, "-m", "clubapp.cli.main", "sync", "--data-dir", str(a)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        def members_on_server() -> int:  # read straight from the server's file: a command would be too slow
            with sqlite3.connect(server_dir / "clubapp-server.sqlite3", timeout=10) as db:
                return db.execute("SELECT count(*) FROM member WHERE club_id = ?", (nyeri["id"],)).fetchone()[0]

        deadline = time.monotonic() + 60
        while members_on_server() <= 13 and time.monotonic() < deadline:  # some have arrived...
            time.sleep(0.02)
        os.kill(killed.pid, signal.SIGKILL)  # ...and the power goes
        killed.wait(10)
        halfway = members_on_server()
        assert 13 < halfway < 13 + 1500, halfway
        run("clubapp.cli.main", "sync", "--data-dir", str(a))
        run("clubapp.cli.main", "sync", "--data-dir", str(b))
        assert local_counts(a) == local_counts(b) == server_counts()
        assert server_counts()["members"] == 13 + 1500  # every one, none twice
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(20)
