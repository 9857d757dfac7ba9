"""`clubapp demo` then `clubapp status --json`: the demo network the README promises, built through the services."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

import pytest

from clubapp.services.actor import Actor
from clubapp.services.registry import Services
from clubapp.store.base import today
from clubapp.store.local import open_local_store


def clubapp(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "clubapp.cli.main", *args], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("demo")
    result = clubapp("demo", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "teacher.nyeri" in result.stdout  # how to sign in is printed
    return data_dir


def test_status_json_shows_the_demo_network(demo_dir):
    result = clubapp("status", "--data-dir", str(demo_dir), "--json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    counts = status["counts"]
    assert counts["organisations"] == 2
    assert counts["clubs"] == 7 and len(status["clubs"]) == 7
    assert len(status["countries"]) >= 3
    assert counts["students"] >= 70 and counts["teachers"] == 7
    assert counts["projects"] >= 30
    assert counts["issues"] >= 120
    assert counts["photos"] >= 30
    assert counts["visits"] >= 60
    # every kind of ending and waiting is there, so every screen has something to show
    assert {"identified", "reported", "fixed", "fix_verified", "partly_fixed", "not_fixed", "closed"} <= set(
        status["issues_by_status"])
    assert status["home_club_id"] in {club["id"] for club in status["clubs"]}


def test_demo_histories_span_months_and_some_issues_are_overdue(demo_dir):
    store = open_local_store(demo_dir)
    try:
        services = Services.for_store(store)
        operator = Actor.operator()
        issues = services.issues.list(operator)
        found = [row.identified_on for row in issues]
        assert max(found) - min(found) > timedelta(days=180)
        assert all(day <= today() for day in found)
        overdue = [row for row in issues if row.overdue]
        assert len(overdue) >= 5
        assert all(row.days_waiting >= 30 for row in overdue)
        # and the teachers' queue has work in it
        home = store.get_setting("home_club_id")
        assert services.reviews.queue(operator, home)
        names = {m.full_name for c in services.clubs.list_clubs(operator)
                 for m in services.members.list_members(operator, c.id)}
        assert any("\u0900" <= ch <= "\u097f" for name in names for ch in name)  # Devanagari
        assert any("\u0600" <= ch <= "\u06ff" for name in names for ch in name)  # Perso-Arabic script
    finally:
        store.dispose()


def test_demo_photos_carry_where_and_when_they_were_taken(demo_dir):
    store = open_local_store(demo_dir)
    try:
        services = Services.for_store(store)
        operator = Actor.operator()
        project = services.projects.list(operator)[0]
        [photo] = [p for p in services.photos.list_photos(operator, project_id=project.id) if p.evidence == "before"]
        assert photo.taken_at is not None and photo.latitude is not None
        assert len(services.photos.photo_bytes(operator, photo.id)) > 10_000
    finally:
        store.dispose()


def test_the_same_seed_gives_the_same_club_codes(tmp_path, demo_dir):
    again = clubapp("demo", "--data-dir", str(tmp_path), "--json")
    assert again.returncode == 0, again.stderr
    first = json.loads(clubapp("status", "--data-dir", str(demo_dir), "--json").stdout)
    assert sorted(c["code"] for c in json.loads(again.stdout)["clubs"]) == sorted(c["code"] for c in first["clubs"])
