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


def test_command_line_demo_two_computers_and_a_sync_killed_with_sigkill_halfway_scenario_4(tmp_path):
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

        def in_process_counts(folder) -> dict:
            from clubapp.services.status import store_status
            from clubapp.store.local import open_local_store

            store = open_local_store(folder)
            try:
                return counts(json.dumps(store_status(store), default=str))
            finally:
                store.dispose()

        def local_counts(folder) -> dict:
            return counts(run("clubapp.cli.main", "status", "--data-dir", str(folder), "--json").stdout)

        first = server_counts()
        assert in_process_counts(a) == in_process_counts(b) == first  # (the commands compare at the end)
        assert first["issues"] == 21 and first["photos"] == 10

        # A class of 1,500 (consent forms back) is imported on A, then its sync is killed halfway through sending
        subprocess.run([sys.executable, "-c", (
            "import sys\n"
            "from clubapp.store.local import open_local_store\n"
            "from clubapp.store.models import Member\n"
            "store = open_local_store(sys.argv[1])\n"
            "club = store.get_setting('home_club_id')\n"
            "with store.transaction() as session:  # one local write, queued for sync like any other\n"
            "    session.add_all(Member(club_id=club, role='student', given_name=f'New {n}', consent_given=True,\n"
            "                           consent_given_by='Parent') for n in range(1500))\n"
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


def test_scenario_5_power_cut_during_a_local_write_keeps_records_and_queue_consistent(tmp_path):
    """A process writing students, 30 at a time, is killed (SIGKILL, as a power cut) in the middle: the data
    folder opens, and every student there has its queued change; none is queued without its student."""
    folder = tmp_path / "pc"
    writer = subprocess.Popen([sys.executable, "-c", (
        "import sys\n"
        "from clubapp.store.local import open_local_store\n"
        "from clubapp.store.models import Club, Member, Organisation, School\n"
        "store = open_local_store(sys.argv[1])\n"
        "with store.transaction() as session:\n"
        "    org = Organisation(name='TK', short_name='TK'); session.add(org); session.flush()\n"
        "    school = School(name='Nyeri High', country='KE'); session.add(school)\n"
        "    session.flush()\n"
        "    club = Club(organisation_id=org.id, school_id=school.id, name='Nyeri', code='KEAAAA', country='KE')\n"
        "    session.add(club)\n"
        "print('ready', flush=True)\n"
        "for batch in range(1000):\n"
        "    with store.transaction() as session:\n"
        "        session.add_all(Member(club_id=club.id, role='student', given_name=f'S{batch}-{n}')\n"
        "                        for n in range(30))\n"
    ), str(folder)], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    time.sleep(0.4)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(10)
    with sqlite3.connect(folder / "clubapp.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        members = {r[0] for r in db.execute("SELECT id FROM member")}
        queued = {r[0] for r in db.execute("SELECT entity_id FROM outbox_change WHERE entity_type = 'member'")}
    assert members == queued and 0 < len(members) < 30000 and len(members) % 30 == 0, len(members)


def test_usb_bundle_commands_round_trip_through_the_server(tmp_path, capsys):
    """`clubapp bundle export`, `clubapp-server import-bundle --out`, `clubapp bundle import`: the school's
    project reaches the server and the answer clears the computer's queue (run in-process, for speed)."""
    from clubapp.cli.main import main as clubapp
    from clubapp.server.cli import main as clubapp_server
    from clubapp.services.accounts import AccountService
    from clubapp.services.projects import ProjectInput
    from clubapp.services.registry import Services
    from clubapp.services.status import store_status
    from clubapp.store.local import open_local_store
    from clubapp.sync import SyncClient
    from sync_server import running_server

    with running_server(tmp_path) as live:
        folder = tmp_path / "school"
        assert clubapp(["enroll", "--data-dir", str(folder), "--server", live["url"], "--code",
                        live["codes"]["club"]]) == 0
        store = open_local_store(folder)
        try:
            SyncClient(store).sync()
            student = AccountService(store).sign_in("otieno", "1234")
            Services.for_store(store).projects.create(student, student.club_id, ProjectInput(
                title="Latrines", sector="waterAndWaste", status="implementation"))
        finally:
            store.dispose()
        stick = tmp_path / "stick"
        stick.mkdir()
        assert clubapp(["bundle", "export", "--data-dir", str(folder), "--out", str(stick / "out.zip")]) == 0
        server_dir = str(live["store"].data_dir)
        assert clubapp_server(["import-bundle", str(stick / "out.zip"), "--out", str(stick / "back.zip"),
                               "--data-dir", server_dir]) == 0
        assert clubapp_server(["import-bundle", str(stick / "out.zip"), "--data-dir", server_dir]) == 0  # twice
        assert clubapp(["bundle", "import", "--data-dir", str(folder), str(stick / "back.zip")]) == 0
        output = capsys.readouterr().out
        assert "1 change " in output and '"accepted": 1' in output
        store = open_local_store(folder)
        try:
            assert store_status(store)["pending"]["changes"] == 0
        finally:
            store.dispose()
        assert store_status(live["store"].db, club_id=live["club"])["counts"]["projects"] == 1
