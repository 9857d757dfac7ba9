"""Passwords and PINs are kept as argon2id hashes at the app's own cost (RFC 9106's low-memory profile): the one
place the suite hashes for real; every other test hashes at argon2's cheapest (tests/conftest.py)."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from clubapp.services.accounts import hash_secret

pytestmark = pytest.mark.real_hashing


def test_a_secret_is_kept_as_an_argon2id_hash_at_the_apps_cost():
    stored = hash_secret("teacher-pass-1")
    assert stored.startswith("$argon2id$") and "m=65536,t=3,p=4" in stored
    assert "teacher-pass-1" not in stored
    assert PasswordHasher().verify(stored, "teacher-pass-1")
    with pytest.raises(VerifyMismatchError):
        PasswordHasher().verify(stored, "teacher-pass-2")


def test_the_same_secret_hashes_differently_each_time():
    assert hash_secret("1234") != hash_secret("1234")  # salted: equal PINs cannot be spotted in the database


def test_other_tests_hash_cheaply(request):
    assert request.node.get_closest_marker("real_hashing") is not None
    from clubapp.services import accounts

    assert accounts._hasher.memory_cost == 65536  # not replaced here, replaced everywhere else
