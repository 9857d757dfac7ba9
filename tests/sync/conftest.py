"""Sync tests back off for tenths of a second, not seconds: the faults and the checks are the same, the suite
stays quick. (Passwords and codes are hashed with argon2's cheapest settings in every test: tests/conftest.py.)"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def quick_back_off(monkeypatch):
    monkeypatch.setattr("clubapp.sync.client.RETRY_PAUSES", (0.05, 0.1, 0.2, 0.4, 0.0))

