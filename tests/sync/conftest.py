"""Sync tests back off for tenths of a second, not seconds: the faults and the checks are the same, the suite
stays quick. (Passwords and codes are hashed with argon2's cheapest settings in every test: tests/conftest.py.)"""

from __future__ import annotations

import pytest

from sync_server import running_server


@pytest.fixture(autouse=True)
def quick_back_off(monkeypatch):
    monkeypatch.setattr("clubapp.sync.client.RETRY_PAUSES", (0.05, 0.1, 0.2, 0.4, 0.0))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server(request, tmp_path):
    """A server with one club (a teacher, a student with a PIN) and another club, served on a loopback port."""
    url = request.getfixturevalue("pg_database") if request.param == "postgresql" else None
    with running_server(tmp_path, url) as live:
        yield live
