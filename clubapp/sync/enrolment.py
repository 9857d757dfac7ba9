"""Enrolment: a club's computer trades the club's code for its own device token; partner staff trade their
account for a read-only one. What the server answers is kept in the local settings."""

from __future__ import annotations

from typing import Any

from ..services.local_settings import Key
from ..store.local import LocalStore
from ..words import _
from .transport import SyncError, Transport


def is_enrolled(store: LocalStore) -> bool:
    return bool(store.get_setting(Key.SYNC_TOKEN))


def enroll(store: LocalStore, http: Transport, server_url: str, code: str, device_name: str = "") -> dict[str, Any]:
    server_url = server_url.strip().rstrip("/")
    if not server_url.startswith(("http://", "https://")):
        raise SyncError(_("The server address starts with https:// (or http://)."))
    answer = http.request("POST", "/api/v1/enroll", base=server_url, token=None,
                          json={"code": code.strip(), "device_name": device_name or store.device_id})
    for key, value in ((Key.SERVER_URL, server_url), (Key.SYNC_TOKEN, answer["token"]),
                       (Key.SYNC_DEVICE_ID, answer["device_id"]), (Key.SYNC_CLUB_ID, answer["club_id"]),
                       (Key.HOME_CLUB_ID, answer["club_id"])):
        store.set_setting(key, value)
    return answer


def enroll_partner(store: LocalStore, http: Transport, server_url: str, username: str,
                   password: str) -> dict[str, Any]:
    """Partner staff: this computer will read, not change, the clubs of the account's organisation."""
    server_url = server_url.strip().rstrip("/")
    answer = http.request("POST", "/api/v1/enroll-partner", base=server_url, token=None,
                          json={"username": username, "password": password, "device_name": store.device_id})
    for key, value in ((Key.SERVER_URL, server_url), (Key.SYNC_TOKEN, answer["token"]),
                       (Key.SYNC_DEVICE_ID, answer["device_id"]), (Key.SYNC_CLUB_ID, "")):
        store.set_setting(key, value)
    return answer
