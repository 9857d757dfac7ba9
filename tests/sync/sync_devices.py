"""Computers for the sync tests: a fresh data folder each, and what of a club they hold, to compare."""

from __future__ import annotations

from clubapp.paths import DataDir
from clubapp.store.local import LocalStore

PER_CLUB = ("members", "accounts", "projects", "visits", "visit_attendees", "issues", "issue_events", "photos",
            "review_events", "certificates", "students", "teachers")


def device(tmp_path, name: str) -> LocalStore:
    return LocalStore(DataDir(tmp_path / name))


def per_club(status: dict) -> dict:
    return {key: status["counts"][key] for key in PER_CLUB} | {"by_status": status["issues_by_status"]}
