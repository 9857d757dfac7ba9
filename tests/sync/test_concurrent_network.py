"""Twelve computers of four clubs syncing at once, three rounds, through `clubapp-server run --workers 2` on
PostgreSQL (issue 15's "done when"): every computer ends with exactly its club's records as the server has them,
nothing lost, nothing doubled, no computer taken for a copy of another."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest

from clubapp.paths import DataDir
from clubapp.server.enrolment import EnrolmentService
from clubapp.server.store import open_server_store
from clubapp.services.accounts import AccountService
from clubapp.services.actor import Actor
from clubapp.services.issues import IssueInput
from clubapp.services.projects import ProjectInput
from clubapp.services.registry import Services
from clubapp.services.status import store_status
from clubapp.store.database import Database
from clubapp.store.local import LocalStore
from clubapp.sync import SyncClient

CLUBS, COMPUTERS_PER_CLUB, ROUNDS = 4, 3, 3
PER_CLUB = ("members", "accounts", "projects", "visits", "issues", "issue_events", "review_events", "students",
            "teachers")


def per_club(status: dict) -> dict:
    return {key: status["counts"][key] for key in PER_CLUB} | {"by_status": status["issues_by_status"]}


def network(url: str, data_dir) -> list[dict]:
    """Four clubs of two organisations, each with a teacher called "teacher" (user names are a club's own)."""
    store = open_server_store(data_dir, url)
    services = Services.for_store(store.db, store.blobs)
    operator = Actor.operator()
    orgs = [services.clubs.create_organisation(operator, name, short, country)
            for name, short, country in (("Transparency Kenya", "TK", "KE"), ("Nepal Integrity", "NI", "NP"))]
    clubs = []
    for index in range(CLUBS):
        club = services.clubs.create_club(operator, organisation_id=orgs[index % 2], school_name=f"School {index}",
                                          club_name=f"Integrity Club {index}", country=("KE", "NP")[index % 2])
        services.clubs.create_first_teacher(club, given_name="Teacher", family_name=str(index), username="teacher",
                                            password=f"teacher-pass-{index}")
        clubs.append({"id": club, "code": EnrolmentService(store.db).new_code(operator, club),
                      "password": f"teacher-pass-{index}"})
    store.dispose()
    return clubs


def start_two_workers(data_dir, url: str):
    """`clubapp-server run --workers 2` on an address of its own (the store must exist: it is migrated)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "clubapp.server.cli", "--data-dir", str(data_dir),
                                "--database-url", url, "run", "--port", str(port), "--workers", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return process, f"http://127.0.0.1:{port}"


def wait_for(process, base: str) -> None:
    for _ in range(600):
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError("the server did not start")


def work(store: LocalStore, password: str, name: str, round_number: int) -> None:
    """What a club does on one computer between syncs: a project, an issue on it, a title corrected."""
    teacher = AccountService(store).sign_in("teacher", password)
    services = Services.for_store(store)
    project = services.projects.create(teacher, teacher.club_id, ProjectInput(
        title=f"{name} round {round_number}", sector="education", status="implementation"))
    services.issues.record(teacher, project, IssueInput(f"Roof leaks ({name}, {round_number})", "maintenance", "high"))
    services.projects.update(teacher, project, ProjectInput(
        title=f"{name} round {round_number}, checked", sector="education", status="implementation"))


@pytest.mark.postgres
def test_twelve_computers_of_four_clubs_sync_at_once_and_each_ends_equal_to_the_server(pg_database, tmp_path):  # noqa: C901
    started = time.perf_counter()
    open_server_store(tmp_path / "server", pg_database).dispose()  # the schema, before the workers open it
    process, base = start_two_workers(tmp_path / "server", pg_database)
    clubs = network(pg_database, tmp_path / "server")  # while the workers start
    wait_for(process, base)
    print(f"\nserver ready in {time.perf_counter() - started:.1f} s")
    computers = []
    try:
        failures: list[str] = []

        template = tmp_path / "empty.sqlite3"  # migrated once (no device id yet): each computer starts from it
        Database(f"sqlite:///{template}").dispose()
        for club in clubs:
            for index in range(COMPUTERS_PER_CLUB):
                folder = DataDir(tmp_path / f"pc-{club['id'][:6]}-{index}").ensure()
                shutil.copyfile(template, folder.database)
                store = LocalStore(folder)
                computers.append({"store": store, "club": club, "name": f"PC{index} of club {clubs.index(club)}"})
        threads = [threading.Thread(target=lambda c=c: SyncClient(c["store"]).enroll(base, c["club"]["code"]))
                   for c in computers]  # enrolled all at once
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert len(computers) == CLUBS * COMPUTERS_PER_CLUB

        def sync(computer: dict) -> None:
            try:
                report = SyncClient(computer["store"]).sync()
                if report.refused:
                    failures.append(f"{computer['name']}: refused {report.refused}")
            except Exception as exc:  # noqa: BLE001 - collected and shown: one computer's failure fails the test
                import traceback

                failures.append(f"{computer['name']}: {type(exc).__name__} {exc}\n{traceback.format_exc()[-1500:]}")

        def all_at_once() -> None:
            threads = [threading.Thread(target=sync, args=(c,)) for c in computers]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)

        print(f"computers set up and enrolled at {time.perf_counter() - started:.1f} s")
        all_at_once()  # everyone receives its club first
        print(f"first syncs done at {time.perf_counter() - started:.1f} s")
        for round_number in range(1, ROUNDS + 1):
            for computer in computers:
                work(computer["store"], computer["club"]["password"], computer["name"], round_number)
            all_at_once()
            print(f"round {round_number} done at {time.perf_counter() - started:.1f} s")
        all_at_once()  # a last sync brings what the others sent while a computer was pulling
        assert failures == []
        server = open_server_store(tmp_path / "server", pg_database)
        try:
            for computer in computers:
                on_server = per_club(store_status(server.db, club_id=computer["club"]["id"]))
                assert per_club(store_status(computer["store"])) == on_server, computer["name"]
                assert store_status(computer["store"])["pending"]["changes"] == 0
            for club in clubs:
                counts = store_status(server.db, club_id=club["id"])["counts"]
                assert counts["projects"] == counts["issues"] == COMPUTERS_PER_CLUB * ROUNDS  # none lost or doubled
            devices = EnrolmentService(server.db).devices()
            assert len(devices) == CLUBS * COMPUTERS_PER_CLUB and not any(d.copy_of for d in devices)
        finally:
            server.dispose()
    finally:
        for computer in computers:
            computer["store"].dispose()
        process.terminate()
        _out, err = process.communicate(timeout=30)
    seconds = time.perf_counter() - started
    print(f"\n{len(computers)} computers of {CLUBS} clubs, {ROUNDS} rounds at once through 2 workers on "
          f"PostgreSQL: {seconds:.1f} s wall time")
    assert err.count("Started server process") == 2
    assert json.dumps(failures) == "[]"
