"""Wrong guesses are limited: a four-digit PIN cannot be found by trying them all on a school computer, and an
enrolment code or a partner's password cannot be guessed against the server (answers 429 with Retry-After)."""

from __future__ import annotations

import time

import httpx
import pytest
from sqlalchemy import func, select

from clubapp.services.accounts import AccountService
from clubapp.services.errors import PermissionDenied
from clubapp.services.throttle import Throttle, TooManyTries
from clubapp.store.sync_tables import Device
from sync_server import running_server


def test_after_five_wrong_pins_even_the_right_one_waits_then_works(services, world):
    accounts = AccountService(services.accounts.db, throttle=Throttle("5 per 2 seconds"))
    username = f"otieno-{world.club_id[:4]}"
    for _ in range(5):
        with pytest.raises(PermissionDenied, match="do not match"):
            accounts.sign_in(username, "0000")
    with pytest.raises(TooManyTries, match=r"Wait \d+ seconds?,") as refused:  # 1 second, 2 seconds
        accounts.sign_in(username, "pass-1234")
    assert 1 <= refused.value.retry_after <= 2
    # another account is not held up by this one's slips
    assert accounts.sign_in(f"wanjiru-{world.club_id[:4]}", "pass-1234").display_name == "Wanjiru"
    time.sleep(2.1)
    assert accounts.sign_in(username, "pass-1234").display_name == "Otieno"


def test_a_right_pin_forgives_earlier_slips(services, world):
    accounts = AccountService(services.accounts.db, throttle=Throttle("3/minute"))
    username = f"otieno-{world.club_id[:4]}"
    for _ in range(2):
        with pytest.raises(PermissionDenied):
            accounts.sign_in(username, "9999")
        accounts.sign_in(username, "pass-1234")
    with pytest.raises(PermissionDenied, match="do not match"):  # not "too many": the count started again
        accounts.sign_in(username, "9999")


def test_the_server_makes_an_address_that_keeps_guessing_enrolment_codes_wait(tmp_path):
    with running_server(tmp_path) as server, httpx.Client(base_url=server["url"], timeout=30) as http:
        answers = [http.post("/api/v1/enroll", json={"code": f"KE-WRONG-{n:04d}-XX", "device_name": "guess"})
                   for n in range(10)]
        assert [a.status_code for a in answers] == [403] * 10
        refused = http.post("/api/v1/enroll", json={"code": server["codes"]["club"], "device_name": "guess"})
        assert refused.status_code == 429
        assert int(refused.headers["Retry-After"]) > 0 and "Wait" in refused.json()["detail"]
        # the partner door shares the address's count; nothing was enrolled by the refused tries
        partner = http.post("/api/v1/enroll-partner", json={"username": "x", "password": "y"})
        assert partner.status_code == 429
        with server["store"].db.reading() as session:
            assert session.scalar(select(func.count()).select_from(Device)) == 0
