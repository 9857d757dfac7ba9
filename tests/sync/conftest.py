"""Sync tests back off for tenths of a second, not seconds, and hash passwords and codes with argon2's cheapest
settings: the faults and the checks are the same, the suite stays quick. (Commands run as subprocesses keep the
real settings.)"""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher


@pytest.fixture(autouse=True)
def quick_back_off(monkeypatch):
    monkeypatch.setattr("clubapp.sync.client.RETRY_PAUSES", (0.05, 0.1, 0.2, 0.4, 0.0))


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    monkeypatch.setattr("clubapp.services.accounts._hasher", PasswordHasher(time_cost=1, memory_cost=1024,
                                                                            parallelism=1))
